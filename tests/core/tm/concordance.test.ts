import { expect } from '@open-wc/testing';
import { concordance, ConcordanceIndex, unitHits } from '../../../src/core/tm/concordance.js';
import type { TmUnit } from '../../../src/core/tm/index.js';

const u = (id: string, source: string, target: string): TmUnit => ({
  id,
  source,
  target,
  createdAt: 0,
  changedAt: 0,
});
const units = [
  u('1', '使用Excel导出报告', 'Export the report with Excel.'),
  u('2', '报告的报告', 'A report on reports; the Report.'),
  u('3', '财务报告', 'Financial reporting'),
  u('4', '无关', 'Something  else entirely'),
];

describe('core/tm/concordance: find a word or phrase in a TM', () => {
  const index = new ConcordanceIndex();
  index.add(units);
  // [name, phrase, sides, expected "id side start-end …"]
  const cases: [string, string, ('source' | 'target')[] | undefined, string[]][] = [
    [
      'Chinese by substring, every occurrence',
      '报告',
      ['source'],
      ['1 source 9-11', '2 source 0-2 3-5', '3 source 2-4'],
    ],
    [
      'English by whole word, any case',
      'report',
      ['target'],
      ['1 target 11-17', '2 target 2-8 25-31'],
    ],
    ['a phrase across several spaces', 'something else', undefined, ['4 target 0-15']],
    ['a Latin word inside Chinese text', 'excel', ['source'], ['1 source 2-7']],
    ['both sides', 'excel', undefined, ['1 source 2-7', '1 target 23-28']],
    ['regular expression characters are text', 'rep.rt', ['target'], []],
    ['nothing for an empty phrase', '  ', undefined, []],
  ];
  for (const [name, phrase, sides, expected] of cases) {
    it(name, () => {
      const r = concordance(units, phrase, sides ? { sides } : {});
      expect(
        index.search(phrase, sides ? { sides } : {}),
        'the index finds the same',
      ).to.deep.equal(r);
      expect(
        r.hits.map(
          (h) => `${h.unit.id} ${h.side} ${h.ranges.map(([a, b]) => `${a}-${b}`).join(' ')}`,
        ),
      ).to.deep.equal(expected);
      expect(r.more).to.equal(false);
    });
  }

  it('stops at max and says there is more', () => {
    const r = concordance(units, '报告', { max: 2, sides: ['source'] });
    expect(r.hits.map((h) => h.unit.id)).to.deep.equal(['1', '2']);
    expect(r.more).to.equal(true);
  });

  it('the index stops at max alike, and forgets removed units', () => {
    for (const max of [1, 2, 3])
      for (const phrase of ['报告', 'report', 'excel'])
        expect(index.search(phrase, { max })).to.deep.equal(concordance(units, phrase, { max }));
    const other = new ConcordanceIndex();
    other.add(units);
    other.remove('2');
    other.add([u('5', '新的报告', 'A new report')]);
    expect(other.search('报告').hits.map((h) => `${h.unit.id} ${h.side}`)).to.deep.equal([
      '1 source',
      '3 source',
      '5 source',
    ]);
  });

  it('units changed after a search are found by their new text only, before and after a rejoin', () => {
    const index = new ConcordanceIndex();
    // A text with a wide character is kept apart from the one-byte ones: found in order all the same.
    const lodz = u('6', '罗兹的报告', 'The Łódź report — final.');
    index.add([units[0]!, units[1]!, lodz, units[2]!, units[3]!]);
    index.search('报告'); // joins the sides
    expect(index.search('report', { max: 2 })).to.deep.equal(
      concordance([units[0]!, units[1]!, lodz], 'report', { max: 2 }),
    );
    index.remove('6');
    // [step, the units the index should now hold, in order]
    const edited = u('2', '报告的草稿', 'A draft of the report.');
    const edited2 = u('2', '报告的终稿', 'The final report.');
    const reporting = u('3', '财务报告', 'Financial report');
    const steps: [string, () => void, TmUnit[]][] = [
      // An edited unit keeps its place in the list.
      ['an edit', () => index.add([edited]), [units[0]!, edited, units[2]!, units[3]!]],
      ['a unit back', () => index.add([lodz]), [units[0]!, edited, units[2]!, units[3]!, lodz]],
      ['and gone again', () => index.remove('6'), [units[0]!, edited, units[2]!, units[3]!]],
      ['a delete', () => index.remove('3'), [units[0]!, edited, units[3]!]],
      [
        'an undo of the delete',
        () => index.add([units[2]!]),
        [units[0]!, edited, units[3]!, units[2]!],
      ],
      [
        'a removed unit that was never there',
        () => index.remove('9'),
        [units[0]!, edited, units[3]!, units[2]!],
      ],
      ['edited again', () => index.add([edited2]), [units[0]!, edited2, units[3]!, units[2]!]],
      [
        'a unit added since the join, edited',
        () => index.add([reporting]),
        [units[0]!, edited2, units[3]!, reporting],
      ],
    ];
    for (const [step, run, now] of steps) {
      run();
      expect(index.size, step).to.equal(now.length);
      for (const phrase of [
        '报告',
        '报告的',
        'report',
        'reports',
        'draft',
        'excel',
        'else',
        'Łódź',
      ])
        for (const max of [1, 2, 100])
          expect(index.search(phrase, { max }), `${step}: ${phrase} ${max}`).to.deep.equal(
            concordance(now, phrase, { max }),
          );
    }
  });

  it('lists units, each with both sides, the first max of them', () => {
    const index = new ConcordanceIndex();
    index.add(units);
    // [phrase, max, expected "id source-ranges / target-ranges", more]
    const cases: [string, number, string[], boolean][] = [
      ['excel', 100, ['1 2-7 / 23-28'], false],
      ['报告', 2, ['1 9-11 / ', '2 0-2 3-5 / '], true],
      ['报告', 3, ['1 9-11 / ', '2 0-2 3-5 / ', '3 2-4 / '], false],
      ['report', 1, ['1  / 11-17'], true],
      ['nowhere', 5, [], false],
    ];
    const show = (r: { hits: { unit: TmUnit; source: number[][]; target: number[][] }[] }) =>
      r.hits.map(
        (h) =>
          `${h.unit.id} ${h.source.map((x) => x.join('-')).join(' ')} / ${h.target.map((x) => x.join('-')).join(' ')}`,
      );
    for (const [phrase, max, expected, more] of cases) {
      const r = index.searchUnits(phrase, max);
      expect(show(r), phrase).to.deep.equal(expected);
      expect(r.more, phrase).to.equal(more);
      // The scan's hits grouped alike give the same.
      expect(unitHits(concordance(units, phrase, { max: 1000 }).hits, max)).to.deep.equal(r);
    }
  });
});
