// A TM's units in columns: every text in one string with its ends in a typed array, the dates in
// typed arrays, and the rare optional fields apart. A million units then store and clone as a
// handful of values instead of a million objects (IndexedDB and postMessage both pay per object).
import type { TmUnit } from './types.js';

export interface TmUnitColumns {
  version: 1;
  /** Number of slots; a slot without a unit (removed) has the id ''. */
  count: number;
  ids: string[];
  /** Source, then target, of every slot, one after another. */
  text: string;
  /** `ends[2s]` ends slot s's source in `text`, `ends[2s + 1]` its target. */
  ends: Uint32Array;
  createdAt: Float64Array;
  changedAt: Float64Array;
  /** Slots that have optional fields (context, origin, codes…), and those fields. */
  extraSlots: Uint32Array;
  extras: Partial<TmUnit>[];
  /**
   * Authors, when some unit has one: `author[s]`, `changedBy[s]` are 1 + an index in `names`,
   * 0 for none. A TMX from another tool names an author on every unit, and a few people wrote
   * them all: as extras they would be an object a unit again.
   */
  names?: string[];
  author?: Uint32Array;
  changedBy?: Uint32Array;
}

const CORE = new Set(['id', 'source', 'target', 'createdAt', 'changedAt', 'author', 'changedBy']);

/** Puts the authors slot `s` of the columns names on its unit (a unit made from the columns). */
export function addAuthors(c: TmUnitColumns, s: number, unit: TmUnit): TmUnit {
  if (!c.names) return unit;
  const a = c.author?.[s] ?? 0;
  const b = c.changedBy?.[s] ?? 0;
  if (a) unit.author = c.names[a - 1] as string;
  if (b) unit.changedBy = c.names[b - 1] as string;
  return unit;
}

/** Packs units slot by slot (`undefined` for an empty slot). */
export function packUnits(units: readonly (TmUnit | undefined)[]): TmUnitColumns {
  const n = units.length;
  const ids: string[] = new Array<string>(n);
  const parts: string[] = [];
  const ends = new Uint32Array(2 * n);
  const createdAt = new Float64Array(n);
  const changedAt = new Float64Array(n);
  const extraSlots: number[] = [];
  const extras: Partial<TmUnit>[] = [];
  const names = new Map<string, number>();
  let author: Uint32Array | undefined;
  let changedBy: Uint32Array | undefined;
  const nameOf = (name: string) => {
    let k = names.get(name);
    if (k === undefined) names.set(name, (k = names.size + 1));
    return k;
  };
  let at = 0;
  for (let s = 0; s < n; s++) {
    const u = units[s];
    ids[s] = u?.id ?? '';
    if (u) {
      parts.push(u.source, u.target);
      createdAt[s] = u.createdAt;
      changedAt[s] = u.changedAt;
      if (u.author) (author ??= new Uint32Array(n))[s] = nameOf(u.author);
      if (u.changedBy) (changedBy ??= new Uint32Array(n))[s] = nameOf(u.changedBy);
      let extra: Partial<TmUnit> | undefined;
      for (const [k, v] of Object.entries(u))
        if (!CORE.has(k) && v !== undefined) (extra ??= {})[k as keyof TmUnit] = v as never;
      if (extra) {
        extraSlots.push(s);
        extras.push(extra);
      }
      at += u.source.length;
      ends[2 * s] = at;
      at += u.target.length;
      ends[2 * s + 1] = at;
    } else {
      ends[2 * s] = at;
      ends[2 * s + 1] = at;
    }
  }
  return {
    version: 1,
    count: n,
    ids,
    text: parts.join(''),
    ends,
    createdAt,
    changedAt,
    extraSlots: Uint32Array.from(extraSlots),
    extras,
    ...(names.size ? { names: [...names.keys()] } : {}),
    ...(author ? { author } : {}),
    ...(changedBy ? { changedBy } : {}),
  };
}

/** The units back, slot by slot (`undefined` for an empty slot). */
export function unpackUnits(c: TmUnitColumns): (TmUnit | undefined)[] {
  if (c.version !== 1) throw new Error(`unknown TM unit columns version ${c.version}`);
  const out: (TmUnit | undefined)[] = new Array<TmUnit | undefined>(c.count);
  const extra = new Map<number, Partial<TmUnit>>();
  c.extraSlots.forEach((s, k) => extra.set(s, c.extras[k] as Partial<TmUnit>));
  let at = 0;
  for (let s = 0; s < c.count; s++) {
    const mid = c.ends[2 * s] as number;
    const end = c.ends[2 * s + 1] as number;
    const id = c.ids[s] as string;
    if (id)
      out[s] = {
        id,
        source: c.text.slice(at, mid),
        target: c.text.slice(mid, end),
        createdAt: c.createdAt[s] as number,
        changedAt: c.changedAt[s] as number,
        ...extra.get(s),
      };
    const unit = out[s];
    if (unit) addAuthors(c, s, unit);
    at = end;
  }
  return out;
}
