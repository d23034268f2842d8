import { expect } from '@open-wc/testing';
import { DB_VERSION, StoreError, type CorruptRecord } from '../../src/store/index.js';
import { rawOpen, rawPut, rawPutRow, seed, translator, useDb } from './helpers.js';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

async function caught(p: Promise<unknown>): Promise<StoreError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e, 'expected a StoreError').to.be.instanceOf(StoreError);
  return e as StoreError;
}

describe('store: failed writes and damaged records', () => {
  const db = useDb();

  it('turns a QuotaExceededError into a `quota` StoreError and writes nothing', async () => {
    const ws = await db.open();
    const { doc, segs } = await seed(ws, 2);
    ws.injectFault(quota);
    const err = await caught(ws.edit(segs[0].id, { target: 'lost?' }, segs[0].rev, translator));
    expect(err.kind).to.equal('quota');
    const split = await caught(ws.structure.split(segs[1].id, 2, 3, translator));
    expect(split.kind).to.equal('quota');

    ws.injectFault(null);
    ws.close();
    const again = await db.open();
    const stored = await again.segments.all(doc.id);
    expect(stored.map((s) => [s.target, s.rev])).to.deep.equal([
      ['Source 0.', segs[0].rev],
      ['Source 1.', segs[1].rev],
    ]);
    expect(await again.history.page(segs[0].id, 0, 10)).to.deep.equal([]);
    expect((await again.undoState(doc.id)).canUndo).to.equal(false);
    // The same write goes through once there is room again.
    const ok = await again.edit(segs[0].id, { target: 'kept' }, segs[0].rev, translator);
    expect(ok.ok).to.equal(true);
  });

  it('reports a damaged row, leaves it out of pages and keeps serving the others', async () => {
    const ws = await db.open();
    const { doc, segs } = await seed(ws, 3);
    const reports: CorruptRecord[] = [];
    ws.onCorrupt((c) => reports.push(c));
    const raw = await rawOpen(db.name(), DB_VERSION);
    // A row whose text fields were lost or mangled (status unknown, target a number).
    await rawPutRow(raw, { ...segs[1], target: 42, status: 'weird' });
    raw.close();

    const page = await ws.segments.page(doc.id, 0, 50);
    expect(page.map((s) => s.id)).to.deep.equal([segs[0].id, segs[2].id]);
    expect(reports.length).to.equal(1);
    expect(reports[0]).to.deep.include({ store: 'segments', key: segs[1].id });
    expect(reports[0].problem).to.match(/target|status/);

    expect((await caught(ws.segments.get(segs[1].id))).kind).to.equal('corrupt');
    const edit = await caught(ws.edit(segs[1].id, { target: 'fix' }, segs[1].rev, translator));
    expect(edit.kind).to.equal('corrupt');
  });

  it('reports a damaged project instead of failing the project list', async () => {
    const ws = await db.open();
    const { project } = await seed(ws, 1);
    const raw = await rawOpen(db.name(), DB_VERSION);
    await rawPut(raw, 'projects', { id: 'broken', updatedAt: Date.now() });
    raw.close();
    const reports: CorruptRecord[] = [];
    ws.onCorrupt((c) => reports.push(c));
    expect((await ws.projects.list()).map((p) => p.id)).to.deep.equal([project.id]);
    expect(reports.map((r) => r.key)).to.deep.equal(['broken']);
  });
});
