import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { findChrome, CHROME_ARGS } from './scripts/find-chrome.mjs';
import { createServer } from 'node:net';

/** A free port, so several checkouts can run their tests at once. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

/** Counts every test that ran, so scripts/test.mjs can print one plain total line. */
function countingReporter() {
  const walk = (suite, acc) => {
    for (const t of suite?.tests ?? []) {
      if (t.skipped) acc.skipped++;
      else if (t.passed) acc.passed++;
      else acc.failed++;
    }
    for (const s of suite?.suites ?? []) walk(s, acc);
    return acc;
  };
  return {
    onTestRunFinished({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0, errors: 0 };
      for (const s of sessions) {
        walk(s.testResults, acc);
        // A file that failed to load counts as one failure, never as zero tests.
        if (!s.passed && (s.errors?.length ?? 0) > 0) acc.errors++;
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync('.test-results/wtr.json', JSON.stringify(acc));
    },
  };
}

/**
 * Serves these CommonJS files as one ES module each, their requires bundled in, with the module
 * object as the default export (what Vite and Node give a default import of CommonJS).
 */
function commonjsAsModule(paths) {
  return {
    name: 'commonjs-as-module',
    async transform(context) {
      // A worktree whose node_modules is a symlink serves it from outside the root
      // (`/__wds-outside-root__/1/…/node_modules/…`): match the end of the path.
      const path = paths.find((p) => context.path.endsWith(p));
      if (!path) return undefined;
      const out = await build({
        entryPoints: [`.${path}`],
        bundle: true,
        format: 'esm',
        write: false,
        logLevel: 'silent',
      });
      return out.outputFiles[0].text;
    },
  };
}

/**
 * Serves ../shared/data/formats (beside the project, absent in a user's clone) under
 * /shared-formats/, and its file list at /shared-formats/index.json, so browser tests can import
 * real third-party files; a test skips when the list is missing.
 */
function sharedFormats() {
  const root = join(process.cwd(), '..', 'shared', 'data', 'formats');
  const list = (dir) =>
    readdirSync(join(root, dir)).flatMap((f) =>
      statSync(join(root, dir, f)).isDirectory() ? list(join(dir, f)) : [join(dir, f)],
    );
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/shared-formats/') || !existsSync(root)) return next();
    const rel = normalize(decodeURIComponent(ctx.path.slice('/shared-formats/'.length)));
    if (rel === 'index.json') {
      ctx.body = JSON.stringify(list(''));
      ctx.type = 'application/json';
      return undefined;
    }
    const file = join(root, rel);
    if (rel.startsWith('..') || !existsSync(file)) return next();
    ctx.body = readFileSync(file);
    ctx.type = 'application/octet-stream';
    return undefined;
  };
}

export default {
  // Node-only tests (*.node.test.ts) run under node:test, never in the browser.
  files: [
    ...(process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : ['tests/**/*.test.ts']),
    '!tests/**/*.node.test.ts',
  ],
  port: await freePort(),
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  testsFinishTimeout: 600_000,
  rootDir: '.',
  middleware: [sharedFormats()],
  // The page stylesheet holds the design tokens every component's colours come from; without it
  // axe would check contrast against unstyled (transparent, inherited) colours.
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head><link rel="stylesheet" href="/src/page.css" /></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  plugins: [
    // Vite's import.meta.env as a development page has it (no service worker is registered):
    // unset, reading it threw in whichever test was running when the shell's first paint ended.
    esbuildPlugin({
      ts: true,
      json: true,
      target: 'es2022',
      tsconfig: 'tsconfig.json',
      define: { 'import.meta.env.PROD': 'false' },
    }),
    commonjsAsModule(['/node_modules/saxes/saxes.js']),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), headless: true, args: CHROME_ARGS },
    }),
  ],
  // forbidOnly: a stray it.only / describe.only fails the run instead of quietly shrinking it.
  testFramework: { config: { timeout: 60_000, forbidOnly: true } },
  reporters: [
    defaultReporter({ reportTestResults: true, reportTestProgress: false }),
    countingReporter(),
  ],
};
