import { expect } from '@open-wc/testing';
import { StoreError, type Workspace } from '../../src/store/index.js';
import { reviewer, seed, translator, useDb } from './helpers.js';

const texts = async (ws: Workspace, docId: string) =>
  (await ws.segments.all(docId)).map((s) => [s.source, s.target]);

describe('store: operations and undo/redo', () => {
  const db = useDb();

  it('merges two rows, splits them back, and undoes both steps', async () => {
    const ws = await db.open();
    const { doc, segs } = await seed(ws, 3);
    const start = await texts(ws, doc.id);

    const merged = await ws.structure.merge(segs[0].id, segs[1].id, translator);
    expect(merged.removed).to.deep.equal([segs[1].id]);
    expect(merged.changed[0]).to.deep.include({
      source: '源0。源1。',
      target: 'Source 0. Source 1.',
    });
    expect(merged.changed[0].link).to.deep.equal({ source: 2, target: 2 });
    expect(await ws.segments.count(doc.id)).to.equal(2);

    const split = await ws.structure.split(
      segs[0].id,
      '源0。'.length,
      'Source 0.'.length,
      translator,
    );
    expect(split.changed.map((s) => [s.source, s.target])).to.deep.equal([
      ['源0。', 'Source 0.'],
      ['源1。', 'Source 1.'],
    ]);
    expect(await texts(ws, doc.id)).to.deep.equal(start);

    await ws.undo(doc.id, translator); // the split
    expect(await texts(ws, doc.id)).to.deep.equal([
      ['源0。源1。', 'Source 0. Source 1.'],
      ['源2。', 'Source 2.'],
    ]);
    await ws.undo(doc.id, translator); // the merge: the second row comes back with its id
    expect(await texts(ws, doc.id)).to.deep.equal(start);
    expect((await ws.segments.all(doc.id)).map((s) => s.id)).to.deep.equal(segs.map((s) => s.id));
    expect(await ws.undoState(doc.id)).to.deep.include({ canUndo: false, canRedo: true });

    await ws.redo(doc.id, translator);
    expect(await ws.segments.count(doc.id)).to.equal(2);
    const fields = (await ws.history.page(segs[1].id, 0, 10)).map((r) => r.field);
    expect(fields).to.deep.equal(['delete', 'restore', 'merge']);
  });

  it("merges texts with core's one join rule, by the project's languages", async () => {
    const ws = await db.open();
    const { segs } = await seed(ws, 2); // zh-Hans → en
    await ws.edit(segs[0].id, { source: '我不知道……', target: 'I do not know. ' }, 1, translator);
    await ws.edit(segs[1].id, { source: '“你呢？”', target: 'You?' }, 1, translator);
    const merged = await ws.structure.merge(segs[0].id, segs[1].id, translator);
    // Chinese takes no space even between punctuation; English keeps the space it had.
    expect(merged.changed[0]).to.deep.include({
      source: '我不知道……“你呢？”',
      target: 'I do not know. You?',
    });
  });

  it('keeps undo and redo across closing and reopening the database', async () => {
    const ws = await db.open();
    const { doc, segs } = await seed(ws, 2);
    await ws.edit(segs[0].id, { target: 'first' }, segs[0].rev, translator);
    const r2 = await ws.edit(segs[0].id, { target: 'second' }, segs[0].rev + 1, translator);
    expect(r2.ok).to.equal(true);
    ws.close();

    const again = await db.open();
    expect(await again.undoState(doc.id)).to.deep.equal({
      canUndo: true,
      canRedo: false,
      undoKind: 'edit',
      redoKind: undefined,
    });
    await again.undo(doc.id, translator);
    expect((await again.segments.get(segs[0].id))!.target).to.equal('first');
    again.close();

    const third = await db.open();
    expect((await third.undoState(doc.id)).canRedo).to.equal(true);
    await third.redo(doc.id, translator);
    expect((await third.segments.get(segs[0].id))!.target).to.equal('second');
    await third.undo(doc.id, translator);
    await third.undo(doc.id, translator);
    expect((await third.segments.get(segs[0].id))!.target).to.equal('Source 0.');
    expect(await third.undo(doc.id, translator)).to.equal(null);
  });

  it('a new step after undo drops the redo branch', async () => {
    const ws = await db.open();
    const { doc, segs } = await seed(ws, 1);
    await ws.edit(segs[0].id, { target: 'a' }, 1, translator);
    await ws.undo(doc.id, translator);
    const row = (await ws.segments.get(segs[0].id))!;
    await ws.edit(row.id, { target: 'b' }, row.rev, translator);
    expect((await ws.undoState(doc.id)).canRedo).to.equal(false);
    await ws.undo(doc.id, translator);
    expect((await ws.segments.get(segs[0].id))!.target).to.equal('Source 0.');
    expect((await ws.undoState(doc.id)).canUndo).to.equal(false);
  });

  it('shares one undo history per document between tabs, in order', async () => {
    const tabA = await db.open();
    const tabB = await db.open();
    const { doc, segs } = await seed(tabA, 1);
    await tabA.edit(segs[0].id, { target: 'A' }, 1, translator);
    await tabB.edit(segs[0].id, { target: 'B' }, 2, reviewer);
    await tabB.undo(doc.id, reviewer);
    // Undoing B left the row as A wrote it (with a new rev): A's step is still undoable.
    await tabA.undo(doc.id, translator);
    expect((await tabA.segments.get(segs[0].id))!.target).to.equal('Source 0.');
  });

  it('refuses to undo over a row changed outside the undo history', async () => {
    const ws = await db.open();
    const { doc, segs } = await seed(ws, 1);
    const backup = await ws.exportBackup();
    await ws.edit(segs[0].id, { target: 'mine' }, 1, translator);
    // A merged backup brings a newer copy of the row that no undo step knows about.
    const newer = { ...backup.segments[0], target: 'theirs', updatedAt: Date.now() + 60_000 };
    await ws.importBackup({ ...backup, segments: [newer] }, 'merge');
    const err = await ws.undo(doc.id, translator).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).to.be.instanceOf(StoreError);
    expect((err as StoreError).kind).to.equal('conflict');
    expect((err as StoreError).segmentIds).to.deep.equal([segs[0].id]);
    expect((await ws.segments.get(segs[0].id))!.target).to.equal('theirs');
  });
});
