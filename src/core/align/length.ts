// Length model in the spirit of Gale & Church (1993), calibrated per document: the ratio of
// target to source characters and its variance are measured on the document being aligned
// (English runs about 3–4 characters per Chinese character; nothing is assumed up front).

/** Characters that count towards a sentence's length: everything but white space. */
export function charLength(s: string): number {
  // Code points, as `for (const c of s)` counts them, without a string per character.
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      n++;
    } else if (c !== 0x20 && c !== 0x09 && c !== 0x3000 && c !== 0x0a) n++;
  }
  return n;
}

export interface LengthModel {
  /** Expected target characters per source character. */
  ratio: number;
  /** Variance of (target − ratio·source) per source character. */
  variance: number;
}

/** The document-wide starting point: ratio from the totals, variance from a loose prior. */
export function initialLengthModel(srcTotal: number, tgtTotal: number): LengthModel {
  const ratio = srcTotal > 0 && tgtTotal > 0 ? tgtTotal / srcTotal : 1;
  // Gale & Church's 6.8 for a ratio of 1, scaled by the ratio (residuals are in target
  // characters): looser than zh–en text measures (1–9 per unit of ratio), on purpose, since
  // the first pass only has to be good enough to measure the document on.
  return { ratio, variance: 6.8 * ratio };
}

/** Re-estimates the model from confident one-to-one pairs (robust to a few wrong ones). */
export function calibrateLength(pairs: [number, number][], prior: LengthModel): LengthModel {
  const good = pairs.filter(([s, t]) => s > 0 && t > 0);
  if (good.length < 10) return prior;
  const ratio = good.reduce((a, [, t]) => a + t, 0) / good.reduce((a, [s]) => a + s, 0);
  // Median of squared residuals per character, scaled to a variance (median of χ²₁ ≈ 0.455).
  const r = good.map(([s, t]) => (t - ratio * s) ** 2 / (s + t / ratio)).sort((a, b) => a - b);
  const variance = r[Math.floor(r.length / 2)]! / 0.455;
  return { ratio, variance: Math.max(variance, 0.1 * ratio) };
}

/** −log of the two-sided tail probability of a standard normal beyond |x|. */
export function normalTailCost(x: number): number {
  const z = Math.abs(x);
  if (z < 6) return erfcCost(z);
  // Asymptotic tail, so very unequal lengths keep getting costlier instead of saturating.
  return (z * z) / 2 + Math.log(z) + 0.5 * Math.log(2 * Math.PI) - Math.log(2);
}

/** −log erfc(z/√2) by Abramowitz & Stegun 7.1.26 (good to 1e-7), for z ≥ 0. */
function erfcCost(z: number): number {
  const t = 1 / (1 + 0.3275911 * (z / Math.SQRT2));
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return -Math.log(Math.max(poly * Math.exp(-(z * z) / 2), 1e-300));
}

/**
 * `normalTailCost` less z²/2, tabled at steps of 1/TAIL_STEPS for z < 6: what is left is smooth
 * (its second derivative stays within 0.4), so a straight line between points is within 3e-6
 * of it, far below the approximation's own error, and a bead's length costs no exp and log
 * (they were a tenth of bible-001's alignment).
 */
const TAIL_STEPS = 128;
const TAIL_TABLE = Float64Array.from(
  { length: 6 * TAIL_STEPS + 2 },
  (_, k) => erfcCost(k / TAIL_STEPS) - (k / TAIL_STEPS) ** 2 / 2,
);

/** `normalTailCost` from the table (within 3e-6 of it). */
export function tabledTailCost(x: number): number {
  const z = Math.abs(x);
  if (z >= 6) return normalTailCost(z);
  const at = z * TAIL_STEPS;
  const k = at | 0;
  const lo = TAIL_TABLE[k]!;
  return (z * z) / 2 + lo + (at - k) * (TAIL_TABLE[k + 1]! - lo);
}

/**
 * A length model's tail with a share of outliers: most beads keep to the document's spread, but
 * a free rendering (a clause carried over a sentence border, a sentence expanded) is off by far
 * more than a normal tail allows, and there the plain model lets length overrule every word.
 * Here a `share` of beads spread `scale` times wider: −log((1 − share)·P(|Z| > z) + share·P(|Z|
 * > z/scale)). Tabled at `tabledTailCost`'s steps (within 2e-5: the curve bends most where the
 * two parts meet, near z = 3), then the wide part alone.
 */
export interface OutlierTail {
  share: number;
  scale: number;
  /** Costs at z = k / TAIL_STEPS below TAIL_SPAN · scale (where the wide part alone is left). */
  table: Float64Array;
}

const TAIL_SPAN = 6;
const tails = new Map<string, OutlierTail>();

/** The tail for a share and scale (made once: the aligner builds a scorer per pass). */
export function outlierTail(share: number, scale: number): OutlierTail {
  const key = `${share} ${scale}`;
  let tail = tails.get(key);
  if (!tail) {
    const mixed = (z: number): number => {
      const a = normalTailCost(z) - Math.log1p(-share);
      const b = normalTailCost(z / scale) - Math.log(share);
      return Math.min(a, b) - Math.log1p(Math.exp(-Math.abs(a - b)));
    };
    const table = Float64Array.from({ length: Math.ceil(TAIL_SPAN * scale * TAIL_STEPS) }, (_, k) =>
      mixed(k / TAIL_STEPS),
    );
    tails.set(key, (tail = { share, scale, table }));
  }
  return tail;
}

/** `OutlierTail`'s cost of a standardised difference x. */
export function outlierTailCost(x: number, tail: OutlierTail): number {
  const z = Math.abs(x);
  const at = z * TAIL_STEPS;
  const k = at | 0;
  const table = tail.table;
  if (k + 1 >= table.length) return normalTailCost(z / tail.scale) - Math.log(tail.share);
  const lo = table[k]!;
  return lo + (at - k) * (table[k + 1]! - lo);
}

export const NULL_LENGTH_COST = 1;

/**
 * Cost of pairing `s` source characters with `t` target characters; with `tail`, its outliers'
 * share and spread.
 */
export function lengthCost(s: number, t: number, m: LengthModel, tail?: OutlierTail): number {
  // A sentence left unpaired has no translation whose length could be off: it pays what an
  // average true pair pays (the mean of −log of a uniform tail probability is 1), so that
  // deleting a sentence is never a way to dodge the length model, nor punished by it.
  if (s === 0 || t === 0) return s === t ? 0 : NULL_LENGTH_COST;
  const mean = (s + t / m.ratio) / 2;
  if (mean <= 0) return 0;
  const delta = (t - m.ratio * s) / Math.sqrt(2 * mean * m.variance);
  return tail ? outlierTailCost(delta, tail) : tabledTailCost(delta);
}
