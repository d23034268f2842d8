import { expect } from '@open-wc/testing';
import {
  countAll,
  countRow,
  emptyCounts,
  isRowCounts,
  progressOf,
  sumCounts,
  type CountedRow,
} from '../../src/core/progress.js';
import type { Lang, Status } from '../../src/core/model.js';

const row = (status: Status, source: string, target = ''): CountedRow => ({
  status,
  source,
  target,
});

describe('core/progress', () => {
  // rows → rows, withTarget, confirmed, Han characters, other words
  const table: [string, CountedRow[], [number, number, number, number, number]][] = [
    ['nothing', [], [0, 0, 0, 0, 0]],
    ['a Chinese row', [row('new', '开源峰会在杭州举行。')], [1, 0, 0, 9, 0]],
    ['an English row', [row('draft', "Don't pay 3.5 dollars.", '别付')], [1, 1, 0, 0, 4]],
    ['mixed text counts both', [row('translated', 'Linux 内核 6.1', 'x')], [1, 1, 1, 2, 2]],
    ['white space is no translation', [row('draft', '一', '  ')], [1, 0, 0, 1, 0]],
    [
      'confirmed: translated, reviewed, approved',
      ['translated', 'reviewed', 'approved', 'rejected', 'draft'].map((s) =>
        row(s as Status, 'a', 'b'),
      ),
      [5, 5, 3, 0, 5],
    ],
  ];
  for (const [name, rows, [n, withTarget, confirmed, chars, words]] of table) {
    it(name, () => {
      const c = countAll(rows);
      expect([c.rows, c.withTarget, c.sourceChars, c.sourceWords]).to.deep.equal([
        n,
        withTarget,
        chars,
        words,
      ]);
      expect(progressOf(c, 'zh-Hans').confirmed).to.equal(confirmed);
      expect(isRowCounts(c)).to.equal(true);
    });
  }

  it('takes a row away as it added it', () => {
    const c = countAll([row('new', '源'), row('approved', 'Source text', 'x')]);
    countRow(c, row('approved', 'Source text', 'x'), -1);
    expect(c).to.deep.equal(countAll([row('new', '源')]));
  });

  it('sums documents into a project', () => {
    const a = countAll([row('new', '一二')]);
    const b = countAll([row('translated', 'three words here', 'x')]);
    expect(sumCounts([a, b])).to.deep.equal(
      countAll([row('new', '一二'), row('translated', 'three words here', 'x')]),
    );
  });

  // counts → percentages (rounded down), size and unit by source language
  const shown: [string, Lang, Status[], [number, number, number, 'words' | 'chars']][] = [
    ['none yet', 'zh-Hans', ['new', 'new', 'new'], [0, 0, 2 * 3, 'chars']],
    ['two of three translated', 'en', ['draft', 'translated', 'new'], [66, 33, 3, 'words']],
    ['all confirmed is 100', 'en', ['approved', 'reviewed'], [100, 100, 2, 'words']],
    ['an empty project is 0, not NaN', 'zh-Hans', [], [0, 0, 0, 'chars']],
  ];
  for (const [name, lang, statuses, [tPct, cPct, size, unit]] of shown) {
    it(`shows ${name}`, () => {
      const src = lang === 'en' ? 'Word' : '源头';
      const c = countAll(statuses.map((s) => row(s, src, s === 'new' ? '' : 'x')));
      const p = progressOf(c, lang);
      expect([p.translatedPct, p.confirmedPct, p.size, p.unit]).to.deep.equal([
        tPct,
        cPct,
        size,
        unit,
      ]);
    });
  }

  // What a stored record may hold: anything else is counted again from the rows.
  const records: [string, unknown, boolean][] = [
    ['sound', countAll([row('new', 'a')]), true],
    ['empty', emptyCounts(), true],
    ['null', null, false],
    ['negative', { ...emptyCounts(), rows: -1 }, false],
    ['statuses not adding up', { ...emptyCounts(), rows: 2 }, false],
    ['a status missing', { ...emptyCounts(), status: { new: 0 } }, false],
    ['more translated than rows', { ...emptyCounts(), withTarget: 1 }, false],
    ['a fraction', { ...emptyCounts(), sourceChars: 1.5 }, false],
  ];
  for (const [name, x, ok] of records) {
    it(`a record ${name} is ${ok ? 'shown' : 'counted again'}`, () => {
      expect(isRowCounts(x)).to.equal(ok);
    });
  }
});
