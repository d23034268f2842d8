// The concordance index built from stored blocks' columns (no unit objects made until listed)
// answers as the scan does, read all at once or block by block, and through later edits.
import { expect } from '@open-wc/testing';
import { packUnits } from '../../../src/core/tm/columns.js';
import { concordance, ConcordanceIndex, unitHits } from '../../../src/core/tm/concordance.js';
import type { TmUnit } from '../../../src/core/tm/index.js';

const u = (id: string, source: string, target: string, more: Partial<TmUnit> = {}): TmUnit => ({
  id,
  source,
  target,
  createdAt: Number(id.length),
  changedAt: 7,
  ...more,
});
const units = [
  u('b.1.0', '使用Excel导出报告', 'Export the report with Excel.', {
    prev: '上一句',
    project: 'P',
  }),
  u('b.1.1', '报告的报告', 'A report on reports; the Report.'),
  u('b.1.3', '财务报告', 'Financial reporting'),
  u('b.2.0', '罗兹的报告', 'The Łódź report — final.'),
  u('b.2.1', '控制\u0001字符的报告', 'A report with a \u0001 control.'),
  u('b.3.0', '无关', 'Something  else entirely', { author: 'Li' }),
  // Texts are stored one after another: a match must not run from one into the next, nor a word
  // lose its boundary to the text before it.
  u('b.3.1', '版本Excel', 'Excel files only'),
  u('b.3.2', '最后的报', '告 report reports'),
  u('b.3.3', '𝐀report', 'report𝐀 report'),
  u('b.3.4', '这是报', '报报告'),
];
// Blocks as an import stores them: slot 2 of the first block emptied (its unit was replaced).
const blocks = [
  packUnits([units[0], units[1], undefined, units[2]]),
  packUnits([units[3], units[4]]),
  packUnits(units.slice(5)),
];
const PHRASES = [
  '报告',
  '报告的',
  '报报',
  'report',
  'reports',
  'the report',
  'excel',
  'Łódź',
  'else',
  '无',
];

describe('core/tm/concordance-index: units added as stored columns', () => {
  it('finds what the scan finds, with every field of each unit', () => {
    const index = new ConcordanceIndex();
    index.addColumns(blocks);
    expect(index.size).to.equal(units.length);
    for (const phrase of PHRASES)
      for (const max of [1, 2, 3, 100]) {
        expect(index.search(phrase, { max }), `${phrase} ${max}`).to.deep.equal(
          concordance(units, phrase, { max }),
        );
        expect(index.searchUnits(phrase, max), `${phrase} ${max}`).to.deep.equal(
          unitHits(concordance(units, phrase, { max: 1000 }).hits, max),
        );
      }
  });

  it('block by block: a search from the slots added since reads only those', () => {
    const index = new ConcordanceIndex();
    const hits = [];
    let from = 0;
    for (const b of blocks) {
      index.addColumns([b]);
      hits.push(...index.search('报告', { from }).hits);
      from = index.slots;
    }
    expect(hits).to.deep.equal(concordance(units, '报告').hits);
  });

  it('edits, deletes and units added one by one after the columns', () => {
    const index = new ConcordanceIndex();
    index.addColumns(blocks.slice(0, 2));
    index.search('报告');
    const edited = u('b.1.1', '报告的草稿', 'A draft of the report.');
    const single = u('seg:9', '新的报告', 'A new report');
    index.add([edited, single]);
    index.remove('b.1.3');
    index.addColumns(blocks.slice(2));
    const now = [units[0]!, edited, units[3]!, units[4]!, single, ...units.slice(5)];
    expect(index.size).to.equal(now.length);
    for (const phrase of [...PHRASES, 'draft'])
      for (const max of [1, 2, 100])
        expect(index.search(phrase, { max }), `${phrase} ${max}`).to.deep.equal(
          concordance(now, phrase, { max }),
        );
  });

  it('units added one by one are found before, while and after they are joined a step at a time', () => {
    const index = new ConcordanceIndex();
    index.add(units);
    const check = (step: string, now: TmUnit[]) => {
      for (const phrase of PHRASES)
        for (const max of [1, 2, 100])
          expect(index.search(phrase, { max }), `${step}: ${phrase} ${max}`).to.deep.equal(
            concordance(now, phrase, { max }),
          );
    };
    check('nothing joined', units);
    expect(index.unjoined).to.equal(units.length);
    expect(index.joinStep(4)).to.equal(true);
    check('four joined', units);
    const edited = u('b.1.0', '报告', 'The report, edited.');
    index.add([edited]);
    index.remove('b.2.0');
    const now = units.map((x) => (x.id === edited.id ? edited : x)).filter((x) => x.id !== 'b.2.0');
    check('an edit and a delete, half joined', now);
    while (index.joinStep(3));
    expect(index.unjoined).to.equal(0);
    check('all joined', now);
  });
});
