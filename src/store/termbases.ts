// Termbases and their entries. An import writes its entries in batches (one transaction each, so
// a 100,000-entry file shows progress and never holds one huge transaction); the termbase's
// record is written last, so a termbase appears with all its entries or, after a failure, not at
// all (its partial entries are removed).
import type { TermEntry } from '../core/terms/types.js';
import type { Connection } from './connection.js';
import type { ProjectTermbases, StoredTermEntry, TermbaseMeta } from './schema.js';
// Entries are keyed [termbaseId, id]: one termbase's are one key range, as a document's rows are.
import { docRange, newId } from './util.js';

export interface NewTermbase {
  name: string;
  sourceLang: string;
  targetLang: string;
  /** A team project's shared termbase (see TermbaseMeta.team). */
  team?: string;
}

export interface EntryBatches {
  /** Entries per transaction (default 2,000). */
  batchSize?: number;
  /** Entries written so far, after each batch commits. */
  onProgress?: (written: number) => void;
}

const range = (termbaseId: string) => IDBKeyRange.only(termbaseId);
/** A record of deletions without `ids`. */
const without = (removed: Record<string, number>, ids: readonly string[]) =>
  Object.fromEntries(Object.entries(removed).filter(([id]) => !ids.includes(id)));
/** An entry as it was given, without the key the store adds. */
const unstored = ({ termbaseId: _tb, ...entry }: StoredTermEntry): TermEntry => entry;

export class Termbases {
  constructor(private readonly conn: Connection) {}

  /** By name. */
  async list(): Promise<TermbaseMeta[]> {
    const all = await this.conn.read(['termbases'], (tx) => tx.objectStore('termbases').getAll());
    return all.sort((a, b) => a.name.localeCompare(b.name));
  }

  get(id: string): Promise<TermbaseMeta | undefined> {
    return this.conn.read(['termbases'], (tx) => tx.objectStore('termbases').get(id));
  }

  /** A new termbase holding `entries` (none for an empty one). */
  async create(
    init: NewTermbase,
    entries: readonly TermEntry[] = [],
    opts: EntryBatches = {},
  ): Promise<TermbaseMeta> {
    const now = Date.now();
    const meta: TermbaseMeta = {
      id: newId(),
      ...init,
      createdAt: now,
      updatedAt: now,
      entryCount: entries.length,
    };
    const size = Math.max(1, opts.batchSize ?? 2000);
    try {
      for (let i = 0; i < entries.length; i += size) {
        const batch = entries.slice(i, i + size);
        await this.conn.write(
          ['termEntries'],
          async (tx) => {
            const store = tx.objectStore('termEntries');
            for (const e of batch) void store.put({ ...e, termbaseId: meta.id });
          },
          'relaxed',
        );
        opts.onProgress?.(i + batch.length);
      }
      await this.conn.write(['termbases'], async (tx) => {
        await tx.objectStore('termbases').put(meta);
      });
    } catch (e) {
      await this.clearEntries(meta.id).catch(() => undefined);
      throw e;
    }
    this.conn.announce({ type: 'termbases', segmentIds: [] });
    return meta;
  }

  async rename(id: string, name: string): Promise<void> {
    await this.conn.write(['termbases'], async (tx) => {
      const store = tx.objectStore('termbases');
      const meta = await store.get(id);
      if (meta) await store.put({ ...meta, name, updatedAt: Date.now() });
    });
    this.conn.announce({ type: 'termbases', segmentIds: [] });
  }

  /** Marks a termbase as a team project's shared one on this device. */
  async setTeam(id: string, projectId: string): Promise<void> {
    await this.conn.write(['termbases'], async (tx) => {
      const store = tx.objectStore('termbases');
      const meta = await store.get(id);
      if (meta) await store.put({ ...meta, team: projectId });
    });
    this.conn.announce({ type: 'termbases', segmentIds: [] });
  }

  async remove(id: string): Promise<void> {
    await this.conn.write(['termbases', 'termEntries'], async (tx) => {
      await tx.objectStore('termbases').delete(id);
      await tx.objectStore('termEntries').delete(docRange(id));
    });
    this.conn.announce({ type: 'termbases', segmentIds: [] });
  }

  private async clearEntries(id: string): Promise<void> {
    await this.conn.write(['termEntries'], (tx) =>
      tx.objectStore('termEntries').delete(docRange(id)),
    );
  }

  async entries(termbaseId: string): Promise<TermEntry[]> {
    const all = await this.conn.read(['termEntries'], (tx) =>
      tx.objectStore('termEntries').index('byTermbase').getAll(range(termbaseId)),
    );
    return all.map(unstored);
  }

  /** Adds or replaces one entry (Add term, an edit) and counts it. */
  async putEntry(termbaseId: string, entry: TermEntry): Promise<void> {
    await this.conn.write(['termbases', 'termEntries'], async (tx) => {
      const metas = tx.objectStore('termbases');
      const meta = await metas.get(termbaseId);
      if (!meta) throw new Error(`no termbase ${termbaseId}`);
      const entries = tx.objectStore('termEntries');
      const had = await entries.getKey([termbaseId, entry.id]);
      const stored: StoredTermEntry = { ...entry, termbaseId };
      await entries.put(stored);
      await metas.put({
        ...meta,
        updatedAt: Date.now(),
        entryCount: meta.entryCount + (had ? 0 : 1),
        ...(meta.removed?.[entry.id] !== undefined && {
          removed: without(meta.removed, [entry.id]),
        }),
      });
    });
    this.conn.announce({ type: 'termbases', segmentIds: [], entry: { termbaseId, id: entry.id } });
  }

  /**
   * Adds or replaces `put` and deletes `remove` in one transaction, counted: what a team
   * project's shared termbase brings in (announced with its origin, so the team code that wrote
   * it does not send it back, and the same tab's terms service reads it).
   */
  async applyEntries(
    termbaseId: string,
    put: readonly TermEntry[],
    remove: readonly string[] = [],
  ): Promise<void> {
    if (put.length === 0 && remove.length === 0) return;
    await this.conn.write(['termbases', 'termEntries'], async (tx) => {
      const metas = tx.objectStore('termbases');
      const meta = await metas.get(termbaseId);
      if (!meta) throw new Error(`no termbase ${termbaseId}`);
      const entries = tx.objectStore('termEntries');
      let count = meta.entryCount;
      for (const e of put) {
        if (!(await entries.getKey([termbaseId, e.id]))) count++;
        await entries.put({ ...e, termbaseId });
      }
      for (const id of remove) {
        if (!(await entries.getKey([termbaseId, id]))) continue;
        await entries.delete([termbaseId, id]);
        count--;
      }
      await metas.put({ ...meta, updatedAt: Date.now(), entryCount: Math.max(0, count) });
    });
    const one = put.length + remove.length === 1 ? (put[0]?.id ?? remove[0]) : undefined;
    this.conn.announce({
      type: 'termbases',
      segmentIds: [],
      origin: 'team',
      ...(one !== undefined && { entry: { termbaseId, id: one } }),
    });
  }

  /** Forgets the deletions of `ids` (the team's copy has them now). */
  async forgetRemoved(termbaseId: string, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.conn.write(['termbases'], async (tx) => {
      const store = tx.objectStore('termbases');
      const meta = await store.get(termbaseId);
      if (meta?.removed) await store.put({ ...meta, removed: without(meta.removed, ids) });
    });
  }

  /** One entry, or undefined when it is gone (deleted in another tab). */
  async getEntry(termbaseId: string, entryId: string): Promise<TermEntry | undefined> {
    const stored = await this.conn.read(['termEntries'], (tx) =>
      tx.objectStore('termEntries').get([termbaseId, entryId]),
    );
    return stored && unstored(stored);
  }

  /** Deletes one entry and counts it out; nothing happens when it is already gone. */
  async removeEntry(termbaseId: string, entryId: string): Promise<void> {
    await this.conn.write(['termbases', 'termEntries'], async (tx) => {
      const entries = tx.objectStore('termEntries');
      if (!(await entries.getKey([termbaseId, entryId]))) return;
      await entries.delete([termbaseId, entryId]);
      const metas = tx.objectStore('termbases');
      const meta = await metas.get(termbaseId);
      const now = Date.now();
      if (meta)
        await metas.put({
          ...meta,
          updatedAt: now,
          entryCount: Math.max(0, meta.entryCount - 1),
          // A team's termbase remembers the deletion until the team's copy has it too.
          ...(meta.team && { removed: { ...meta.removed, [entryId]: now } }),
        });
    });
    this.conn.announce({ type: 'termbases', segmentIds: [], entry: { termbaseId, id: entryId } });
  }

  /** Which termbases a project reads and writes to; undefined until it chose. */
  forProject(projectId: string): Promise<ProjectTermbases | undefined> {
    return this.conn.read(['projectTermbases'], (tx) =>
      tx.objectStore('projectTermbases').get(projectId),
    );
  }

  /** `origin: 'team'` when the team code chooses (so this tab's terms service reads it again). */
  async setForProject(choice: ProjectTermbases, origin?: 'team'): Promise<void> {
    await this.conn.write(['projectTermbases'], async (tx) => {
      await tx.objectStore('projectTermbases').put(choice);
    });
    this.conn.announce({
      type: 'termbases',
      projectId: choice.projectId,
      segmentIds: [],
      ...(origin && { origin }),
    });
  }
}
