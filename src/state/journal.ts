// A synchronous journal of typing not yet written to IndexedDB. An IndexedDB write started while
// the tab closes may never finish, so every keystroke's row is also put into localStorage at
// once (synchronous, and kept when the page dies); the entry goes when IndexedDB has the text.
// The next start writes whatever the journal still holds before anything reads the workspace.
import { STATUSES } from '../core/model.js';
import type { SegmentPatch, Who, Workspace } from '../store/index.js';

interface Entry {
  patch: SegmentPatch;
  /** The row's rev the typing was based on. */
  rev: number;
  /** When it was last typed (ms since epoch). */
  at: number;
}

type Entries = Record<string, Entry>;

const PREFIX = (db: string) => `bt.journal.${db}.`;
/** The Web Lock a tab holds while it lives: the browser lets it go when the tab closes or dies. */
const LIFE_LOCK = (tab: string) => `bt.tab.${tab}`;
/** Without Web Locks: another tab's journal written this recently is taken as a live tab's. */
const ALIVE_MS = 5_000;

/** Holds this tab's life lock until the page is gone (so other tabs can tell it is open). */
export function holdLifeLock(tab: string): void {
  void globalThis.navigator?.locks
    ?.request(LIFE_LOCK(tab), () => new Promise<void>(() => undefined))
    .catch(() => undefined);
}

/** The tabs whose life locks are held now, or undefined where Web Locks are missing. */
async function liveTabs(): Promise<Set<string> | undefined> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return undefined;
  try {
    const { held = [] } = await locks.query();
    return new Set(held.map((l) => l.name ?? ''));
  } catch {
    return undefined;
  }
}

export class Journal {
  private readonly entries = new Map<string, Entry>();
  private readonly key: string;

  constructor(dbName: string, tab: string) {
    this.key = PREFIX(dbName) + tab;
  }

  /** Records a row's unsaved change (merged over what it already holds). */
  record(id: string, patch: SegmentPatch, rev: number): void {
    const prev = this.entries.get(id);
    this.entries.set(id, {
      patch: { ...prev?.patch, ...patch },
      rev: prev?.rev ?? rev,
      at: Date.now(),
    });
    // Written on every keystroke: a browser window closed at once fires no pagehide, and only a
    // write already made survives it (one small synchronous write, well under a millisecond).
    this.write();
  }

  /** The row's change is in IndexedDB (or was given up): it leaves the journal. */
  clear(id: string): void {
    if (this.entries.delete(id)) this.write();
  }

  private write(): void {
    try {
      if (this.entries.size === 0) localStorage.removeItem(this.key);
      else localStorage.setItem(this.key, JSON.stringify(Object.fromEntries(this.entries)));
    } catch {
      // Private mode or a full localStorage: autosave still writes to IndexedDB as before.
    }
  }
}

/**
 * Writes what journals of closed (or reloaded) tabs still hold; the journals of tabs still open
 * (their life lock is held) are theirs. A row changed since by someone
 * else after the typing keeps their change; one whose stored text already is the typed text is
 * left alone. Returns how many rows were written.
 */
export async function replayJournals(
  ws: Workspace,
  dbName: string,
  who: Who,
  now = Date.now(),
): Promise<number> {
  let written = 0;
  const keys = journalKeys(dbName);
  // Nearly every start finds no journal: then it costs nothing (no lock query).
  if (keys.length === 0) return 0;
  const live = await liveTabs();
  for (const key of keys) {
    const tab = key.slice(PREFIX(dbName).length);
    const own = tab === who.tab;
    // Another open tab is still writing its own typing: leave its journal to it.
    if (!own && live?.has(LIFE_LOCK(tab))) continue;
    let entries: Entries;
    try {
      entries = JSON.parse(localStorage.getItem(key) ?? '{}') as Entries;
    } catch {
      localStorage.removeItem(key);
      continue;
    }
    const times = Object.values(entries).map((e) => e.at);
    if (!own && !live && times.length > 0 && now - Math.max(...times) < ALIVE_MS) continue;
    for (const [id, e] of Object.entries(entries)) {
      const patch = typingOf(e?.patch);
      if (!patch || typeof e.at !== 'number') continue;
      const current = await ws.segments.get(id);
      if (!current) continue;
      const fields = Object.keys(patch) as (keyof typeof patch)[];
      if (fields.every((f) => current[f] === patch[f])) continue;
      if (current.rev !== e.rev && current.updatedAt > e.at) continue;
      const r = await ws.edit(id, patch, current.rev, who);
      if (r.ok) written++;
    }
    localStorage.removeItem(key);
  }
  return written;
}

function journalKeys(dbName: string): string[] {
  const keys: string[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k?.startsWith(PREFIX(dbName))) keys.push(k);
    }
  } catch {
    // No localStorage: nothing was journalled.
  }
  return keys;
}

type Typing = Pick<SegmentPatch, 'source' | 'target' | 'note' | 'status'>;

/** Only what typing and confirming write, checked: the journal is read back from outside. */
function typingOf(p: unknown): Typing | undefined {
  if (!p || typeof p !== 'object') return undefined;
  const out: Typing = {};
  const o = p as Record<string, unknown>;
  for (const k of ['source', 'target', 'note'] as const)
    if (Object.hasOwn(o, k) && typeof o[k] === 'string') out[k] = o[k] as string;
  if (Object.hasOwn(o, 'status') && STATUSES.includes(o.status as never))
    out.status = o.status as Typing['status'];
  return Object.keys(out).length > 0 ? out : undefined;
}
