// Rows created in bulk live 100 to a record (schema v9, store/rows.ts), against the browser's real
// IndexedDB: read back whole and in pages, every single-row write moving its row out of its chunk,
// a v8 database migrated, backups and project deletion covering the chunks.
import { expect } from '@open-wc/testing';
import type { Segment } from '../../src/core/model.js';
import {
  DB_VERSION,
  leaveOutDamaged,
  salvageWorkspace,
  type Backup,
  type Workspace,
} from '../../src/store/index.js';
import {
  createV7,
  rawOpen,
  rawPut,
  rawPutRow,
  rawRowCount,
  rows,
  translator,
  useDb,
} from './helpers.js';
import { regroupRows } from '../../src/store/rows-regroup.js';

const init = { name: '分块', sourceLang: 'zh-Hans', targetLang: 'en' } as const;

/** What the database holds, read past the store's code: rows one a record, chunks, their rows. */
async function stored(name: string) {
  const raw = await rawOpen(name, DB_VERSION);
  const all = (store: string) =>
    new Promise<unknown[]>((resolve, reject) => {
      const req = raw.transaction(store).objectStore(store).getAll();
      req.onsuccess = () => resolve(req.result as unknown[]);
      req.onerror = () => reject(req.error);
    });
  const single = (await all('segments')).length;
  const chunks = (await all('segmentChunks')) as { rows: Segment[] }[];
  const rowCount = await rawRowCount(raw);
  raw.close();
  return { single, chunks: chunks.length, rows: rowCount };
}

/** The texts of a document in order, and a check that order keys only ever grow. */
async function texts(ws: Workspace, docId: string): Promise<string[]> {
  const all = await ws.segments.all(docId);
  for (let i = 1; i < all.length; i++) expect(all[i - 1].order <= all[i].order).to.equal(true);
  return all.map((s) => s.target);
}

const targets = (n: number) => rows(n).map((r) => r.target);

describe('store: rows stored in chunks', () => {
  const db = useDb();

  async function bulk(n: number) {
    const ws = await db.open();
    const { project, document } = await ws.projects.create(init, rows(n));
    return { ws, project, doc: document, segs: await ws.segments.all(document.id) };
  }

  it('stores a bulk-created document 100 rows a record and reads it back whole and in pages', async () => {
    const { ws, doc } = await bulk(1234);
    expect(await stored(db.name())).to.deep.equal({ single: 0, chunks: 13, rows: 1234 });
    expect(await texts(ws, doc.id)).to.deep.equal(targets(1234));
    expect(await ws.segments.count(doc.id)).to.equal(1234);
    const page = async (offset: number, limit: number) =>
      (await ws.segments.page(doc.id, offset, limit)).map((s) => s.target);
    expect(await page(0, 60)).to.deep.equal(targets(60));
    expect(await page(95, 10)).to.deep.equal(targets(105).slice(95));
    expect(await page(1200, 100)).to.deep.equal(targets(1234).slice(1200));
    expect(await page(1234, 10)).to.deep.equal([]);
    const all = await ws.segments.all(doc.id);
    const after = await ws.segments.pageAfter(doc.id, all[198].order, 3);
    expect(after.map((s) => s.target)).to.deep.equal(targets(202).slice(199));
    expect(await ws.segments.get(all[777].id)).to.deep.equal(all[777]);
  });

  it('moves an edited row out of its chunk, and undo and redo keep the document in order', async () => {
    const { ws, doc, segs } = await bulk(250);
    const row = segs[150];
    const res = await ws.edit(row.id, { target: '编辑过' }, row.rev, translator);
    expect(res.ok).to.equal(true);
    // The row lives in one place only: out of its chunk, in a record of its own.
    expect(await stored(db.name())).to.deep.equal({ single: 1, chunks: 3, rows: 250 });
    const want = targets(250);
    want[150] = '编辑过';
    expect(await texts(ws, doc.id)).to.deep.equal(want);
    expect((await ws.segments.get(row.id))?.target).to.equal('编辑过');
    // A stale edit of the moved row is refused as before.
    const stale = await ws.edit(row.id, { target: 'stale' }, row.rev, translator);
    expect(stale.ok).to.equal(false);

    await ws.undo(doc.id, translator);
    expect(await texts(ws, doc.id)).to.deep.equal(targets(250));
    await ws.redo(doc.id, translator);
    expect(await texts(ws, doc.id)).to.deep.equal(want);
    expect((await stored(db.name())).rows).to.equal(250);
  });

  it('splits and merges rows of chunks, across a chunk boundary too, and undoes it', async () => {
    const { ws, doc, segs } = await bulk(300);
    // Split row 40 (inside the first chunk): the new half goes right after it.
    const s = segs[40];
    await ws.structure.split(s.id, 2, 5, translator);
    let got = await texts(ws, doc.id);
    expect(got.length).to.equal(301);
    expect(got.slice(39, 43)).to.deep.equal(['Source 39.', 'Sourc', 'e 40.', 'Source 41.']);
    // Merge the last row of the first chunk with the first of the second.
    await ws.structure.merge(segs[99].id, segs[100].id, translator);
    got = await texts(ws, doc.id);
    expect(got.length).to.equal(300);
    expect(got.slice(99, 102)).to.deep.equal([
      'Source 98.',
      'Source 99. Source 100.',
      'Source 101.',
    ]);
    // Merge two rows inside a chunk.
    await ws.structure.merge(segs[250].id, segs[251].id, translator);
    expect((await texts(ws, doc.id)).length).to.equal(299);
    expect(await stored(db.name())).to.include({ rows: 299 });

    for (let i = 0; i < 3; i++) await ws.undo(doc.id, translator);
    expect(await texts(ws, doc.id)).to.deep.equal(targets(300));
    expect((await stored(db.name())).rows).to.equal(300);
    for (let i = 0; i < 3; i++) await ws.redo(doc.id, translator);
    expect((await texts(ws, doc.id)).length).to.equal(299);
  });

  it('merges a row into the one before it when that one is the last of an earlier chunk', async () => {
    const { ws, doc, segs } = await bulk(200);
    // The first row of chunk 2 moved out first: its neighbour is still found across chunks.
    await ws.edit(segs[100].id, { note: 'n' }, segs[100].rev, translator);
    await ws.structure.merge(segs[99].id, segs[100].id, translator);
    const got = await texts(ws, doc.id);
    expect(got.length).to.equal(199);
    expect(got[99]).to.equal('Source 99. Source 100.');
    expect(got[100]).to.equal('Source 101.');
  });

  it('restores history, replaces many rows, applies remote rows and removals', async () => {
    const { ws, doc, segs } = await bulk(220);
    await ws.edit(segs[5].id, { target: 'v2' }, segs[5].rev, translator);
    const [rev] = await ws.history.page(segs[5].id, 0, 1);
    await ws.history.restore(rev.id as number, translator, 'before');
    expect((await ws.segments.get(segs[5].id))?.target).to.equal('Source 5.');

    await ws.structure.updateMany(
      doc.id,
      [segs[10], segs[110], segs[210]].map((r) => ({
        id: r.id,
        patch: { status: 'approved' as const },
      })),
      translator,
    );
    const confirmed = (await ws.segments.all(doc.id)).filter((r) => r.status === 'approved');
    expect(confirmed.map((r) => r.id)).to.deep.equal([segs[10].id, segs[110].id, segs[210].id]);

    // As the sync engine hands them: rows without docId and rev.
    const remote: Partial<Segment> = { ...segs[120], target: '远程' };
    delete remote.docId;
    delete remote.rev;
    await ws.segments.applyRemote(doc.id, [remote as Segment], [segs[121].id]);
    const got = await texts(ws, doc.id);
    expect(got.length).to.equal(219);
    expect(got.slice(119, 122)).to.deep.equal(['Source 119.', '远程', 'Source 122.']);
    expect((await stored(db.name())).rows).to.equal(219);
  });

  it('saves and restores a named version of a chunked document', async () => {
    const { ws, doc, segs } = await bulk(150);
    const v = await ws.versions.save(doc.id, '初稿', 'Li');
    expect(v.segmentCount).to.equal(150);
    await ws.edit(segs[3].id, { target: 'changed' }, segs[3].rev, translator);
    await ws.structure.split(segs[120].id, 1, 3, translator);
    await ws.versions.restore(v.id, translator);
    expect(await texts(ws, doc.id)).to.deep.equal(targets(150));
    expect((await stored(db.name())).rows).to.equal(150);
    await ws.undo(doc.id, translator);
    expect((await texts(ws, doc.id)).length).to.equal(151);
  });

  it('keeps rows a step changes together in their chunks: replace-all, undo, a version, a team update', async () => {
    const { ws, doc, segs } = await bulk(250);
    const v = await ws.versions.save(doc.id, '初稿', 'Li');
    // A replace-all over 200 rows of three chunks (the last chunk's one row alone moves out).
    const patches = segs
      .slice(0, 201)
      .map((r) => ({ id: r.id, patch: { target: r.target.replace('Source', '源') } }));
    await ws.structure.updateMany(doc.id, patches, translator);
    const replaced = targets(250).map((t, i) => (i <= 200 ? t.replace('Source', '源') : t));
    expect(await texts(ws, doc.id)).to.deep.equal(replaced);
    expect(await stored(db.name())).to.deep.equal({ single: 1, chunks: 3, rows: 250 });
    expect((await ws.segments.get(segs[150].id))?.target).to.equal('源 150.');

    await ws.undo(doc.id, translator);
    expect(await texts(ws, doc.id)).to.deep.equal(targets(250));
    expect(await stored(db.name())).to.deep.equal({ single: 1, chunks: 3, rows: 250 });
    await ws.redo(doc.id, translator);
    expect(await texts(ws, doc.id)).to.deep.equal(replaced);
    // A stale edit based on the row before the replace is refused: its rev moved on in the chunk.
    expect((await ws.edit(segs[20].id, { target: 'x' }, segs[20].rev, translator)).ok).to.equal(
      false,
    );

    await ws.versions.restore(v.id, translator);
    expect(await texts(ws, doc.id)).to.deep.equal(targets(250));
    expect((await stored(db.name())).single).to.equal(1);

    // A team update of many rows: the ones keeping their place stay, a moved one comes out.
    const remote = segs.slice(10, 20).map((r, i) => {
      const copy: Partial<Segment> = { ...r, target: `远程 ${i}` };
      if (i === 9) copy.order = `${segs[249].order}z`;
      delete copy.docId;
      delete copy.rev;
      return copy as Segment;
    });
    await ws.segments.applyRemote(doc.id, remote, [segs[30].id, segs[31].id]);
    const got = await texts(ws, doc.id);
    expect(got.length).to.equal(248);
    expect(got.slice(10, 13)).to.deep.equal(['远程 0', '远程 1', '远程 2']);
    expect(got[247]).to.equal('远程 9');
    expect(await stored(db.name())).to.deep.equal({ single: 2, chunks: 3, rows: 248 });
  });

  it('appends rows in bulk after rows of a chunk and of their own', async () => {
    const { ws, doc, segs } = await bulk(120);
    await ws.structure.split(segs[119].id, 2, 2, translator);
    await ws.segments.bulkCreate(doc.id, rows(130, 'b'));
    const got = await texts(ws, doc.id);
    expect(got.length).to.equal(251);
    expect(got.slice(118, 123)).to.deep.equal([
      'Source 118.',
      'So',
      'urce 119.',
      'bSource 0.',
      'bSource 1.',
    ]);
  });

  it('backs up a chunked document as a list of rows and restores it, replacing or merging', async () => {
    const { ws, doc, segs } = await bulk(230);
    await ws.edit(segs[7].id, { target: '七' }, segs[7].rev, translator);
    const backup = await ws.exportBackup();
    expect(backup.segments.length).to.equal(230);
    const want = await texts(ws, doc.id);
    // Replace: the rows go back into their chunks, the edited one too.
    await ws.edit(segs[8].id, { target: 'lost' }, segs[8].rev, translator);
    await ws.importBackup(JSON.stringify(backup), 'replace');
    expect(await texts(ws, doc.id)).to.deep.equal(want);
    expect(await stored(db.name())).to.deep.equal({ single: 0, chunks: 3, rows: 230 });
    // Merge into a document whose rows are in chunks: a newer row of the file wins, once.
    const { document: other } = await ws.projects.create(init, rows(230, 'o'));
    const file = await ws.exportBackup();
    const first = (await ws.segments.all(other.id))[0];
    const newer = { ...first, target: '更新', updatedAt: Date.now() + 1000 };
    await ws.importBackup(
      { ...file, segments: file.segments.map((r) => (r.id === first.id ? newer : r)) },
      'merge',
    );
    const back = await texts(ws, other.id);
    expect(back.length).to.equal(230);
    expect(back.slice(0, 2)).to.deep.equal(['更新', 'oSource 1.']);
    expect(await texts(ws, doc.id)).to.deep.equal(want);
  });

  it('restores a backup with rows inserted, moved and over-long runs into chunks where it can', async () => {
    const { ws, doc, segs } = await bulk(230);
    // A split adds a row with an id of its own between two rows of the first chunk.
    await ws.structure.split(segs[50].id, 2, 3, translator);
    const backup = await ws.exportBackup();
    const want = await texts(ws, doc.id);
    await ws.importBackup(JSON.stringify(backup), 'replace');
    expect(await texts(ws, doc.id)).to.deep.equal(want);
    expect(await stored(db.name())).to.deep.equal({ single: 1, chunks: 3, rows: 231 });
    // The restored rows take every write as any chunked row does.
    const all = await ws.segments.all(doc.id);
    const res = await ws.edit(all[150].id, { target: '改' }, all[150].rev, translator);
    expect(res.ok).to.equal(true);
    expect((await texts(ws, doc.id))[150]).to.equal('改');

    // A chunk's row found after another chunk's rows stays on its own (chunks never overlap),
    // and so do rows past a chunk's size.
    const row = (id: string, order: string) => ({ ...all[0], id, order });
    const mixed = [
      row('a.0', 'a'),
      row('plain', 'b'),
      row('a.1', 'c'),
      row('b.0', 'd'),
      row('a.2', 'e'),
      ...Array.from({ length: 101 }, (_, i) => row(`c.${i}`, `f${String(i).padStart(3, '0')}`)),
    ];
    const { chunks, single } = regroupRows(mixed);
    expect(chunks.map((c) => [c.id, c.first, c.rows.length])).to.deep.equal([
      ['a', 'a', 2],
      ['b', 'd', 1],
      ['c', 'f000', 100],
    ]);
    expect(single.map((r) => r.id)).to.deep.equal(['plain', 'a.2', 'c.100']);
  });

  it("joins a team project with the sharer's chunks, and refuses a damaged row whole", async () => {
    const { ws: fresh, doc, project: sharer } = await bulk(150);
    const shared = (await fresh.segments.all(doc.id)).map(({ docId: _d, rev: _r, ...r }) => r);
    // The sharer's copy goes: this workspace is the joiner's.
    await fresh.projects.delete(sharer.id);
    const project = { ...init, id: 'p-team', createdAt: 1, updatedAt: 1 };
    const document = { id: 'd-team', projectId: 'p-team', name: 'doc', order: 0 };
    const bad = shared.map((r, i) => (i === 140 ? { ...r, status: 'bogus' as never } : r));
    const refused = await fresh.projects.createMirror(project, document, bad).then(
      () => null,
      (e: unknown) => e,
    );
    expect(String(refused)).to.contain('row');
    expect(await stored(db.name())).to.deep.equal({ single: 0, chunks: 0, rows: 0 });
    await fresh.projects.createMirror(project, document, shared);
    expect(await stored(db.name())).to.deep.equal({ single: 0, chunks: 2, rows: 150 });
    expect(await texts(fresh, 'd-team')).to.deep.equal(targets(150));
    const row = (await fresh.segments.all('d-team'))[120];
    expect((await fresh.edit(row.id, { target: '改' }, row.rev, translator)).ok).to.equal(true);
  });

  it('deletes a project with its chunks, and its undo brings them back', async () => {
    const { ws, project, doc } = await bulk(260);
    const gone = await ws.projects.delete(project.id);
    expect(await stored(db.name())).to.deep.equal({ single: 0, chunks: 0, rows: 0 });
    await ws.projects.restoreDeleted(gone);
    expect(await texts(ws, doc.id)).to.deep.equal(targets(260));
  });
});

describe('store: salvaging rows stored in chunks', () => {
  const db = useDb();

  it('recovers every sound row of a chunk with a damaged row, and leaves out only that row', async () => {
    const ws = await db.open();
    const { document } = await ws.projects.create(init, rows(150));
    const segs = await ws.segments.all(document.id);
    ws.close();
    const raw = await rawOpen(db.name(), DB_VERSION);
    await rawPutRow(raw, { ...segs[20], target: 42, status: 'weird' });
    raw.close();

    const { json, report } = await salvageWorkspace(db.name());
    expect(report.counts.segments).to.deep.equal({ kept: 149, leftOut: 1 });
    const file = JSON.parse(json) as Backup;
    expect(file.segments.length).to.equal(149);
    expect(file.segments.map((r) => r.id)).not.to.include(segs[20].id);

    await leaveOutDamaged(db.name());
    const again = await db.open();
    const want = targets(150);
    want.splice(20, 1);
    expect(await texts(again, document.id)).to.deep.equal(want);
    expect(await stored(db.name())).to.deep.equal({ single: 99, chunks: 1, rows: 149 });
    const second = await salvageWorkspace(db.name());
    expect(second.report.counts.segments).to.deep.equal({ kept: 149, leftOut: 0 });
  });
});

describe('store: migration from schema v8 to v9 (rows in chunks)', () => {
  const db = useDb();

  it('opens a v8 database with rows, reads them all back and adds chunked rows after them', async () => {
    const v8 = await rawOpen(db.name(), 8, (raw) => {
      createV7(raw);
      raw.createObjectStore('tmBlocks', { keyPath: ['tm', 'id'] });
      raw.createObjectStore('tmBlockKeys', { keyPath: ['tm', 'id'] });
    });
    await rawPut(v8, 'projects', {
      id: 'p1',
      name: 'Old',
      sourceLang: 'zh-Hans',
      targetLang: 'en',
      createdAt: 1,
      updatedAt: 1,
    });
    await rawPut(v8, 'documents', { id: 'd1', projectId: 'p1', name: 'Old', order: 0 });
    const old = rows(250).map((r, i) => ({
      id: `old-${i}`,
      docId: 'd1',
      order: `k${String(i).padStart(4, '0')}`,
      paragraphStart: false,
      source: r.source,
      target: r.target,
      status: 'draft',
      link: { source: 1, target: 1 },
      confidence: 1,
      note: '',
      updatedAt: 1,
      rev: 1,
    }));
    for (const r of old) await rawPutRow(v8, r);
    v8.close();

    const ws = await db.open();
    expect(await texts(ws, 'd1')).to.deep.equal(targets(250));
    expect(await ws.segments.count('d1')).to.equal(250);
    expect(await ws.segments.get('old-9')).to.deep.include({ target: 'Source 9.' });
    await ws.segments.bulkCreate('d1', rows(150, 'n'));
    const got = await texts(ws, 'd1');
    expect(got.length).to.equal(400);
    expect(got[249]).to.equal('Source 249.');
    expect(got[250]).to.equal('nSource 0.');
    expect(await stored(db.name())).to.deep.equal({ single: 250, chunks: 2, rows: 400 });
    const res = await ws.edit('old-3', { target: '旧' }, 1, translator);
    expect(res.ok).to.equal(true);
  });
});
