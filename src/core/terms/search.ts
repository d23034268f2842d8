// Looking entries up in one termbase, as a termbase editor lists them: a word or phrase found in
// any term of the two languages or in the entry's note, ignoring case and full-width forms
// (Chinese as a substring, as it has no word boundaries; English the same, so "summit" finds
// "Open Source Summit"). Only the first matches are returned: a 100,000-entry termbase is never
// listed whole, and a search narrows it.
import { termsIn } from './langs.js';
import type { Term, TermEntry } from './types.js';

/** An entry found, with its terms in the two languages asked for (preferred first). */
export interface EntryMatch {
  entry: TermEntry;
  source: readonly Term[];
  target: readonly Term[];
}

export interface EntrySearchResult {
  /** How many entries match (all of them for an empty query). */
  total: number;
  /** The first `limit` of them, best first. */
  shown: EntryMatch[];
}

/** How text is compared: compatibility forms folded (ＡＢＣ → abc), case ignored. */
export const searchKey = (text: string): string => text.normalize('NFKC').toLowerCase().trim();

// Where a query was found, best first: a whole term, a term's start, inside a term, the note.
const EXACT = 0;
const PREFIX = 1;
const INSIDE = 2;
const NOTE = 3;

// Between an entry's keys, and between entries: no query holds them, so no match spans two.
const KEY_SEP = '\u0000';
const ENTRY_SEP = '\u0001';

interface Prepared {
  match: EntryMatch;
  /** Every term's key, source language first, each followed by KEY_SEP; then the note's. */
  text: string;
  /** Where the note starts in `text`. */
  noteAt: number;
  /** Where it sorts: its source terms' keys; entries without a source term last. */
  order: string;
}

function prepare(entry: TermEntry, sourceLang: string, targetLang: string): Prepared {
  const source = termsIn(entry, sourceLang);
  const target = termsIn(entry, targetLang);
  const keys = [...source, ...target].map((t) => searchKey(t.text) + KEY_SEP).join('');
  const note = entry.note ? searchKey(entry.note) : '';
  const order = (source.length ? '' : '\uffff') + keys;
  return { match: { entry, source, target }, text: keys + note, noteAt: keys.length, order };
}

const byOrder = (a: Prepared, b: Prepared) =>
  a.order < b.order
    ? -1
    : a.order > b.order
      ? 1
      : a.match.entry.id < b.match.entry.id
        ? -1
        : a.match.entry.id > b.match.entry.id
          ? 1
          : 0;

/** What a search scans: the entries in order, and one string of all their keys. */
interface Parts {
  items: EntryMatch[];
  /** Every item's `text`, in order, each followed by ENTRY_SEP. */
  text: string;
  /** Where each item starts in `text`, and where its note does. */
  starts: Int32Array;
  notes: Int32Array;
}

/**
 * Sorts in runs of `every` items, then merges the runs (stable), yielding after about `every`
 * items of work: at 100,000 entries one sort holds a page for a third of a second.
 */
function* sortSteps<T>(
  items: T[],
  cmp: (a: T, b: T) => number,
  every: number,
): Generator<void, T[]> {
  const n = items.length;
  for (let i = 0; i < n; i += every) {
    const run = items.slice(i, i + every).sort(cmp);
    for (let k = 0; k < run.length; k++) items[i + k] = run[k]!;
    yield;
  }
  let from = items;
  let to = new Array<T>(n);
  let work = 0;
  for (let width = every; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let a = lo;
      let b = mid;
      for (let o = lo; o < hi; o++) {
        // Ties take the left run's item: equal entries keep their order.
        to[o] = b >= hi || (a < mid && cmp(from[b]!, from[a]!) >= 0) ? from[a++]! : from[b++]!;
        if (++work % every === 0) yield;
      }
    }
    [from, to] = [to, from];
  }
  return from;
}

/** Everything a search needs from the entries, one slice of `every` at a time. */
function* buildSteps(
  entries: readonly TermEntry[],
  sourceLang: string,
  targetLang: string,
  every: number,
): Generator<void, Parts> {
  const prepared: Prepared[] = [];
  for (let i = 0; i < entries.length; i += every) {
    for (const e of entries.slice(i, i + every)) prepared.push(prepare(e, sourceLang, targetLang));
    yield;
  }
  const sorted = yield* sortSteps(prepared, byOrder, every);
  const n = sorted.length;
  const starts = new Int32Array(n);
  const notes = new Int32Array(n);
  const chunks: string[] = [];
  let at = 0;
  for (let i = 0; i < n; i += every) {
    const slice = sorted.slice(i, i + every);
    slice.forEach((p, k) => {
      starts[i + k] = at;
      notes[i + k] = at + p.noteAt;
      at += p.text.length + 1;
    });
    chunks.push(slice.map((p) => p.text + ENTRY_SEP).join(''));
    yield;
  }
  return { items: sorted.map((p) => p.match), text: chunks.join(''), starts, notes };
}

/**
 * A termbase's entries made ready for searching once, in a stable order (by source term, in
 * character order; entries without one last). Each search is then a scan of one string holding
 * every key, which skips the entries without the query at string-search speed.
 */
export class EntrySearch {
  private constructor(
    private readonly _p: Parts,
    private readonly _langs: [source: string, target: string],
  ) {}

  /** Prepares the entries at once. */
  static of(entries: readonly TermEntry[], sourceLang: string, targetLang: string): EntrySearch {
    const steps = buildSteps(entries, sourceLang, targetLang, 5000);
    let r = steps.next();
    while (!r.done) r = steps.next();
    return new EntrySearch(r.value, [sourceLang, targetLang]);
  }

  /**
   * Prepares the entries a slice at a time with `pause()` between, so a page that builds it for
   * a big termbase keeps answering meanwhile.
   */
  static async build(
    entries: readonly TermEntry[],
    sourceLang: string,
    targetLang: string,
    pause: () => Promise<void>,
    every = 5000,
  ): Promise<EntrySearch> {
    const steps = buildSteps(entries, sourceLang, targetLang, every);
    let r = steps.next();
    while (!r.done) {
      await pause();
      r = steps.next();
    }
    return new EntrySearch(r.value, [sourceLang, targetLang]);
  }

  /**
   * The same entries with the one of id `id` replaced by `entry`, or taken out when `entry` is
   * undefined (an edit, Add term, a delete): one entry's work and a copy of the offsets, where
   * preparing a 100,000-entry termbase again takes a second.
   */
  withEntry(id: string, entry: TermEntry | undefined): EntrySearch {
    const [sourceLang, targetLang] = this._langs;
    let { items, text, starts, notes } = this._p;
    const old = items.findIndex((m) => m.entry.id === id);
    if (old >= 0) {
      const from = starts[old]!;
      const to = old + 1 < items.length ? starts[old + 1]! : text.length;
      text = text.slice(0, from) + text.slice(to);
      items = items.toSpliced(old, 1);
      starts = spliced(starts, old, to - from);
      notes = spliced(notes, old, to - from);
    }
    if (entry) {
      const p = prepare(entry, sourceLang, targetLang);
      // The first item that sorts after it (binary search; an item's order is prepared again).
      let lo = 0;
      let hi = items.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (byOrder(prepare(items[mid]!.entry, sourceLang, targetLang), p) <= 0) lo = mid + 1;
        else hi = mid;
      }
      const at = lo < items.length ? starts[lo]! : text.length;
      const added = p.text + ENTRY_SEP;
      text = text.slice(0, at) + added + text.slice(at);
      items = items.toSpliced(lo, 0, p.match);
      starts = inserted(starts, lo, at, added.length);
      notes = inserted(notes, lo, at + p.noteAt, added.length);
    }
    return new EntrySearch({ items, text, starts, notes }, this._langs);
  }

  get size(): number {
    return this._p.items.length;
  }

  /** The entries holding `query`, best first, and how many there are in all. */
  search(query: string, limit: number): EntrySearchResult {
    const { items, text, starts } = this._p;
    const q = searchKey(query);
    if (!q) return { total: items.length, shown: items.slice(0, limit) };
    // One pass, keeping at most `limit` per rank: the count is exact, the lists stay short.
    const buckets: EntryMatch[][] = [[], [], [], []];
    let total = 0;
    let at = text.indexOf(q);
    while (at >= 0) {
      const i = itemAt(starts, at);
      total++;
      const bucket = buckets[this._rank(i, at, q)]!;
      if (bucket.length < limit) bucket.push(items[i]!);
      // On to the next entry: one entry counts once however often it holds the query.
      at = i + 1 < starts.length ? text.indexOf(q, starts[i + 1]) : -1;
    }
    return { total, shown: buckets.flat().slice(0, limit) };
  }

  /** The best rank of item `i`'s occurrences of `q`, the first at `at`. */
  private _rank(i: number, at: number, q: string): number {
    const { text, starts, notes } = this._p;
    const start = starts[i]!;
    const note = notes[i]!;
    let best = NOTE;
    for (let a = at; a >= 0 && a < note; a = text.indexOf(q, a + 1)) {
      // Keys are read from the text itself: a key starts after a separator and ends at one.
      const head = a === start || text[a - 1] === KEY_SEP;
      if (head && text[a + q.length] === KEY_SEP) return EXACT;
      best = Math.min(best, head ? PREFIX : INSIDE);
    }
    return best;
  }
}

/** Offsets without item `i`, those after it moved back by its `length`. */
function spliced(a: Int32Array, i: number, length: number): Int32Array {
  const out = new Int32Array(a.length - 1);
  out.set(a.subarray(0, i));
  out.set(a.subarray(i + 1), i);
  for (let k = i; k < out.length; k++) out[k]! -= length;
  return out;
}

/** Offsets with `value` at `i`, those after it moved on by `length`. */
function inserted(a: Int32Array, i: number, value: number, length: number): Int32Array {
  const out = new Int32Array(a.length + 1);
  out.set(a.subarray(0, i));
  out[i] = value;
  out.set(a.subarray(i), i + 1);
  for (let k = i + 1; k < out.length; k++) out[k]! += length;
  return out;
}

/** The last item starting at or before `at` (binary search). */
function itemAt(starts: Int32Array, at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** One search over entries not prepared before (tests, one-off use). */
export function searchEntries(
  entries: readonly TermEntry[],
  query: string,
  sourceLang: string,
  targetLang: string,
  limit: number,
): EntrySearchResult {
  return EntrySearch.of(entries, sourceLang, targetLang).search(query, limit);
}
