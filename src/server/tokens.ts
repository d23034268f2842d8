// Signing and verifying member tokens (the format is core/team/token.ts). The secret comes from
// TEAM_SECRET, or is made once and kept in the database, so every instance that shares the
// database verifies the same tokens with nothing to configure.
import { randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { parseClaims, TOKEN_ALG, TOKEN_VERSION, type TeamClaims } from '../core/team/index.js';
import type { Sql } from './db.js';

export async function loadSecret(sql: Sql, fromEnv: string | undefined): Promise<Uint8Array> {
  if (fromEnv) return new TextEncoder().encode(fromEnv);
  const made = randomBytes(32).toString('base64url');
  await sql.query(
    `INSERT INTO team_settings (key, value) VALUES ('token_secret', $1) ON CONFLICT (key) DO NOTHING`,
    [made],
  );
  const rows = await sql.query<{ value: string }>(
    `SELECT value FROM team_settings WHERE key = 'token_secret'`,
  );
  return new TextEncoder().encode(rows[0].value);
}

export class Tokens {
  constructor(private readonly secret: Uint8Array) {}

  async sign(c: Omit<TeamClaims, 'v' | 'exp'>, ttlSeconds: number): Promise<string> {
    const exp = Math.floor(Date.now() / 1000) + ttlSeconds;
    const { sub, ...rest } = c;
    return new SignJWT({ ...rest, v: TOKEN_VERSION })
      .setProtectedHeader({ alg: TOKEN_ALG })
      .setSubject(sub)
      .setExpirationTime(exp)
      .sign(this.secret);
  }

  /** The verified claims, or undefined for a token that is tampered with, expired or malformed. */
  async verify(token: string): Promise<TeamClaims | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.secret, { algorithms: [TOKEN_ALG] });
      return parseClaims(payload);
    } catch {
      return undefined;
    }
  }
}
