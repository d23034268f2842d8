// Two texts compared by the numbers they hold, part by part: a date is its year, month and
// day, a range its two ends, so "2023年6月12日" equals "June 12, 2023" and "3至5万" equals
// "30,000–50,000" whatever the order or the script.
import type { NumberMention } from './types.js';

interface Atom {
  v: number;
  /** An hour: equal to another hour modulo 12 unless both are on the 24-hour clock. */
  hour?: boolean;
  clock24?: boolean;
  /** An end of an approximation (三四, "one or two"): no single number is one of its ends. */
  approx?: boolean;
  mention: NumberMention;
}

/** 三四, 二三十, "one or two": a range said as "this or that", not written from one end to the other. */
const approximation = (m: NumberMention) =>
  m.kind === 'range' && !/[至到~～\-–—]|\bto\b/.test(m.text);

function atoms(ms: NumberMention[]): Atom[] {
  return ms.flatMap((m) =>
    m.parts.map((v, i) =>
      m.kind === 'time' && i === 0
        ? { v, hour: true, clock24: !!m.clock24, mention: m }
        : approximation(m)
          ? { v, approx: true, mention: m }
          : { v, mention: m },
    ),
  );
}

const close = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function equal(a: Atom, b: Atom): boolean {
  if (close(a.v, b.v)) return true;
  const kinds = new Set([a.mention.kind, b.mention.kind]);
  // 70年代 = the 1970s = the seventies.
  // '95 = 1995年 (a date's year, or a year alone).
  if (kinds.has('decade') && (kinds.size === 1 || kinds.has('date') || kinds.has('cardinal')))
    return a.v % 100 === b.v % 100 && (kinds.size === 1 || Math.min(a.v, b.v) < 100);
  // 五分之一 = "the fifth part", 十分之一 = "a tenth".
  if (kinds.has('fraction') && kinds.has('ordinal')) {
    const [f, o] = a.mention.kind === 'fraction' ? [a, b] : [b, a];
    return close(f.v * o.v, 1);
  }
  // 下午3点 = 3 p.m. = 15:00; "at three" says the same hour without the half of the day.
  if ((a.hour || b.hour) && !(a.clock24 && b.clock24) && a.v <= 24 && b.v <= 24) {
    return Number.isInteger(a.v) && Number.isInteger(b.v) && a.v % 12 === b.v % 12;
  }
  return false;
}

export interface NumberComparison {
  /** Mentions of the first text with a part that has no equal in the second, in order. */
  onlyInA: NumberMention[];
  /** And the reverse. */
  onlyInB: NumberMention[];
}

// 两 counts and never ranks: "the second" is 第二, not the 两 of 两只 ("both").
const clash = (x: NumberMention, y: NumberMention) => x.kind === 'ordinal' && y.text.includes('两');
const incompatible = (x: Atom, y: Atom) =>
  clash(x.mention, y.mention) || clash(y.mention, x.mention);

export interface CompareOptions {
  /** Whether a mention of A may stand for one of B at all (the caller knows their texts). */
  pairable?: (a: NumberMention, b: NumberMention) => boolean;
}

/** Which numbers of A have no equal in B and the reverse (each part used once). */
export function compareNumbers(
  a: NumberMention[],
  b: NumberMention[],
  options: CompareOptions = {},
): NumberComparison {
  // Whole mentions first: a date matches the date with all its parts before its month can
  // take a stray "first" (1999年1月6日 = "Jan. 6, 1999" beside "first appears").
  const whole = new Set<NumberMention>();
  for (const x of a) {
    if (x.parts.length < 2) continue;
    const y = b.find(
      (m) =>
        !whole.has(m) &&
        m.kind === x.kind &&
        m.parts.length === x.parts.length &&
        m.parts.every((p, i) => close(p, x.parts[i]!)),
    );
    if (y) whole.add(x).add(y);
  }
  const as = atoms(a.filter((m) => !whole.has(m)));
  const bs = atoms(b.filter((m) => !whole.has(m)));
  const used = new Uint8Array(bs.length);
  // partner[i]: the atom of B that atom i of A matched, or -1.
  const partner = as.map(() => -1);
  // Exact values first, so an hour's modulo-12 match cannot take a number meant for another;
  // of those, the same kind first, so "the second" finds 第二 before 两 ("both") can take it.
  const ok = (x: Atom, y: Atom) =>
    !incompatible(x, y) && (!options.pairable || options.pairable(x.mention, y.mention));
  for (const sameKind of [true, false]) {
    as.forEach((x, i) => {
      if (partner[i]! >= 0) return;
      const j = bs.findIndex(
        (y, k) =>
          !used[k] &&
          close(x.v, y.v) &&
          (!sameKind || x.mention.kind === y.mention.kind) &&
          ok(x, y),
      );
      if (j < 0) return;
      used[j] = 1;
      partner[i] = j;
    });
  }
  as.forEach((x, i) => {
    if (partner[i]! >= 0) return;
    const j = bs.findIndex((y, k) => !used[k] && equal(x, y) && ok(x, y));
    if (j < 0) return;
    used[j] = 1;
    partner[i] = j;
  });
  // An approximation is matched whole or not at all: 两 is not "one or two" (the 两 was
  // "ten" changed), but "the third and fourth" are 三四.
  const matchedIn = (m: NumberMention, xs: Atom[], on: (k: number) => boolean) =>
    xs.flatMap((x, k) => (x.mention === m ? [on(k)] : []));
  for (const m of new Set([...as, ...bs].filter((x) => x.approx).map((x) => x.mention))) {
    const inA = as.some((x) => x.mention === m);
    const flags = inA
      ? matchedIn(m, as, (k) => partner[k]! >= 0)
      : matchedIn(m, bs, (k) => !!used[k]);
    if (!flags.includes(true) || !flags.includes(false)) continue;
    as.forEach((x, i) => {
      const j = partner[i]!;
      if (j < 0 || (inA ? x.mention !== m : bs[j]!.mention !== m)) return;
      used[j] = 0;
      partner[i] = -1;
    });
  }
  const missA = new Set<NumberMention>();
  as.forEach((x, i) => {
    if (partner[i]! < 0) missA.add(x.mention);
  });
  const missB = new Set<NumberMention>();
  bs.forEach((y, k) => {
    if (!used[k]) missB.add(y.mention);
  });
  return { onlyInA: [...missA], onlyInB: [...missB] };
}
