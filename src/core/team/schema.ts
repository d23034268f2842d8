// The Y.Doc of a team document: one Y.Doc per document, shared by the sync server and the
// browser. Rows are keyed by their stable id (order lives in a sortable key, so inserts never
// renumber); `source` and `target` are Y.Text so concurrent edits of one sentence merge by
// character; everything else in a row is a plain value that the last writer sets.
import * as Y from 'yjs';
import type { Lang, Link, ReviewComment, Revision, Role, Segment, Status } from '../model.js';
import { STATUSES } from '../model.js';
import type { IgnoredFinding } from '../qa/ignored.js';
import { CHECK_IDS } from '../qa/types.js';

/** Bumped when the layout below changes incompatibly; stored in `meta.schema`. */
export const TEAM_SCHEMA = 1;

/**
 * The root types of a team Y.Doc; an update that touches any other root is refused. `ignored`
 * holds the quality-check findings members ignored (by record id: core/qa/ignored.ts), so a
 * finding one member looked at and ignored is ignored for everyone. `terms` holds the team's
 * termbase, entry by entry (core/team/terms.ts).
 */
export const ROOTS = {
  meta: 'meta',
  rows: 'rows',
  revisions: 'revisions',
  ignored: 'ignored',
  terms: 'terms',
} as const;

/** Keys of a row's Y.Map. `source`/`target` hold Y.Text, `comments` a Y.Map by comment id. */
export const ROW_FIELDS = [
  'id',
  'order',
  'paragraphStart',
  'source',
  'target',
  'status',
  'note',
  'link',
  'confidence',
  'updatedAt',
  'codes',
  'comments',
  'decision',
] as const;
export type RowField = (typeof ROW_FIELDS)[number];

/** What the document is; written by the server when it creates the document, read-only after. */
export interface TeamMeta {
  schema: number;
  projectId: string;
  docId: string;
  name: string;
  sourceLang: Lang;
  targetLang: Lang;
}

/** A reviewer's decision on a row's change (accept keeps it, reject set it back); reviewers only. */
export interface ReviewDecision {
  decision: 'accept' | 'reject';
  author: string;
  role: Role;
  at: number;
}

/** A row as the team document holds it, read back as plain data. */
export interface TeamRow extends Omit<Segment, 'docId' | 'rev'> {
  decision?: ReviewDecision;
}

/** A revision-log entry as the team document holds it (`id` is a string: unique per author). */
export interface TeamRevision extends Omit<Revision, 'id'> {
  id: string;
}

export const isStatus = (v: unknown): v is Status =>
  typeof v === 'string' && (STATUSES as readonly string[]).includes(v);

export const metaOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(ROOTS.meta);
export const rowsOf = (doc: Y.Doc): Y.Map<Y.Map<unknown>> => doc.getMap(ROOTS.rows);
export const revisionsOf = (doc: Y.Doc): Y.Array<TeamRevision> => doc.getArray(ROOTS.revisions);
export const ignoredOf = (doc: Y.Doc): Y.Map<IgnoredFinding> => doc.getMap(ROOTS.ignored);

/** Whether `v` is an ignored finding of this layout (what the server lets into `ignored`). */
export function isIgnoredRecord(v: unknown, id?: string): v is IgnoredFinding {
  const r = v as IgnoredFinding;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.id === 'string' &&
    (id === undefined || r.id === id) &&
    typeof r.docId === 'string' &&
    typeof r.rowId === 'string' &&
    typeof r.key === 'string' &&
    r.id === `${r.rowId}\n${r.key}` &&
    (CHECK_IDS as readonly string[]).includes(r.check) &&
    typeof r.row === 'string' &&
    typeof r.by === 'string' &&
    (r.role === 'translator' || r.role === 'reviewer') &&
    typeof r.at === 'number' &&
    Number.isFinite(r.at)
  );
}

/** A row's Y.Map from a Segment (new Y types: insert it into `rows` right after). */
export function rowToY(s: Omit<Segment, 'docId' | 'rev'> & { decision?: ReviewDecision }) {
  const m = new Y.Map<unknown>();
  m.set('id', s.id);
  m.set('order', s.order);
  m.set('paragraphStart', s.paragraphStart);
  m.set('source', new Y.Text(s.source));
  m.set('target', new Y.Text(s.target));
  m.set('status', s.status);
  m.set('note', s.note);
  m.set('link', { source: s.link.source, target: s.link.target });
  m.set('confidence', s.confidence);
  m.set('updatedAt', s.updatedAt);
  if (s.codes?.length) m.set('codes', s.codes);
  const comments = new Y.Map<ReviewComment>();
  for (const c of s.comments ?? []) comments.set(c.id, c);
  m.set('comments', comments);
  if (s.decision) m.set('decision', s.decision);
  return m;
}

/**
 * Fills an empty Y.Doc with a document's meta, rows and revision log, in one transaction
 * (one update for the server to store). Used by the server when a project is shared.
 */
export function fillDoc(
  doc: Y.Doc,
  meta: Omit<TeamMeta, 'schema'>,
  segments: readonly Omit<Segment, 'docId' | 'rev'>[],
  revisions: readonly TeamRevision[] = [],
  ignored: readonly IgnoredFinding[] = [],
): void {
  doc.transact(() => {
    const m = metaOf(doc);
    m.set('schema', TEAM_SCHEMA);
    for (const [k, v] of Object.entries(meta)) m.set(k, v);
    const rows = rowsOf(doc);
    for (const s of segments) rows.set(s.id, rowToY(s));
    if (revisions.length) revisionsOf(doc).push([...revisions]);
    const ign = ignoredOf(doc);
    for (const r of ignored) if (isIgnoredRecord(r) && rows.has(r.rowId)) ign.set(r.id, r);
  });
}

/** A new Y.Doc holding the given document (see fillDoc). */
export function buildDoc(
  meta: Omit<TeamMeta, 'schema'>,
  segments: readonly Omit<Segment, 'docId' | 'rev'>[],
  revisions: readonly TeamRevision[] = [],
): Y.Doc {
  const doc = new Y.Doc();
  fillDoc(doc, meta, segments, revisions);
  return doc;
}

export function readMeta(doc: Y.Doc): TeamMeta | undefined {
  const m = metaOf(doc);
  if (m.get('schema') === undefined) return undefined;
  return m.toJSON() as TeamMeta;
}

/** One row back as plain data, or undefined when the map is not a well-formed row. */
export function readRow(m: Y.Map<unknown>): TeamRow | undefined {
  const source = m.get('source');
  const target = m.get('target');
  const status = m.get('status');
  const id = m.get('id');
  const order = m.get('order');
  if (!(source instanceof Y.Text) || !(target instanceof Y.Text)) return undefined;
  if (typeof id !== 'string' || typeof order !== 'string' || !isStatus(status)) return undefined;
  const link = m.get('link') as Link | undefined;
  const comments = m.get('comments');
  const list =
    comments instanceof Y.Map
      ? [...(comments as Y.Map<ReviewComment>).values()].sort((a, b) => a.at - b.at)
      : [];
  const row: TeamRow = {
    id,
    order,
    paragraphStart: m.get('paragraphStart') === true,
    source: source.toString(),
    target: target.toString(),
    status,
    link: link ? { source: link.source, target: link.target } : { source: 1, target: 1 },
    confidence: typeof m.get('confidence') === 'number' ? (m.get('confidence') as number) : 1,
    note: typeof m.get('note') === 'string' ? (m.get('note') as string) : '',
    updatedAt: typeof m.get('updatedAt') === 'number' ? (m.get('updatedAt') as number) : 0,
  };
  const codes = m.get('codes');
  if (Array.isArray(codes) && codes.length) row.codes = codes;
  if (list.length) row.comments = list;
  const decision = m.get('decision') as ReviewDecision | undefined;
  if (decision) row.decision = decision;
  return row;
}

/** Every well-formed row, in document order (by order key, then id so ties are stable). */
export function readRows(doc: Y.Doc): TeamRow[] {
  const out: TeamRow[] = [];
  for (const m of rowsOf(doc).values()) {
    const r = m instanceof Y.Map ? readRow(m) : undefined;
    if (r) out.push(r);
  }
  return out.sort((a, b) =>
    a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
}

/** Rows as Segments of document `docId` (rev starts at 0: a team row's history is the log). */
export const readSegments = (doc: Y.Doc, docId: string): Segment[] =>
  readRows(doc).map(({ decision: _d, ...r }) => ({ ...r, docId, rev: 0 }));

export const readRevisions = (doc: Y.Doc): TeamRevision[] => revisionsOf(doc).toArray();
