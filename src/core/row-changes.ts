// What the document's whole-document operations do to its rows, as plain data: the patches a
// bulk action or a Replace all writes, the rows shown after a change, and where a split cuts the
// other side. The document service (state/document.ts) runs them against the store.
import {
  statusAfterChange,
  type Segment,
  type SegmentField,
  type Status,
  type Lang,
} from './model.js';
import { langCode, type LangCode } from './text/lang.js';

/** The fields a row patch may change (the store's SegmentPatch takes these). */
export type RowPatch = Partial<Pick<Segment, SegmentField>>;

/** One row's patch, as the store's updateMany takes it. */
export interface IdPatch {
  id: string;
  patch: RowPatch;
}

/** What a bulk change does to each selected row. */
export type BulkAction = 'confirm' | 'copySource' | 'clear' | { status: Status };

const definedOnly = (p: RowPatch): RowPatch =>
  Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as RowPatch;

/**
 * The patches of a bulk action on the rows `ids` (in document order): confirm (to `confirmAs`;
 * rows without a translation are skipped and counted), set a status, copy the source, or clear
 * the translation. A row the action would not change gets no patch.
 */
export function bulkPatches(
  rows: readonly Segment[],
  ids: readonly string[],
  action: BulkAction,
  confirmAs: Status,
): { patches: IdPatch[]; skippedEmpty: number } {
  const wanted = new Set(ids);
  const patches: IdPatch[] = [];
  let skippedEmpty = 0;
  for (const row of rows) {
    if (!wanted.has(row.id)) continue;
    let patch: RowPatch | undefined;
    if (action === 'confirm') {
      if (!row.target.trim()) skippedEmpty++;
      else if (row.status !== confirmAs) patch = { status: confirmAs };
    } else if (action === 'copySource') {
      if (row.target !== row.source)
        patch = {
          target: row.source,
          status: statusAfterChange(row.status, 'target', row.source),
        };
    } else if (action === 'clear') {
      if (row.target || row.status !== 'new') patch = { target: '', status: 'new' };
    } else if (row.status !== action.status) patch = { status: action.status };
    if (patch) patches.push({ id: row.id, patch: definedOnly(patch) });
  }
  return { patches, skippedEmpty };
}

/**
 * The patches of a Replace all in one field of every row, and how many matches were replaced.
 * `replace` does the replacing in one text (core/find.ts's replaceAllIn, loaded with the find
 * bar). A replaced word is a change like typing: a confirmed row needs confirming again.
 */
export function replacePatches(
  rows: readonly Segment[],
  scope: 'source' | 'target',
  replace: (text: string) => { text: string; count: number },
): { patches: IdPatch[]; count: number } {
  const patches: IdPatch[] = [];
  let count = 0;
  for (const s of rows) {
    const r = replace(s[scope]);
    if (r.count > 0 && r.text !== s[scope]) {
      const status = statusAfterChange(s.status, scope, r.text);
      patches.push({ id: s.id, patch: { [scope]: r.text, ...(status ? { status } : {}) } });
      count += r.count;
    }
  }
  return { patches, count };
}

const byOrder = (a: Segment, b: Segment) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0);

/**
 * The document's rows after a change: `changed` rows replace (or join) the rows of document
 * `docId`, `removed` ones go, in document order. Rows of another document are left out.
 */
export function withRowChanges(
  rows: readonly Segment[],
  docId: string,
  changed: readonly Segment[],
  removed: readonly string[],
): Segment[] {
  const gone = new Set(removed);
  const byId = new Map(changed.map((s) => [s.id, s]));
  const next = rows.filter((s) => !gone.has(s.id) && !byId.has(s.id));
  for (const s of byId.values()) if (s.docId === docId) next.push(s);
  return next.sort(byOrder);
}

/** The sentence boundary in `text` closest to `fraction` of its length (0 or length if none). */
export function nearestBoundary(
  text: string,
  fraction: number,
  lang: Lang,
  segmentParagraph: (text: string, lang: LangCode) => string[],
): number {
  const sentences = segmentParagraph(text, langCode(lang));
  if (sentences.length < 2) return text.length;
  const target = fraction * text.length;
  let best = text.length;
  let pos = 0;
  for (const s of sentences.slice(0, -1)) {
    pos = text.indexOf(s, pos) + s.length;
    if (Math.abs(pos - target) < Math.abs(best - target)) best = pos;
  }
  return best;
}
