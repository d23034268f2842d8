// LQA issues ride on row comments: they must survive every path a comment takes (write, reload,
// undo, backup and restore), and a backup carrying a bogus one must be refused with its reason.
// Real IndexedDB throughout.
import { expect } from '@open-wc/testing';
import type { ReviewComment } from '../../src/core/model.js';
import { deleteWorkspace, StoreError } from '../../src/store/index.js';
import { problemOfSegment } from '../../src/store/validate.js';
import { reviewer, seed, useDb } from './helpers.js';

const issue = (over: Partial<ReviewComment> = {}): ReviewComment => ({
  id: 'c1',
  author: 'Ann',
  role: 'reviewer',
  at: 1,
  text: '“峰会”应译作 summit',
  resolved: false,
  issue: { category: 'terminology', severity: 'major' },
  ...over,
});

describe('store: LQA issues on comments', () => {
  const db = useDb();

  it('keeps an issue through write, reload, undo and backup/restore', async () => {
    const ws = await db.open();
    const { doc, segs } = await seed(ws, 2);
    const id = segs[0].id;
    await ws.edit(id, { comments: [issue()] }, segs[0].rev, reviewer);
    // Withdrawing is a change of its own, undone like any other.
    await ws.structure.updateMany(
      doc.id,
      [{ id, patch: { comments: [issue({ withdrawn: true })] } }],
      reviewer,
    );
    ws.close();

    const again = await db.open();
    expect((await again.segments.get(id))!.comments).to.deep.equal([issue({ withdrawn: true })]);
    await again.undo(doc.id, reviewer);
    expect((await again.segments.get(id))!.comments).to.deep.equal([issue()]);

    const json = await again.exportBackupJSON();
    again.close();
    await deleteWorkspace(db.name());
    const fresh = await db.open();
    await fresh.importBackup(json, 'replace');
    const back = (await fresh.segments.get(id))!.comments!;
    expect(back).to.deep.equal([issue()]);
    expect(back[0].issue).to.deep.equal({ category: 'terminology', severity: 'major' });
  });

  it('refuses a backup whose issue has a bogus severity or category, saying which', async () => {
    const ws = await db.open();
    const { segs } = await seed(ws, 1);
    await ws.edit(segs[0].id, { comments: [issue()] }, segs[0].rev, reviewer);
    const good = await ws.exportBackup();
    const poisoned = (c: unknown) => ({
      ...good,
      segments: [{ ...good.segments[0], comments: [c] }],
    });
    const cases: [unknown, string][] = [
      [
        issue({ issue: { category: 'terminology', severity: 'huge' as 'major' } }),
        'segments[0]: comments[0].issue.severity is "huge"',
      ],
      [
        issue({ issue: { category: 'vibes', severity: 'minor' } }),
        'segments[0]: comments[0].issue.category is "vibes"',
      ],
      [{ ...issue(), issue: 'major' }, 'segments[0]: comments[0].issue is "major"'],
      [{ ...issue(), withdrawn: 'yes' }, 'segments[0]: comments[0].withdrawn is "yes"'],
    ];
    for (const [c, reason] of cases) {
      const err = await ws.importBackup(poisoned(c), 'replace').then(
        () => null,
        (e: unknown) => e,
      );
      expect(err, reason).to.be.instanceOf(StoreError);
      expect((err as StoreError).kind).to.equal('invalid');
      expect((err as StoreError).message).to.equal(reason);
    }
    // Nothing was written: the good issue is still there.
    expect((await ws.segments.get(segs[0].id))!.comments).to.deep.equal([issue()]);
  });

  // The quick check every read runs: [comment, problem or null]
  const cases: [unknown, string | null][] = [
    [issue(), null],
    [issue({ issue: undefined }), null],
    [issue({ withdrawn: true }), null],
    [
      { ...issue(), issue: { category: 'terminology', severity: 'huge' } },
      'comments[0]: issue.severity is "huge"',
    ],
    [
      { ...issue(), issue: { category: 'x', severity: 'minor' } },
      'comments[0]: issue.category is "x"',
    ],
    [{ ...issue(), issue: null }, 'comments[0]: issue is not {category, severity}'],
    [{ ...issue(), withdrawn: 1 }, 'comments[0]: withdrawn is not a boolean'],
  ];
  for (const [c, problem] of cases)
    it(`reads ${JSON.stringify(c).slice(0, 80)} → ${problem}`, async () => {
      const ws = await db.open();
      const { segs } = await seed(ws, 1);
      expect(problemOfSegment({ ...segs[0], comments: [c] })).to.equal(problem);
    });
});
