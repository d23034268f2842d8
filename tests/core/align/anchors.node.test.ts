import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { align, type AlignAnchor, type Bead } from '../../../src/core/align/index.js';
import { allows, anchorsOf } from '../../../src/core/align/anchors.js';
import { glossary, key, parallel } from './synthetic.js';

const opts = { sourceLang: 'zh', targetLang: 'en', lexicon: glossary } as const;

/** An anchor written as a bead key: "2:3,4" is source [2, 3), target [3, 5); "@5:7" a 0-1 at 5. */
function anchor(spec: string): AlignAnchor {
  const [s, t] = spec.split(':');
  const range = (x: string): [number, number] => {
    if (x.startsWith('@')) return [Number(x.slice(1)), Number(x.slice(1))];
    const ids = x.split(',').map(Number);
    return [ids[0]!, ids[ids.length - 1]! + 1];
  };
  return { src: range(s!), tgt: range(t!) };
}
const keyOf = (a: AlignAnchor): string => {
  const ids = ([x, y]: readonly [number, number]) =>
    Array.from({ length: y - x }, (_, k) => x + k).join(',');
  return `${ids(a.src)}:${ids(a.tgt)}`;
};

/** Every sentence once, in order, each bead non-empty. */
function covers(beads: Bead[], n: number, m: number): boolean {
  let i = 0;
  let j = 0;
  for (const b of beads) {
    if (!b.src.length && !b.tgt.length) return false;
    for (const x of b.src) if (x !== i++) return false;
    for (const y of b.tgt) if (y !== j++) return false;
  }
  return i === n && j === m;
}

// Gold: 0:0 1:1 2:2,3 3:4 4,5:5 6:6 7: 8:7 9:8 :9 10:10 11:11 12:12 13:13 14:14 15:15
const doc = parallel(
  [
    [1, 1],
    [1, 1],
    [1, 2],
    [1, 1],
    [2, 1],
    [1, 1],
    [1, 0],
    [1, 1],
    [1, 1],
    [0, 1],
    [1, 1],
    [1, 1],
    [1, 1],
    [1, 1],
    [1, 1],
    [1, 1],
  ],
  3,
);
const natural = align(doc.zh, doc.en, opts);

describe('core/align anchors', () => {
  it('the synthetic document aligns as its gold without anchors', () => {
    assert.deepEqual(natural.map(key), doc.gold);
  });

  // Anchors given as "src:tgt" (a one-sided one placed with @position), and beads of the
  // result that must be there besides them (the rows around adapting).
  const CASES: [string, string[], string[]][] = [
    ['1-1 where the gold has it', ['3:4'], ['2:2,3', '6:6']],
    ['0-1 where the gold has it', ['@10:9'], ['9:8', '10:10']],
    ['1-0 where the gold has it', ['7:@7'], ['6:6', '8:7']],
    ['2-1 where the gold has it', ['4,5:5'], ['3:4', '6:6']],
    ['1-1 against the gold', ['4:5'], ['3:4', '6:6', '13:13']],
    // A programme shape, but its lengths are far off the length window the scorer keeps wide
    // beads to (it would refuse this bead): a person's row stays all the same.
    ['1-5 (a row a person merged, off the length window)', ['5:6,7,8,9,10'], ['0:0', '13:13']],
    ['1-7 (a row a person merged, no programme shape)', ['5:6,7,8,9,10,11,12'], ['0:0', '14:14']],
    ['3-3 (rows a person merged)', ['8,9,10:7,8,9'], ['6:6', '12:12']],
    ['0-3 (target-only rows merged)', ['@4:3,4,5'], ['1:1', '13:13']],
    ['2-1 against the gold, then the gold again', ['1,2:1'], ['4,5:5', '12:12']],
    ['a run of anchored rows, the document start', ['0:0', '1:1', '2:2,3'], ['3:4', '15:15']],
    ['0-1 then 1-0 at one corner', ['@1:1', '1:@2'], ['0:0', '3:4']],
    ['several shapes at once', ['1:1', '3:4', '7:@7', '@10:9', '12:12,13'], ['14:14']],
  ];
  for (const [name, given, around] of CASES) {
    it(name, () => {
      const anchors = given.map(anchor);
      const beads = align(doc.zh, doc.en, { ...opts, anchors });
      assert.ok(covers(beads, doc.zh.length, doc.en.length), beads.map(key).join(' '));
      const keys = beads.map(key);
      for (const a of anchors) {
        const k = keys.indexOf(keyOf(a));
        assert.ok(k >= 0, `${keyOf(a)} kept: ${keys.join(' ')}`);
        assert.equal(beads[k]!.confidence, 1);
      }
      for (const b of around) assert.ok(keys.includes(b), `${b} in ${keys.join(' ')}`);
    });
  }

  it('anchoring the first rows of an alignment gives the rest back as it was', () => {
    for (const k of [1, 5, 9, 12]) {
      const anchors = anchorsFrom(natural.slice(0, k));
      const beads = align(doc.zh, doc.en, { ...opts, anchors });
      assert.deepEqual(beads.map(key), natural.map(key), `first ${k} anchored`);
    }
  });

  it('no anchors, or an empty list, is the alignment of today', () => {
    assert.deepEqual(align(doc.zh, doc.en, { ...opts, anchors: [] }), natural);
  });

  it('a text of a few hundred sentences (the coarse pass first) keeps its anchors', () => {
    const shapes: [number, number][] = [];
    for (let k = 0; k < 480; k++)
      shapes.push(k % 17 === 5 ? [1, 2] : k % 23 === 7 ? [2, 1] : [1, 1]);
    const big = parallel(shapes, 7);
    const anchors = ['300:320', '301:321,322,323', '@302:324'].map(anchor);
    const beads = align(big.zh, big.en, { ...opts, anchors });
    assert.ok(covers(beads, big.zh.length, big.en.length));
    const keys = beads.map(key);
    for (const a of anchors) assert.ok(keys.includes(keyOf(a)), keyOf(a));
    // Far from the anchors the gold is found as without them.
    const plain = new Set(align(big.zh, big.en, opts).map(key));
    for (const b of big.gold.slice(0, 250)) assert.ok(plain.has(b) === keys.includes(b), b);
  });

  it('one text empty: the anchors and every other sentence alone', () => {
    const beads = align(['甲。', '乙。', '丙。'], [], { ...opts, anchors: [anchor('1,2:@0')] });
    assert.deepEqual(beads.map(key), ['0:', '1,2:']);
  });

  // Anchors in a 6 × 6 alignment; a bead as [i0, a, j0, b]; whether it may be on the path.
  const ALLOWS: [string, string[], [number, number, number, number], boolean][] = [
    ['a bead before the anchor', ['2:2'], [1, 1, 1, 1], true],
    ['the anchor itself', ['2:2'], [2, 1, 2, 1], true],
    ['a bead that jumps its corner', ['2:2'], [1, 2, 1, 2], false],
    ['another bead from its corner', ['2:2'], [2, 1, 2, 2], false],
    ['a cell above-right of a corner', ['2:2'], [1, 0, 2, 1], false],
    ['a cell below-left of a corner', ['2:2'], [3, 1, 1, 1], false],
    ['one-sided beads up to a corner', ['2:4'], [2, 0, 3, 1], true],
    ['a bead from a 2-2 anchor’s corner to its middle', ['2,3:2,3'], [2, 1, 2, 1], false],
    ['a 1-1 across a 0-1 anchor', ['@2:2'], [2, 1, 2, 1], false],
  ];
  for (const [name, given, [i0, a, j0, b], want] of ALLOWS) {
    it(`allows: ${name}`, () => {
      assert.equal(allows(anchorsOf(given.map(anchor), 6, 6), i0, a, j0, b), want);
    });
  }

  const BAD: [string, AlignAnchor[]][] = [
    ['overlapping', [anchor('1:1'), anchor('1,2:2')]],
    ['crossing', [anchor('1:3'), anchor('2:2')]],
    ['past the end', [anchor('5:6')]],
    ['empty', [{ src: [2, 2], tgt: [2, 2] }]],
  ];
  for (const [name, anchors] of BAD) {
    it(`rejects anchors ${name}`, () => {
      assert.throws(() => anchorsOf(anchors, 6, 6), RangeError);
    });
  }
});

/** Beads as anchors (one-sided ones placed where the other text stands). */
function anchorsFrom(beads: Bead[]): AlignAnchor[] {
  let i = 0;
  let j = 0;
  return beads.map((b) => {
    const a: AlignAnchor = { src: [i, i + b.src.length], tgt: [j, j + b.tgt.length] };
    i += b.src.length;
    j += b.tgt.length;
    return a;
  });
}
