import { expect } from '@open-wc/testing';
import {
  insertEmpty,
  mergeNext,
  moveSentence,
  nextLowConfidence,
  projectRows,
  rowsFromBeads,
  sameRows,
  splitRow,
  type AlignRow,
} from '../../src/core/beads.js';

const row = (source: string[], target: string[], confidence = 0.5): AlignRow => ({
  source,
  target,
  confidence,
  paragraphStart: false,
});
// Rows written compactly: "A1 A2 | B1" is one row with two source and one target sentence.
const parse = (spec: string): AlignRow[] =>
  spec.split(' / ').map((r) => {
    const [s, t] = r.split('|').map((x) => x.trim().split(' ').filter(Boolean));
    return row(s, t);
  });
const show = (rows: AlignRow[]) =>
  rows.map((r) => `${r.source.join(' ')} | ${r.target.join(' ')}`.trim()).join(' / ');

describe('core/beads', () => {
  it('builds rows from beads with paragraph starts', () => {
    const rows = rowsFromBeads(
      ['a', 'b', 'c'],
      ['x', 'y'],
      [
        { src: [0, 1], tgt: [0], confidence: 0.9 },
        { src: [2], tgt: [], confidence: 0.2 },
        { src: [], tgt: [1], confidence: 0.3 },
      ],
      new Set([2]),
    );
    expect(show(rows)).to.equal('a b | x / c | / | y');
    expect(rows.map((r) => r.paragraphStart)).to.deep.equal([false, true, false]);
  });

  // [rows, operation, expected rows]
  const cases: [string, (r: AlignRow[]) => AlignRow[], string][] = [
    ['A1 | B1 / A2 | B2', (r) => mergeNext(r, 0), 'A1 A2 | B1 B2'],
    ['A1 | B1 / A2 | B2', (r) => mergeNext(r, 1), 'A1 | B1 / A2 | B2'],
    ['A1 A2 | B1 / A3 | B2', (r) => moveSentence(r, 0, 'source', 'down'), 'A1 | B1 / A2 A3 | B2'],
    ['A1 | B1 / A2 A3 | B2', (r) => moveSentence(r, 1, 'source', 'up'), 'A1 A2 | B1 / A3 | B2'],
    ['A1 | B1 / | B2', (r) => moveSentence(r, 1, 'target', 'up'), 'A1 | B1 B2'],
    ['A1 | B1', (r) => moveSentence(r, 0, 'target', 'up'), 'A1 | B1'],
    ['A1 A2 | B1 B2', (r) => splitRow(r, 0, 'source', 1), 'A1 | B1 / A2 | B2'],
    ['A1 A2 | B1', (r) => splitRow(r, 0, 'source', 1), 'A1 | B1 / A2 |'],
    // A lone sentence on the other side stays in the first row, however long the second half.
    [
      'A1 A2-is-much-longer | B1',
      (r) => splitRow(r, 0, 'source', 1),
      'A1 | B1 / A2-is-much-longer |',
    ],
    [
      'A1 | B1 B2-is-much-longer',
      (r) => splitRow(r, 0, 'target', 1),
      'A1 | B1 / | B2-is-much-longer',
    ],
    ['A1 A2 A3 | B1 B2 B3', (r) => splitRow(r, 0, 'source', 1), 'A1 | B1 / A2 A3 | B2 B3'],
    ['A1 A2 | B1', (r) => splitRow(r, 0, 'source', 0), 'A1 A2 | B1'],
    ['A1xA2 | B1 B2', (r) => splitRow(r, 0, 'source', 0, 2), 'A1 | B1 / xA2 | B2'],
    ['A1 | B1 / A2 | B2', (r) => insertEmpty(r, 0, 'target'), 'A1 | / | B1 / A2 | B2'],
    ['A1 | ', (r) => insertEmpty(r, 0, 'target'), 'A1 |'],
  ];
  for (const [spec, op, expected] of cases) {
    it(`${spec} → ${expected}`, () => {
      expect(show(op(parse(spec)))).to.equal(expected);
    });
  }

  it('marks rows a person changed as certain and never mutates its input', () => {
    const rows = parse('A1 | B1 / A2 | B2');
    const before = JSON.stringify(rows);
    const out = mergeNext(rows, 0);
    expect(JSON.stringify(rows)).to.equal(before);
    expect(out[0].confidence).to.equal(1);
  });

  it('finds the next low-confidence row, from the first row again past the last', () => {
    const rows = [
      row(['a'], ['x'], 0.9),
      row(['b'], ['y'], 0.2),
      row(['c'], [], 0.1),
      row(['d'], ['z'], 0.8),
    ];
    const cases: [from: number, next: number][] = [
      [-1, 1],
      [0, 1],
      [1, 2],
      [2, 1],
      [3, 1],
    ];
    for (const [from, next] of cases) expect(nextLowConfidence(rows, from, 0.5)).to.equal(next);
    // The only low row: from itself, it is the next one again.
    expect(nextLowConfidence([row(['a'], [], 0.1)], 0, 0.5)).to.equal(0);
    // A checked row is not low, whatever its score; nothing low: -1.
    const checked = rows.map((r) => ({ ...r, checked: true }));
    expect(nextLowConfidence(checked, 0, 0.5)).to.equal(-1);
    expect(nextLowConfidence([], -1, 0.5)).to.equal(-1);
  });

  it('tells the same rows, sentence for sentence, from rows that differ', () => {
    const rows = parse('A1 A2 | B1 / A3 | B2');
    const copy = () => rows.map((r) => ({ ...r, source: [...r.source], target: [...r.target] }));
    const cases: [string, AlignRow[], boolean][] = [
      ['new objects, same content', copy(), true],
      ['a sentence moved', parse('A1 | B1 / A2 A3 | B2'), false],
      ['a score changed', copy().map((r, i) => (i ? { ...r, confidence: 0.1 } : r)), false],
      ['marked checked', copy().map((r, i) => (i ? { ...r, checked: true } : r)), false],
      ['a paragraph start', copy().map((r, i) => (i ? { ...r, paragraphStart: true } : r)), false],
      ['a row fewer', copy().slice(1), false],
    ];
    for (const [name, other, want] of cases) expect(sameRows(rows, other), name).to.equal(want);
  });

  describe('projectRows', () => {
    const cases: { name: string; row: AlignRow; want: Record<string, unknown> }[] = [
      {
        name: 'Chinese joined without a space, English with one; links count sentences',
        row: {
          source: ['你好。', '再见。'],
          target: ['Hello.'],
          confidence: 0.4,
          paragraphStart: true,
        },
        want: {
          source: '你好。再见。',
          target: 'Hello.',
          link: { source: 2, target: 1 },
          confidence: 0.4,
          paragraphStart: true,
        },
      },
      {
        name: 'a checked row with both sides is confirmed',
        row: {
          source: ['一。'],
          target: ['One.'],
          confidence: 1,
          paragraphStart: false,
          checked: true,
        },
        want: { status: 'translated' },
      },
      {
        name: 'an unchecked row keeps the default (a draft)',
        row: { source: ['一。'], target: ['One.'], confidence: 0.99, paragraphStart: false },
        want: { status: undefined },
      },
      {
        name: 'a checked row with nothing on one side is not a translation',
        row: { source: ['一。'], target: [], confidence: 1, paragraphStart: false, checked: true },
        want: { status: undefined, target: '', link: { source: 1, target: 0 } },
      },
      {
        name: 'a checked row whose source is empty is not one either',
        row: { source: [], target: ['One.'], confidence: 1, paragraphStart: false, checked: true },
        want: { status: undefined, source: '' },
      },
    ];
    for (const c of cases)
      it(c.name, () => {
        const [seg] = projectRows([c.row], 'zh-Hans', 'en');
        for (const [k, v] of Object.entries(c.want))
          expect((seg as unknown as Record<string, unknown>)[k], k).to.deep.equal(v);
      });
  });
});
