// Builds the `bitext` command line into plain JavaScript (build/cli/bitext.mjs, the package's
// `bin`, plus the batch and features workers beside it), so it starts with `node` alone, no tsx at run time.
// Every command registered in src/cli/bitext.ts is bundled in: esbuild follows their import()s.
// Run by `npm run build:cli` and by `prepare`.
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'build', 'cli');
await build({
  entryPoints: {
    bitext: join(root, 'src/cli/bitext.ts'),
    'batch-worker': join(root, 'src/cli/batch-worker.ts'),
    'features-worker': join(root, 'src/cli/features-worker.ts'),
  },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Dependencies with CommonJS inside (saxes) need `require` in an ES module.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  logLevel: 'warning',
});
chmodSync(join(outdir, 'bitext.mjs'), 0o755);
console.log('build-cli: build/cli/bitext.mjs');
