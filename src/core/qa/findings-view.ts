// What the QA panel, the row badges and the export warning show of a document's findings:
// which are ignored, the filters, groups by check with their counts. Pure functions over data.
import { isIgnored, type IgnoredFinding } from './ignored.js';
import { CHECK_IDS, type CheckId, type Finding, type Severity } from './types.js';

/** A finding as shown: with its ignore, when it is ignored. */
export interface ShownFinding extends Finding {
  ignored?: IgnoredFinding;
}

export interface QaFilter {
  severity: Severity | 'all';
  check: CheckId | 'all';
  /** Open findings only (the default), ignored ones only, or both. */
  ignored: 'open' | 'ignored' | 'all';
}

export const NO_QA_FILTER: QaFilter = { severity: 'all', check: 'all', ignored: 'open' };

/** Marks the findings whose ignore still holds (see isIgnored). */
export function markIgnored(
  findings: readonly Finding[],
  rows: ReadonlyMap<string, { source: string; target: string }>,
  ignored: ReadonlyMap<string, IgnoredFinding>,
): ShownFinding[] {
  if (ignored.size === 0) return [...findings];
  return findings.map((f) => {
    const rec = isIgnored(f, rows.get(f.rowId), ignored);
    return rec ? { ...f, ignored: rec } : f;
  });
}

export function filterFindings(list: readonly ShownFinding[], f: QaFilter): ShownFinding[] {
  return list.filter(
    (x) =>
      (f.severity === 'all' || x.severity === f.severity) &&
      (f.check === 'all' || x.check === f.check) &&
      (f.ignored === 'all' || (f.ignored === 'ignored') === Boolean(x.ignored)),
  );
}

export interface CheckGroup {
  check: CheckId;
  findings: ShownFinding[];
  errors: number;
  warnings: number;
}

/** Findings by check, in the checks' order, each group in row order; empty groups left out. */
export function groupByCheck(list: readonly ShownFinding[]): CheckGroup[] {
  const by = new Map<CheckId, CheckGroup>();
  for (const f of list) {
    let g = by.get(f.check);
    if (!g) by.set(f.check, (g = { check: f.check, findings: [], errors: 0, warnings: 0 }));
    g.findings.push(f);
    if (f.severity === 'error') g.errors++;
    else g.warnings++;
  }
  for (const g of by.values()) g.findings.sort((a, b) => a.row - b.row);
  return CHECK_IDS.filter((c) => by.has(c)).map((c) => by.get(c)!);
}

export interface QaCounts {
  errors: number;
  warnings: number;
  ignored: number;
}

export function countFindings(list: readonly ShownFinding[]): QaCounts {
  const n: QaCounts = { errors: 0, warnings: 0, ignored: 0 };
  for (const f of list) {
    if (f.ignored) n.ignored++;
    else if (f.severity === 'error') n.errors++;
    else n.warnings++;
  }
  return n;
}

/** Open findings per row id, for the badge on each row that has any. */
export function rowCounts(
  list: readonly ShownFinding[],
): Map<string, { errors: number; warnings: number }> {
  const out = new Map<string, { errors: number; warnings: number }>();
  for (const f of list) {
    if (f.ignored) continue;
    let c = out.get(f.rowId);
    if (!c) out.set(f.rowId, (c = { errors: 0, warnings: 0 }));
    if (f.severity === 'error') c.errors++;
    else c.warnings++;
  }
  return out;
}
