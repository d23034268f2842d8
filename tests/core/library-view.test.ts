import { expect } from '@open-wc/testing';
import { libraryView, type LibrarySort } from '../../src/core/library-view.js';
import { emptyCounts, type RowCounts } from '../../src/core/progress.js';
import type { Project } from '../../src/core/model.js';

const project = (id: string, name: string, createdAt: number, updatedAt: number): Project => ({
  id,
  name,
  sourceLang: 'zh-Hans',
  targetLang: 'en',
  createdAt,
  updatedAt,
});

const PROJECTS = [
  project('a', 'Annual report 2025', 1, 50),
  project('b', '北京宣传册', 2, 40),
  project('c', 'annual Report 2026 (draft)', 3, 30),
  project('d', '上海 brochure', 4, 60),
  project('e', 'Ｆｕｌｌｗｉｄｔｈ notes 10', 5, 10),
  project('f', 'Fullwidth notes 9', 6, 20),
];

const confirmed = (n: number, rows: number): RowCounts => {
  const c = emptyCounts();
  c.rows = rows;
  c.status.translated = n;
  c.status.new = rows - n;
  return c;
};
const PROGRESS = new Map([
  ['a', confirmed(9, 10)],
  ['b', confirmed(1, 10)],
  ['c', confirmed(5, 10)],
  ['d', confirmed(0, 0)],
  ['f', confirmed(10, 10)],
]);

describe('core/library-view', () => {
  const table: [string, string, LibrarySort, string, string[]][] = [
    ['no filter: last updated first', '', 'updated', 'en', ['d', 'a', 'b', 'c', 'f', 'e']],
    ['words in any order, any case', 'report ANNUAL', 'updated', 'en', ['a', 'c']],
    ['a Chinese part of the name', '宣传', 'updated', 'en', ['b']],
    ['full-width letters read as Latin', 'fullwidth', 'updated', 'en', ['f', 'e']],
    ['nothing matches', 'zzz', 'updated', 'en', []],
    ['white space alone filters nothing', '   ', 'updated', 'en', ['d', 'a', 'b', 'c', 'f', 'e']],
    ['by name, numbers as numbers', 'fullwidth', 'name', 'en', ['f', 'e']],
    // zh-CN puts Chinese names first, by pinyin (běi before shàng), then Latin ones.
    ['by name in Chinese collation: pinyin', '', 'name', 'zh-CN', ['b', 'd', 'a', 'c', 'f', 'e']],
    ['newest created first', '', 'created', 'en', ['f', 'e', 'd', 'c', 'b', 'a']],
    [
      'least confirmed first; ties by last updated',
      '',
      'progress',
      'en',
      ['d', 'e', 'b', 'c', 'a', 'f'],
    ],
  ];
  for (const [what, filter, sort, locale, ids] of table)
    it(what, () => {
      const got = libraryView(PROJECTS, { filter, sort, progress: PROGRESS, locale });
      expect(got.map((p) => p.id)).to.deep.equal(ids);
    });

  it('leaves the list it was given as it was', () => {
    const before = PROJECTS.map((p) => p.id);
    libraryView(PROJECTS, { sort: 'name' });
    expect(PROJECTS.map((p) => p.id)).to.deep.equal(before);
  });
});
