// Merge and split detection. When the editor merges rows 2 and 3, row 3's id disappears and
// row 2 (or a new row) holds both texts; a split is the reverse. Matching only by id would show
// that as unrelated deletions and insertions, so we look for runs of consecutive rows whose
// joined text equals one row on the other side. Joining whitespace differs between Chinese
// (none) and English (a space), so texts are compared with all whitespace removed.
import type { VersionSegment } from '../model.js';

/** One row on one side that stands for `run` (consecutive indices) on the other side. */
export interface Join {
  one: number;
  run: number[];
}

const norm = (s: string): string => s.replace(/\s+/gu, '');
// A run longer than this is not a plausible merge; the bound keeps the search linear.
const MAX_RUN = 50;

type Field = 'source' | 'target';
const FIELDS: Field[] = ['source', 'target'];

/**
 * Finds rows of `ones` that are the join of several consecutive rows of `many`. A run may
 * contain only rows whose id is absent from `ones` plus, at most, the row with the one's own id
 * (the survivor that kept its id). `used` marks rows of `many` already claimed, and is updated.
 */
export function findJoins(
  ones: readonly VersionSegment[],
  many: readonly VersionSegment[],
  used: boolean[],
  usedOnes: boolean[],
): Join[] {
  const oneIds = new Set(ones.map((r) => r.id));
  const manyIndex = new Map(many.map((r, i) => [r.id, i]));
  const gone = many.map((r) => !oneIds.has(r.id));
  // Normalised lazily: only rows near a change are ever looked at.
  const normCache = FIELDS.map(() => new Array<string | undefined>(many.length));
  const normMany = (fi: number, i: number): string =>
    (normCache[fi][i] ??= norm(many[i][FIELDS[fi]]));
  // Gone rows by normalised text, to find where a run for a brand-new row may start.
  const starts = FIELDS.map((_, fi) => {
    const byText = new Map<string, number[]>();
    const lengths = new Set<number>();
    gone.forEach((isGone, i) => {
      const t = isGone ? normMany(fi, i) : '';
      if (!t) return;
      const list = byText.get(t);
      if (list) list.push(i);
      else byText.set(t, [i]);
      lengths.add(t.length);
    });
    return { byText, lengths: [...lengths] };
  });

  const free = (i: number, survivor: number): boolean =>
    i >= 0 && i < many.length && !used[i] && (gone[i] || i === survivor);

  /** The field whose joined text over [s, e] equals the one row's text, if any. */
  const matches = (s: number, e: number, want: string[]): boolean =>
    FIELDS.some((_, fi) => {
      if (!want[fi]) return false;
      let joined = '';
      for (let i = s; i <= e; i++) {
        joined += normMany(fi, i);
        if (joined.length > want[fi].length) return false;
      }
      return joined === want[fi];
    });

  const joins: Join[] = [];
  ones.forEach((one, oi) => {
    if (usedOnes[oi]) return;
    const survivor = manyIndex.get(one.id) ?? -1;
    // Most rows keep their id and have no vanished neighbour: nothing to look at.
    if (survivor >= 0 && !free(survivor - 1, survivor) && !free(survivor + 1, survivor)) return;
    const want = FIELDS.map((f) => norm(one[f]));
    const candidates: [number, number][] = [];
    if (survivor >= 0) {
      if (!free(survivor, survivor)) return;
      let lo = survivor;
      while (lo > survivor - MAX_RUN && free(lo - 1, survivor)) lo--;
      let hi = survivor;
      while (hi < survivor + MAX_RUN && free(hi + 1, survivor)) hi++;
      for (let s = lo; s <= survivor; s++)
        for (let e = Math.max(survivor, s + 1); e <= hi; e++) candidates.push([s, e]);
    } else {
      FIELDS.forEach((_, fi) => {
        for (const len of starts[fi].lengths) {
          if (len >= want[fi].length) continue;
          for (const s of starts[fi].byText.get(want[fi].slice(0, len)) ?? []) {
            for (let e = s + 1; e < s + MAX_RUN && free(e, -1); e++) candidates.push([s, e]);
          }
        }
      });
    }
    const hit = candidates.find(([s, e]) => free(s, survivor) && matches(s, e, want));
    if (!hit) return;
    const run: number[] = [];
    for (let i = hit[0]; i <= hit[1]; i++) {
      run.push(i);
      used[i] = true;
    }
    usedOnes[oi] = true;
    joins.push({ one: oi, run });
  });
  return joins;
}
