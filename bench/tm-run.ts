// The measured part of the TM benchmark, shared by the Node run and the browser Worker: build
// the index, look up every query with the index and (for a sample) exhaustively, compare the two,
// and time concordance. Prints nothing; returns figures.
import { concordance, ConcordanceIndex } from '../src/core/tm/concordance.js';
import { createTmIndex, exhaustiveLookup, type TmMatch } from '../src/core/tm/index.js';
import type { BasePair } from './tm-data.js';
import { makePhrases, makeQueries, makeTm, type Direction } from './tm-gen.js';

export interface TmFigures {
  size: number;
  dir: Direction;
  /** ms to make the synthetic units (not part of the index). */
  generateMs: number;
  buildMs: number;
  /** Bytes of the index's typed arrays; heap growth while building, when the host can tell. */
  indexBytes: number;
  heapBytes?: number;
  queries: number;
  lookupMedian: number;
  lookupP95: number;
  lookupMax: number;
  /** All lookups' wall time, summed. */
  lookupTotal: number;
  /** CPU time per lookup, when the host can tell (Node): steadier than wall time on a busy machine. */
  lookupCpuMedian?: number;
  lookupCpuP95?: number;
  /** Units the index scored (or ruled out from stored ids) per lookup: median and most. */
  scoredMedian: number;
  scoredMax: number;
  /** Queries that found at least one match ≥ 50. */
  withMatches: number;
  exhaustiveQueries: number;
  exhaustiveMedian: number;
  exhaustiveP95: number;
  /** Of the exhaustive top 5 ≥ 70 %, how many the index returned (sample queries). */
  recallHits: number;
  recallTotal: number;
  /** Sample queries whose indexed top 5 ≥ 50 equals the exhaustive one exactly. */
  identical: number;
  /** ConcordanceIndex: ms to join both sides, UTF-16 units held, median ms a search. */
  concordanceBuildMs: number;
  concordanceChars: number;
  concordanceCommonMedian: number;
  concordanceAbsentMedian: number;
  /** The plain scan (`concordance`) for an absent phrase: every unit read. */
  concordanceScanAbsent: number;
  /** CPU ms (Node): building the index, and a concordance search for an absent phrase. */
  buildCpu?: number;
  concordanceAbsentCpu?: number;
}

export interface RunOptions {
  queries: number;
  exhaustiveQueries: number;
  now: () => number;
  cpu?: () => number;
  heap?: () => number;
  /** Told when the timed lookups begin and end (the browser bench reads the Worker's CPU then). */
  onPhase?: (phase: 'lookups' | 'lookups-end') => void;
}

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};

const ids = (ms: TmMatch[]) => ms.map((m) => `${m.unit.id}:${m.score}`).join(' ');

export function runTm(base: BasePair[], size: number, dir: Direction, o: RunOptions): TmFigures {
  let t = o.now();
  const units = makeTm(base, size, dir);
  const queries = makeQueries(base, o.queries, dir);
  const generateMs = o.now() - t;
  const heap0 = o.heap?.();
  const buildCpu0 = o.cpu?.();
  t = o.now();
  const index = createTmIndex(dir === 'zh-en' ? 'zh' : 'en');
  for (const u of units) index.add(u);
  index.compact();
  const buildMs = o.now() - t;
  const buildCpu = buildCpu0 !== undefined && o.cpu ? o.cpu() - buildCpu0 : undefined;
  const heapBytes = o.heap && heap0 !== undefined ? o.heap() - heap0 : undefined;
  const opts = { min: 50, max: 5 };
  const times: number[] = [];
  const cpuTimes: number[] = [];
  const scored: number[] = [];
  const results: TmMatch[][] = [];
  let withMatches = 0;
  // Warm up the compiler on other queries first: a long-running worker is warm.
  for (const q of makeQueries(base, 20, dir, 99)) index.lookup(q, opts);
  o.onPhase?.('lookups');
  for (const q of queries) {
    const c = o.cpu?.();
    t = o.now();
    const r = index.lookup(q, opts);
    times.push(o.now() - t);
    if (c !== undefined && o.cpu) cpuTimes.push(o.cpu() - c);
    scored.push(index.lastLookup.scored);
    results.push(r);
    if (r.length) withMatches++;
  }
  o.onPhase?.('lookups-end');
  const ex: number[] = [];
  let recallHits = 0;
  let recallTotal = 0;
  let identical = 0;
  const sample = Math.min(o.exhaustiveQueries, queries.length);
  for (let i = 0; i < sample; i++) {
    t = o.now();
    const e = exhaustiveLookup(units, queries[i] as string, opts);
    // The first exhaustive query also tokenises every unit (cached after): not timed.
    if (i > 0 || sample === 1) ex.push(o.now() - t);
    const got = new Set((results[i] as TmMatch[]).map((m) => m.unit.id));
    for (const m of e)
      if (m.score >= 70) {
        recallTotal++;
        if (got.has(m.unit.id)) recallHits++;
      }
    if (ids(e) === ids(results[i] as TmMatch[])) identical++;
  }
  const phrases = makePhrases(base, dir);
  const conc = new ConcordanceIndex();
  t = o.now();
  conc.add(units);
  conc.prepare();
  const concordanceBuildMs = o.now() - t;
  const search = (list: string[]) =>
    list.map((p) => {
      const t0 = o.now();
      conc.search(p, { max: 100 });
      return o.now() - t0;
    });
  const common = search(phrases.common);
  const absent = search(phrases.absent);
  const absentCpu = phrases.absent.map((p) => {
    const c = o.cpu?.();
    conc.search(p, { max: 100 });
    return c !== undefined && o.cpu ? o.cpu() - c : undefined;
  });
  t = o.now();
  concordance(units, phrases.absent[0] as string, { max: 100 });
  const concordanceScanAbsent = o.now() - t;
  return {
    size,
    dir,
    generateMs,
    buildMs,
    indexBytes: index.bytes,
    heapBytes,
    queries: queries.length,
    lookupMedian: quantile(times, 0.5),
    lookupP95: quantile(times, 0.95),
    lookupMax: quantile(times, 1),
    lookupTotal: times.reduce((a, b) => a + b, 0),
    lookupCpuMedian: cpuTimes.length ? quantile(cpuTimes, 0.5) : undefined,
    lookupCpuP95: cpuTimes.length ? quantile(cpuTimes, 0.95) : undefined,
    scoredMedian: quantile(scored, 0.5),
    scoredMax: quantile(scored, 1),
    withMatches,
    exhaustiveQueries: sample,
    exhaustiveMedian: quantile(ex, 0.5),
    exhaustiveP95: quantile(ex, 0.95),
    recallHits,
    recallTotal,
    identical,
    concordanceBuildMs,
    concordanceChars: conc.chars,
    concordanceCommonMedian: quantile(common, 0.5),
    concordanceAbsentMedian: quantile(absent, 0.5),
    concordanceScanAbsent,
    buildCpu,
    concordanceAbsentCpu:
      absentCpu[0] === undefined ? undefined : quantile(absentCpu as number[], 0.5),
  };
}
