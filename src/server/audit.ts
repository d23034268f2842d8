// The audit table: every accepted change (who, when, which rows and fields) and every refusal,
// written in batches. While the database is away the entries wait in memory, oldest first, up to
// a cap; past it the oldest are dropped and the log says how many.
import type { TeamChange } from '../core/team/index.js';
import type { AcceptedChange, RefusedChange } from './guard.js';
import type { Sql } from './db.js';
import type { Log } from './log.js';

interface Entry {
  document: string;
  user_id: string;
  user_name: string;
  role: string;
  at: string;
  action: string;
  detail: Record<string, unknown>;
}

/** A change as the audit detail records it: rows and fields, not the text itself. */
export function summarize(changes: readonly TeamChange[]): Record<string, unknown> {
  const rows = new Set<string>();
  const fields: Record<string, number> = {};
  const bump = (k: string) => (fields[k] = (fields[k] ?? 0) + 1);
  for (const c of changes) {
    switch (c.kind) {
      case 'text':
      case 'rowField':
        rows.add(c.rowId);
        bump(c.field);
        break;
      case 'rowAdded':
      case 'rowDeleted':
      case 'comment':
        rows.add(c.rowId);
        bump(c.kind);
        break;
      case 'revisionAdded':
        bump('revision');
        break;
      default:
        bump(c.kind);
    }
  }
  const ids = [...rows];
  return { rows: ids.slice(0, 50), rowCount: ids.length, fields };
}

export class Audit {
  private queue: Entry[] = [];
  private dropped = 0;
  private timer: NodeJS.Timeout;
  private writing: Promise<void> | undefined;

  constructor(
    private readonly sql: Sql,
    private readonly log: Log,
    private readonly cap = 200_000,
    intervalMs = 500,
  ) {
    this.timer = setInterval(() => void this.flush(), intervalMs);
    this.timer.unref?.();
  }

  accepted(c: AcceptedChange) {
    this.push({
      document: c.documentName,
      user_id: c.actor.userId,
      user_name: c.actor.name,
      role: c.actor.role,
      at: new Date(c.at).toISOString(),
      action: 'change',
      detail: { ...summarize(c.changes), bytes: c.bytes },
    });
  }

  refused(r: RefusedChange) {
    this.push({
      document: r.documentName,
      user_id: r.actor?.userId ?? '',
      user_name: r.actor?.name ?? '',
      role: r.actor?.role ?? '',
      at: new Date(r.at).toISOString(),
      action: 'refused',
      detail: { code: r.code, detail: r.detail },
    });
  }

  record(
    document: string,
    who: { userId: string; name: string; role: string },
    action: string,
    detail: Record<string, unknown>,
  ) {
    this.push({
      document,
      user_id: who.userId,
      user_name: who.name,
      role: who.role,
      at: new Date().toISOString(),
      action,
      detail,
    });
  }

  private push(e: Entry) {
    this.queue.push(e);
    if (this.queue.length > this.cap) {
      this.dropped += this.queue.length - this.cap;
      this.queue.splice(0, this.queue.length - this.cap);
    }
  }

  /** Writes what is queued; on failure it stays queued for the next try. */
  flush(): Promise<void> {
    if (this.writing) return this.writing;
    if (this.queue.length === 0) return Promise.resolve();
    const batch = this.queue.slice(0, 5000);
    this.writing = this.sql
      .query(
        `INSERT INTO team_audit (document, user_id, user_name, role, at, action, detail)
         SELECT x.document, x.user_id, x.user_name, x.role, x.at, x.action, x.detail
         FROM jsonb_to_recordset($1::jsonb) AS x(document text, user_id text, user_name text, role text, at timestamptz, action text, detail jsonb)`,
        [JSON.stringify(batch)],
      )
      .then(() => {
        this.queue.splice(0, batch.length);
        if (this.dropped) {
          this.log.error('audit entries dropped while the database was away', {
            dropped: this.dropped,
          });
          this.dropped = 0;
        }
      })
      .catch(() => undefined) // the persistence layer reports the outage; entries stay queued
      .finally(() => (this.writing = undefined));
    return this.writing;
  }

  async stop() {
    clearInterval(this.timer);
    await this.flush();
    if (this.queue.length) await this.flush();
  }
}
