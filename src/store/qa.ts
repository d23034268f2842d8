// Quality checks' stored choices: findings a user ignored (with who and when, per document) and
// each project's check settings.
import type { IgnoredFinding } from '../core/qa/ignored.js';
import type { QaProjectSettings } from '../core/qa/project-settings.js';
import type { ChangeMessage, Connection } from './connection.js';

// Without a docId: a document's own listeners must not read its rows again for this.
const qaChanged = (projectId?: string): ChangeMessage => ({
  type: 'qa',
  projectId,
  segmentIds: [],
});

// Loaded with the quality checks, never on a first visit (the workspace opens before them).
const settingsModule = () => import('../core/qa/project-settings.js');

export class QaRepo {
  constructor(private readonly conn: Connection) {}

  /** A document's ignored findings (whether or not their rows changed since). */
  async ignored(docId: string): Promise<IgnoredFinding[]> {
    return this.conn.read(['qaIgnored'], (tx) =>
      tx.objectStore('qaIgnored').index('byDoc').getAll(docId),
    );
  }

  async ignore(records: readonly IgnoredFinding[]): Promise<void> {
    if (records.length === 0) return;
    await this.conn.write(['qaIgnored'], async (tx) => {
      await Promise.all(records.map((r) => tx.objectStore('qaIgnored').put(r)));
    });
    this.conn.announce(qaChanged());
  }

  /** Takes ignores back (by their ids), so the findings count again. */
  async unignore(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.conn.write(['qaIgnored'], async (tx) => {
      await Promise.all(ids.map((id) => tx.objectStore('qaIgnored').delete(id)));
    });
    this.conn.announce(qaChanged());
  }

  /** The project's settings; the defaults when none are stored (or what is stored is damaged). */
  async settings(projectId: string): Promise<QaProjectSettings> {
    const rec: unknown = await this.conn.read(['qaSettings'], (tx) =>
      tx.objectStore('qaSettings').get(projectId),
    );
    return (await settingsModule()).cleanQaSettings(rec);
  }

  async setSettings(projectId: string, s: QaProjectSettings): Promise<void> {
    const clean = (await settingsModule()).cleanQaSettings(s);
    await this.conn.write(['qaSettings'], (tx) =>
      tx.objectStore('qaSettings').put({ projectId, ...clean }),
    );
    this.conn.announce(qaChanged(projectId));
  }
}
