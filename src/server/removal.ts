// The owner's routes for taking access back: list and revoke invite links, remove a member.
import { documentName } from '../core/team/index.js';
import type { TeamClaims } from '../core/team/index.js';
import { HttpError, ms, type ApiDeps } from './http.js';

const ownerOnly = (c: TeamClaims) => {
  if (!c.owner) throw new HttpError(403, 'only the project’s owner does that');
};

/** The invite links that can still be accepted, newest first. */
export async function invites(d: ApiDeps, c: TeamClaims) {
  ownerOnly(c);
  const rows = await d.sql.query<{
    code: string;
    role: string;
    created_at: unknown;
    expires_at: unknown;
    accepted: number;
  }>(
    'SELECT code, role, created_at, expires_at, accepted FROM team_invites WHERE project_id = $1 AND revoked_at IS NULL AND expires_at > now() ORDER BY created_at DESC',
    [c.project],
  );
  return rows.map((r) => ({
    code: r.code,
    role: r.role,
    createdAt: ms(r.created_at),
    expiresAt: ms(r.expires_at),
    accepted: Number(r.accepted),
  }));
}

/** Revokes a link: accepting it is refused from now on (who joined through it stays a member). */
export async function revokeInvite(d: ApiDeps, c: TeamClaims, code: string) {
  ownerOnly(c);
  const rows = await d.sql.query<{ role: string }>(
    'UPDATE team_invites SET revoked_at = now() WHERE project_id = $1 AND code = $2 AND revoked_at IS NULL RETURNING role',
    [c.project, code],
  );
  if (!rows.length) throw new HttpError(404, 'no such invite link');
  await recordOnDocuments(d, c, 'revoke-invite', { role: rows[0].role });
  return { ok: true };
}

/**
 * Removes a member: their token is refused from now on, by the API and by every instance's
 * WebSocket; this instance closes their connections at once, the others at their next sweep.
 */
export async function removeMember(d: ApiDeps, c: TeamClaims, userId: string) {
  ownerOnly(c);
  if (userId === c.sub) throw new HttpError(400, 'the owner cannot remove themselves');
  const [who] = await d.sql.query<{ name: string; role: string }>(
    'SELECT name, role FROM team_members WHERE project_id = $1 AND user_id = $2',
    [c.project, userId],
  );
  if (!who || !(await d.members.remove(c.project, userId)))
    throw new HttpError(404, 'no such member');
  await recordOnDocuments(d, c, 'remove-member', { userId, name: who.name, role: who.role });
  const closed = await d.members.sweep(d.instance(), c.project);
  return { ok: true, closed };
}

async function recordOnDocuments(
  d: ApiDeps,
  c: TeamClaims,
  action: string,
  detail: Record<string, unknown>,
) {
  const docs = await d.sql.query<{ doc_id: string }>(
    'SELECT doc_id FROM team_documents WHERE project_id = $1',
    [c.project],
  );
  for (const doc of docs)
    d.audit.record(
      documentName(c.project, doc.doc_id),
      { userId: c.sub, name: c.name, role: c.role },
      action,
      detail,
    );
}
