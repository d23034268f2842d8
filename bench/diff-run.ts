// The measured part of the diff benchmark, shared by the browser page and the Node run.
import {
  compareRows,
  filterRows,
  reviewReportCsv,
  reviewReportHtml,
  EN_REPORT_LABELS,
} from '../src/core/diff/index.js';
import type { Comparison } from '../src/core/diff/index.js';
import { makeVersions } from './diff-data.js';

export interface Figures {
  rows: number;
  changed: number;
  byType: Comparison['summary']['byType'];
  /** Median milliseconds of each step. */
  compare: number;
  compareFirst: number;
  /** Median CPU milliseconds of compareRows, when the host can tell (Node); wall time varies
   * with how busy the machine is, CPU time much less. */
  compareCpu?: number;
  filter: number;
  html: number;
  csv: number;
}

const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];

export function runBench(runs = 5, cpuClock?: () => number): Figures {
  const { a, b } = makeVersions();
  const times = {
    compare: [] as number[],
    filter: [] as number[],
    html: [] as number[],
    csv: [] as number[],
  };
  const cpu: number[] = [];
  let first = 0;
  let c: Comparison | undefined;
  for (let i = 0; i < runs; i++) {
    const c0 = cpuClock?.() ?? 0;
    let t = performance.now();
    c = compareRows(a, b, { sourceLang: 'zh-Hans', targetLang: 'en' });
    const took = performance.now() - t;
    if (cpuClock) cpu.push(cpuClock() - c0);
    if (i === 0) first = took;
    times.compare.push(took);
    t = performance.now();
    const rows = filterRows(c.rows, { onlyChanged: true, ignore: ['whitespace'] });
    times.filter.push(performance.now() - t);
    t = performance.now();
    reviewReportHtml(c, {
      labels: EN_REPORT_LABELS,
      documentName: 'bench',
      aName: 'A',
      bName: 'B',
      generatedAt: 'now',
      rows,
    });
    times.html.push(performance.now() - t);
    t = performance.now();
    reviewReportCsv(c, { rows });
    times.csv.push(performance.now() - t);
  }
  if (!c) throw new Error('no runs');
  return {
    rows: a.length,
    changed: c.summary.changed,
    byType: c.summary.byType,
    compare: median(times.compare),
    compareFirst: first,
    compareCpu: cpuClock ? median(cpu) : undefined,
    filter: median(times.filter),
    html: median(times.html),
    csv: median(times.csv),
  };
}
