import { expect } from '@open-wc/testing';
import type { Bead } from '../../src/core/align/index.js';
import type { AlignRow } from '../../src/core/beads.js';
import { applyRealign, realignPieces } from '../../src/core/realign.js';

// Rows written compactly: "A1 A2 | B1" is a row; a leading "*" marks it checked by a person.
const parse = (spec: string): AlignRow[] =>
  spec.split(' / ').map((r) => {
    const checked = r.startsWith('*');
    const [s, t] = r
      .replace('*', '')
      .split('|')
      .map((x) => x.trim().split(' ').filter(Boolean));
    return { source: s, target: t, confidence: checked ? 1 : 0.3, paragraphStart: false, checked };
  });
const show = (rows: AlignRow[]) =>
  rows
    .map((r) => `${r.checked ? '*' : ''}${r.source.join(' ')} | ${r.target.join(' ')}`.trim())
    .join(' / ');

/** One-to-one beads for a piece, the extra sentences of the longer side left alone. */
const oneToOne = (n: number, m: number): Bead[] => [
  ...Array.from({ length: Math.min(n, m) }, (_, i) => ({ src: [i], tgt: [i], confidence: 0.9 })),
  ...Array.from({ length: n - Math.min(n, m) }, (_, i) => ({
    src: [m + i],
    tgt: [],
    confidence: 0.1,
  })),
  ...Array.from({ length: m - Math.min(n, m) }, (_, i) => ({
    src: [],
    tgt: [n + i],
    confidence: 0.1,
  })),
];

describe('core/realign', () => {
  // [rows, from, pieces as "start-end: sources | targets", rows after a 1-1 re-alignment]
  const cases: [string, number, string[], string][] = [
    [
      'A1 | B1 / A2 A3 | B2 / A4 | B3 B4',
      0,
      ['1-3: A2 A3 A4 | B2 B3 B4'],
      'A1 | B1 / A2 | B2 / A3 | B3 / A4 | B4',
    ],
    // A checked row after the chosen one is an anchor: the pieces either side align apart.
    [
      '*A1 | B1 / A2 A3 | B2 / *A4 | B3 / A5 | B4 B5',
      0,
      ['1-2: A2 A3 | B2', '3-4: A5 | B4 B5'],
      '*A1 | B1 / A2 | B2 / A3 | / *A4 | B3 / A5 | B4 / | B5',
    ],
    // Rows up to the chosen one stay even when unchecked.
    ['A1 A2 | B1 / A3 | B2 B3', 0, ['1-2: A3 | B2 B3'], 'A1 A2 | B1 / A3 | B2 / | B3'],
    // Nothing after the chosen row, or only checked rows: nothing to do.
    ['A1 | B1 / *A2 | B2', 0, [], 'A1 | B1 / *A2 | B2'],
    ['A1 | B1', 0, [], 'A1 | B1'],
    // -1: the whole document, anchors kept.
    ['A1 | / | B1 / *A2 | B2', -1, ['0-2: A1 | B1'], 'A1 | B1 / *A2 | B2'],
  ];
  for (const [spec, from, expectedPieces, expectedRows] of cases) {
    it(`${spec} from row ${from}`, () => {
      const rows = parse(spec);
      const pieces = realignPieces(rows, from);
      expect(
        pieces.map((p) => `${p.start}-${p.end}: ${p.source.join(' ')} | ${p.target.join(' ')}`),
      ).to.deep.equal(expectedPieces);
      const beads = pieces.map((p) => oneToOne(p.source.length, p.target.length));
      expect(show(applyRealign(rows, pieces, beads))).to.equal(expectedRows);
    });
  }

  it('keeps paragraph starts inside a piece', () => {
    const rows = parse('*A1 | B1 / A2 | B2 / A3 | B3');
    rows[2] = { ...rows[2], paragraphStart: true };
    const pieces = realignPieces(rows, 0);
    expect(pieces[0].paragraphStarts).to.deep.equal([1]);
    const out = applyRealign(rows, pieces, [oneToOne(2, 2)]);
    expect(out.map((r) => r.paragraphStart)).to.deep.equal([false, false, true]);
  });
});
