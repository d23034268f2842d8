import { expect } from '@open-wc/testing';
import type { ReviewComment } from '../../src/core/model.js';
import { problemOfSegment } from '../../src/store/validate.js';
import { reviewer, seed, useDb } from './helpers.js';

const comment = (over: Partial<ReviewComment> = {}): ReviewComment => ({
  id: 'c1',
  author: 'Ann',
  role: 'reviewer',
  at: 1,
  text: '术语不统一',
  resolved: false,
  ...over,
});

describe('store: review comments on a row', () => {
  const db = useDb();

  it('stores comments through edit and updateMany, each an undoable step', async () => {
    const ws = await db.open();
    const { doc, segs } = await seed(ws, 2);
    const r = await ws.edit(segs[0].id, { comments: [comment()] }, segs[0].rev, reviewer);
    expect(r.ok).to.equal(true);
    expect((await ws.segments.get(segs[0].id))!.comments).to.deep.equal([comment()]);

    await ws.structure.updateMany(
      doc.id,
      [{ id: segs[0].id, patch: { comments: [comment({ resolved: true })] } }],
      reviewer,
    );
    expect((await ws.segments.get(segs[0].id))!.comments![0].resolved).to.equal(true);

    await ws.undo(doc.id, reviewer);
    expect((await ws.segments.get(segs[0].id))!.comments![0].resolved).to.equal(false);
    await ws.undo(doc.id, reviewer);
    expect((await ws.segments.get(segs[0].id))!.comments).to.equal(undefined);
  });

  it('an unchanged comment list writes nothing', async () => {
    const ws = await db.open();
    const { doc, segs } = await seed(ws, 1);
    await ws.edit(segs[0].id, { comments: [comment()] }, segs[0].rev, reviewer);
    const res = await ws.structure.updateMany(
      doc.id,
      [{ id: segs[0].id, patch: { comments: [comment()] } }],
      reviewer,
    );
    expect(res.changed).to.deep.equal([]);
  });

  // [comments value, problem or null]
  const cases: [unknown, string | null][] = [
    [undefined, null],
    [[], null],
    [[comment()], null],
    ['text', 'comments is not a list'],
    [[{ ...comment(), resolved: 'no' }], 'comments[0]: resolved is not a boolean'],
    [[{ ...comment(), role: 'boss' }], 'comments[0]: role is "boss"'],
    [[null], 'comments[0]: not an object'],
  ];
  for (const [value, problem] of cases) {
    it(`validates comments ${JSON.stringify(value)} → ${problem}`, async () => {
      const ws = await db.open();
      const { segs } = await seed(ws, 1);
      expect(problemOfSegment({ ...segs[0], comments: value })).to.equal(problem);
    });
  }
});
