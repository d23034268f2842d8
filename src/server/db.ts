// One small SQL interface over PostgreSQL (pg) and its embedded build PGlite, so the server runs
// the same schema and the same SQL on both: PostgreSQL when DATABASE_URL is set, PGlite in a local
// folder otherwise.
import pg from 'pg';

export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs `fn` in one transaction (BEGIN … COMMIT, ROLLBACK on a throw). */
  transaction<T>(fn: (q: Pick<Sql, 'query'>) => Promise<T>): Promise<T>;
  /** Several statements without parameters (the schema). */
  exec(text: string): Promise<void>;
  close(): Promise<void>;
  readonly kind: 'postgres' | 'pglite';
}

export function postgres(url: string, onError: (e: Error) => void): Sql {
  // A pool whose server went away emits 'error' on idle clients: unhandled, it would end the process.
  const pool = new pg.Pool({ connectionString: url, max: 8, connectionTimeoutMillis: 3000 });
  pool.on('error', onError);
  return {
    kind: 'postgres',
    async query<T>(text: string, params: unknown[] = []) {
      return (await pool.query(text, params)).rows as T[];
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const out = await fn({
          query: async <T>(text: string, params: unknown[] = []) =>
            (await client.query(text, params)).rows as T[],
        });
        await client.query('COMMIT');
        return out;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    async exec(text) {
      await pool.query(text);
    },
    close: () => pool.end(),
  };
}

export async function pglite(dataDir: string): Promise<Sql> {
  // Loaded only when used: the WebAssembly build is large, and a PostgreSQL set-up never needs it.
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(dataDir);
  return {
    kind: 'pglite',
    async query<T>(text: string, params: unknown[] = []) {
      return (await db.query<T>(text, params)).rows;
    },
    transaction: (fn) =>
      db.transaction((tx) =>
        fn({
          query: async <T>(text: string, params: unknown[] = []) =>
            (await tx.query<T>(text, params)).rows,
        }),
      ),
    async exec(text) {
      await db.exec(text);
    },
    close: () => db.close(),
  };
}

/**
 * The schema, as cumulative steps: step N runs once, when the stored version is below N.
 * Yjs state lives in team_documents.state (written by @hocuspocus/extension-database).
 */
const STEPS: string[] = [
  `CREATE TABLE team_settings (key text PRIMARY KEY, value text NOT NULL);
   CREATE TABLE team_projects (
     id text PRIMARY KEY, name text NOT NULL, source_lang text NOT NULL, target_lang text NOT NULL,
     created_by text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
   CREATE TABLE team_documents (
     name text PRIMARY KEY, project_id text NOT NULL REFERENCES team_projects(id) ON DELETE CASCADE,
     doc_id text NOT NULL, title text NOT NULL, position integer NOT NULL,
     state bytea, version integer NOT NULL DEFAULT 0, updated_at timestamptz NOT NULL DEFAULT now());
   CREATE INDEX team_documents_project ON team_documents(project_id);
   CREATE TABLE team_members (
     project_id text NOT NULL REFERENCES team_projects(id) ON DELETE CASCADE, user_id text NOT NULL,
     name text NOT NULL, role text NOT NULL, owner boolean NOT NULL DEFAULT false,
     joined_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (project_id, user_id));
   CREATE TABLE team_invites (
     code text PRIMARY KEY, project_id text NOT NULL REFERENCES team_projects(id) ON DELETE CASCADE,
     role text NOT NULL, created_by text NOT NULL, created_at timestamptz NOT NULL DEFAULT now(),
     expires_at timestamptz NOT NULL, accepted integer NOT NULL DEFAULT 0);
   CREATE TABLE team_versions (
     id text PRIMARY KEY, document text NOT NULL REFERENCES team_documents(name) ON DELETE CASCADE,
     name text NOT NULL, author text NOT NULL, created_at timestamptz NOT NULL DEFAULT now(),
     segments jsonb NOT NULL);
   CREATE INDEX team_versions_document ON team_versions(document);
   CREATE TABLE team_audit (
     id bigserial PRIMARY KEY, document text NOT NULL, user_id text NOT NULL, user_name text NOT NULL,
     role text NOT NULL, at timestamptz NOT NULL, action text NOT NULL, detail jsonb NOT NULL);
   CREATE INDEX team_audit_document ON team_audit(document, at);`,
  // 2: the owner removes members and revokes invite links; both stay on record.
  `ALTER TABLE team_members ADD COLUMN removed_at timestamptz;
   ALTER TABLE team_invites ADD COLUMN revoked_at timestamptz;`,
  // 3: who saved a version (a user id), so its author may rename or delete it; null for the
  // versions a project was shared with, and for those saved before: the owner manages those.
  `ALTER TABLE team_versions ADD COLUMN author_id text;`,
  // 4: the project's quality-check settings, set by its owner for every member (null: defaults).
  `ALTER TABLE team_projects ADD COLUMN qa_settings jsonb;`,
  // 5: the TM the project was shared with, as the sharer's TMX, for every member (null: none).
  `ALTER TABLE team_projects ADD COLUMN tm_name text;
   ALTER TABLE team_projects ADD COLUMN tm_units integer;
   ALTER TABLE team_projects ADD COLUMN tm_tmx text;`,
];

/** Brings the schema up to date; safe when several instances start at once (an advisory lock). */
export async function migrate(sql: Sql): Promise<void> {
  await sql.transaction(async (q) => {
    await q.query('SELECT pg_advisory_xact_lock(1840018)');
    await q.query('CREATE TABLE IF NOT EXISTS team_schema (version integer NOT NULL)');
    const rows = await q.query<{ version: number }>('SELECT version FROM team_schema');
    const have = rows[0]?.version ?? 0;
    if (rows.length === 0) await q.query('INSERT INTO team_schema (version) VALUES (0)');
    for (let v = have; v < STEPS.length; v++) {
      for (const stmt of STEPS[v]
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean))
        await q.query(stmt);
      await q.query('UPDATE team_schema SET version = $1', [v + 1]);
    }
  });
}
