// Who may change what in a team document. The server applies these rules to every update
// before it reaches the shared document; the client applies the same rules to its UI, so a
// refusal from the server only ever meets a client that bypassed the UI.
import { canDecide, canSetStatus, type Role } from '../model.js';
import {
  isIgnoredRecord,
  isStatus,
  ROW_FIELDS,
  type TeamRevision,
  type TeamRow,
} from './schema.js';
import type { ReviewComment } from '../model.js';
import { isIssue } from '../lqa-model.js';
import { isTeamTermEntry } from './terms.js';

/** A member's role in a team project: the two working roles of the app, and read-only. */
export type TeamRole = Role | 'viewer';
export const TEAM_ROLES: readonly TeamRole[] = ['translator', 'reviewer', 'viewer'];
export const isTeamRole = (v: unknown): v is TeamRole =>
  typeof v === 'string' && (TEAM_ROLES as readonly string[]).includes(v);

/** Who sends a change, as the server's verified token says. */
export interface Actor {
  userId: string;
  name: string;
  role: TeamRole;
}

export const canEdit = (role: TeamRole): role is Role => role !== 'viewer';
export const teamCanSetStatus = (role: TeamRole, status: TeamRow['status']): boolean =>
  canEdit(role) && canSetStatus(role, status);
export const teamCanDecide = (role: TeamRole): boolean => canEdit(role) && canDecide(role);

/** One change an update makes to a team document, as read off the document (see changes.ts). */
export type TeamChange =
  | { kind: 'meta' }
  | { kind: 'unknown'; where: string }
  | { kind: 'rowAdded'; rowId: string; row: TeamRow | undefined }
  | { kind: 'rowDeleted'; rowId: string }
  | { kind: 'rowField'; rowId: string; field: string; value: unknown; valid: boolean }
  | { kind: 'text'; rowId: string; field: 'source' | 'target' }
  | {
      kind: 'comment';
      rowId: string;
      commentId: string;
      action: 'add' | 'update' | 'delete';
      value: ReviewComment | undefined;
      old: ReviewComment | undefined;
    }
  | { kind: 'revisionAdded'; revision: TeamRevision }
  | { kind: 'revisionDeleted' }
  /** A quality-check finding ignored (add, update) or counted again (delete). */
  | { kind: 'ignored'; id: string; action: 'add' | 'update' | 'delete'; value: unknown }
  /** An entry of the team's termbase added, changed or deleted. */
  | { kind: 'term'; id: string; action: 'add' | 'update' | 'delete'; value: unknown };

/**
 * Why a change is refused (the client shows `team.refused.<code>`):
 * readOnly — a viewer changed something; status — a status the role may not set;
 * decision — a review decision by a non-reviewer; attribution — a revision or comment that names
 * another author or role; appendOnly — the revision log or a comment deleted or rewritten;
 * schema — a change the document's layout does not allow (meta, unknown roots, wrong types).
 */
export type RefusalCode =
  'readOnly' | 'status' | 'decision' | 'attribution' | 'appendOnly' | 'schema';

export interface Refusal {
  code: RefusalCode;
  rowId?: string;
  /** English, for logs and the audit table. */
  detail: string;
}

const refuse = (code: RefusalCode, detail: string, rowId?: string): Refusal =>
  rowId === undefined ? { code, detail } : { code, detail, rowId };

/** The first rule `changes` break for `actor`, or undefined when every change is allowed. */
export function judgeChanges(actor: Actor, changes: readonly TeamChange[]): Refusal | undefined {
  if (changes.length === 0) return undefined;
  if (!canEdit(actor.role)) return refuse('readOnly', 'viewers may not change the document');
  for (const c of changes) {
    const r = judgeOne(actor, c);
    if (r) return r;
  }
  return undefined;
}

function judgeOne(actor: Actor, c: TeamChange): Refusal | undefined {
  switch (c.kind) {
    case 'meta':
      return refuse('schema', 'the document description is the server’s');
    case 'unknown':
      return refuse('schema', `not part of a team document: ${c.where}`);
    case 'rowDeleted':
    case 'text':
      return undefined;
    case 'rowAdded': {
      if (!c.row)
        return refuse('schema', 'a row without id, order, source, target or status', c.rowId);
      if (c.row.id !== c.rowId) return refuse('schema', 'a row stored under another id', c.rowId);
      if (!teamCanSetStatus(actor.role, c.row.status))
        return refuse('status', `${actor.role} may not add a ${c.row.status} row`, c.rowId);
      if (c.row.decision && !teamCanDecide(actor.role))
        return refuse('decision', `${actor.role} may not decide on a change`, c.rowId);
      for (const cm of c.row.comments ?? []) {
        if (!sameAuthor(actor, cm))
          return refuse('attribution', 'a comment by someone else', c.rowId);
        const bad = issueProblem(actor, cm);
        if (bad) return refuse(bad.code, bad.detail, c.rowId);
      }
      return undefined;
    }
    case 'rowField': {
      if (!(ROW_FIELDS as readonly string[]).includes(c.field) || c.field === 'id' || !c.valid)
        return refuse('schema', `row field ${c.field} set to a value it cannot hold`, c.rowId);
      if (c.field === 'status' && isStatus(c.value) && !teamCanSetStatus(actor.role, c.value))
        return refuse('status', `${actor.role} may not set ${c.value}`, c.rowId);
      if (c.field === 'decision' && !teamCanDecide(actor.role))
        return refuse('decision', `${actor.role} may not decide on a change`, c.rowId);
      return undefined;
    }
    case 'comment': {
      if (c.action === 'delete')
        return refuse('appendOnly', 'comments stay for the record', c.rowId);
      if (!c.value || !isComment(c.value))
        return refuse('schema', 'a comment without author, role, time or text', c.rowId);
      if (c.action === 'add') {
        if (!sameAuthor(actor, c.value))
          return refuse('attribution', 'a comment by someone else', c.rowId);
        const bad = issueProblem(actor, c.value);
        return bad ? refuse(bad.code, bad.detail, c.rowId) : undefined;
      }
      // Anyone may resolve or reopen a comment; nobody may rewrite one, nor its issue.
      const o = c.old;
      if (
        !o ||
        o.author !== c.value.author ||
        o.role !== c.value.role ||
        o.text !== c.value.text ||
        o.at !== c.value.at ||
        JSON.stringify(o.issue) !== JSON.stringify(c.value.issue)
      )
        return refuse('appendOnly', 'a comment rewritten', c.rowId);
      // Only the reviewer who logged an issue takes it back (it then no longer counts).
      if (!!o.withdrawn !== !!c.value.withdrawn && !sameAuthor(actor, c.value))
        return refuse('attribution', 'an issue withdrawn by someone else', c.rowId);
      return undefined;
    }
    case 'revisionAdded': {
      const r = c.revision;
      if (!isRevision(r)) return refuse('schema', 'a revision without row, field, author or time');
      if (r.author !== actor.name || r.role !== actor.role)
        return refuse(
          'attribution',
          `a revision in the name of ${String(r.author)} (${String(r.role)})`,
          r.segmentId,
        );
      if (r.field === 'status' && isStatus(r.after) && !teamCanSetStatus(actor.role, r.after))
        return refuse('status', `${actor.role} may not set ${r.after}`, r.segmentId);
      return undefined;
    }
    case 'revisionDeleted':
      return refuse('appendOnly', 'the revision log is append-only');
    case 'ignored': {
      // Any editor may count a finding again; an ignore names who made it.
      if (c.action === 'delete') return undefined;
      if (!isIgnoredRecord(c.value, c.id))
        return refuse('schema', 'an ignored finding without row, check, author or time');
      if (c.value.by !== actor.name || c.value.role !== actor.role)
        return refuse('attribution', 'a finding ignored in someone else’s name', c.value.rowId);
      return undefined;
    }
    case 'term':
      // Any editor may add, change or delete an entry (viewers are refused above); the entry
      // says who made and changed its terms.
      if (c.action === 'delete' || isTeamTermEntry(c.value, c.id)) return undefined;
      return refuse('schema', 'a term entry without id or terms, or with a field it cannot hold');
  }
}

const sameAuthor = (actor: Actor, c: Pick<ReviewComment, 'author' | 'role'>) =>
  c.author === actor.name && c.role === actor.role;

/** An issue on a comment must be one of the model's, and logging one is a reviewer's call. */
function issueProblem(
  actor: Actor,
  c: ReviewComment,
): { code: RefusalCode; detail: string } | undefined {
  if (c.issue === undefined) return undefined;
  if (!isIssue(c.issue))
    return { code: 'schema', detail: 'an issue of no known category or severity' };
  if (actor.role !== 'reviewer')
    return { code: 'decision', detail: `${actor.role} may not log an issue` };
  return undefined;
}

function isComment(v: unknown): v is ReviewComment {
  const c = v as ReviewComment;
  return (
    typeof c === 'object' &&
    c !== null &&
    typeof c.id === 'string' &&
    typeof c.author === 'string' &&
    typeof c.text === 'string' &&
    typeof c.at === 'number' &&
    typeof c.resolved === 'boolean' &&
    (c.withdrawn === undefined || typeof c.withdrawn === 'boolean') &&
    (c.role === 'translator' || c.role === 'reviewer')
  );
}

function isRevision(v: unknown): v is TeamRevision {
  const r = v as TeamRevision;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.id === 'string' &&
    typeof r.segmentId === 'string' &&
    typeof r.field === 'string' &&
    typeof r.author === 'string' &&
    typeof r.at === 'number' &&
    typeof r.before === 'string' &&
    typeof r.after === 'string'
  );
}
