import { expect } from '@open-wc/testing';
import { DB_VERSION } from '../../src/store/index.js';
import { rawOpen, reviewer, seed, translator, useDb } from './helpers.js';

describe('store: history and versions', () => {
  const db = useDb();

  it('pages a row history newest first with who and when, and restores an old value', async () => {
    const ws = await db.open();
    const { segs } = await seed(ws, 2);
    let rev = segs[0].rev;
    for (const t of ['a', 'b', 'c', 'd']) {
      const r = await ws.edit(segs[0].id, { target: t }, rev, t === 'd' ? reviewer : translator);
      if (r.ok) rev = r.segment.rev;
    }
    await ws.edit(segs[1].id, { note: 'other row' }, segs[1].rev, translator);
    const first = await ws.history.page(segs[0].id, 0, 2);
    expect(first.map((r) => [r.before, r.after])).to.deep.equal([
      ['c', 'd'],
      ['b', 'c'],
    ]);
    expect(first[0]).to.deep.include({ role: 'reviewer', author: 'Ann', field: 'target' });
    const second = await ws.history.page(segs[0].id, 2, 10);
    expect(second.map((r) => r.after)).to.deep.equal(['b', 'a']);

    const restored = await ws.history.restore(second[0].id!, translator);
    expect(restored.target).to.equal('b');
    expect((await ws.history.page(segs[0].id, 0, 1))[0]).to.deep.include({
      before: 'd',
      after: 'b',
    });
    await ws.undo(segs[0].docId, translator);
    expect((await ws.segments.get(segs[0].id))!.target).to.equal('d');
  });

  it('pages a long history (hundreds of revisions) newest first', async () => {
    const ws = await db.open();
    const { doc, segs } = await seed(ws, 2);
    const raw = await rawOpen(db.name(), DB_VERSION);
    await new Promise<void>((resolve, reject) => {
      const tx = raw.transaction('revisions', 'readwrite');
      for (let i = 0; i < 250; i++) {
        for (const s of segs) {
          tx.objectStore('revisions').add({
            segmentId: s.id,
            docId: doc.id,
            field: 'target',
            before: `${i - 1}`,
            after: `${i}`,
            role: 'translator',
            author: 'Li',
            at: 1000 + i,
            opId: `op${i}`,
          });
        }
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    raw.close();
    const top = await ws.history.page(segs[1].id, 0, 3);
    expect(top.map((r) => r.after)).to.deep.equal(['249', '248', '247']);
    const tail = await ws.history.page(segs[1].id, 245, 10);
    expect(tail.map((r) => r.after)).to.deep.equal(['4', '3', '2', '1', '0']);
    expect(tail.every((r) => r.segmentId === segs[1].id)).to.equal(true);
    const recent = await ws.history.since(doc.id, 1248, 10);
    expect(recent.map((r) => r.after)).to.deep.equal(['249', '249', '248', '248']);
  });

  it('saves, lists, renames, restores (undoably) and deletes versions', async () => {
    const ws = await db.open();
    const { doc, segs } = await seed(ws, 3);
    const v1 = await ws.versions.save(doc.id, 'Translator draft', 'Li');
    await ws.edit(segs[0].id, { target: 'changed', status: 'reviewed' }, segs[0].rev, reviewer);
    // Merging and splitting again removes the third row and adds a new one in its place.
    await ws.structure.merge(segs[1].id, segs[2].id, reviewer);
    const split = await ws.structure.split(
      segs[1].id,
      '源1。'.length,
      'Source 1.'.length,
      reviewer,
    );
    const added = split.changed[1].id;
    const v2 = await ws.versions.save(doc.id, 'Review 1', 'Ann');
    expect((await ws.versions.list(doc.id)).map((v) => v.name)).to.deep.equal([
      'Review 1',
      'Translator draft',
    ]);
    expect(v2.segmentCount).to.equal(3);

    await ws.versions.rename(v1.id, 'Draft 1');
    const frozen = await ws.versions.get(v1.id);
    expect(frozen!.name).to.equal('Draft 1');
    expect(frozen!.segments.map((s) => s.target)).to.deep.equal([
      'Source 0.',
      'Source 1.',
      'Source 2.',
    ]);

    const res = await ws.versions.restore(v1.id, reviewer);
    expect(res.changedRows).to.equal(3);
    const now = await ws.segments.all(doc.id);
    expect(now.map((s) => [s.id, s.target, s.status])).to.deep.equal(
      segs.map((s) => [s.id, s.target, s.status]),
    );
    expect((await ws.history.page(segs[2].id, 0, 1))[0].field).to.equal('restore');

    await ws.undo(doc.id, reviewer);
    expect((await ws.segments.all(doc.id)).map((s) => [s.id, s.target])).to.deep.equal([
      [segs[0].id, 'changed'],
      [segs[1].id, 'Source 1.'],
      [added, 'Source 2.'],
    ]);

    await ws.versions.delete(v2.id);
    expect((await ws.versions.list(doc.id)).map((v) => v.id)).to.deep.equal([v1.id]);
    expect(await ws.versions.get(v2.id)).to.equal(undefined);
  });
});
