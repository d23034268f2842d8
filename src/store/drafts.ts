// The alignment draft: what the user is checking before it becomes a project. Written as the
// user works (each write replaces the one record), read once when the new-project page opens.
import type { Connection } from './connection.js';
import type { AlignDraftRecord } from './schema.js';

export type AlignDraft = Omit<AlignDraftRecord, 'id' | 'updatedAt'>;

const ID = 'current';

const isStrings = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');

/** A stored draft the app can use as it is (a damaged one is reported and ignored). */
function isDraft(r: unknown): r is AlignDraftRecord {
  if (typeof r !== 'object' || r === null) return false;
  const d = r as Partial<AlignDraftRecord>;
  const lang = (l: unknown) => l === 'zh-Hans' || l === 'en';
  return (
    typeof d.name === 'string' &&
    lang(d.sourceLang) &&
    lang(d.targetLang) &&
    typeof d.sourceText === 'string' &&
    typeof d.targetText === 'string' &&
    Number.isInteger(d.active) &&
    Number.isInteger(d.topRow) &&
    Array.isArray(d.rows) &&
    d.rows.every(
      (row) =>
        typeof row === 'object' &&
        row !== null &&
        isStrings(row.source) &&
        isStrings(row.target) &&
        typeof row.confidence === 'number' &&
        typeof row.paragraphStart === 'boolean',
    )
  );
}

export class Drafts {
  constructor(private readonly conn: Connection) {}

  /** The draft being checked, or undefined. */
  async get(): Promise<AlignDraftRecord | undefined> {
    const rec: unknown = await this.conn.read(['alignDrafts'], (tx) =>
      tx.objectStore('alignDrafts').get(ID),
    );
    if (rec === undefined) return undefined;
    if (isDraft(rec)) return rec;
    this.conn.reportCorrupt({ store: 'alignDrafts', key: ID, problem: 'unexpected value' });
    return undefined;
  }

  /** Replaces the draft (strict durability, as every write of the user's work). */
  async put(draft: AlignDraft): Promise<void> {
    const rec: AlignDraftRecord = { ...draft, id: ID, updatedAt: Date.now() };
    await this.conn.write(['alignDrafts'], (tx) => tx.objectStore('alignDrafts').put(rec));
  }

  async delete(): Promise<void> {
    await this.conn.write(['alignDrafts'], (tx) => tx.objectStore('alignDrafts').delete(ID));
  }
}
