// Yjs state in the database through @hocuspocus/extension-database, made safe for several
// instances and for a database that goes away:
// - a store merges what another instance stored since this one last read or wrote (a row lock
//   and a version counter), so no instance's write drops another's edits;
// - a failed store keeps the document in memory (the Guard refuses to unload it), says so in the
//   log, and retries until the database answers again.
import { Database } from '@hocuspocus/extension-database';
import type { Document, Hocuspocus } from '@hocuspocus/server';
import * as Y from 'yjs';
import type { Sql } from './db.js';
import type { Log } from './log.js';

export class UnknownDocument extends Error {}

export interface Persistence {
  extension: Database;
  unsaved(documentName: string): boolean;
  /** Whether the last database call failed. */
  readonly down: boolean;
  /** Tries every unsaved document once more (used at shutdown). */
  flush(): Promise<number>;
  stop(): void;
}

const asBytes = (v: unknown): Uint8Array | null =>
  v == null ? null : v instanceof Uint8Array ? v : new Uint8Array(v as ArrayBuffer);

export function persistence(
  sql: Sql,
  log: Log,
  opts: {
    retryMs: number;
    instance: () => Hocuspocus | undefined;
    stored?: (name: string, bytes: number) => void;
  },
): Persistence {
  const versions = new Map<string, number>();
  const unsaved = new Map<string, Document>();
  let timer: NodeJS.Timeout | undefined;
  let down = false;

  const failed = (what: string, e: unknown) => {
    if (!down)
      log.error(`database unavailable: ${what}`, { error: String((e as Error)?.message ?? e) });
    down = true;
  };
  const recovered = () => {
    if (down) log.info('database available again');
    down = false;
  };

  async function write(name: string, document: Document) {
    const bytes = await sql.transaction(async (q) => {
      const rows = await q.query<{ state: unknown; version: number }>(
        'SELECT state, version FROM team_documents WHERE name = $1 FOR UPDATE',
        [name],
      );
      if (rows.length === 0) throw new UnknownDocument(name);
      const { state: old, version } = rows[0];
      // Another instance stored since we last did: take its state in before writing ours.
      if (version !== versions.get(name) && old) Y.applyUpdate(document, asBytes(old)!, 'database');
      const state = Y.encodeStateAsUpdate(document);
      await q.query(
        'UPDATE team_documents SET state = $2, version = version + 1, updated_at = now() WHERE name = $1',
        [name, Buffer.from(state)],
      );
      versions.set(name, version + 1);
      return state.byteLength;
    });
    opts.stored?.(name, bytes);
  }

  function schedule() {
    if (timer || unsaved.size === 0) return;
    timer = setTimeout(async () => {
      timer = undefined;
      await retryAll();
      schedule();
    }, opts.retryMs);
    timer.unref?.();
  }

  async function retryAll(): Promise<number> {
    let left = 0;
    for (const [name, document] of [...unsaved]) {
      try {
        await write(name, document);
        unsaved.delete(name);
        recovered();
        log.info('stored a document kept in memory', { documentName: name });
        const instance = opts.instance();
        if (instance && document.getConnectionsCount() === 0)
          await instance.unloadDocument(document);
      } catch (e) {
        failed(`still cannot store ${name}`, e);
        left++;
      }
    }
    return left;
  }

  const extension = new Database({
    fetch: async ({ documentName }) => {
      let rows: { state: unknown; version: number }[];
      try {
        rows = await sql.query('SELECT state, version FROM team_documents WHERE name = $1', [
          documentName,
        ]);
      } catch (e) {
        failed(`cannot open ${documentName}; its clients keep working offline`, e);
        throw e;
      }
      recovered();
      // A name nobody shared is no document: refusing it keeps strangers from creating rows.
      if (rows.length === 0) throw new UnknownDocument(documentName);
      versions.set(documentName, rows[0].version);
      return asBytes(rows[0].state);
    },
    store: async ({ documentName, document }) => {
      try {
        await write(documentName, document);
        unsaved.delete(documentName);
        recovered();
      } catch (e) {
        if (e instanceof UnknownDocument) {
          log.error('a document without its row was not stored', { documentName });
          return;
        }
        // Never throw here: the document must stay in memory, not be dropped as stored.
        failed(`kept ${documentName} in memory; retrying every ${opts.retryMs} ms`, e);
        unsaved.set(documentName, document);
        schedule();
      }
    },
  });

  return {
    extension,
    unsaved: (name) => unsaved.has(name),
    get down() {
      return down;
    },
    flush: retryAll,
    stop: () => clearTimeout(timer),
  };
}
