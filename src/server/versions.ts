// The document routes of the HTTP API: versions (frozen copies on the server) and the audit log.
import { randomUUID } from 'node:crypto';
import type { Status } from '../core/model.js';
import { readSegments, type ServerNotice, type TeamClaims } from '../core/team/index.js';
import { HttpError, ms, type ApiDeps } from './http.js';

export async function versions(d: ApiDeps, name: string) {
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

export async function version(d: ApiDeps, name: string, docId: string, id: string) {
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
export async function createVersion(
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
    const info = { id, name: title, author: c.name, createdAt, rows: segments.length };
    // Everyone in the document refreshes their list (on every instance, through Redis).
    const notice: ServerNotice = { type: 'version', version: info };
    instance.documents.get(name)?.broadcastStateless(JSON.stringify(notice));
    return info;
  } finally {
    await conn.disconnect();
  }
}

export async function audit(d: ApiDeps, name: string) {
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
