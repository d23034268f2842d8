// The TM Worker: holds the candidate indexes of the open project's TMs and serves lookups, so a
// million units are neither held nor scanned on the main thread.
import { packUnits, unpackUnits } from '../core/tm/columns.js';
import { ConcordanceIndex, unitHits, type ConcordanceHit } from '../core/tm/concordance.js';
import { createTmIndex, loadTmIndex } from '../core/tm/gram-index.js';
import type { TmUnit } from '../core/tm/types.js';
import { readTmColumns } from '../store/tm-worker-read.js';
import type { TmConcordanceHit, TmHit, TmReply, TmRequest } from './tm-protocol.js';

const indexes = new Map<string, ReturnType<typeof createTmIndex>>();
/** The same units by id, for the concordance's index and snapshots (the match index keeps its own form). */
const units = new Map<string, Map<string, TmUnit>>();
/**
 * The concordance's index of each TM (both sides joined), made at its first search: a million
 * units are searched in tens of milliseconds instead of one by one. It costs the texts a second
 * time in memory, so a TM never searched never pays it.
 */
const joined = new Map<string, ConcordanceIndex>();
const concordanceOf = (tm: string): ConcordanceIndex => {
  let c = joined.get(tm);
  if (!c) {
    c = new ConcordanceIndex();
    c.add(units.get(tm)?.values() ?? []);
    joined.set(tm, c);
    joinLater(c, true);
  } else joinLater(c);
  return c;
};

/**
 * Indexes with units not joined yet. A search reads those one by one (a million in about a
 * second, against 2–4 s to join them first); they are joined here a step at a time between
 * messages, so the searches after answer from the joined text and lookups never wait long.
 */
const toJoin = new Set<ConcordanceIndex>();
const JOIN_AFTER = 5_000;
let joining = false;
function joinLater(c: ConcordanceIndex, all = false): void {
  // A few units (rows confirmed one by one) are read one by one at no cost: no segment each.
  if (c.unjoined === 0 || (!all && c.unjoined < JOIN_AFTER)) return;
  toJoin.add(c);
  if (!joining) {
    joining = true;
    setTimeout(joinSome, 0);
  }
}
function joinSome(): void {
  const [c] = toJoin;
  if (c && !c.joinStep()) toJoin.delete(c);
  if (toJoin.size > 0) setTimeout(joinSome, 0);
  else joining = false;
}
/**
 * TMs read here from the database for the unit editor (`read`): their concordance index is all
 * the Worker holds of them (no unit objects); `done` until every block is in, `next` wakes the
 * searches waiting for more.
 */
interface Reading {
  done: boolean;
  failed?: string;
  waiting: (() => void)[];
}
const reading = new Map<string, Reading>();
const wake = (r: Reading) => r.waiting.splice(0).forEach((f) => f());
const post = (m: TmReply): void => postMessage(m);

/** Reads a TM's blocks into a concordance index of its own, searchable as it fills. */
async function read(m: Extract<TmRequest, { type: 'read' }>): Promise<void> {
  const index = new ConcordanceIndex();
  const r: Reading = { done: false, waiting: [] };
  joined.set(m.tm, index);
  reading.set(m.tm, r);
  const mine = () => reading.get(m.tm) === r;
  try {
    const n = await readTmColumns(
      m.db,
      m.tm,
      (blocks) => {
        index.addColumns(blocks);
        wake(r);
      },
      () => !mine(),
    );
    r.done = true;
    post({ type: 'read', id: m.id, units: n });
  } catch (e) {
    r.done = true;
    r.failed = e instanceof Error ? e.message : String(e);
    if (mine()) {
      reading.delete(m.tm);
      joined.delete(m.tm);
    }
    post({ type: 'error', id: m.id, message: r.failed });
  }
  wake(r);
}

/**
 * A search of a TM still being read: what is read so far, then each batch as it comes, until
 * more units than listed are found or everything is read (slots only grow, in order).
 */
async function unitsWhileReading(m: Extract<TmRequest, { type: 'units' }>, r: Reading) {
  const index = joined.get(m.tm) as ConcordanceIndex;
  const hits: ConcordanceHit[] = [];
  let from = 0;
  for (;;) {
    const done = r.done;
    const to = index.slots;
    hits.push(...index.search(m.phrase, { max: 2 * (m.max + 1), from }).hits);
    from = to;
    const found = unitHits(hits, m.max);
    if (r.failed) return post({ type: 'error', id: m.id, message: r.failed });
    if (found.more || done) return post({ type: 'units', id: m.id, ...found });
    await new Promise<void>((resolve) => r.waiting.push(resolve));
  }
}

/** Best first; among equals the newest change (as each index ranks its own). */
const byScore = (a: TmHit, b: TmHit) => b.score - a.score || b.unit.changedAt - a.unit.changedAt;

addEventListener('message', (e: MessageEvent<TmRequest>) => {
  const m = e.data;
  switch (m.type) {
    case 'reset':
      indexes.clear();
      units.clear();
      joined.clear();
      for (const r of reading.values()) wake(r);
      reading.clear();
      toJoin.clear();
      return;
    case 'drop':
      toJoin.delete(joined.get(m.tm) as ConcordanceIndex);
      indexes.delete(m.tm);
      units.delete(m.tm);
      joined.delete(m.tm);
      reading.delete(m.tm);
      return;
    case 'read':
      void read(m);
      return;
    case 'load': {
      const slots = unpackUnits(m.units);
      indexes.set(m.tm, loadTmIndex(m.index, slots));
      const byId = new Map<string, TmUnit>();
      for (const u of slots) if (u) byId.set(u.id, u);
      units.set(m.tm, byId);
      toJoin.delete(joined.get(m.tm) as ConcordanceIndex);
      joined.delete(m.tm);
      return;
    }
    case 'snapshot': {
      const index = indexes.get(m.tm);
      if (!index) return post({ type: 'error', id: m.id, message: `no index of ${m.tm}` });
      const snap = index.snapshot();
      const byId = units.get(m.tm);
      // Copied, not transferred: the index goes on using its arrays.
      post({
        type: 'snapshot',
        id: m.id,
        index: snap,
        units: packUnits(snap.ids.map((id) => (id ? byId?.get(id) : undefined))),
      });
      return;
    }
    case 'add': {
      // A TM read for the editor: its index is all there is of it.
      const read = reading.has(m.tm) ? joined.get(m.tm) : undefined;
      if (read) {
        read.add(m.units);
        return joinLater(read);
      }
      let index = indexes.get(m.tm);
      if (!index && m.lookup !== false) indexes.set(m.tm, (index = createTmIndex(m.lang)));
      const byId = units.get(m.tm) ?? new Map<string, TmUnit>();
      units.set(m.tm, byId);
      for (const u of m.units) {
        byId.set(u.id, u);
        // Adding a unit again (a re-confirmed row) replaces it.
        index?.remove(u.id);
        index?.add(u);
      }
      const c = joined.get(m.tm);
      if (c) {
        c.add(m.units);
        joinLater(c);
      }
      return;
    }
    case 'remove': {
      const index = indexes.get(m.tm);
      const c = joined.get(m.tm);
      for (const id of m.ids) {
        index?.remove(id);
        c?.remove(id);
        units.get(m.tm)?.delete(id);
      }
      return;
    }
    case 'concordance': {
      const hits: TmConcordanceHit[] = [];
      let more = false;
      for (const tm of m.tms) {
        if (!units.has(tm)) continue;
        const r = concordanceOf(tm).search(m.phrase, { max: m.max - hits.length });
        for (const h of r.hits) hits.push({ ...h, tm });
        more ||= r.more;
        if (hits.length >= m.max) break;
      }
      post({ type: 'concordance', id: m.id, hits, more });
      return;
    }
    case 'units': {
      const r = reading.get(m.tm);
      if (r && !r.done && m.phrase.trim())
        // A failure in there is no error event of the Worker's: answered, or the search waits forever.
        return void unitsWhileReading(m, r).catch((err: unknown) =>
          post({
            type: 'error',
            id: m.id,
            message: err instanceof Error ? err.message : String(err),
          }),
        );
      // An empty phrase readies the index (the editor opened): joined meanwhile, a step at a time.
      if (!m.phrase.trim() && units.has(m.tm)) concordanceOf(m.tm);
      const c = reading.has(m.tm)
        ? joined.get(m.tm)
        : units.has(m.tm)
          ? concordanceOf(m.tm)
          : undefined;
      post({
        type: 'units',
        id: m.id,
        ...(c ? c.searchUnits(m.phrase, m.max) : { hits: [], more: false }),
      });
      return;
    }
    case 'lookup':
      try {
        const results = m.queries.map(({ text, options }) => {
          const hits: TmHit[] = [];
          for (const tm of m.tms) {
            for (const match of indexes.get(tm)?.lookup(text, options) ?? [])
              hits.push({ ...match, tm });
          }
          return hits.sort(byScore).slice(0, options.max ?? 5);
        });
        post({ type: 'matches', id: m.id, results });
      } catch (err) {
        post({
          type: 'error',
          id: m.id,
          message: err instanceof Error ? err.message : String(err),
        });
      }
  }
});
