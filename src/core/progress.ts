// A document's progress as the project library shows it: how many rows, how many have a
// translation and how many are confirmed, and the source's size counted as the grid's header
// counts it (countUnits: Chinese by character, English by word). Stored per document and changed
// by what each row write removes and adds (store/doc-counts.ts), so the library never reads rows.
import { CONFIRMED, STATUSES, type Lang, type Segment, type Status } from './model.js';
import { countUnits } from './text/tokens.js';

export interface RowCounts {
  rows: number;
  /** Rows by status. */
  status: Record<Status, number>;
  /** Rows whose target holds more than white space. */
  withTarget: number;
  /** Han characters of the sources: a Chinese source's size. */
  sourceChars: number;
  /** Words of the sources outside Han text: an English source's size. */
  sourceWords: number;
}

export type CountedRow = Pick<Segment, 'status' | 'source' | 'target'>;

export const emptyCounts = (): RowCounts => ({
  rows: 0,
  status: Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>,
  withTarget: 0,
  sourceChars: 0,
  sourceWords: 0,
});

/** Adds (`sign` 1) or takes away (-1) one row's share of `c`, in place. */
export function countRow(c: RowCounts, row: CountedRow, sign: 1 | -1): void {
  const units = countUnits(row.source, 'zh');
  c.rows += sign;
  c.status[row.status] += sign;
  if (row.target.trim() !== '') c.withTarget += sign;
  c.sourceChars += sign * units.cjkChars;
  c.sourceWords += sign * units.words;
}

/** The counts of `rows`, counted from scratch. */
export function countAll(rows: Iterable<CountedRow>): RowCounts {
  const c = emptyCounts();
  for (const r of rows) countRow(c, r, 1);
  return c;
}

/** The sum of several documents' counts (a project's). */
export function sumCounts(list: Iterable<RowCounts>): RowCounts {
  const out = emptyCounts();
  for (const c of list) {
    out.rows += c.rows;
    for (const s of STATUSES) out.status[s] += c.status[s];
    out.withTarget += c.withTarget;
    out.sourceChars += c.sourceChars;
    out.sourceWords += c.sourceWords;
  }
  return out;
}

const count = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;

/** True for counts that can be shown: every figure a whole number ≥ 0, the statuses adding up. */
export function isRowCounts(x: unknown): x is RowCounts {
  if (typeof x !== 'object' || x === null) return false;
  const c = x as Partial<RowCounts>;
  const status = c.status as Partial<Record<Status, unknown>> | undefined;
  if (typeof status !== 'object' || status === null) return false;
  if (!STATUSES.every((s) => count(status[s]))) return false;
  const sum = STATUSES.reduce((n, s) => n + (status[s] as number), 0);
  return (
    count(c.rows) &&
    sum === c.rows &&
    count(c.withTarget) &&
    c.withTarget <= c.rows &&
    count(c.sourceChars) &&
    count(c.sourceWords)
  );
}

export interface Progress {
  rows: number;
  translated: number;
  confirmed: number;
  /** Whole percentages, rounded down: 100 only when every row is. */
  translatedPct: number;
  confirmedPct: number;
  /** The source's size in the unit its language is counted in. */
  size: number;
  unit: 'words' | 'chars';
}

const pct = (n: number, of: number) => (of === 0 ? 0 : Math.floor((100 * n) / of));

/**
 * What the library shows of `c`: translated (a target written, whatever its status) and
 * confirmed (translated, reviewed or approved, as the grid's header counts "Confirmed"), and the
 * size of a `sourceLang` source.
 */
/** Rows confirmed: translated, reviewed or approved, as the grid's header counts "Confirmed". */
export const confirmedOf = (c: RowCounts): number => CONFIRMED.reduce((n, s) => n + c.status[s], 0);

export function progressOf(c: RowCounts, sourceLang: Lang): Progress {
  const confirmed = confirmedOf(c);
  return {
    rows: c.rows,
    translated: c.withTarget,
    confirmed,
    translatedPct: pct(c.withTarget, c.rows),
    confirmedPct: pct(confirmed, c.rows),
    size: sourceLang === 'en' ? c.sourceWords : c.sourceChars,
    unit: sourceLang === 'en' ? 'words' : 'chars',
  };
}
