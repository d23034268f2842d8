// The HTTP API beside the WebSocket (routes and bodies: core/team/api.ts). Plain node:http: the
// API is a dozen JSON routes, not worth a framework.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Hocuspocus } from '@hocuspocus/server';
import {
  documentName,
  isTeamId,
  type AcceptRequest,
  type InviteRequest,
  type ShareRequest,
  type TeamClaims,
} from '../core/team/index.js';
import type { Sql } from './db.js';
import type { Tokens } from './tokens.js';
import type { Audit } from './audit.js';
import type { Membership } from './members.js';
import { accept, invite, members, projectInfo, share } from './projects.js';
import { invites, removeMember, revokeInvite } from './removal.js';
import { qaSettings, setQaSettings } from './settings.js';
import { sharedTm } from './tm.js';
import {
  audit,
  createVersion,
  deleteVersion,
  renameVersion,
  version,
  versions,
} from './versions.js';

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
  members: Membership;
  instance: () => Hocuspocus;
  maxBodyBytes: number;
  tokenTtlSeconds: number;
  /** Wait this long after loading a document for other instances' state (Redis); 0 alone. */
  settleMs: number;
}

export const ms = (t: unknown) => new Date(t as string).getTime();

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
    'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
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
  if (m === 'GET' && p.length === 3 && p[2] === 'invites') return invites(d, claims);
  if (m === 'DELETE' && p.length === 4 && p[2] === 'invites') return revokeInvite(d, claims, p[3]);
  if (m === 'DELETE' && p.length === 4 && p[2] === 'members') return removeMember(d, claims, p[3]);
  if (m === 'GET' && p.length === 3 && p[2] === 'qa-settings') return qaSettings(d, project);
  if (m === 'PUT' && p.length === 3 && p[2] === 'qa-settings')
    return setQaSettings(d, claims, project, await body<unknown>(req, 64 * 1024));
  if (m === 'GET' && p.length === 3 && p[2] === 'tm') return sharedTm(d, project);
  if (p[2] === 'documents' && isTeamId(p[3])) {
    const name = documentName(project, p[3]);
    const exists = await d.sql.query('SELECT 1 FROM team_documents WHERE name = $1', [name]);
    if (exists.length === 0) throw new HttpError(404, 'no such document');
    if (m === 'GET' && p.length === 5 && p[4] === 'versions') return versions(d, name);
    if (m === 'POST' && p.length === 5 && p[4] === 'versions')
      return createVersion(d, claims, name, p[3], await body<{ name?: unknown }>(req, 64 * 1024));
    if (m === 'GET' && p.length === 6 && p[4] === 'versions') return version(d, name, p[3], p[5]);
    if (m === 'PATCH' && p.length === 6 && p[4] === 'versions')
      return renameVersion(d, claims, name, p[5], await body<{ name?: unknown }>(req, 64 * 1024));
    if (m === 'DELETE' && p.length === 6 && p[4] === 'versions')
      return deleteVersion(d, claims, name, p[5]);
    if (m === 'GET' && p.length === 5 && p[4] === 'audit') return audit(d, name);
  }
  throw new HttpError(404, 'no such route');
}

async function member(d: ApiDeps, req: IncomingMessage, project: string): Promise<TeamClaims> {
  const h = req.headers.authorization ?? '';
  const claims = h.startsWith('Bearer ') ? await d.tokens.verify(h.slice(7)) : undefined;
  if (!claims) throw new HttpError(401, 'a valid token is needed');
  if (claims.project !== project) throw new HttpError(403, 'the token is for another project');
  const status = await d.members.status(project, claims.sub);
  if (status === 'removed') throw new HttpError(403, 'removed from this project by its owner');
  if (status !== 'member') throw new HttpError(403, 'not a member of this project');
  return claims;
}
