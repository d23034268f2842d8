// The document routes of the HTTP API: versions (frozen copies on the server) and the audit log.
import { randomUUID } from 'node:crypto';
import type { Status } from '../core/model.js';
import {
  mayManageVersion,
  readSegments,
  versionName,
  VERSION_NAME_MAX,
  type ServerNotice,
  type TeamClaims,
} from '../core/team/index.js';
import { HttpError, ms, type ApiDeps } from './http.js';

export async function versions(d: ApiDeps, name: string) {
  const rows = await d.sql.query<{
    id: string;
    name: string;
    author: string;
    author_id: string | null;
    created_at: unknown;
    rows: number;
  }>(
    'SELECT id, name, author, author_id, created_at, jsonb_array_length(segments) AS rows FROM team_versions WHERE document = $1 ORDER BY created_at',
    [name],
  );
  return rows.map((v) => ({
    id: v.id,
    name: v.name,
    author: v.author,
    authorId: v.author_id,
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
  const title = nameOf(r);
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
      'INSERT INTO team_versions (id, document, name, author, author_id, created_at, segments) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [id, name, title, c.name, c.sub, new Date(createdAt).toISOString(), JSON.stringify(segments)],
    );
    d.audit.record(name, { userId: c.sub, name: c.name, role: c.role }, 'version', {
      id,
      name: title,
      rows: segments.length,
    });
    const info = {
      id,
      name: title,
      author: c.name,
      authorId: c.sub,
      createdAt,
      rows: segments.length,
    };
    // Everyone in the document refreshes their list (on every instance, through Redis).
    await announce(d, name, { type: 'version', version: info });
    return info;
  } finally {
    await conn.disconnect();
  }
}

function nameOf(r: { name?: unknown } | undefined): string {
  const title = versionName(r?.name);
  if (!title)
    throw new HttpError(400, `a version name of 1–${VERSION_NAME_MAX} characters is needed`);
  return title;
}

/** The version, once the member may manage it (404 when there is none, 403 when not theirs). */
async function manageable(d: ApiDeps, c: TeamClaims, name: string, id: string) {
  if (c.role === 'viewer') throw new HttpError(403, 'viewers do not change versions');
  const [v] = await d.sql.query<{ name: string; author_id: string | null }>(
    'SELECT name, author_id FROM team_versions WHERE document = $1 AND id = $2',
    [name, id],
  );
  if (!v) throw new HttpError(404, 'no such version');
  if (!mayManageVersion({ userId: c.sub, role: c.role, owner: c.owner }, { authorId: v.author_id }))
    throw new HttpError(403, 'only who saved this version, or the project’s owner, changes it');
  return v;
}

/**
 * Tells everyone in the document (on every instance, through Redis) to bring their copies in
 * line. With Redis and the document not open here, it is opened for the moment: only an open
 * document's notices reach the other instances. Alone, nobody is connected to a closed one.
 */
export async function announce(d: ApiDeps, name: string, notice: ServerNotice) {
  const instance = d.instance();
  const open = instance.documents.get(name);
  if (open || !d.settleMs) {
    open?.broadcastStateless(JSON.stringify(notice));
    return;
  }
  const conn = await instance.openDirectConnection(name, {});
  try {
    instance.documents.get(name)?.broadcastStateless(JSON.stringify(notice));
  } finally {
    await conn.disconnect();
  }
}

export async function renameVersion(
  d: ApiDeps,
  c: TeamClaims,
  name: string,
  id: string,
  r: { name?: unknown },
) {
  const title = nameOf(r);
  const v = await manageable(d, c, name, id);
  const [row] = await d.sql.query<{
    author: string;
    author_id: string | null;
    created_at: unknown;
    rows: number;
  }>(
    'UPDATE team_versions SET name = $3 WHERE document = $1 AND id = $2 RETURNING author, author_id, created_at, jsonb_array_length(segments) AS rows',
    [name, id, title],
  );
  if (!row) throw new HttpError(404, 'no such version');
  d.audit.record(name, { userId: c.sub, name: c.name, role: c.role }, 'rename-version', {
    id,
    from: v.name,
    to: title,
  });
  await announce(d, name, { type: 'versions', renamed: id });
  return {
    id,
    name: title,
    author: row.author,
    authorId: row.author_id,
    createdAt: ms(row.created_at),
    rows: Number(row.rows),
  };
}

export async function deleteVersion(d: ApiDeps, c: TeamClaims, name: string, id: string) {
  const v = await manageable(d, c, name, id);
  const gone = await d.sql.query(
    'DELETE FROM team_versions WHERE document = $1 AND id = $2 RETURNING id',
    [name, id],
  );
  if (!gone.length) throw new HttpError(404, 'no such version');
  d.audit.record(name, { userId: c.sub, name: c.name, role: c.role }, 'delete-version', {
    id,
    name: v.name,
  });
  await announce(d, name, { type: 'versions', deleted: id });
  return { ok: true };
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
