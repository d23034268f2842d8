// The upgrade from schema v9 to v10 (each document's progress counts, store/doc-counts.ts), on a
// database built by hand as v9 wrote it: rows one a record and in chunks, a document without rows.
import { expect } from '@open-wc/testing';
import { countAll } from '../../src/core/progress.js';
import { DB_VERSION } from '../../src/store/index.js';
import { createV7, rawOpen, rawPut, rows, translator, useDb } from './helpers.js';

describe('store: migration from schema v9 to v10 (progress counts)', () => {
  const db = useDb();

  it('counts every document as stored, and the counts then follow the edits', async () => {
    expect(DB_VERSION).to.be.at.least(10);
    const v9 = await rawOpen(db.name(), 9, (raw) => {
      createV7(raw);
      raw.createObjectStore('tmBlocks', { keyPath: ['tm', 'id'] });
      raw.createObjectStore('tmBlockKeys', { keyPath: ['tm', 'id'] });
      raw
        .createObjectStore('segmentChunks', { keyPath: 'id' })
        .createIndex('byDoc', ['docId', 'first']);
    });
    const project = (id: string, sourceLang: string) => ({
      id,
      name: id,
      sourceLang,
      targetLang: sourceLang === 'en' ? 'zh-Hans' : 'en',
      createdAt: 1,
      updatedAt: 1,
    });
    await rawPut(v9, 'projects', project('p1', 'zh-Hans'));
    await rawPut(v9, 'projects', project('p2', 'en'));
    await rawPut(v9, 'documents', { id: 'd1', projectId: 'p1', name: 'a', order: 0 });
    await rawPut(v9, 'documents', { id: 'd2', projectId: 'p1', name: 'b', order: 1 });
    await rawPut(v9, 'documents', { id: 'd3', projectId: 'p2', name: 'empty', order: 0 });
    const row = (id: string, docId: string, i: number, status: string) => ({
      id,
      docId,
      order: `k${String(i).padStart(4, '0')}`,
      paragraphStart: false,
      source: rows(i + 1)[i].source,
      target: status === 'new' ? '' : rows(i + 1)[i].target,
      status,
      link: { source: 1, target: 1 },
      confidence: 1,
      note: '',
      updatedAt: 1,
      rev: 1,
    });
    // d1: 30 rows of their own (v8 and before), 10 confirmed; d2: a chunk of 100, 40 drafts.
    for (let i = 0; i < 30; i++)
      await rawPut(v9, 'segments', row(`s${i}`, 'd1', i, i < 10 ? 'translated' : 'new'));
    const chunk = Array.from({ length: 100 }, (_, i) =>
      row(`c.${i}`, 'd2', i, i < 40 ? 'draft' : 'new'),
    );
    await rawPut(v9, 'segmentChunks', { id: 'c', docId: 'd2', first: chunk[0].order, rows: chunk });
    v9.close();

    const ws = await db.open();
    const progress = await ws.projects.progress();
    const d1 = countAll(await ws.segments.all('d1'));
    const d2 = countAll(await ws.segments.all('d2'));
    const p1 = progress.get('p1')!;
    expect(p1.rows).to.equal(130);
    expect(p1.status.translated).to.equal(10);
    expect(p1.status.draft).to.equal(40);
    expect(p1.withTarget).to.equal(50);
    expect(p1.sourceChars).to.equal(d1.sourceChars + d2.sourceChars);
    expect(progress.get('p2')).to.deep.include({ rows: 0, withTarget: 0 });
    // Written by the upgrade, not counted on this read: the record is there, for the empty one too.
    const raw = await rawOpen(db.name(), DB_VERSION);
    const stored = await new Promise<unknown[]>((resolve) => {
      const req = raw.transaction('docCounts').objectStore('docCounts').getAll();
      req.onsuccess = () => resolve(req.result as unknown[]);
    });
    raw.close();
    expect(stored.map((r) => (r as { docId: string }).docId).sort()).to.deep.equal([
      'd1',
      'd2',
      'd3',
    ]);
    const r = (await ws.segments.get('c.70'))!;
    await ws.edit(r.id, { target: 'Done.', status: 'approved' }, r.rev, translator);
    expect((await ws.projects.progress()).get('p1')?.status.approved).to.equal(1);
  });
});
