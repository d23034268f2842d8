// `npm run bench:qa`: recall per check on injected errors and false alarms per 1,000 clean rows,
// in both directions, on the development half and the held-out half of real zh↔en translations
// (bench/qa-data.ts); the same for Translate Toolkit's pofilter when it is installed; and the time
// to check 10,000 rows. `-- --show CHECK` prints that check's false alarms and misses.
import { performance } from 'node:perf_hooks';
import { checkDocument, type Finding, type QaContext } from '../src/core/qa/index.js';
import { buildSet, hasData, DATA_DIR, type EvalSet } from './qa-data.js';
import { INJECTED_CHECKS } from './qa-inject.js';
import { runPofilter } from './qa-pofilter.js';

const ZE: QaContext = { sourceLang: 'zh', targetLang: 'en' };
const EZ: QaContext = { sourceLang: 'en', targetLang: 'zh' };
const show = process.argv.includes('--show')
  ? process.argv[process.argv.indexOf('--show') + 1]
  : undefined;

interface Score {
  recall: Map<string, [number, number]>;
  clean: number;
  alarms: number;
  alarmsBy: Map<string, number>;
}

function score(set: EvalSet, flagged: (i: number) => Set<string>): Score {
  const recall = new Map<string, [number, number]>();
  const alarmsBy = new Map<string, number>();
  let clean = 0;
  let alarms = 0;
  set.rows.forEach((row, i) => {
    const found = flagged(i);
    if (row.injected) {
      const r = recall.get(row.injected) ?? [0, 0];
      r[1]++;
      if (found.has(row.injected) || found.has('*')) r[0]++;
      else if (show === row.injected) console.log(`  miss  ${row.source}\n        ${row.target}`);
      recall.set(row.injected, r);
    } else if (!row.partner) {
      clean++;
      for (const c of found) {
        alarms++;
        alarmsBy.set(c, (alarmsBy.get(c) ?? 0) + 1);
      }
    }
  });
  return { recall, clean, alarms, alarmsBy };
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : '—');
const per1000 = (s: Score) => ((1000 * s.alarms) / s.clean).toFixed(1);

function report(title: string, ours: Score, theirs?: Score): void {
  console.log(`\n${title}: ${ours.clean} clean rows`);
  console.log('  check                      recall (ours)        pofilter (any check)');
  for (const c of INJECTED_CHECKS) {
    const [hit, n] = ours.recall.get(c) ?? [0, 0];
    const p = theirs?.recall.get(c);
    console.log(
      `  ${c.padEnd(26)} ${pct(hit, n).padStart(7)} of ${String(n).padStart(3)}   ${p ? pct(p[0], p[1]).padStart(7) : ''}`,
    );
  }
  const by = [...ours.alarmsBy].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`);
  console.log(`  false alarms per 1,000 clean rows: ${per1000(ours)} (${by.join(', ') || 'none'})`);
  if (theirs) console.log(`  pofilter: ${per1000(theirs)} per 1,000 clean rows`);
}

function main(): void {
  if (!hasData()) {
    console.log(`bench:qa: no evaluation data at ${DATA_DIR}; nothing measured`);
    return;
  }
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
          console.log(`  alarm ${JSON.stringify(f.params)}\n    ${row.source}\n    ${row.target}`);
        }
      }
      const ours = score(set, (i) => byRow.get(i) ?? new Set());
      const po = show ? undefined : runPofilter(set);
      const theirs = po && score(set, (i) => (po.has(i) ? new Set(['*']) : new Set()));
      report(`${split} · ${name}`, ours, theirs);
      if (!po && !show)
        console.log('  pofilter: not installed (node scripts/ensure-translate-toolkit.mjs)');
    }
  }
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
