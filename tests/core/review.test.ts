import { expect } from '@open-wc/testing';
import { compareRows, type RowSnapshot } from '../../src/core/diff/index.js';
import {
  canReject,
  decisionPatches,
  reviewTotals,
  rowDecisions,
  openComments,
  type DecisionRevision,
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

describe('core/review: decisions read back from the rows and their history', () => {
  // After the version: r1 edited by the translator (so draft), r2 approved by Ann, r8 edited
  // and set back by Ann (so unchanged again), r9 accepted by Ann (reviewed), r3 untouched.
  const A2 = [...A, row('r8', 'g', '对。', 'Right.'), row('r9', 'h', '错。', 'Wrong.')];
  const B2 = [...B, row('r8', 'g', '对。', 'Right.'), row('r9', 'h', '错。', 'Wrong!', 'reviewed')];
  const c2 = compareRows(A2, B2, { sourceLang: 'zh-Hans', targetLang: 'en' });
  const rev = (
    segmentId: string,
    field: DecisionRevision['field'],
    at: number,
    author = 'Ann',
  ): DecisionRevision => ({
    segmentId,
    field,
    at,
    author,
    role: author === 'Ann' ? 'reviewer' : 'translator',
  });
  const history = [
    rev('r1', 'target', 10, 'Li'),
    rev('r1', 'status', 10, 'Li'),
    rev('r2', 'status', 11),
    rev('r8', 'target', 12, 'Li'),
    rev('r8', 'target', 13),
    rev('r9', 'target', 14, 'Li'),
    rev('r9', 'status', 15),
  ];
  const decisions = rowDecisions(c2.rows, history);

  // [row id, decision as "kind status author at", or '' for none]
  const cases: [string, string][] = [
    ['r1', ''],
    ['r2', 'status approved Ann 11'],
    ['r3', ''],
    ['r4', ''],
    ['r5', ''],
    ['r7', 'accepted reviewed  0'],
    ['r8', 'rejected translated Ann 13'],
    ['r9', 'accepted reviewed Ann 15'],
  ];
  for (const [id, expected] of cases) {
    it(`${id}: ${expected || 'undecided or unchanged'}`, () => {
      const d = decisions.get(id);
      expect(d ? `${d.kind} ${d.status} ${d.author} ${d.at}` : '').to.equal(expected);
    });
  }

  it('an unchanged row nobody touched since A is not decided, however old its history', () => {
    expect(rowDecisions(c2.rows, []).has('r8')).to.equal(false);
  });

  // [history, totals as compared/changed/accepted/status/rejected/undecided]
  const totals: [string, DecisionRevision[], string][] = [
    ['no history', [], '8/6/2/1/0/3'],
    ['with the history', history, '8/7/2/1/1/3'],
  ];
  for (const [what, revs, expected] of totals) {
    it(`totals, ${what}: ${expected}`, () => {
      const t = reviewTotals(c2.rows, rowDecisions(c2.rows, revs));
      const got = [t.compared, t.changed, t.accepted, t.statusSet, t.rejected, t.undecided];
      expect(got.join('/')).to.equal(expected);
    });
  }
});
