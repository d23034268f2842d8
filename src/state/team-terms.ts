// A team project's termbase: the shared document's `terms` root and a termbase on this device
// (where the terms service reads it, and Add term and the entry editor write to it) kept in
// step. A term one member adds, edits or deletes does the same on every member's device; a
// viewer's device only follows.
import type * as Y from 'yjs';
import {
  entryStamp,
  isTeamTermEntry,
  sameEntry,
  TEAM_TERMS_MAX,
  termsOf,
} from '../core/team/terms.js';
import type { TermEntry } from '../core/terms/types.js';
import type { Project } from '../core/model.js';
import type { ChangeMessage, Workspace } from '../store/index.js';

/** Entries per shared-document transaction: a first push of thousands stays a few small updates. */
const BATCH = 500;

export class TeamTerms {
  private readonly map: Y.Map<TermEntry>;
  private readonly offs: (() => void)[] = [];
  /** Store work, one step at a time and in the order it came (each waits for the termbase). */
  private queue: Promise<void> = Promise.resolve();
  private readonly termbaseId: Promise<string>;

  constructor(
    private readonly doc: Y.Doc,
    private readonly ws: Workspace,
    /** The transaction origin of this device's own changes (not written back to the store). */
    private readonly origin: unknown,
    /** A viewer only reads them. */
    private readonly mayEdit: boolean,
    /** The termbase on this device that holds the team's terms (made on first use). */
    termbase: () => Promise<string>,
  ) {
    this.map = termsOf(doc);
    this.termbaseId = termbase();
    // Failed (the workspace closing): each step that waits for it fails quietly too.
    this.termbaseId.catch(() => undefined);
  }

  /**
   * Watches both sides from now on: others' changes go to the store, this device's go to the
   * shared document. `reconcile` then brings in what either side missed meanwhile.
   */
  start(): void {
    const onRemote = (e: Y.YMapEvent<TermEntry>, tx: Y.Transaction) => {
      if (tx.origin === this.origin) return;
      const put: TermEntry[] = [];
      const remove: string[] = [];
      for (const [id, ch] of e.changes.keys) {
        const r = this.map.get(id);
        if (ch.action === 'delete') remove.push(id);
        else if (isTeamTermEntry(r, id)) put.push(r);
      }
      this._run((tb) => this.ws.termbases.applyEntries(tb, put, remove));
    };
    this.map.observe(onRemote);
    this.offs.push(() => this.map.unobserve(onRemote));
    // This tab's own changes (Add term, the entry editor, an import over it, a restore); what
    // the team code wrote itself carries its origin and is not sent back.
    const onLocal = (m: ChangeMessage) => {
      if (m.type === 'workspace') this.reconcile();
      if (m.type !== 'termbases' || m.origin === 'team') return;
      const entry = m.entry;
      if (entry)
        this._run((tb) => (entry.termbaseId === tb ? this._send(tb, entry.id) : undefined));
      else if (!m.projectId) this.reconcile();
    };
    this.offs.push(this.ws.onOwnChange(onLocal));
  }

  /**
   * Each side gets what the other has and it lacks; of two copies of an entry, the later
   * changed wins (on a tie, the shared one, so every device ends the same). Run once the
   * device's copy of the document is known to be whole (loaded with rows, or synced).
   */
  reconcile(): void {
    this._run(async (tb) => {
      const local = new Map((await this.ws.termbases.entries(tb)).map((e) => [e.id, e]));
      // Deleted here while nothing watched (another project's tab, a tab closed at once).
      const removed = (await this.ws.termbases.get(tb))?.removed ?? {};
      const toStore: TermEntry[] = [];
      const toShared: TermEntry[] = [];
      const toDelete: string[] = [];
      for (const [id, r] of this.map) {
        if (!isTeamTermEntry(r, id)) continue;
        const mine = local.get(id);
        const gone = removed[id];
        // Deleted here after its last change anywhere: deleted for the team (an editor's).
        if (!mine && this.mayEdit && typeof gone === 'number' && gone >= entryStamp(r)) {
          toDelete.push(id);
          continue;
        }
        if (!mine || sameEntry(mine, r)) {
          if (!mine) toStore.push(r);
          continue;
        }
        // A viewer's copy never wins: the server would refuse it, and it would stay stale here.
        if (this.mayEdit && entryStamp(mine) > entryStamp(r)) toShared.push(mine);
        else toStore.push(r);
      }
      for (const [id, e] of local) if (!this.map.has(id)) toShared.push(e);
      this._share(toShared);
      if (toDelete.length)
        this.doc.transact(() => {
          for (const id of toDelete) this.map.delete(id);
        }, this.origin);
      await this.ws.termbases.applyEntries(tb, toStore);
      // Every deletion is settled now: sent, or undone by a later change (or a viewer's).
      await this.ws.termbases.forgetRemoved(tb, Object.keys(removed));
    });
  }

  stop(): void {
    for (const off of this.offs.splice(0)) off();
  }

  /** Resolves once every change queued so far reached the store or the shared document. */
  settled(): Promise<void> {
    return this.queue;
  }

  private _run(step: (termbaseId: string) => Promise<void> | undefined): void {
    this.queue = this.queue
      .then(async () => step(await this.termbaseId))
      // A failed step (the workspace closing) leaves the next to the next reconcile.
      .catch(() => undefined);
  }

  /** One entry changed here: as it is in the store now, or deleted. */
  private async _send(termbaseId: string, id: string): Promise<void> {
    if (!this.mayEdit) return;
    const e = await this.ws.termbases.getEntry(termbaseId, id);
    const shared = this.map.get(id);
    if (e && !(shared && isTeamTermEntry(shared, id) && sameEntry(shared, e))) this._share([e]);
    else if (!e && this.map.has(id)) this.doc.transact(() => this.map.delete(id), this.origin);
  }

  private _share(entries: readonly TermEntry[]): void {
    if (!this.mayEdit) return;
    // Only entries the server lets in: a malformed local one would get the whole update refused.
    const ok = entries.filter((e) => isTeamTermEntry(e, e.id));
    for (let i = 0; i < ok.length; i += BATCH)
      this.doc.transact(() => {
        for (const e of ok.slice(i, i + BATCH)) this.map.set(e.id, e);
      }, this.origin);
  }
}

/**
 * The termbase on this device that holds a team project's terms: `known` while it exists, else
 * one already marked as this project's team termbase, else a new one named `name`, which the
 * project then reads (beside what it read) and writes its new terms to. `made` says whether it
 * is new. Two tabs opening the project at once take turns (a Web Lock per project), so the
 * second finds the first's instead of making a second copy that only one link would keep.
 */
export async function teamTermbase(
  ws: Workspace,
  project: Pick<Project, 'id' | 'sourceLang' | 'targetLang'>,
  known: string | undefined,
  name: string,
): Promise<{ id: string; made: boolean }> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  const run = () => findOrMakeTeamTermbase(ws, project, known, name);
  return locks ? locks.request(`bt-team-termbase:${project.id}`, run) : run();
}

async function findOrMakeTeamTermbase(
  ws: Workspace,
  project: Pick<Project, 'id' | 'sourceLang' | 'targetLang'>,
  known: string | undefined,
  name: string,
): Promise<{ id: string; made: boolean }> {
  if (known && (await ws.termbases.get(known))) return { id: known, made: false };
  const marked = (await ws.termbases.list()).find((t) => t.team === project.id);
  if (marked) return { id: marked.id, made: false };
  const tb = await ws.termbases.create({
    name,
    sourceLang: project.sourceLang,
    targetLang: project.targetLang,
    team: project.id,
  });
  const choice = await ws.termbases.forProject(project.id);
  let read = choice?.read;
  if (!read) {
    // Until a project chooses it reads every termbase of its pair (state/terms.ts): it still does.
    const { servesPair } = await import('../core/terms/langs.js');
    read = (await ws.termbases.list())
      .filter((t) => t.id !== tb.id && servesPair(t, project))
      .map((t) => t.id);
  }
  // Marked as the team code's: the terms service of this tab, which may have read the project's
  // choice already while this waited for its turn, reads it again.
  await ws.termbases.setForProject(
    { projectId: project.id, read: [...read, tb.id], write: tb.id },
    'team',
  );
  return { id: tb.id, made: true };
}

/**
 * What a share carries of a project's terms: the entries of the termbase its new terms go to
 * (the one it chose, or the first of its pair as the terms service takes it), which becomes the
 * team's on this device. None when it has no termbase, or one too big for a team document.
 */
export async function termsToShare(
  ws: Workspace,
  project: Pick<Project, 'id' | 'sourceLang' | 'targetLang'>,
): Promise<{
  termbaseId?: string;
  entries: TermEntry[];
  tooMany?: { name: string; count: number };
}> {
  const choice = await ws.termbases.forProject(project.id);
  const all = await ws.termbases.list();
  let tb = choice?.write ? all.find((t) => t.id === choice.write) : undefined;
  if (!choice) {
    const { servesPair } = await import('../core/terms/langs.js');
    tb = all.find((t) => servesPair(t, project));
  }
  if (!tb) return { entries: [] };
  if (tb.entryCount > TEAM_TERMS_MAX)
    return { entries: [], tooMany: { name: tb.name, count: tb.entryCount } };
  return { termbaseId: tb.id, entries: await ws.termbases.entries(tb.id) };
}
