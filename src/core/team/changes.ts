// What an update changes in a team document, read off the document's own events while the
// update is applied (Yjs has no other public way to say what an update means). The server
// applies a client's update to a copy of the document, reads the changes, judges them
// (roles.ts), and only then applies the update to the shared document.
import * as Y from 'yjs';
import type { ReviewComment } from '../model.js';
import type { IgnoredFinding } from '../qa/ignored.js';
import type { TermEntry } from '../terms/types.js';
import type { TeamChange } from './roles.js';
import {
  ignoredOf,
  isStatus,
  metaOf,
  readRow,
  revisionsOf,
  ROOTS,
  rowsOf,
  type TeamRevision,
} from './schema.js';
import { termsOf } from './terms.js';

const KNOWN_ROOTS: readonly string[] = Object.values(ROOTS);

/** Whether `value` is what row field `field` may hold. */
export function validFieldValue(field: string, value: unknown): boolean {
  switch (field) {
    case 'source':
    case 'target':
      return value instanceof Y.Text;
    case 'comments':
      return value instanceof Y.Map;
    case 'status':
      return isStatus(value);
    case 'order':
    case 'note':
      return typeof value === 'string';
    case 'paragraphStart':
      return typeof value === 'boolean';
    case 'confidence':
    case 'updatedAt':
      return typeof value === 'number' && Number.isFinite(value);
    case 'link': {
      const l = value as { source?: unknown; target?: unknown } | null;
      return (
        typeof l === 'object' &&
        l !== null &&
        Number.isInteger(l.source) &&
        Number.isInteger(l.target)
      );
    }
    case 'codes':
      return Array.isArray(value);
    case 'decision': {
      const d = value as { decision?: unknown } | null | undefined;
      // Deleting a decision (undefined) is a decision too: only reviewers may take one back.
      return (
        d === undefined ||
        (typeof d === 'object' &&
          d !== null &&
          (d.decision === 'accept' || d.decision === 'reject'))
      );
    }
    default:
      return false;
  }
}

/**
 * Runs `apply` (which applies one update to `doc`) and returns every change it made. Roots the
 * team layout does not have are reported as `unknown` (Yjs creates a root for any name an
 * update mentions, so they are found by name afterwards).
 */
export function collectChanges(doc: Y.Doc, apply: () => void): TeamChange[] {
  const out: TeamChange[] = [];
  const rows = rowsOf(doc);
  const meta = metaOf(doc);
  const revisions = revisionsOf(doc);
  const onRows = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    for (const e of events) out.push(...rowEvent(e, rows));
  };
  const onMeta = () => out.push({ kind: 'meta' });
  const onRevisions = (e: Y.YArrayEvent<TeamRevision>) => {
    for (const d of e.changes.delta) {
      if (d.delete) out.push({ kind: 'revisionDeleted' });
      for (const r of (d.insert as TeamRevision[] | undefined) ?? [])
        out.push({ kind: 'revisionAdded', revision: r });
    }
  };
  const ignored = ignoredOf(doc);
  const onIgnored = (e: Y.YMapEvent<IgnoredFinding>) => {
    for (const [id, ch] of e.changes.keys)
      out.push({
        kind: 'ignored',
        id,
        action: ch.action,
        value: ch.action === 'delete' ? undefined : ignored.get(id),
      });
  };
  const terms = termsOf(doc);
  const onTerms = (e: Y.YMapEvent<TermEntry>) => {
    for (const [id, ch] of e.changes.keys)
      out.push({
        kind: 'term',
        id,
        action: ch.action,
        value: ch.action === 'delete' ? undefined : terms.get(id),
      });
  };
  const before = new Set(doc.share.keys());
  rows.observeDeep(onRows);
  meta.observe(onMeta);
  revisions.observe(onRevisions);
  ignored.observe(onIgnored);
  terms.observe(onTerms);
  try {
    apply();
  } finally {
    rows.unobserveDeep(onRows);
    meta.unobserve(onMeta);
    revisions.unobserve(onRevisions);
    ignored.unobserve(onIgnored);
    terms.unobserve(onTerms);
  }
  for (const name of doc.share.keys())
    if (!before.has(name) && !KNOWN_ROOTS.includes(name))
      out.push({ kind: 'unknown', where: `root ${name}` });
  return out;
}

function rowEvent(e: Y.YEvent<Y.AbstractType<unknown>>, rows: Y.Map<Y.Map<unknown>>): TeamChange[] {
  const path = e.path;
  const out: TeamChange[] = [];
  if (path.length === 0) {
    // Rows added, replaced or deleted.
    for (const [rowId, ch] of e.changes.keys) {
      if (ch.action === 'delete') out.push({ kind: 'rowDeleted', rowId });
      else {
        const m = rows.get(rowId);
        out.push({ kind: 'rowAdded', rowId, row: m instanceof Y.Map ? readRow(m) : undefined });
      }
    }
    return out;
  }
  const rowId = String(path[0]);
  if (path.length === 1) {
    const m = e.target as Y.Map<unknown>;
    for (const [field, ch] of e.changes.keys) {
      const value = ch.action === 'delete' ? undefined : m.get(field);
      out.push({ kind: 'rowField', rowId, field, value, valid: validFieldValue(field, value) });
    }
    return out;
  }
  const field = String(path[1]);
  if (path.length === 2 && (field === 'source' || field === 'target') && e.target instanceof Y.Text)
    return [{ kind: 'text', rowId, field }];
  if (path.length === 2 && field === 'comments' && e.target instanceof Y.Map) {
    const m = e.target as Y.Map<ReviewComment>;
    for (const [commentId, ch] of e.changes.keys)
      out.push({
        kind: 'comment',
        rowId,
        commentId,
        action: ch.action,
        value: ch.action === 'delete' ? undefined : m.get(commentId),
        old: ch.oldValue as ReviewComment | undefined,
      });
    return out;
  }
  return [{ kind: 'unknown', where: `rows/${path.join('/')}` }];
}
