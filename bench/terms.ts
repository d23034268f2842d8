// `npm run bench:terms`: term recognition per row with a 100,000-entry termbase (issue #16: at
// most 2 ms a row), Chinese and English, and the import of a 100,000-entry TBX as the app reads
// it (decoded text in 256 KiB chunks, progress every 1,000 entries), and the entry browser's search
// data kept up to date across a save. Prints figures only.
import { performance } from 'node:perf_hooks';
import { DEMO_ROWS } from '../src/state/demo.js';
import { tbxStream, writeTbx } from '../src/core/formats/tbx.js';
import { TermIndex, type TermEntry } from '../src/core/terms/index.js';
import { EntrySearch } from '../src/core/terms/search.js';

const N = 100_000;

// A fixed pseudo-random sequence (mulberry32), so every run measures the same termbase.
let seed = 16;
const rand = (n: number) => {
  seed = (seed + 0x6d2b79f5) | 0;
  let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
  return Math.floor((((x ^ (x >>> 14)) >>> 0) / 4294967296) * n);
};

const zhRows = DEMO_ROWS.map((r) => r.source);
const enRows = DEMO_ROWS.map((r) => r.target).filter(Boolean);
const han = (n: number) =>
  Array.from({ length: n }, () => String.fromCharCode(0x4e00 + rand(0x51a5))).join('');
const words = [
  ...new Set(
    enRows
      .join(' ')
      .toLowerCase()
      .match(/[a-z]+/g) ?? [],
  ),
];
const word = () => (rand(3) === 0 ? (words[rand(words.length)] ?? 'term') : `w${rand(50_000)}`);

/** One in ten terms is a piece of the demo article, so rows have hits; the rest is noise. */
function entry(i: number): TermEntry {
  let zh: string;
  let en: string;
  if (i % 10 === 0) {
    const row = zhRows[rand(zhRows.length)]!;
    const at = rand(Math.max(1, row.length - 4));
    zh = row.slice(at, at + 2 + rand(4));
    const src = enRows[rand(enRows.length)]!.split(/\s+/);
    const w = rand(Math.max(1, src.length - 3));
    en = src.slice(w, w + 1 + rand(3)).join(' ');
  } else {
    zh = han(2 + rand(5));
    en = Array.from({ length: 1 + rand(3) }, word).join(' ');
  }
  const e: TermEntry = {
    id: `e${i}`,
    terms: {
      'zh-Hans': [{ text: zh, status: 'preferred', pos: 'noun' }],
      en: [{ text: en, status: 'preferred' }],
    },
  };
  if (i % 7 === 0) e.terms.en!.push({ text: `${en} x`, status: 'forbidden' });
  if (i % 5 === 0) e.note = `note ${i}`;
  return e;
}

const entries = Array.from({ length: N }, (_, i) => entry(i));
const ms = (t: number) => `${t.toFixed(0)} ms`;

function recognition(source: string, target: string, rows: string[]) {
  const t0 = performance.now();
  const index = new TermIndex(source, target, entries);
  const build = performance.now() - t0;
  // Rows repeated to 2,000, each timed on its own.
  const times: number[] = [];
  let hits = 0;
  for (let k = 0; k < 2000; k++) {
    const row = rows[k % rows.length]!;
    const a = performance.now();
    hits += index.find(row).length;
    times.push(performance.now() - a);
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((s, x) => s + x, 0) / times.length;
  const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  const avgLen = rows.reduce((s, r) => s + r.length, 0) / rows.length;
  // Add term: one entry more, as the terms service adds it (a new index object, the terms shared).
  const adds: number[] = [];
  let grown = index;
  for (let k = 0; k < 20; k++) {
    const e = entry(N + k);
    const a = performance.now();
    grown = grown.withEntry(e);
    adds.push(performance.now() - a);
  }
  adds.sort((a, b) => a - b);
  // Edit: an entry taken out as it was and put back as it is (or a rebuild, where it shares a key).
  const edits: number[] = [];
  let inPlace = 0;
  for (let k = 0; k < 20; k++) {
    const e = entries[k * 997]!;
    const a = performance.now();
    const without = grown.withoutEntry(e);
    if (without) {
      inPlace++;
      grown = without.withEntry({ ...e, note: 'edited' });
    }
    edits.push(performance.now() - a);
  }
  edits.sort((a, b) => a - b);
  // Edited in another tab: taken out by its id (a scan of the index), put back as it is.
  const byId: number[] = [];
  for (let k = 0; k < 20; k++) {
    const e = entries[k * 997 + 1]!;
    const a = performance.now();
    const without = grown.withoutEntryId(e.id);
    if (without) grown = without.withEntry({ ...e, note: 'edited elsewhere' });
    byId.push(performance.now() - a);
  }
  byId.sort((a, b) => a - b);
  console.log(
    `recognition ${source}→${target}: index of ${index.size} terms built in ${ms(build)}; ` +
      `per row (${avgLen.toFixed(0)} chars on average, ${(hits / 2000).toFixed(1)} terms found): ` +
      `mean ${mean.toFixed(3)} ms, p95 ${p(0.95).toFixed(3)} ms, max ${p(1).toFixed(3)} ms; ` +
      `one term added to it: median ${adds[10]!.toFixed(3)} ms, max ${adds[19]!.toFixed(3)} ms; ` +
      `one entry edited in place: ${inPlace} of 20, median ${edits[10]!.toFixed(3)} ms; ` +
      `by its id alone (another tab): median ${byId[10]!.toFixed(1)} ms`,
  );
}

recognition('zh-Hans', 'en', zhRows);
recognition('en', 'zh-Hans', enRows);

// The entry browser: its search data prepared once, then one entry saved (the search data
// patched, as the browser does on a change), then searched; against preparing it all again.
{
  const t0 = performance.now();
  let search = EntrySearch.of(entries, 'zh-Hans', 'en');
  const prepared = performance.now() - t0;
  const patches: number[] = [];
  const searches: number[] = [];
  for (let k = 0; k < 20; k++) {
    const e = entries[k * 4999]!;
    const a = performance.now();
    search = search.withEntry(e.id, { ...e, note: `edited ${k}` });
    const b = performance.now();
    search.search(`edited ${k}`, 200);
    searches.push(performance.now() - b);
    patches.push(b - a);
  }
  patches.sort((a, b) => a - b);
  searches.sort((a, b) => a - b);
  console.log(
    `entry browser, ${N} entries: prepared in ${ms(prepared)}; one entry saved: patched in ` +
      `median ${patches[10]!.toFixed(1)} ms (max ${patches[19]!.toFixed(1)} ms), the next search ` +
      `median ${searches[10]!.toFixed(1)} ms (max ${searches[19]!.toFixed(1)} ms)`,
  );
}

const tbx = writeTbx(entries, ['zh-Hans', 'en']);
const chunk = 256 * 1024;
const t0 = performance.now();
let progress = 0;
const stream = tbxStream('bench.tbx', { onEntries: () => progress++ });
for (let i = 0; i < tbx.length; i += chunk) stream.write(tbx.slice(i, i + chunk));
const data = stream.end();
const took = performance.now() - t0;
console.log(
  `import of a ${(tbx.length / 1048576).toFixed(1)} MiB TBX (${N} entries): ${ms(took)} ` +
    `(${((N / took) * 1000).toFixed(0)} entries/s), ${progress} progress reports, ` +
    `${data.summary.entries} entries kept, ${data.summary.merged} duplicates merged, ` +
    `peak memory of the whole bench ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
);
