// Prints the gzip size of the JavaScript a first visit loads (the entry chunk and its static
// imports, read from Vite's manifest), and of every other chunk loaded later on demand.
// Fails when the first visit is over the budget, or when the figure README.md states for it (the
// first `**NN.N KB**` under its `### Bundle` heading) is more than 1 KB away from the build's.
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
// A first visit also loads the strings of its UI language, a chunk of its own with whatever it
// imports: count the larger of the languages, so the figure is what a first visit really fetches.
const closure = (key, seen = new Set()) => {
  const c = manifest[key];
  if (!c || seen.has(c.file) || first.has(c.file)) return seen;
  seen.add(c.file);
  for (const i of c.imports ?? []) closure(i, seen);
  return seen;
};
const size = (files) => [...files].reduce((n, f) => n + gz(f), 0);
const languages = Object.keys(manifest)
  .filter((k) => /src\/i18n\/locale-[\w-]+\.ts$/.test(k))
  .map((k) => ({ file: manifest[k].file, files: closure(k) }))
  .sort((a, b) => size(b.files) - size(a.files));
const language = languages[0]?.file;
const languageFiles = languages[0]?.files ?? new Set();
for (const f of languageFiles) first.add(f);
let firstTotal = 0;
console.log('\nJavaScript (gzip):');
for (const f of first) {
  firstTotal += gz(f);
  const what = languageFiles.has(f)
    ? `first visit (its UI language, the larger one${f === language ? '' : ': its strings'})`
    : 'first visit';
  console.log(`  ${what}  ${kb(gz(f)).padStart(10)}  ${f}`);
}
for (const f of all)
  if (!first.has(f)) console.log(`  on demand    ${kb(gz(f)).padStart(10)}  ${f}`);
console.log(`first visit loads ${kb(firstTotal)} of JavaScript (gzip); budget 80 KB`);
// Each file is a request before the first paint: vite.config.ts groups the first visit's modules
// into one chunk (35 small shared chunks had made a cold open wait on the requests, not bytes).
const FILES_BUDGET = 4;
console.log(`first visit loads ${first.size} JavaScript files; budget ${FILES_BUDGET}`);
let failed = false;
if (firstTotal > 80 * 1024) {
  console.error('bundle-size: over the 80 KB budget for the shell');
  failed = true;
}
if (first.size > FILES_BUDGET) {
  console.error(
    `bundle-size: the first visit loads ${first.size} JavaScript files, over ${FILES_BUDGET}: ` +
      'is the first-visit chunk group in vite.config.ts still there?',
  );
  failed = true;
}

/** The first-visit figure README.md states, in KB, or an error message when it cannot be read. */
function readmeBundleKb(readme) {
  const section = /^### Bundle\n([\s\S]*?)(?=^#{1,3} |(?![\s\S]))/m.exec(readme)?.[1];
  if (section === undefined) return 'README.md has no "### Bundle" section';
  const m = /\*\*(\d+(?:\.\d+)?) KB\*\*/.exec(section);
  if (!m) return 'the "### Bundle" section of README.md states no **NN.N KB** figure';
  return Number(m[1]);
}

// A stale README figure is the failure this guards against, so it is checked on every build.
const stated = existsSync('README.md') ? readmeBundleKb(readFileSync('README.md', 'utf8')) : null;
if (typeof stated === 'string') {
  console.error(`bundle-size: ${stated}`);
  failed = true;
} else if (stated !== null && Math.abs(stated * 1024 - firstTotal) > 1024) {
  console.error(
    `bundle-size: README.md states ${stated} KB for the first visit but the build loads ` +
      `${kb(firstTotal)}; update the "### Bundle" paragraph (figure, date and command)`,
  );
  failed = true;
}
if (failed) process.exit(1);
