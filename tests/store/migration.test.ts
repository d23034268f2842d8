import { expect } from '@open-wc/testing';
import { DB_VERSION, StoreError } from '../../src/store/index.js';
import { createV1, rawOpen, rawPut, translator, useDb } from './helpers.js';

describe('store: migration from schema v1', () => {
  const db = useDb();

  it('opens a database written by v1 and finds everything, with rows ready for editing', async () => {
    expect(DB_VERSION).to.be.greaterThan(1);
    // v1 had projects, documents and segments only, and rows had no `rev`.
    const v1 = await rawOpen(db.name(), 1, createV1);
    const now = Date.now();
    await rawPut(v1, 'projects', {
      id: 'p1',
      name: 'Old project',
      sourceLang: 'en',
      targetLang: 'zh-Hans',
      createdAt: now - 1000,
      updatedAt: now - 1000,
    });
    await rawPut(v1, 'documents', { id: 'd1', projectId: 'p1', name: 'Doc', order: 0 });
    for (const [id, order, source] of [
      ['s2', 'm', 'Second.'],
      ['s1', 'c', 'First.'],
    ]) {
      await rawPut(v1, 'segments', {
        id,
        docId: 'd1',
        order,
        paragraphStart: false,
        source,
        target: '',
        status: 'new',
        link: { source: 1, target: 0 },
        confidence: 1,
        note: '',
        updatedAt: now - 1000,
      });
    }
    v1.close();

    const ws = await db.open();
    expect((await ws.projects.list()).map((p) => p.name)).to.deep.equal(['Old project']);
    expect((await ws.documents.list('p1')).map((d) => d.id)).to.deep.equal(['d1']);
    const segs = await ws.segments.all('d1');
    expect(segs.map((s) => s.source)).to.deep.equal(['First.', 'Second.']);
    expect(segs.map((s) => s.rev)).to.deep.equal([1, 1]);
    // The stores v2 added work on the migrated data.
    const res = await ws.edit('s1', { target: '第一。' }, 1, translator);
    expect(res.ok).to.equal(true);
    expect((await ws.history.page('s1', 0, 10)).map((r) => r.after)).to.deep.equal(['第一。']);
    expect((await ws.undoState('d1')).canUndo).to.equal(true);
    expect((await ws.projects.list())[0].updatedAt).to.be.greaterThan(now - 1000);
  });

  it('leaves the old database untouched when a migration fails', async () => {
    // A damaged v1 database that lost its segments store: the v2 migration cannot run.
    const v1 = await rawOpen(db.name(), 1, (raw) =>
      raw.createObjectStore('projects', { keyPath: 'id' }),
    );
    await rawPut(v1, 'projects', { id: 'p1', name: 'Keep me' });
    v1.close();
    const err = await db.open().then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).to.be.instanceOf(StoreError);
    const after = await rawOpen(db.name(), 1);
    expect(after.version).to.equal(1);
    expect([...after.objectStoreNames]).to.deep.equal(['projects']);
    const kept = await new Promise((r) => {
      const q = after.transaction('projects').objectStore('projects').get('p1');
      q.onsuccess = () => r(q.result);
    });
    after.close();
    expect(kept).to.deep.equal({ id: 'p1', name: 'Keep me' });
  });
});
