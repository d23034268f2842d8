// Calls to the team server's HTTP API (routes and bodies: core/team/api.ts).

/** The server's addresses as typed (spaces or commas between several): WebSocket URLs. */
export function serverUrls(input: string): string[] {
  return input
    .split(/[\s,]+/)
    .map((u) => u.trim())
    .filter(Boolean)
    .map((u) => (/^[a-z]+:\/\//i.test(u) ? u : `ws://${u}`))
    .map((u) => u.replace(/^http(s?):/i, 'ws$1:').replace(/\/+$/, ''));
}

/** The HTTP API's base for a server's WebSocket URL (the same address). */
export const apiBase = (wsUrl: string) => wsUrl.replace(/^ws(s?):/i, 'http$1:');

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function call<T>(
  url: string,
  init: RequestInit & { token?: string } = {},
): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      ...init,
      headers: {
        'Content-Type': 'application/json',
        ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
      },
    });
  } catch {
    throw new ApiError(0, 'unreachable');
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { error?: string };
    throw new ApiError(res.status, body.error ?? res.statusText);
  }
  return (await res.json()) as T;
}

/** The API's URL of a route of project `projectId`. */
export const projectUrl = (wsUrl: string, projectId: string, path = '') =>
  `${apiBase(wsUrl)}/api/projects/${encodeURIComponent(projectId)}${path}`;

/**
 * Calls a project route on the first of the server's instances that answers: like the sync
 * connection, the API moves on when one instance is away (they share one database).
 */
export async function callProject<T>(
  link: { serverUrls: string[]; projectId: string; token: string },
  path: string,
  init: RequestInit = {},
): Promise<T> {
  let last: unknown;
  for (const url of link.serverUrls) {
    try {
      return await call<T>(projectUrl(url, link.projectId, path), { ...init, token: link.token });
    } catch (e) {
      if (!(e instanceof ApiError) || e.status !== 0) throw e;
      last = e;
    }
  }
  throw last ?? new ApiError(0, 'unreachable');
}

/** The message key that says why a call failed. */
export function failureKey(e: unknown): string {
  const status = e instanceof ApiError ? e.status : 0;
  if (status === 0) return 'team.notice.unreachable';
  if (status === 401 || status === 403) return 'team.notice.notAllowed';
  if (status === 409) return 'team.notice.alreadyShared';
  if (status === 404 || status === 410) return 'team.notice.inviteGone';
  return 'team.notice.serverError';
}

/** The message key that says why renaming or deleting a team version failed. */
export function versionFailureKey(e: unknown): string {
  const status = e instanceof ApiError ? e.status : -1;
  if (status === 0) return 'team.notice.versionChangeOffline';
  if (status === 403) return 'team.notice.versionNotAllowed';
  if (status === 404) return 'team.notice.versionGone';
  return failureKey(e);
}
