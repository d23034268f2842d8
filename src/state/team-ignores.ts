// A team document's ignored quality-check findings: the shared document's `ignored` root and
// this device's store (where the QA service reads them) kept in step. A finding one member looked
// at and ignored is ignored on every member's device; counted again, it counts for everyone.
import type * as Y from 'yjs';
import type { IgnoredFinding } from '../core/qa/ignored.js';
import { ignoredOf, isIgnoredRecord } from '../core/team/schema.js';
import type { Workspace } from '../store/index.js';

export class TeamIgnores {
  private readonly map: Y.Map<IgnoredFinding>;
  private offRemote?: () => void;

  constructor(
    private readonly doc: Y.Doc,
    private readonly ws: Workspace,
    private readonly docId: string,
    /** The transaction origin of this device's own changes (not written back to the store). */
    private readonly origin: unknown,
    /** A viewer only reads them. */
    private readonly mayEdit: boolean,
  ) {
    this.map = ignoredOf(doc);
  }

  /**
   * Once the device's copy of the document is loaded: others' changes follow from now on, and
   * each side gets what the other has and it lacks (of two ignores of one finding, the later
   * wins). The first part is at once, so nothing that arrives meanwhile is missed.
   */
  async start(): Promise<void> {
    const onRemote = (e: Y.YMapEvent<IgnoredFinding>, tx: Y.Transaction) => {
      if (tx.origin === this.origin) return;
      const add: IgnoredFinding[] = [];
      const remove: string[] = [];
      for (const [id, ch] of e.changes.keys) {
        const r = this.map.get(id);
        if (ch.action === 'delete') remove.push(id);
        else if (isIgnoredRecord(r, id)) add.push({ ...r, docId: this.docId });
      }
      void this._write(add, remove);
    };
    this.map.observe(onRemote);
    this.offRemote = () => this.map.unobserve(onRemote);
    const local = new Map((await this.ws.qa.ignored(this.docId)).map((r) => [r.id, r]));
    const toStore: IgnoredFinding[] = [];
    const toShared: IgnoredFinding[] = [];
    for (const [id, r] of this.map) {
      if (!isIgnoredRecord(r, id)) continue;
      const mine = local.get(id);
      if (!mine || mine.at < r.at) toStore.push({ ...r, docId: this.docId });
      else if (mine.at > r.at) toShared.push(mine);
    }
    for (const [id, r] of local) if (!this.map.has(id)) toShared.push(r);
    if (this.mayEdit && toShared.length) this.ignore(toShared);
    if (toStore.length) await this.ws.qa.ignore(toStore);
  }

  /** This device ignored findings: for everyone. */
  ignore(records: readonly IgnoredFinding[]): void {
    if (!this.mayEdit || records.length === 0) return;
    this.doc.transact(() => {
      for (const r of records) this.map.set(r.id, r);
    }, this.origin);
  }

  /** This device counts findings again: for everyone. */
  unignore(ids: readonly string[]): void {
    if (!this.mayEdit || ids.length === 0) return;
    this.doc.transact(() => {
      for (const id of ids) this.map.delete(id);
    }, this.origin);
  }

  stop(): void {
    this.offRemote?.();
  }

  private async _write(add: IgnoredFinding[], remove: string[]) {
    // The store announces both, and the QA service reads them again.
    if (add.length) await this.ws.qa.ignore(add);
    if (remove.length) await this.ws.qa.unignore(remove);
  }
}
