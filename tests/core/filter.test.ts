import { expect } from '@open-wc/testing';
import {
  countByStatus,
  filterSegments,
  LOW_CONFIDENCE,
  NO_FILTER,
  sameIds,
  type RowFilter,
} from '../../src/core/filter.js';
import type { Segment, Status } from '../../src/core/model.js';
import { LOW_CONFIDENCE as ALIGNER_LOW } from '../../src/core/align/index.js';

const seg = (
  id: string,
  status: Status,
  source: string,
  target: string,
  confidence = 1,
): Segment => ({
  id,
  docId: 'd',
  order: id,
  paragraphStart: false,
  source,
  target,
  status,
  link: { source: 1, target: 1 },
  confidence,
  note: '',
  updatedAt: 0,
  rev: 1,
});

const rows = [
  seg('a', 'new', '开源峰会', ''),
  seg('b', 'draft', '杭州', 'Hangzhou'),
  seg('c', 'translated', '代码', 'Code', 0.3),
  seg('d', 'approved', '信任', 'trust'),
  seg('e', 'rejected', '问题', 'Issue', 0.2),
];
// b has an open comment, d only a resolved one.
const comment = (resolved: boolean) => ({
  id: String(resolved),
  author: '王芳',
  role: 'reviewer' as const,
  at: 0,
  text: '术语',
  resolved,
});
rows[1].comments = [comment(false), comment(true)];
rows[3].comments = [comment(true)];

describe('core/filter', () => {
  it("flags what the aligner flags: below the aligner's threshold, not a threshold of its own", () => {
    const under = seg('f', 'draft', '规则', 'Rules', ALIGNER_LOW - 0.01);
    const at = seg('g', 'draft', '规则', 'Rules', ALIGNER_LOW);
    const shown = filterSegments([under, at], { ...NO_FILTER, lowConfidence: true });
    expect(shown.map((r) => r.id)).to.deep.equal(['f']);
    expect(LOW_CONFIDENCE).to.equal(ALIGNER_LOW);
  });

  // [filter, expected ids]
  const cases: [Partial<RowFilter>, string[]][] = [
    [{}, ['a', 'b', 'c', 'd', 'e']],
    [{ status: 'unconfirmed' }, ['a', 'b', 'e']],
    [{ status: 'approved' }, ['d']],
    [{ text: 'code' }, ['c']],
    [{ text: '杭州' }, ['b']],
    [{ text: '  ' }, ['a', 'b', 'c', 'd', 'e']],
    [{ lowConfidence: true }, ['c', 'e']],
    [{ lowConfidence: true, status: 'unconfirmed' }, ['e']],
    [{ openComments: true }, ['b']],
    [{ openComments: false }, ['a', 'b', 'c', 'd', 'e']],
    // Since a version where b's target and d's status differed and e did not exist yet.
    [
      {
        since: new Map([
          ['a', { source: '开源峰会', target: '', status: 'new' as const }],
          ['b', { source: '杭州', target: 'Hang Zhou', status: 'draft' as const }],
          ['c', { source: '代码', target: 'Code', status: 'translated' as const }],
          ['d', { source: '信任', target: 'trust', status: 'translated' as const }],
        ]),
      },
      ['b', 'd', 'e'],
    ],
    // The same, undecided only: d is approved now, so its change counts as accepted.
    [
      {
        since: new Map([
          ['b', { source: '杭州', target: 'Hang Zhou', status: 'draft' as const }],
          ['d', { source: '信任', target: 'trust', status: 'translated' as const }],
        ]),
        undecidedOnly: true,
      },
      ['a', 'b', 'c', 'e'],
    ],
  ];
  for (const [f, ids] of cases) {
    it(`${JSON.stringify(f)} shows ${ids.join(',')}`, () => {
      expect(filterSegments(rows, { ...NO_FILTER, ...f }).map((s) => s.id)).to.deep.equal(ids);
    });
  }

  it('counts rows by status', () => {
    expect(countByStatus(rows)).to.deep.equal({
      new: 1,
      draft: 1,
      translated: 1,
      reviewed: 0,
      approved: 1,
      rejected: 1,
    });
  });

  it('sameIds: same rows in the same order, whatever their text', () => {
    const a = [seg('1', 'new', '甲', ''), seg('2', 'new', '乙', '')];
    const cases: [string, Segment[], boolean][] = [
      ['edited text', [seg('1', 'draft', '甲', 'A'), a[1]], true],
      ['reordered', [a[1], a[0]], false],
      ['one removed', [a[0]], false],
      ['one replaced', [a[0], seg('3', 'new', '乙', '')], false],
    ];
    for (const [name, b, want] of cases) expect(sameIds(a, b), name).to.equal(want);
  });
});
