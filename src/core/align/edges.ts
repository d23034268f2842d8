// Evidence at a bead's edges. A bead boundary on one side meets a boundary on the other: a
// source sentence that opens with 但是 starts its bead, and so, most often, does the English
// sentence that opens with "But"; a question ends a bead on both sides; a line of speech opens
// with its quotation mark in English where the Chinese opens with its speaker (韦小宝道：“…).
// The word bag cannot see where in a bead a mark or connective stands, so a sentence at a bead's
// border could join either side at the same lexical price. Each sentence gets a class for how it
// starts and one for how it ends; how the classes of the two sides meet at bead boundaries is
// measured on the document's first-pass path, against chance (the product of the two sides'
// shares), and a bead pays −log of that ratio at its start.
import type { PathStep } from './dp.js';
import type { LangCode } from '../text/lang.js';

/** How a sentence starts: plainly, with a contrast (但是 / But), or opening speech. */
const START_CLASSES = 6;
/** How it ends: . ? ! …/— : (times whether it closes a quotation). */
const END_KINDS = 5;
const END_CLASSES = END_KINDS * 2;

export interface EdgeClasses {
  start: Uint8Array;
  end: Uint8Array;
}

const OPENERS = /^[“「『‘"'(（\s]+/u;
/** Sentence-initial connectives by kind (class 1 + index): contrast, result, condition, time. */
const EN_LINKS = [
  /^(but|yet|however|nevertheless|nonetheless)\b/i,
  /^(so|therefore|thus|hence|consequently)\b/i,
  /^(if|although|though|even if|even though|unless)\b/i,
  /^(when|then|later|afterwards|meanwhile|after|before|while)\b/i,
];
const ZH_LINKS = [
  /^(但|可是|不过|然而|只是|可惜)/u,
  /^(所以|因此|于是|因而|因为|由于)/u,
  /^(如果|要是|虽然|尽管|即使|假如|倘若)/u,
  /^(当|后来|然后|接着|这时|此时|随后|之后|以后)/u,
];
const OPENS_QUOTE = /^[\s(（]*[“「『‘"']/u;
// Chinese speech opens with its speaker: 韦小宝道：“… / 他笑道：“…
const ZH_SPEECH = /^[^。！？“”]{0,14}[道说问叫笑喝答]\s*[：:]\s*[“「『"]/u;
const CLOSERS = /[”」』’"')）\s]+$/u;

function startClass(text: string, lang: LangCode): number {
  if (OPENS_QUOTE.test(text) || (lang === 'zh' && ZH_SPEECH.test(text))) return 5;
  const bare = text.replace(OPENERS, '');
  const k = (lang === 'zh' ? ZH_LINKS : EN_LINKS).findIndex((r) => r.test(bare));
  return k + 1;
}

function endClass(text: string): number {
  const bare = text.replace(CLOSERS, '');
  const closes = bare.length < text.trimEnd().length ? 1 : 0;
  const last = bare.slice(-1);
  let kind = 0;
  if (last === '?' || last === '？') kind = 1;
  else if (last === '!' || last === '！') kind = 2;
  else if (last === '…' || last === '—' || last === '-' || /\.\s?\.\s?\.$/u.test(bare)) kind = 3;
  else if (last === ':' || last === '：') kind = 4;
  return kind + END_KINDS * closes;
}

export function edgeClasses(sentences: readonly string[], lang: LangCode): EdgeClasses {
  return {
    start: Uint8Array.from(sentences, (s) => startClass(s, lang)),
    end: Uint8Array.from(sentences, endClass),
  };
}

/** Costs of each class pair at a bead's start: −log(P(pair at a boundary) / chance). */
export interface EdgeModel {
  src: EdgeClasses;
  tgt: EdgeClasses;
  start: Float64Array;
  end: Float64Array;
}

/** Pseudo-boundaries drawn from chance: a pair seen a few times moves its cost only a little. */
const SMOOTHING = 20;
/** A single pair can never outweigh a sentence's words. */
const MAX_COST = 2;

function table(pairs: [number, number][], ks: number, kt: number): Float64Array {
  const joint = new Float64Array(ks * kt);
  const ps = new Float64Array(ks).fill(0.5);
  const pt = new Float64Array(kt).fill(0.5);
  for (const [s, t] of pairs) {
    joint[s * kt + t]! += 1;
    ps[s]! += 1;
    pt[t]! += 1;
  }
  const ns = ps.reduce((a, b) => a + b, 0);
  const nt = pt.reduce((a, b) => a + b, 0);
  const out = new Float64Array(ks * kt);
  for (let s = 0; s < ks; s++) {
    for (let t = 0; t < kt; t++) {
      const chance = (ps[s]! / ns) * (pt[t]! / nt);
      const p = (joint[s * kt + t]! + SMOOTHING * chance) / (pairs.length + SMOOTHING);
      out[s * kt + t] = Math.max(-MAX_COST, Math.min(MAX_COST, -Math.log(p / chance)));
    }
  }
  return out;
}

/** Measures how the two sides' edge classes meet at the boundaries of a path's paired beads. */
export function calibrateEdges(steps: PathStep[], src: EdgeClasses, tgt: EdgeClasses): EdgeModel {
  const starts: [number, number][] = [];
  const ends: [number, number][] = [];
  for (const s of steps) {
    if (!s.a || !s.b) continue;
    starts.push([src.start[s.i0]!, tgt.start[s.j0]!]);
    ends.push([src.end[s.i0 + s.a - 1]!, tgt.end[s.j0 + s.b - 1]!]);
  }
  const start = table(starts, START_CLASSES, START_CLASSES);
  const end = table(ends, END_CLASSES, END_CLASSES);
  // Both sides plain (no connective or speech at the start; a full stop, no quotation, at the
  // end) is the commonest pair inside beads as at their borders: it says nothing of where a
  // bead ends, yet its small credit at every border made two 1-1 beads cheaper than a 2-2
  // (mac-dev 0.912/0.917 → 0.915/0.918; only the starts' or the ends': half of that).
  start[0] = 0;
  end[0] = 0;
  return { src, tgt, start, end };
}

/** Cost of a paired bead's two edges: how its first and its last sentences meet. */
export function edgeCost(e: EdgeModel, i0: number, a: number, j0: number, b: number): number {
  return (
    e.start[e.src.start[i0]! * START_CLASSES + e.tgt.start[j0]!]! +
    e.end[e.src.end[i0 + a - 1]! * END_CLASSES + e.tgt.end[j0 + b - 1]!]!
  );
}
