// One team sync server instance: Hocuspocus (WebSocket) + the HTTP API on one port, Yjs state
// and tables in PostgreSQL or PGlite, and Redis when several instances serve the same documents.
import { mkdirSync } from 'node:fs';
import { Server, type Hocuspocus } from '@hocuspocus/server';
import { Redis } from '@hocuspocus/extension-redis';
import { migrate, pglite, postgres, type Sql } from './db.js';
import { Guard, type GuardLimits } from './guard.js';
import { persistence } from './persistence.js';
import { Audit } from './audit.js';
import { handleApi } from './http.js';
import { loadSecret, Tokens } from './tokens.js';
import { Membership } from './members.js';
import { consoleLog, type Log } from './log.js';

export interface TeamServerConfig {
  port: number;
  host: string;
  /** postgres://… ; absent: PGlite in `dataDir`. */
  databaseUrl?: string;
  /** redis://host:port ; absent: one instance, no Redis. */
  redisUrl?: string;
  dataDir: string;
  secret?: string;
  limits: GuardLimits;
  /** Debounce of stores (ms), and the longest a change waits to be stored. */
  storeDebounceMs: number;
  storeMaxDebounceMs: number;
  retryMs: number;
  tokenTtlSeconds: number;
  /** How often each instance looks for removed members among its connections (ms). */
  memberCheckMs: number;
  maxBodyBytes: number;
  name: string;
  quiet: boolean;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): TeamServerConfig {
  const num = (k: string, d: number) => (env[k] ? Number(env[k]) : d);
  return {
    port: num('PORT', 1234),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    dataDir: env.TEAM_DATA_DIR ?? '.team-data',
    secret: env.TEAM_SECRET || undefined,
    limits: {
      maxMessageBytes: num('TEAM_MAX_UPDATE_BYTES', 16 * 1024 * 1024),
      maxDocumentBytes: num('TEAM_MAX_DOCUMENT_BYTES', 128 * 1024 * 1024),
      ratePerSecond: num('TEAM_RATE', 200),
      rateBurst: num('TEAM_RATE_BURST', 1000),
    },
    storeDebounceMs: num('TEAM_STORE_DEBOUNCE_MS', 2000),
    storeMaxDebounceMs: num('TEAM_STORE_MAX_DEBOUNCE_MS', 10_000),
    retryMs: num('TEAM_RETRY_MS', 2000),
    tokenTtlSeconds: num('TEAM_TOKEN_DAYS', 30) * 86_400,
    memberCheckMs: num('TEAM_MEMBER_CHECK_MS', 2000),
    maxBodyBytes: num('TEAM_MAX_SHARE_BYTES', 64 * 1024 * 1024),
    name: env.TEAM_INSTANCE ?? `team-server:${num('PORT', 1234)}`,
    quiet: env.TEAM_QUIET === '1',
  };
}

export interface TeamServer {
  port: number;
  hocuspocus: Hocuspocus;
  sql: Sql;
  log: Log;
  stop(): Promise<void>;
}

export async function startTeamServer(cfg: TeamServerConfig): Promise<TeamServer> {
  const log = consoleLog(cfg.name, cfg.quiet);
  let sql: Sql;
  if (cfg.databaseUrl)
    sql = postgres(cfg.databaseUrl, (e) =>
      log.warn('database connection lost', { error: e.message }),
    );
  else {
    mkdirSync(cfg.dataDir, { recursive: true });
    sql = await pglite(cfg.dataDir);
  }
  await migrate(sql);
  const tokens = new Tokens(await loadSecret(sql, cfg.secret));
  const audit = new Audit(sql, log);
  const members = new Membership(sql, log);
  const store = persistence(sql, log, {
    retryMs: cfg.retryMs,
    // Called only after the server below exists.
    instance: () => server.hocuspocus,
    stored: (name, bytes) => guard.setStoredSize(name, bytes),
  });
  const guard = new Guard(
    tokens,
    cfg.limits,
    log,
    {
      accepted: (c) => audit.accepted(c),
      refused: (r) => audit.refused(r),
      unsaved: (name) => store.unsaved(name),
    },
    members,
  );
  const extensions: NonNullable<ConstructorParameters<typeof Server>[0]>['extensions'] = [guard];
  if (cfg.redisUrl) {
    const u = new URL(cfg.redisUrl);
    extensions.push(
      new Redis({
        host: u.hostname,
        port: Number(u.port || 6379),
        options: { password: u.password || undefined, db: Number(u.pathname.slice(1) || 0) },
      }),
    );
  }
  extensions.push(store.extension);
  const server: Server = new Server(
    {
      name: cfg.name,
      port: cfg.port,
      address: cfg.host,
      quiet: true,
      stopOnSignals: false,
      debounce: cfg.storeDebounceMs,
      maxDebounce: cfg.storeMaxDebounceMs,
      extensions,
      async onRequest({ request, response }) {
        const api = {
          sql,
          tokens,
          audit,
          members,
          instance: () => server.hocuspocus,
          maxBodyBytes: cfg.maxBodyBytes,
          tokenTtlSeconds: cfg.tokenTtlSeconds,
          settleMs: cfg.redisUrl ? 300 : 0,
        };
        // A rejection with nothing in it tells Hocuspocus the request is answered.
        if (await handleApi(api, request, response)) throw null;
      },
    },
    // ws refuses bigger frames before they are read; the Guard tells about smaller oversized ones.
    { maxPayload: cfg.limits.maxMessageBytes * 2 },
  );
  await server.listen();
  members.start(() => server.hocuspocus, cfg.memberCheckMs);
  const port = server.address.port;
  log.info('listening', { port, database: sql.kind, redis: Boolean(cfg.redisUrl) });
  return {
    port,
    hocuspocus: server.hocuspocus,
    sql,
    log,
    async stop() {
      // Hocuspocus stores every open document on destroy; what the database refuses stays
      // in the unsaved list and is tried once more before giving up (and saying so).
      members.stop();
      await server.destroy();
      const left = await store.flush();
      if (left)
        log.error('documents not stored at shutdown: the database is away', { documents: left });
      store.stop();
      await audit.stop();
      await sql.close();
    },
  };
}
