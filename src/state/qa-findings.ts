// The QA service's bookkeeping of one open document: the findings of each row as last checked,
// those of the last run over the whole document that compare rows, and which rows changed since
// they were checked (found by identity first, then by text, so a keystroke costs a scan of
// references, not of text).
import type { Segment } from '../core/model.js';
import { rowFingerprint } from '../core/qa/ignored.js';
import type { CheckId, Finding, QaRow } from '../core/qa/types.js';

/** Checks that compare rows with each other: only a run over the whole document finds them. */
export const DOCUMENT_CHECKS: readonly CheckId[] = [
  'inconsistent-translation',
  'inconsistent-source',
];

const isDocumentCheck = (f: Finding) => DOCUMENT_CHECKS.includes(f.check);
const fingerprint = (s: Segment) => rowFingerprint(s.source, s.target);
export const qaRow = (s: Segment): QaRow => ({
  id: s.id,
  source: s.source,
  target: s.target,
  ...(s.codes?.length ? { codes: s.codes } : {}),
});

export class FindingsBook {
  /** Findings of single rows, by row id, as checked. */
  private _byRow = new Map<string, Finding[]>();
  /** Findings of the last run over the whole document that compare rows. */
  private _document: Finding[] = [];
  /** Each row's fingerprint when it was last checked. */
  private _checked = new Map<string, string>();
  /** The rows as last looked at. */
  private _seen = new Map<string, Segment>();

  /** A document just opened: nothing checked, its rows as they are. */
  constructor(rows: readonly Segment[] = []) {
    this._seen = new Map(rows.map((s) => [s.id, s]));
  }

  /** Whether a row reached a confirmed status since it was last looked at. */
  confirmedSince(rows: readonly Segment[], confirmed: readonly string[]): boolean {
    for (const s of rows) {
      const before = this._seen.get(s.id);
      if (before && before !== s && s.status !== before.status && confirmed.includes(s.status))
        return true;
    }
    return false;
  }

  /**
   * The rows to check now: those whose text changed since they were checked; a row never checked
   * once it is edited, or when it is new after a run over every row (`checkedAll`). Also says
   * whether rows were removed. Marks every row as looked at.
   */
  changes(rows: readonly Segment[], checkedAll: boolean): { changed: Segment[]; removed: boolean } {
    const changed: Segment[] = [];
    const now = new Map<string, Segment>();
    for (const s of rows) {
      now.set(s.id, s);
      const before = this._seen.get(s.id);
      if (before === s) continue;
      const known = this._checked.get(s.id);
      const edited =
        before !== undefined && (before.source !== s.source || before.target !== s.target);
      if (known === undefined ? checkedAll || edited : known !== fingerprint(s)) changed.push(s);
    }
    const removed = [...this._seen.keys()].some((id) => !now.has(id));
    this._seen = now;
    return { changed, removed };
  }

  /** The row checks' findings of rows just checked (their document findings stay until a run). */
  setRows(checked: readonly Segment[], found: readonly Finding[]): void {
    for (const s of checked) {
      this._byRow.delete(s.id);
      this._checked.set(s.id, fingerprint(s));
    }
    for (const f of found) if (!isDocumentCheck(f)) this._push(f);
  }

  /** A run over every row (`rows` as they were sent); rows typed into meanwhile stay to check. */
  setRun(rows: readonly Segment[], found: readonly Finding[], now: readonly Segment[]): void {
    this._byRow = new Map();
    this._document = [];
    for (const f of found) {
      if (isDocumentCheck(f)) this._document.push(f);
      else this._push(f);
    }
    this._checked = new Map(rows.map((s) => [s.id, fingerprint(s)]));
    for (const s of now) if (this._checked.get(s.id) !== fingerprint(s)) this._seen.delete(s.id);
  }

  /** Every row checked so far is to be checked again (the checks' settings changed). */
  recheckAll(): void {
    for (const id of this._checked.keys()) {
      this._checked.set(id, '');
      this._seen.delete(id);
    }
  }

  /** The findings, numbered as the rows are now; findings of rows gone are left out. */
  placed(rows: readonly Segment[]): Finding[] {
    const index = new Map(rows.map((s, i) => [s.id, i]));
    const out: Finding[] = [];
    const place = (f: Finding) => {
      const row = index.get(f.rowId);
      if (row !== undefined) out.push(f.row === row ? f : { ...f, row });
    };
    for (const list of this._byRow.values()) list.forEach(place);
    this._document.forEach(place);
    return out;
  }

  private _push(f: Finding) {
    const list = this._byRow.get(f.rowId);
    if (list) list.push(f);
    else this._byRow.set(f.rowId, [f]);
  }
}

type RowCounts = ReadonlyMap<string, { errors: number; warnings: number }>;

/** Whether two per-row counts say the same (so the grid need not re-render its rows). */
export function sameCounts(a: RowCounts, b: RowCounts): boolean {
  if (a.size !== b.size) return false;
  for (const [id, c] of a) {
    const d = b.get(id);
    if (!d || d.errors !== c.errors || d.warnings !== c.warnings) return false;
  }
  return true;
}
