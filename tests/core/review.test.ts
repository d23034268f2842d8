import { expect } from '@open-wc/testing';
import { compareRows, type RowSnapshot } from '../../src/core/diff/index.js';
import {
  canReject,
  decisionPatches,
  openComments,
  withComment,
  withResolved,
  type Decision,
  type ReviewPatch,
} from '../../src/core/review.js';
import { row } from './diff/helpers.js';

// A (the saved version) and B (now): one edit, one status-only change, one untouched row,
// one row added, one removed, and a merge of two rows into one.
const A: RowSnapshot[] = [
  row('r1', 'a', '你好。', 'Hello.', 'translated'),
  row('r2', 'b', '再见。', 'Bye.', 'translated'),
  row('r3', 'c', '谢谢。', 'Thanks.', 'translated'),
  row('r4', 'd', '走了。', 'Gone.', 'draft'),
  row('r5', 'e', '甲。', 'A.', 'draft'),
  row('r6', 'f', '乙。', 'B.', 'draft'),
];
const B: RowSnapshot[] = [
  row('r1', 'a', '你好。', 'Hi there.', 'draft'),
  row('r2', 'b', '再见。', 'Bye.', 'approved'),
  row('r3', 'c', '谢谢。', 'Thanks.', 'translated'),
  row('r5', 'e', '甲。乙。', 'A. B.', 'draft'),
  row('r7', 'g', '新。', 'New.', 'reviewed'),
];
const c = compareRows(A, B, { sourceLang: 'zh-Hans', targetLang: 'en' });
const byId = (id: string) => c.rows.find((r) => r.id === id)!;

describe('core/review: decisions on a comparison', () => {
  // [row id, type, can be rejected]
  const rejectable: [string, string, boolean][] = [
    ['r1', 'modified', true],
    ['r2', 'modified', true],
    ['r3', 'unchanged', false],
    ['r4', 'removed', false],
    ['r5', 'merged', false],
    ['r7', 'added', false],
  ];
  for (const [id, type, can] of rejectable) {
    it(`${id} is ${type} and ${can ? 'can' : 'cannot'} be rejected`, () => {
      expect(byId(id).type).to.equal(type);
      expect(canReject(byId(id))).to.equal(can);
    });
  }

  // [decision, rows, expected patches]
  const table: [Decision, string[], ReviewPatch[]][] = [
    [
      'reject',
      ['r1'],
      [{ id: 'r1', patch: { source: '你好。', target: 'Hello.', status: 'translated' } }],
    ],
    [
      'reject',
      ['r2', 'r3', 'r4', 'r5', 'r7'],
      [{ id: 'r2', patch: { source: '再见。', target: 'Bye.', status: 'translated' } }],
    ],
    ['accept', ['r1'], [{ id: 'r1', patch: { status: 'reviewed' } }]],
    // Approved and reviewed rows keep their status; unchanged and removed rows are skipped.
    ['accept', ['r2', 'r3', 'r4', 'r7'], []],
    ['accept', ['r5'], [{ id: 'r5', patch: { status: 'reviewed' } }]],
  ];
  for (const [decision, ids, patches] of table) {
    it(`${decision} ${ids.join(', ')} → ${patches.length} patches`, () => {
      expect(decisionPatches(ids.map(byId), decision)).to.deep.equal(patches);
    });
  }
});

describe('core/review: comments', () => {
  const base = { id: 'c1', author: '安', role: 'reviewer' as const, at: 5, text: '  术语？ ' };

  it('adds a comment open, trimmed, at the end', () => {
    const one = withComment(undefined, base);
    const two = withComment(one, { ...base, id: 'c2', text: '好' });
    expect(two.map((x) => [x.id, x.text, x.resolved])).to.deep.equal([
      ['c1', '术语？', false],
      ['c2', '好', false],
    ]);
    expect(openComments({ comments: two })).to.equal(2);
  });

  it('resolves one comment and opens it again; the others stay as they were', () => {
    const list = withComment(withComment(undefined, base), { ...base, id: 'c2' });
    const resolved = withResolved(list, 'c1', true);
    expect(resolved.map((x) => x.resolved)).to.deep.equal([true, false]);
    expect(openComments({ comments: resolved })).to.equal(1);
    expect(withResolved(resolved, 'c1', false).map((x) => x.resolved)).to.deep.equal([
      false,
      false,
    ]);
    expect(openComments(undefined)).to.equal(0);
  });
});
