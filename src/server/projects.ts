// The project routes of the HTTP API: share, project info, members, invites.
import { randomBytes, randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import {
  documentName,
  fillDoc,
  fillTerms,
  isTeamId,
  isTeamRole,
  isSharedTm,
  TEAM_TM_MAX_BYTES,
  type AcceptRequest,
  type InviteRequest,
  type ShareRequest,
  type TeamClaims,
} from '../core/team/index.js';
import { cleanQaSettings } from '../core/qa/project-settings.js';
import { HttpError, ms, type ApiDeps } from './http.js';

export async function share(d: ApiDeps, r: ShareRequest) {
  const pr = r?.project;
  if (!pr || !isTeamId(pr.id) || typeof pr.name !== 'string' || !Array.isArray(r.documents))
    throw new HttpError(400, 'a project with id, name and documents is needed');
  if (
    !r.owner ||
    typeof r.owner.name !== 'string' ||
    !r.owner.name.trim() ||
    !['translator', 'reviewer'].includes(r.owner.role)
  )
    throw new HttpError(400, 'the owner needs a name and a working role');
  for (const doc of r.documents)
    if (!isTeamId(doc.id) || !Array.isArray(doc.segments))
      throw new HttpError(400, 'every document needs an id and rows');
  const tm = r.tm;
  if (tm !== undefined && !isSharedTm(tm))
    throw new HttpError(
      400,
      `the TM must be TMX text within ${TEAM_TM_MAX_BYTES / 1024 / 1024} MB, with a name and a unit count`,
    );
  const userId = randomUUID();
  await d.sql.transaction(async (q) => {
    const have = await q.query('SELECT 1 FROM team_projects WHERE id = $1', [pr.id]);
    if (have.length) throw new HttpError(409, 'this project is shared already');
    await q.query(
      'INSERT INTO team_projects (id, name, source_lang, target_lang, created_by, qa_settings, tm_name, tm_units, tm_tmx) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
      [
        pr.id,
        pr.name,
        pr.sourceLang,
        pr.targetLang,
        userId,
        r.qaSettings === undefined ? null : JSON.stringify(cleanQaSettings(r.qaSettings)),
        tm?.name ?? null,
        tm?.units ?? null,
        tm?.tmx ?? null,
      ],
    );
    await q.query(
      'INSERT INTO team_members (project_id, user_id, name, role, owner) VALUES ($1, $2, $3, $4, true)',
      [pr.id, userId, r.owner.name.trim(), r.owner.role],
    );
    for (const doc of r.documents) {
      const ydoc = new Y.Doc();
      fillDoc(
        ydoc,
        {
          projectId: pr.id,
          docId: doc.id,
          name: doc.name,
          sourceLang: pr.sourceLang,
          targetLang: pr.targetLang,
        },
        doc.segments,
        doc.revisions ?? [],
        Array.isArray(doc.ignored) ? doc.ignored : [],
      );
      if (Array.isArray(doc.terms)) fillTerms(ydoc, doc.terms);
      const name = documentName(pr.id, doc.id);
      await q.query(
        'INSERT INTO team_documents (name, project_id, doc_id, title, position, state) VALUES ($1, $2, $3, $4, $5, $6)',
        [name, pr.id, doc.id, doc.name, doc.order ?? 0, Buffer.from(Y.encodeStateAsUpdate(ydoc))],
      );
      for (const v of doc.versions ?? [])
        await q.query(
          'INSERT INTO team_versions (id, document, name, author, created_at, segments) VALUES ($1, $2, $3, $4, $5, $6)',
          [
            randomUUID(),
            name,
            v.name,
            v.author,
            new Date(v.createdAt).toISOString(),
            JSON.stringify(v.segments),
          ],
        );
    }
  });
  const who = { userId, name: r.owner.name.trim(), role: r.owner.role };
  for (const doc of r.documents)
    d.audit.record(documentName(pr.id, doc.id), who, 'share', {
      rows: doc.segments.length,
      ...(tm ? { tmUnits: tm.units } : {}),
    });
  const token = await d.tokens.sign(
    { sub: userId, name: who.name, role: who.role, project: pr.id, owner: true },
    d.tokenTtlSeconds,
  );
  return {
    projectId: pr.id,
    token,
    documents: r.documents.map((doc) => ({
      id: doc.id,
      name: doc.name,
      documentName: documentName(pr.id, doc.id),
    })),
  };
}

export async function projectInfo(d: ApiDeps, project: string) {
  const [p] = await d.sql.query<{
    id: string;
    name: string;
    source_lang: string;
    target_lang: string;
  }>('SELECT id, name, source_lang, target_lang FROM team_projects WHERE id = $1', [project]);
  if (!p) throw new HttpError(404, 'no such project');
  const docs = await d.sql.query<{ doc_id: string; title: string; position: number; name: string }>(
    'SELECT doc_id, title, position, name FROM team_documents WHERE project_id = $1 ORDER BY position',
    [project],
  );
  return {
    id: p.id,
    name: p.name,
    sourceLang: p.source_lang,
    targetLang: p.target_lang,
    documents: docs.map((x) => ({
      id: x.doc_id,
      name: x.title,
      order: x.position,
      documentName: x.name,
    })),
  };
}

export async function members(d: ApiDeps, project: string) {
  const rows = await d.sql.query<{
    user_id: string;
    name: string;
    role: string;
    owner: boolean;
    joined_at: unknown;
  }>(
    'SELECT user_id, name, role, owner, joined_at FROM team_members WHERE project_id = $1 AND removed_at IS NULL ORDER BY joined_at',
    [project],
  );
  return rows.map((r) => ({
    userId: r.user_id,
    name: r.name,
    role: r.role,
    owner: r.owner,
    joinedAt: ms(r.joined_at),
  }));
}

export async function invite(d: ApiDeps, c: TeamClaims, r: InviteRequest) {
  if (!c.owner) throw new HttpError(403, 'only the project’s owner invites');
  if (!isTeamRole(r?.role)) throw new HttpError(400, 'role must be translator, reviewer or viewer');
  const days = Math.min(30, Math.max(1, Number(r.days) || 7));
  const code = randomBytes(18).toString('base64url');
  const expiresAt = Date.now() + days * 86_400_000;
  await d.sql.query(
    'INSERT INTO team_invites (code, project_id, role, created_by, expires_at) VALUES ($1, $2, $3, $4, $5)',
    [code, c.project, r.role, c.sub, new Date(expiresAt).toISOString()],
  );
  return { code, role: r.role, expiresAt };
}

export async function accept(d: ApiDeps, code: string, r: AcceptRequest) {
  const name = typeof r?.name === 'string' ? r.name.trim() : '';
  if (!name || name.length > 80) throw new HttpError(400, 'a name of 1–80 characters is needed');
  const [inv] = await d.sql.query<{
    project_id: string;
    role: string;
    expires_at: unknown;
    revoked_at: unknown;
  }>('SELECT project_id, role, expires_at, revoked_at FROM team_invites WHERE code = $1', [code]);
  if (inv?.revoked_at != null) throw new HttpError(410, 'the owner revoked this invite link');
  if (!inv || ms(inv.expires_at) <= Date.now())
    throw new HttpError(404, 'no such invite, or it has expired');
  if (!isTeamRole(inv.role)) throw new HttpError(500, 'an invite with a broken role');
  const userId = randomUUID();
  await d.sql.query(
    'INSERT INTO team_members (project_id, user_id, name, role) VALUES ($1, $2, $3, $4)',
    [inv.project_id, userId, name, inv.role],
  );
  await d.sql.query('UPDATE team_invites SET accepted = accepted + 1 WHERE code = $1', [code]);
  const token = await d.tokens.sign(
    { sub: userId, name, role: inv.role, project: inv.project_id },
    d.tokenTtlSeconds,
  );
  return { token, projectId: inv.project_id, role: inv.role, userId };
}
