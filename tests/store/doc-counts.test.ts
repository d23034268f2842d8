// Each document's progress counts (store/doc-counts.ts) against the browser's real IndexedDB:
// after every kind of row write the stored record — read past the store's code, so a missing one
// is not quietly counted again — equals the counts of the rows the grid reads. A write path that
// forgot the counts fails here.
import { expect } from '@open-wc/testing';
import { countAll, type RowCounts } from '../../src/core/progress.js';
import type { Segment } from '../../src/core/model.js';
import { DB_VERSION, leaveOutDamaged, type Workspace } from '../../src/store/index.js';
import { Connection } from '../../src/store/connection.js';
import { createStreamed } from '../../src/store/create-streamed.js';
import { rawOpen, rawPut, rawPutRow, rows, translator, useDb } from './helpers.js';

const init = { name: '进度', sourceLang: 'zh-Hans', targetLang: 'en' } as const;

/** The stored counts record of `docId`, read with plain IndexedDB. */
async function storedCounts(name: string, docId: string): Promise<unknown> {
  const raw = await rawOpen(name, DB_VERSION);
  const rec = await new Promise<unknown>((resolve, reject) => {
    const req = raw.transaction('docCounts').objectStore('docCounts').get(docId);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  raw.close();
  return rec;
}

/** Asserts the stored record equals the counts of the rows as the grid reads them. */
async function expectTrue(ws: Workspace, docId: string): Promise<RowCounts> {
  const want = { docId, ...countAll(await ws.segments.all(docId)) };
  expect(await storedCounts(ws.name, docId)).to.deep.equal(want);
  return want;
}

describe('store: progress counts kept with the rows', () => {
  const db = useDb();

  /** A project of `n` rows (chunked: created in bulk), half of them with a translation. */
  async function project(n = 250) {
    const ws = await db.open();
    const init2 = rows(n).map((r, i) => (i % 2 ? r : { ...r, target: '' }));
    const { project, document } = await ws.projects.create(init, init2);
    return { ws, project, doc: document, segs: await ws.segments.all(document.id) };
  }

  it('counts a new project and a bulk import into it', async () => {
    const { ws, doc } = await project(250);
    const c = await expectTrue(ws, doc.id);
    expect(c.rows).to.equal(250);
    expect(c.withTarget).to.equal(125);
    // "源0。" … "源249。": one Han character a row (源), the digits a word each.
    expect(c.sourceChars).to.equal(250);
    expect(c.sourceWords).to.equal(250);
    await ws.segments.bulkCreate(doc.id, rows(130, 'n'));
    expect((await expectTrue(ws, doc.id)).rows).to.equal(380);
  });

  it('follows typing, confirming, undo and redo', async () => {
    const { ws, doc, segs } = await project();
    const who = { ...translator, tab: 't1' };
    const r = segs[3];
    expect((await ws.edit(r.id, { target: 'Typed.' }, r.rev, who)).ok).to.equal(true);
    const before = await expectTrue(ws, doc.id);
    const typed = (await ws.segments.get(r.id))!;
    await ws.edit(typed.id, { status: 'translated' }, typed.rev, who);
    const after = await expectTrue(ws, doc.id);
    expect(after.status.translated).to.equal(before.status.translated + 1);
    await ws.undo(doc.id, who);
    expect(await expectTrue(ws, doc.id)).to.deep.equal(before);
    await ws.undo(doc.id, who);
    await expectTrue(ws, doc.id);
    await ws.redo(doc.id, who);
    await ws.redo(doc.id, who);
    expect(await expectTrue(ws, doc.id)).to.deep.equal(after);
  });

  it('follows replace-all and confirm-all over many chunks, and their undo', async () => {
    const { ws, doc, segs } = await project(320);
    const start = await expectTrue(ws, doc.id);
    // Replace-all: every source "源" becomes "源头" (one Han character more a row).
    await ws.structure.updateMany(
      doc.id,
      segs.map((s) => ({ id: s.id, patch: { source: s.source.replace('源', '源头') } })),
      translator,
    );
    expect((await expectTrue(ws, doc.id)).sourceChars).to.equal(start.sourceChars + 320);
    const confirm = segs.filter((_, i) => i % 3 === 0);
    await ws.structure.updateMany(
      doc.id,
      confirm.map((s) => ({ id: s.id, patch: { status: 'translated' as const } })),
      translator,
    );
    expect((await expectTrue(ws, doc.id)).status.translated).to.equal(confirm.length);
    await ws.undo(doc.id, translator);
    await ws.undo(doc.id, translator);
    expect(await expectTrue(ws, doc.id)).to.deep.equal(start);
  });

  it('follows merge and split, and their undo', async () => {
    const { ws, doc, segs } = await project(150);
    const start = await expectTrue(ws, doc.id);
    await ws.structure.merge(segs[99].id, segs[100].id, translator);
    expect((await expectTrue(ws, doc.id)).rows).to.equal(149);
    const merged = (await ws.segments.all(doc.id))[99];
    await ws.structure.split(merged.id, 2, 0, translator);
    expect((await expectTrue(ws, doc.id)).rows).to.equal(150);
    await ws.undo(doc.id, translator);
    await ws.undo(doc.id, translator);
    expect(await expectTrue(ws, doc.id)).to.deep.equal(start);
  });

  it('follows restoring a version and an old revision', async () => {
    const { ws, doc, segs } = await project(120);
    const start = await expectTrue(ws, doc.id);
    const v = await ws.versions.save(doc.id, 'Before', 'Li');
    await ws.structure.updateMany(
      doc.id,
      segs
        .slice(0, 110)
        .map((s) => ({ id: s.id, patch: { target: '改', status: 'reviewed' as const } })),
      translator,
    );
    await ws.structure.merge(segs[5].id, segs[6].id, translator);
    expect((await expectTrue(ws, doc.id)).status.reviewed).to.equal(109);
    await ws.versions.restore(v.id, translator);
    expect(await expectTrue(ws, doc.id)).to.deep.equal(start);
    const r = (await ws.segments.get(segs[10].id))!;
    await ws.edit(r.id, { target: 'Once.' }, r.rev, translator);
    const rev = (await ws.history.page(r.id, 0, 10)).find((x) => x.after === 'Once.')!;
    await ws.history.restore(rev.id!, translator, 'before');
    await expectTrue(ws, doc.id);
  });

  it("follows a team project's remote changes and joining one", async () => {
    const { ws, doc, segs } = await project(150);
    const remote = { ...segs[120], target: '远程', status: 'approved' as const };
    await ws.segments.applyRemote(
      doc.id,
      [remote, { ...remote, id: 'added', order: segs[149].order + 'x', source: 'New one' }],
      [segs[121].id, segs[2].id],
    );
    expect((await expectTrue(ws, doc.id)).status.approved).to.equal(2);
    const shared = (await ws.segments.all(doc.id)).map(({ docId: _d, rev: _r, ...r }) => r);
    const p = { ...init, id: 'p-team', createdAt: 1, updatedAt: 1 };
    await ws.projects.createMirror(p, { id: 'd-team', projectId: p.id, name: 'd', order: 0 }, [
      ...shared.map((r) => ({ ...r, id: `t-${r.id}` })),
    ]);
    expect((await expectTrue(ws, 'd-team')).rows).to.equal(149);
  });

  it('drops a deleted project\'s counts, and brings them back with "Undo"', async () => {
    const { ws, project: p, doc } = await project(130);
    const start = await expectTrue(ws, doc.id);
    const gone = await ws.projects.delete(p.id);
    expect(await storedCounts(ws.name, doc.id)).to.equal(undefined);
    await ws.projects.restoreDeleted(gone);
    expect(await expectTrue(ws, doc.id)).to.deep.equal(start);
  });

  it('counts a project created from batches, and one written by another connection', async () => {
    const ws = await db.open();
    const conn = await Connection.open(db.name());
    const all = rows(12_000);
    async function* batches() {
      for (let i = 0; i < all.length; i += 5000) yield all.slice(i, i + 5000);
    }
    const { document } = await createStreamed(conn, init, all.length, batches());
    expect((await expectTrue(ws, document.id)).rows).to.equal(12_000);
    // A second tab: its writes go to the same database through its own writeRows.
    const other = await db.open();
    const row = (await other.segments.page(document.id, 7, 1))[0];
    await other.edit(row.id, { target: '另一个标签页' }, row.rev, translator);
    await expectTrue(ws, document.id);
    const batched = await ws.projects.createInBatches(init, rows(260), { batchSize: 100 });
    expect((await expectTrue(ws, batched.document.id)).rows).to.equal(260);
    conn.shut('closed');
  });

  it('recounts from a backup restored (replace and merge), which carries no counts', async () => {
    const { ws, doc, segs } = await project(140);
    const start = await expectTrue(ws, doc.id);
    const backup = await ws.exportBackupJSON();
    expect(backup).not.to.contain('docCounts');
    await ws.structure.updateMany(
      doc.id,
      segs.map((s) => ({ id: s.id, patch: { target: '', status: 'new' as const } })),
      translator,
    );
    await ws.importBackup(backup, 'replace');
    expect(await expectTrue(ws, doc.id)).to.deep.equal(start);
    const other = await db.open();
    const r = (await ws.segments.get(segs[0].id))!;
    await ws.edit(r.id, { target: 'Later.', status: 'approved' }, r.rev, translator);
    const later = await ws.exportBackupJSON();
    await other.structure.updateMany(
      doc.id,
      segs.slice(1).map((s) => ({ id: s.id, patch: { status: 'rejected' as const } })),
      translator,
    );
    // Merge keeps the newer row: here, the edits after the backup; the counts follow whatever won.
    await ws.importBackup(later, 'merge');
    await expectTrue(ws, doc.id);
  });

  it('counts again a record that is missing or damaged, rather than showing it wrong', async () => {
    const { ws, project: p, doc } = await project(110);
    const start = await expectTrue(ws, doc.id);
    const raw = await rawOpen(db.name(), DB_VERSION);
    await rawPut(raw, 'docCounts', { ...start, docId: doc.id, rows: -4 });
    raw.close();
    // Read: the library's figures come out right and the record is written again.
    expect((await ws.projects.progress()).get(p.id)).to.deep.equal(countsOnly(start));
    expect(await storedCounts(ws.name, doc.id)).to.deep.equal(start);
    // Written over: the next write counts the document from its rows.
    const raw2 = await rawOpen(db.name(), DB_VERSION);
    await rawPut(raw2, 'docCounts', { docId: doc.id, rows: 'many' });
    raw2.close();
    const r = (await ws.segments.all(doc.id))[0];
    await ws.edit(r.id, { target: 'x' }, r.rev, translator);
    await expectTrue(ws, doc.id);
    // Gone, then rows appended: the document holds more than the rows added, so all are counted.
    const raw3 = await rawOpen(db.name(), DB_VERSION);
    await new Promise((resolve) => {
      const tx = raw3.transaction('docCounts', 'readwrite');
      tx.objectStore('docCounts').delete(doc.id);
      tx.oncomplete = resolve;
    });
    raw3.close();
    await ws.segments.bulkCreate(doc.id, rows(30, 'more'));
    expect((await expectTrue(ws, doc.id)).rows).to.equal(140);
  });

  it('leaves a damaged row out of the counts, as the grid does, and survives salvage', async () => {
    const { ws, doc } = await project(105);
    const r = (await ws.segments.all(doc.id))[4];
    const raw = await rawOpen(db.name(), DB_VERSION);
    await rawPutRow(raw, { ...r, status: 'bogus' } as unknown as Segment);
    raw.close();
    // The damaged row was written past the store: its record still counts it until a recount.
    const other = (await ws.segments.all(doc.id))[50];
    await ws.edit(other.id, { target: '好' }, other.rev, translator);
    ws.close();
    await leaveOutDamaged(db.name());
    const again = await db.open();
    const counts = (await again.projects.progress()).values().next().value;
    expect(counts).to.deep.equal(countAll(await again.segments.all(doc.id)));
    expect(counts?.rows).to.equal(104);
  });
});

const countsOnly = ({ docId: _d, ...c }: RowCounts & { docId?: string }) => c;
