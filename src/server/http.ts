// The HTTP API beside the WebSocket (routes and bodies: core/team/api.ts). Plain node:http: the
// API is a dozen JSON routes, not worth a framework.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes, randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import type { Hocuspocus } from '@hocuspocus/server';
import type { Status } from '../core/model.js';
import {
  documentName,
  fillDoc,
  isTeamId,
  isTeamRole,
  readSegments,
  type AcceptRequest,
  type InviteRequest,
  type ShareRequest,
  type TeamClaims,
} from '../core/team/index.js';
import type { Sql } from './db.js';
import type { Tokens } from './tokens.js';
import type { Audit } from './audit.js';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface ApiDeps {
  sql: Sql;
  tokens: Tokens;
  audit: Audit;
  instance: () => Hocuspocus;
  maxBodyBytes: number;
  tokenTtlSeconds: number;
  /** Wait this long after loading a document for other instances' state (Redis); 0 alone. */
  settleMs: number;
}

const ms = (t: unknown) => new Date(t as string).getTime();

async function body<T>(req: IncomingMessage, max: number): Promise<T> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > max) throw new HttpError(413, `body over ${max} bytes`);
    chunks.push(c as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as T;
  } catch {
    throw new HttpError(400, 'body is not JSON');
  }
}

function send(res: ServerResponse, status: number, data: unknown) {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    // Bearer tokens, no cookies: any origin may call (the app may be served from anywhere).
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Headers': 'Authorization, Content-Type',
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  });
  res.end(JSON.stringify(data));
}

/** Answers an /api request; returns false for any other path. */
export async function handleApi(
  deps: ApiDeps,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://x');
  if (!url.pathname.startsWith('/api/')) return false;
  if (req.method === 'OPTIONS') {
    send(res, 204, null);
    return true;
  }
  try {
    send(res, 200, await route(deps, req, url.pathname.split('/').slice(2)));
  } catch (e) {
    if (e instanceof HttpError) send(res, e.status, { error: e.message });
    else send(res, 503, { error: 'the server cannot reach its database; try again' });
  }
  return true;
}

async function route(d: ApiDeps, req: IncomingMessage, p: string[]): Promise<unknown> {
  const m = req.method;
  if (m === 'GET' && p[0] === 'health') {
    const ok = await d.sql.query('SELECT 1').then(
      () => true,
      () => false,
    );
    return { ok: true, database: ok };
  }
  if (m === 'POST' && p.length === 1 && p[0] === 'projects')
    return share(d, await body<ShareRequest>(req, d.maxBodyBytes));
  if (m === 'POST' && p[0] === 'invites' && p[2] === 'accept' && p.length === 3)
    return accept(d, p[1], await body<AcceptRequest>(req, 64 * 1024));
  if (p[0] !== 'projects' || !isTeamId(p[1])) throw new HttpError(404, 'no such route');
  const claims = await member(d, req, p[1]);
  const project = p[1];
  if (m === 'GET' && p.length === 2) return projectInfo(d, project);
  if (m === 'GET' && p.length === 3 && p[2] === 'members') return members(d, project);
  if (m === 'POST' && p.length === 3 && p[2] === 'invites')
    return invite(d, claims, await body<InviteRequest>(req, 64 * 1024));
  if (p[2] === 'documents' && isTeamId(p[3])) {
    const name = documentName(project, p[3]);
    const exists = await d.sql.query('SELECT 1 FROM team_documents WHERE name = $1', [name]);
    if (exists.length === 0) throw new HttpError(404, 'no such document');
    if (m === 'GET' && p.length === 5 && p[4] === 'versions') return versions(d, name);
    if (m === 'POST' && p.length === 5 && p[4] === 'versions')
      return createVersion(d, claims, name, p[3], await body<{ name?: unknown }>(req, 64 * 1024));
    if (m === 'GET' && p.length === 6 && p[4] === 'versions') return version(d, name, p[3], p[5]);
    if (m === 'GET' && p.length === 5 && p[4] === 'audit') return audit(d, name);
  }
  throw new HttpError(404, 'no such route');
}

async function member(d: ApiDeps, req: IncomingMessage, project: string): Promise<TeamClaims> {
  const h = req.headers.authorization ?? '';
  const claims = h.startsWith('Bearer ') ? await d.tokens.verify(h.slice(7)) : undefined;
  if (!claims) throw new HttpError(401, 'a valid token is needed');
  if (claims.project !== project) throw new HttpError(403, 'the token is for another project');
  return claims;
}

async function share(d: ApiDeps, r: ShareRequest) {
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
  const userId = randomUUID();
  await d.sql.transaction(async (q) => {
    const have = await q.query('SELECT 1 FROM team_projects WHERE id = $1', [pr.id]);
    if (have.length) throw new HttpError(409, 'this project is shared already');
    await q.query(
      'INSERT INTO team_projects (id, name, source_lang, target_lang, created_by) VALUES ($1, $2, $3, $4, $5)',
      [pr.id, pr.name, pr.sourceLang, pr.targetLang, userId],
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
      );
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
    d.audit.record(documentName(pr.id, doc.id), who, 'share', { rows: doc.segments.length });
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

async function projectInfo(d: ApiDeps, project: string) {
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

async function members(d: ApiDeps, project: string) {
  const rows = await d.sql.query<{
    user_id: string;
    name: string;
    role: string;
    owner: boolean;
    joined_at: unknown;
  }>(
    'SELECT user_id, name, role, owner, joined_at FROM team_members WHERE project_id = $1 ORDER BY joined_at',
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

async function invite(d: ApiDeps, c: TeamClaims, r: InviteRequest) {
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

async function accept(d: ApiDeps, code: string, r: AcceptRequest) {
  const name = typeof r?.name === 'string' ? r.name.trim() : '';
  if (!name || name.length > 80) throw new HttpError(400, 'a name of 1–80 characters is needed');
  const [inv] = await d.sql.query<{ project_id: string; role: string; expires_at: unknown }>(
    'SELECT project_id, role, expires_at FROM team_invites WHERE code = $1',
    [code],
  );
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

async function versions(d: ApiDeps, name: string) {
  const rows = await d.sql.query<{
    id: string;
    name: string;
    author: string;
    created_at: unknown;
    rows: number;
  }>(
    'SELECT id, name, author, created_at, jsonb_array_length(segments) AS rows FROM team_versions WHERE document = $1 ORDER BY created_at',
    [name],
  );
  return rows.map((v) => ({
    id: v.id,
    name: v.name,
    author: v.author,
    createdAt: ms(v.created_at),
    rows: Number(v.rows),
  }));
}

async function version(d: ApiDeps, name: string, docId: string, id: string) {
  const [v] = await d.sql.query<{
    id: string;
    name: string;
    author: string;
    created_at: unknown;
    segments: unknown;
  }>(
    'SELECT id, name, author, created_at, segments FROM team_versions WHERE document = $1 AND id = $2',
    [name, id],
  );
  if (!v) throw new HttpError(404, 'no such version');
  const segments = typeof v.segments === 'string' ? JSON.parse(v.segments) : v.segments;
  return { id: v.id, docId, name: v.name, author: v.author, createdAt: ms(v.created_at), segments };
}

/** Freezes the document as the server holds it now: every member compares the same copy. */
async function createVersion(
  d: ApiDeps,
  c: TeamClaims,
  name: string,
  docId: string,
  r: { name?: unknown },
) {
  if (c.role === 'viewer') throw new HttpError(403, 'viewers do not save versions');
  const title = typeof r?.name === 'string' ? r.name.trim() : '';
  if (!title || title.length > 120)
    throw new HttpError(400, 'a version name of 1–120 characters is needed');
  const instance = d.instance();
  const loaded = instance.documents.has(name);
  const conn = await instance.openDirectConnection(name, {
    actor: { userId: c.sub, name: c.name, role: c.role },
  });
  try {
    // Just loaded here: give the other instances a moment to send what they hold (Redis).
    if (!loaded && d.settleMs) await new Promise((ok) => setTimeout(ok, d.settleMs));
    const segments = readSegments(conn.document!, docId).map((s) => ({
      id: s.id,
      order: s.order,
      source: s.source,
      target: s.target,
      status: s.status as Status,
      note: s.note,
    }));
    const id = randomUUID();
    const createdAt = Date.now();
    await d.sql.query(
      'INSERT INTO team_versions (id, document, name, author, created_at, segments) VALUES ($1, $2, $3, $4, $5, $6)',
      [id, name, title, c.name, new Date(createdAt).toISOString(), JSON.stringify(segments)],
    );
    d.audit.record(name, { userId: c.sub, name: c.name, role: c.role }, 'version', {
      id,
      name: title,
      rows: segments.length,
    });
    return { id, name: title, author: c.name, createdAt, rows: segments.length };
  } finally {
    await conn.disconnect();
  }
}

async function audit(d: ApiDeps, name: string) {
  await d.audit.flush();
  const rows = await d.sql.query<{
    at: unknown;
    user_id: string;
    user_name: string;
    role: string;
    action: string;
    detail: unknown;
  }>(
    'SELECT at, user_id, user_name, role, action, detail FROM team_audit WHERE document = $1 ORDER BY id DESC LIMIT 1000',
    [name],
  );
  return rows.map((r) => ({
    at: ms(r.at),
    userId: r.user_id,
    name: r.user_name,
    role: r.role,
    action: r.action,
    detail: typeof r.detail === 'string' ? JSON.parse(r.detail) : r.detail,
  }));
}
