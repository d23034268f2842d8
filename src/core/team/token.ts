// The token a team member's client presents to the sync server and its HTTP API: a JWT (HS256)
// signed by the server, whose claims say who the member is, in which project and with which
// role. The server signs and verifies (jose); the client only reads the claims to show them.
import { isTeamRole, type TeamRole } from './roles.js';

export const TOKEN_ALG = 'HS256';
export const TOKEN_VERSION = 1;

export interface TeamClaims {
  /** Format version. */
  v: number;
  /** The member's user id, stable within the server. */
  sub: string;
  /** The name shown to others and recorded as author. */
  name: string;
  role: TeamRole;
  /** The project the token opens, and nothing else. */
  project: string;
  /** True for the member who shared the project: may invite. */
  owner?: boolean;
  /** Expiry, seconds since the epoch (JWT `exp`). */
  exp: number;
}

/** The claims when `x` has every one with the right type, else undefined. */
export function parseClaims(x: unknown): TeamClaims | undefined {
  const c = x as Partial<TeamClaims> | null;
  if (typeof c !== 'object' || c === null) return undefined;
  if (c.v !== TOKEN_VERSION) return undefined;
  if (typeof c.sub !== 'string' || !c.sub) return undefined;
  if (typeof c.name !== 'string' || !c.name.trim()) return undefined;
  if (!isTeamRole(c.role)) return undefined;
  if (typeof c.project !== 'string' || !c.project) return undefined;
  if (typeof c.exp !== 'number' || !Number.isFinite(c.exp)) return undefined;
  if (c.owner !== undefined && typeof c.owner !== 'boolean') return undefined;
  return {
    v: c.v,
    sub: c.sub,
    name: c.name,
    role: c.role,
    project: c.project,
    exp: c.exp,
    ...(c.owner ? { owner: true } : {}),
  };
}

/**
 * The claims of a token as its payload says, WITHOUT checking the signature: for the client to
 * show who it is signed in as. Never trust it for a decision; the server verifies.
 */
export function readTokenClaims(token: string): TeamClaims | undefined {
  const part = token.split('.')[1];
  if (!part) return undefined;
  try {
    const b64 = part.replace(/-/g, '+').replace(/_/g, '/');
    const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    const json = new TextDecoder().decode(Uint8Array.from(bin, (ch) => ch.charCodeAt(0)));
    return parseClaims(JSON.parse(json));
  } catch {
    return undefined;
  }
}

/** Whether claims have expired at `now` (ms). */
export const isExpired = (c: Pick<TeamClaims, 'exp'>, now: number): boolean => c.exp * 1000 <= now;
