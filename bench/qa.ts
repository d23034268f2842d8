// `npm run bench:qa`: recall per check on injected errors and false alarms per 1,000 clean rows,
// in both directions, on the development half and the held-out half of real zh↔en translations
// (bench/qa-data.ts); the same for Translate Toolkit's pofilter when it is installed; and the time
// to check 10,000 rows. `-- --show CHECK` prints that check's false alarms and misses.
import { performance } from 'node:perf_hooks';
import { checkDocument, type Finding, type QaContext } from '../src/core/qa/index.js';
import {
  buildSet,
  hasData,
  loadReviewed,
  pairHash,
  DATA_DIR,
  REVIEWED_FILE,
  type EvalSet,
} from './qa-data.js';
import { INJECTED_CHECKS } from './qa-inject.js';
import { POFILTER_TESTS, runPofilter } from './qa-pofilter.js';

const ZE: QaContext = { sourceLang: 'zh', targetLang: 'en' };
const EZ: QaContext = { sourceLang: 'en', targetLang: 'zh' };
const show = process.argv.includes('--show')
  ? process.argv[process.argv.indexOf('--show') + 1]
  : undefined;
const reviewed = loadReviewed();
/** Reviewed entries seen as an alarm in some set: the others are stale, and said so. */
const reviewedSeen = new Set<string>();

interface Score {
  recall: Map<string, [number, number]>;
  clean: number;
  alarms: number;
  alarmsBy: Map<string, number>;
  /** Of the alarms, those the reviewed list says are the published data's own errors. */
  real: number;
}

/** What a checker said of each row: the check ids (or pofilter tests) that fired, and whether an injected error was found. */
type Said = (i: number) => { fired: string[]; found: (check: string) => boolean };

function score(set: EvalSet, said: Said, ours = false): Score {
  const recall = new Map<string, [number, number]>();
  const alarmsBy = new Map<string, number>();
  let clean = 0;
  let alarms = 0;
  let real = 0;
  set.rows.forEach((row, i) => {
    const { fired, found } = said(i);
    if (row.injected) {
      const r = recall.get(row.injected) ?? [0, 0];
      r[1]++;
      if (found(row.injected)) r[0]++;
      else if (show === row.injected) console.log(`  miss  ${row.source}\n        ${row.target}`);
      recall.set(row.injected, r);
    } else if (!row.partner) {
      clean++;
      for (const c of fired) {
        alarms++;
        alarmsBy.set(c, (alarmsBy.get(c) ?? 0) + 1);
        const key = `${pairHash(row, set.ctx)} ${c}`;
        if (ours && reviewed.has(key)) {
          real++;
          reviewedSeen.add(key);
        }
      }
    }
  });
  return { recall, clean, alarms, alarmsBy, real };
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : '—');
const per1000 = (s: Score, minus = 0) => ((1000 * (s.alarms - minus)) / s.clean).toFixed(1);

function report(title: string, ours: Score, theirs?: Score): void {
  console.log(`\n${title}: ${ours.clean} clean rows`);
  console.log('  check                      recall (ours)        pofilter (its test for it)');
  for (const c of INJECTED_CHECKS) {
    const [hit, n] = ours.recall.get(c) ?? [0, 0];
    const p = theirs?.recall.get(c);
    const po = !theirs
      ? ''
      : POFILTER_TESTS[c]!.length
        ? pct(p![0], p![1]).padStart(7)
        : '(no test)';
    console.log(`  ${c.padEnd(26)} ${pct(hit, n).padStart(7)} of ${String(n).padStart(3)}   ${po}`);
  }
  const by = [...ours.alarmsBy].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`);
  console.log(
    `  false alarms per 1,000 clean rows: ${per1000(ours)} (${by.join(', ') || 'none'}), as the issue counts them`,
  );
  console.log(
    `    without the ${ours.real} reviewed errors of the published data (bench/qa-data-errors.tsv): ${per1000(ours, ours.real)}`,
  );
  if (theirs) {
    const top = [...theirs.alarmsBy]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([c, n]) => `${c} ${n}`);
    console.log(
      `  pofilter false alarms per 1,000 clean rows: ${per1000(theirs)} (most: ${top.join(', ')})`,
    );
  }
}

/** ln(English letters / Chinese characters) on clean development rows, by sentence length. */
function calibrate(): void {
  const set = buildSet('dev', ZE, 1);
  const han = (s: string) => (s.match(/\p{Script=Han}/gu) ?? []).length;
  const letters = (s: string) => (s.match(/[\p{Script=Latin}\p{N}]/gu) ?? []).length;
  const buckets = new Map<number, number[]>();
  for (const r of set.rows) {
    const c = han(r.source);
    if (r.injected || r.partner || c < 5) continue;
    const b = c < 15 ? 10 : c < 30 ? 20 : c < 60 ? 40 : 80;
    (buckets.get(b) ?? buckets.set(b, []).get(b)!).push(
      Math.log((letters(r.target) + 1) / (c + 1)),
    );
  }
  console.log('Chinese characters ~  rows   mean  spread  0.5 %  99.5 %');
  for (const [b, xs] of [...buckets].sort((x, y) => x[0] - y[0])) {
    xs.sort((x, y) => x - y);
    const m = xs.reduce((a, x) => a + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / xs.length);
    const q = (p: number) => xs[Math.floor(p * (xs.length - 1))]!.toFixed(2);
    console.log(
      `${String(b).padStart(20)} ${String(xs.length).padStart(6)}  ${m.toFixed(2)}  ${sd.toFixed(2)}   ${q(0.005)}  ${q(0.995)}`,
    );
  }
}

function main(): void {
  if (!hasData()) {
    console.log(`bench:qa: no evaluation data at ${DATA_DIR}; nothing measured`);
    return;
  }
  if (process.argv.includes('--calibrate')) return calibrate();
  for (const split of ['dev', 'held-out'] as const) {
    for (const [name, ctx, seed] of [
      ['zh→en', ZE, 1],
      ['en→zh', EZ, 2],
    ] as const) {
      const set = buildSet(split, ctx, split === 'dev' ? seed : seed + 100);
      const byRow = new Map<number, Set<string>>();
      for (const f of checkDocument(set.rows, ctx) as Finding[]) {
        // A clean row made inconsistent by another row's injected error is that row's finding.
        const other = f.check.startsWith('inconsistent')
          ? set.rows[Number(f.params.otherRow) - 1]
          : undefined;
        if (other?.injected && !set.rows[f.row]!.injected) continue;
        (byRow.get(f.row) ?? byRow.set(f.row, new Set()).get(f.row)!).add(f.check);
        const row = set.rows[f.row]!;
        if (show === f.check && !row.injected && !row.partner) {
          const why = reviewed.get(`${pairHash(row, ctx)} ${f.check}`);
          const tag = why ? `  [the data's own: ${why}]` : '';
          console.log(
            `  alarm ${pairHash(row, ctx)} ${JSON.stringify(f.params)}${tag}\n    ${row.source}\n    ${row.target}`,
          );
        }
      }
      const ours = score(
        set,
        (i) => {
          const fired = [...(byRow.get(i) ?? [])];
          return { fired, found: (c) => fired.includes(c) };
        },
        true,
      );
      const po = show ? undefined : runPofilter(set);
      const theirs =
        po &&
        score(set, (i) => {
          const fired = po.get(i) ?? [];
          return { fired, found: (c) => fired.some((t) => POFILTER_TESTS[c]!.includes(t)) };
        });
      report(`${split} · ${name}`, ours, theirs);
      if (!po && !show)
        console.log('  pofilter: not installed (node scripts/ensure-translate-toolkit.mjs)');
    }
  }
  const stale = [...reviewed.keys()].filter((k) => !reviewedSeen.has(k));
  if (stale.length && !show)
    console.log(
      `\n${REVIEWED_FILE}: ${stale.length} entries no set raised (a fixed check, or rows drawn for injection): ${stale.join(', ')}`,
    );
  timing();
}

function timing(): void {
  const set = buildSet('dev', ZE, 1);
  const rows = Array.from({ length: 10_000 }, (_, i) => ({
    ...set.rows[i % set.rows.length]!,
    id: String(i),
  }));
  checkDocument(rows.slice(0, 500), ZE); // warm up
  const t0 = performance.now();
  checkDocument(rows, ZE);
  const ms = performance.now() - t0;
  console.log(`\ntime to check 10,000 rows (zh→en, all checks): ${Math.round(ms)} ms`);
}

main();
