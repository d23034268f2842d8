// The TM page's unit editor, as memoQ's and Trados' TM editors offer it: the units of one TM that
// hold a word or phrase (found as the concordance finds them: Chinese as a substring, English by
// whole words), or its first units when nothing is asked; a unit's source or target changed; a
// unit deleted. A search asks the TM Worker, whose concordance index holds the TM's units (loaded
// there once for the editor when the open project does not read that TM), after bringing it up
// to date from the TM's log of changes; `scanUnits` reads the TM's blocks instead, page by page.
import { phraseMatcher, type UnitHit } from '../core/tm/concordance.js';
import { swapSides } from '../core/tm/swap.js';
import type { TmUnit } from '../core/tm/types.js';
import type { LangCode } from '../core/text/lang.js';
import type { TmRecord, Workspace } from '../store/index.js';
import type { TmClient } from '../workers/tm-client.js';

/** A unit found, with where the phrase is in each side (empty lists when nothing was asked). */
export interface TmUnitHit {
  unit: TmUnit;
  source: readonly [number, number][];
  target: readonly [number, number][];
}

export interface TmUnitSearch {
  tm: string;
  phrase: string;
  hits: readonly TmUnitHit[];
  /** True when there are more than the hits listed. */
  more: boolean;
  /** True when the TM Worker's index answered; false when storage was read. */
  indexed?: boolean;
}

/** What the TM Worker holds of one TM. */
export interface HeldTm {
  /** Sides swapped: the open project reads the TM the other way round. */
  swap: boolean;
  lang: LangCode;
  /** Indexed for matches too (a TM the open project reads), not only held for searches. */
  lookup: boolean;
  /** The TM's revision the Worker's units are as of: later changes are in the TM's log. */
  rev: number;
  /** Until every unit is in the Worker (sent by the project's loading, or for the editor). */
  loading: boolean;
  /** Whether loading ended with every unit sent (false: abandoned or failed). */
  ready: Promise<boolean>;
  /** Catch-ups one after another, so an older read never lands after a newer one. */
  queue: Promise<unknown>;
  /** A TM the Worker reads itself (the editor's): settled once it has been asked to. */
  asked?: Promise<void>;
}

export interface UnitsContext {
  ws: Workspace;
  client: TmClient;
  /** The memory service's: cleared when another project's TMs replace the Worker's. */
  held: Map<string, HeldTm>;
}

/** Units read from storage per step. */
const PAGE = 5_000;
/** Units listed at most: a search narrows them. */
export const UNITS_SHOWN = 100;

/**
 * Reads the TM page by page and keeps the units holding `phrase` (the first ones when it is
 * empty). The first units of the TM are a page away; a phrase in few or no units reads them all.
 */
export async function scanUnits(
  ws: Workspace,
  tmId: string,
  phrase: string,
  max = UNITS_SHOWN,
): Promise<TmUnitSearch> {
  const match = phraseMatcher(phrase);
  const hits: TmUnitHit[] = [];
  let after: string | undefined;
  do {
    const page = await ws.tm.page(tmId, after, match ? PAGE : max + 1);
    for (const unit of page.units) {
      const source = match ? match(unit.source) : [];
      const target = match ? match(unit.target) : [];
      if (match && source.length === 0 && target.length === 0) continue;
      // One more than shown, to know there are more.
      if (hits.length === max) return { tm: tmId, phrase, hits, more: true, indexed: false };
      hits.push({ unit, source, target });
    }
    after = page.last;
  } while (after !== undefined);
  return { tm: tmId, phrase, hits, more: false, indexed: false };
}

/**
 * The units of a TM holding `phrase`, from the TM Worker's concordance index; undefined when the
 * index cannot answer — the TM is still loading for the open project (that load is the project's,
 * and waiting for its match index could take seconds), or an import replaced what the project's
 * index holds (the project loads it again) — and the caller scans instead.
 */
export async function indexedUnits(
  ctx: UnitsContext,
  tm: TmRecord,
  phrase: string,
  max = UNITS_SHOWN,
): Promise<TmUnitSearch | undefined> {
  const h = await hold(ctx, tm);
  if (!h) return undefined;
  const r = await ctx.client.units(tm.id, phrase, max).catch((e: unknown) => {
    // The Worker could not read the TM (another tab upgrading the database…): storage answers.
    console.warn(e);
    return undefined;
  });
  if (!r) return undefined;
  const hits = r.hits.map((x: UnitHit): TmUnitHit =>
    h.swap ? { unit: swapSides(x.unit), source: x.target, target: x.source } : x,
  );
  return { tm: tm.id, phrase, hits, more: r.more, indexed: true };
}

/**
 * Has the Worker read a TM ahead of the first search (the editor has just opened on it): at a
 * million units that takes a second or two, which the translator spends typing.
 */
export async function prepareUnits(ctx: UnitsContext, tm: TmRecord): Promise<void> {
  if (await hold(ctx, tm)) await ctx.client.units(tm.id, '', 0);
}

/** The Worker's copy of a TM, loaded if need be and brought up to date; undefined: scan. */
async function hold(ctx: UnitsContext, tm: TmRecord): Promise<HeldTm | undefined> {
  const h = ctx.held.get(tm.id) ?? load(ctx, tm);
  if (h.loading && h.lookup) return undefined;
  // The Worker reading the editor's TM answers from what it has read, waiting for the rest only
  // when that is not enough — unless the TM changed since the read began: then the search waits
  // for the read to end and the change to be caught up.
  if (h.loading && h.asked) {
    await h.asked;
    if (h.loading && ctx.held.get(tm.id) === h && (await ctx.ws.tm.revOf(tm.id)) === h.rev)
      return h;
  }
  if (!(await h.ready) || !(await catchUp(ctx, tm.id, h))) {
    if (h.lookup || ctx.held.get(tm.id) !== h) return undefined;
    // An import (or more changes than the log keeps): the editor's copy is read again.
    ctx.client.drop(tm.id);
    ctx.held.delete(tm.id);
    const again = load(ctx, tm);
    return (await again.ready) ? again : undefined;
  }
  return ctx.held.get(tm.id) === h ? h : undefined;
}

/**
 * Has the Worker read every unit of a TM from the database itself, for searches only (no match
 * index is built): nothing is read, unpacked or cloned here.
 */
function load(ctx: UnitsContext, tm: TmRecord): HeldTm {
  // One TM held for the editor at a time: another one's texts would stay in memory for nothing.
  for (const [id, other] of ctx.held)
    if (!other.lookup) {
      ctx.held.delete(id);
      ctx.client.drop(id);
    }
  const h: HeldTm = {
    swap: false,
    lang: tm.sourceLang === 'en' ? 'en' : 'zh',
    lookup: false,
    rev: 0,
    loading: true,
    ready: Promise.resolve(false),
    queue: Promise.resolve(),
  };
  ctx.held.set(tm.id, h);
  let asked = () => {};
  h.asked = new Promise<void>((resolve) => (asked = resolve));
  h.ready = (async () => {
    // Read before the units: a change made while they are read is caught up after.
    h.rev = await ctx.ws.tm.revOf(tm.id);
    if (ctx.held.get(tm.id) !== h) return false;
    const read = ctx.client.read(tm.id, ctx.ws.name);
    asked();
    await read;
    if (ctx.held.get(tm.id) !== h) return false;
    h.loading = false;
    return true;
  })().catch((e: unknown) => {
    // Not held any more (the service closed, another TM taken): the failure is nobody's news.
    if (ctx.held.get(tm.id) === h) {
      console.warn(e);
      ctx.held.delete(tm.id);
      ctx.client.drop(tm.id);
    }
    return false;
  });
  // Whatever happened before the Worker was asked, a search waiting for that goes on.
  void h.ready.then(asked);
  return h;
}

/**
 * Brings the Worker's copy of a TM (its match index too, for a TM the project reads) up to the
 * TM as stored: the units changed since its revision, from the TM's log, are read again (a
 * deleted one, or one replaced as a duplicate by an edit, is gone). False when the log cannot
 * tell what changed. Edits and deletes from the editor go this way, so the concordance, the
 * grid's matches and the editor all see them.
 */
export function catchUp(ctx: UnitsContext, tmId: string, h: HeldTm): Promise<boolean> {
  const run = async () => {
    if (h.loading || ctx.held.get(tmId) !== h) return true;
    const changed = await ctx.ws.tm.changedSince(tmId, h.rev);
    if (!changed) return false;
    for (let i = 0; i < changed.ids.length; i += PAGE) {
      const ids = changed.ids.slice(i, i + PAGE);
      const read = await ctx.ws.tm.units(tmId, ids);
      if (ctx.held.get(tmId) !== h) return true;
      const now = read.filter((u): u is TmUnit => !!u);
      // Units still there are sent again as they are (each replaces itself, in its place).
      ctx.client.remove(
        tmId,
        ids.filter((_, i) => !read[i]),
      );
      ctx.client.add(tmId, h.lang, h.swap ? now.map(swapSides) : now, h.lookup);
    }
    h.rev = changed.rev;
    return true;
  };
  const next = h.queue.then(run);
  h.queue = next.catch(() => undefined);
  return next;
}
