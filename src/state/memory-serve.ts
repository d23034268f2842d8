// Serving an open project's TMs: every TM it reads goes to the TM Worker — its stored index
// restored (and the units changed since read again), or its units read page by page and indexed
// there — and once matches are served, the indexes built are stored for the next project. Also
// which rows a change confirmed, and the unit each writes into the project's write TM.
import { isConfirmed } from '../core/filter.js';
import type { Lang, Segment } from '../core/model.js';
import { langCode } from '../core/text/lang.js';
import { swapSides as swapped } from '../core/tm/swap.js';
import type { TmUnit } from '../core/tm/types.js';
import type { TmRecord, Workspace } from '../store/index.js';
import type { TmClient } from '../workers/tm-client.js';
import type { DocumentState, OpenDocument } from './document.js';
import type { MemoryState } from './memory.js';
import type { HeldTm } from './memory-units.js';

/** Units per message to the Worker while an index is built. */
const PAGE = 10_000;
/** Units changed since a stored index was built beyond which it is stored again. */
const RESAVE_AFTER = 1_000;

/** What serving needs of the memory service. */
export interface ServeHost {
  ws: Workspace;
  client: TmClient;
  /** What the Worker holds of each TM (memory-units.ts). */
  held: Map<string, HeldTm>;
  tms(): readonly TmRecord[];
  set(patch: Partial<MemoryState>): void;
  tm(id: string): TmRecord | undefined;
  mainTm(sourceLang: Lang, targetLang: Lang): Promise<TmRecord>;
  /** False once another project (or none) is being served, or the service closed. */
  current(seq: number): boolean;
  lookupActive(): Promise<void>;
  /** Storing the indexes built began (tests wait for it). */
  saved(storing: Promise<void>): void;
}

/** Sends the TMs the project reads to the Worker; `serving` tells how far it got. */
export async function serveProject(
  host: ServeHost,
  open: OpenDocument,
  seq: number,
  started: number,
): Promise<void> {
  const p = open.project;
  const known = new Set(host.tms().map((x) => x.id));
  let links = await host.ws.tm.links(p.id);
  if (!links || !known.has(links.write)) {
    const main = await host.mainTm(p.sourceLang, p.targetLang);
    links = {
      projectId: p.id,
      read: [...new Set([...(links?.read ?? []), main.id])],
      write: main.id,
    };
    await host.ws.tm.setLinks(links);
  }
  const tms = links.read.map((id) => host.tm(id)).filter((x): x is TmRecord => !!x);
  const total = tms.reduce((n, x) => n + x.size, 0);
  if (!host.current(seq)) return;
  host.set({ links, serving: { status: 'loading', loaded: 0, total, ms: 0 } });
  void host.lookupActive();
  let loaded = 0;
  const lang = langCode(p.sourceLang);
  /** Indexes built (or caught up a lot) here, to be stored once matches are served. */
  const toSave: { tm: string; rev: number }[] = [];
  const held: HeldTm[] = [];
  for (const tm of tms) {
    const swap = tm.sourceLang !== p.sourceLang;
    const side = (units: TmUnit[]) => (swap ? units.map(swapped) : units);
    const rev = await host.ws.tm.revOf(tm.id);
    if (!host.current(seq)) return;
    const ready = Promise.resolve(true);
    const h: HeldTm = { swap, lang, lookup: true, rev, loading: true, ready, queue: ready };
    host.held.set(tm.id, h);
    held.push(h);
    const stored = await host.ws.tm.loadSnapshot(tm.id, lang).catch((e: unknown) => {
      console.warn(e);
      return undefined;
    });
    if (!host.current(seq)) return;
    if (stored) {
      // The index as built before, then the units changed since (re-read, or gone).
      const { index, units } = stored.snapshot;
      host.client.load(tm.id, index, units);
      loaded += units.ids.reduce((n, id) => (id ? n + 1 : n), 0);
      for (let i = 0; i < stored.changed.length; i += PAGE) {
        const ids = stored.changed.slice(i, i + PAGE);
        const now = await host.ws.tm.units(tm.id, ids);
        if (!host.current(seq)) return;
        host.client.remove(tm.id, ids);
        host.client.add(tm.id, lang, side(now.filter((u): u is TmUnit => !!u)));
      }
      if (stored.changed.length > RESAVE_AFTER) toSave.push({ tm: tm.id, rev });
      host.set({ serving: { status: 'loading', loaded, total, ms: 0 } });
      continue;
    }
    let after: string | undefined;
    let read = 0;
    do {
      const page = await host.ws.tm.page(tm.id, after, PAGE);
      if (!host.current(seq)) return;
      host.client.add(tm.id, lang, side(page.units));
      read += page.units.length;
      host.set({ serving: { status: 'loading', loaded: loaded + read, total, ms: 0 } });
      after = page.last;
    } while (after !== undefined);
    loaded += read;
    if (read > 0) toSave.push({ tm: tm.id, rev });
  }
  // Served once the Worker has indexed everything sent before this lookup.
  await host.client.lookup(links.read, [{ text: '', options: {} }]);
  if (!host.current(seq)) return;
  const ms = performance.now() - started;
  for (const h of held) h.loading = false;
  host.set({ serving: { status: 'ready', loaded, total: loaded, ms } });
  await host.lookupActive();
  host.saved(saveIndexes(host, seq, lang, toSave));
}

/**
 * Stores the indexes the Worker built, so the next project reading these TMs restores them
 * instead of reading and tokenising every unit. Best effort: a failure only costs that time.
 */
async function saveIndexes(
  host: ServeHost,
  seq: number,
  lang: string,
  list: { tm: string; rev: number }[],
): Promise<void> {
  for (const { tm, rev } of list) {
    if (!host.current(seq)) return;
    try {
      const built = await host.client.snapshot(tm);
      if (!host.current(seq)) return;
      await host.ws.tm.saveSnapshot({ tm, lang, rev, savedAt: Date.now(), ...built });
    } catch (e) {
      // Closed meanwhile: the failure is the closing's.
      if (host.current(seq)) console.warn(e);
    }
  }
}

/**
 * The rows a document change confirmed (or changed while confirmed), by index in `now`'s rows:
 * each goes into the write TM. `by`: who confirmed it, for the rows a teammate's change brought
 * (`authorOf` reads a team project's log); undefined: this user.
 */
export function rowsToRemember(
  now: DocumentState,
  before: DocumentState,
  authorOf?: (rowId: string) => string | undefined,
): { i: number; by?: string }[] {
  const rows = now.current?.segments;
  const prev = before.current?.segments;
  if (!rows || !prev || rows === prev || now.current?.doc.id !== before.current?.doc.id) return [];
  const old = new Map(prev.map((s) => [s.id, s]));
  const team = now.fromTeam !== before.fromTeam ? now.fromTeam : undefined;
  const out: { i: number; by?: string }[] = [];
  rows.forEach((s, i) => {
    const was = old.get(s.id);
    if (was === s || !isConfirmed(s.status) || !s.target.trim()) return;
    if (was && isConfirmed(was.status) && was.target === s.target && was.source === s.source)
      return;
    out.push(team?.has(s.id) ? { i, by: authorOf?.(s.id) } : { i });
  });
  return out;
}

/**
 * The unit a confirmed row is stored as, under the id `seg:<row id>` (confirming it again updates
 * it), with its context and origin; `forward`: the TM is in the project's direction.
 */
export function rowUnit(
  rows: readonly Segment[],
  i: number,
  cur: OpenDocument,
  forward: boolean,
  author: string,
): TmUnit {
  const row = rows[i]!;
  const now = Date.now();
  return {
    id: `seg:${row.id}`,
    source: forward ? row.source : row.target,
    target: forward ? row.target : row.source,
    ...(forward ? { prev: rows[i - 1]?.source, next: rows[i + 1]?.source } : {}),
    ...(row.codes?.length ? { codes: row.codes } : {}),
    project: cur.project.name,
    document: cur.doc.name,
    author,
    createdAt: now,
    changedAt: now,
  };
}
