// Prints the gzip size of the JavaScript a first visit loads (the entry chunk and its static
// imports, read from Vite's manifest), and of every other chunk loaded later on demand.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dist = 'dist';
const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error('bundle-size: dist/.vite/manifest.json is missing; run `vite build` first.');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const gz = (file) => gzipSync(readFileSync(join(dist, file))).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const entry = Object.values(manifest).find((c) => c.isEntry);
const first = new Set();
const visit = (key) => {
  const c = manifest[key];
  if (!c || first.has(c.file)) return;
  first.add(c.file);
  for (const i of c.imports ?? []) visit(i);
};
visit(Object.keys(manifest).find((k) => manifest[k] === entry));

const all = new Set(
  Object.values(manifest)
    .map((c) => c.file)
    .filter((f) => f.endsWith('.js')),
);
let firstTotal = 0;
console.log('\nJavaScript (gzip):');
for (const f of first) {
  firstTotal += gz(f);
  console.log(`  first visit  ${kb(gz(f)).padStart(10)}  ${f}`);
}
for (const f of all)
  if (!first.has(f)) console.log(`  on demand    ${kb(gz(f)).padStart(10)}  ${f}`);
console.log(`first visit loads ${kb(firstTotal)} of JavaScript (gzip); budget 80 KB`);
if (firstTotal > 80 * 1024) {
  console.error('bundle-size: over the 80 KB budget for the shell');
  process.exit(1);
}
