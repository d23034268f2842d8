import { expect } from '@open-wc/testing';
import { deleteWorkspace, StoreError, type Backup } from '../../src/store/index.js';
import { seed, translator, useDb } from './helpers.js';

async function state(ws: Awaited<ReturnType<ReturnType<typeof useDb>['open']>>) {
  const b = await ws.exportBackup();
  return { ...b, exportedAt: 0 };
}

describe('store: backup and restore', () => {
  const db = useDb();

  it('exports, wipes, restores and finds everything again', async () => {
    const ws = await db.open();
    const { doc, segs } = await seed(ws, 3);
    await ws.edit(segs[0].id, { target: 'One.', status: 'translated' }, segs[0].rev, translator);
    await ws.versions.save(doc.id, 'Draft', 'Li');
    await ws.settings.set('author', 'Li');
    const before = await state(ws);
    const json = await ws.exportBackupJSON();

    // Wipe: the whole database goes, as when the browser's site data is cleared.
    ws.close();
    await deleteWorkspace(db.name());
    const fresh = await db.open();
    expect(await fresh.projects.list()).to.deep.equal([]);

    const summary = await fresh.importBackup(json, 'replace');
    expect(summary).to.deep.equal({
      projects: 1,
      documents: 1,
      segments: 3,
      revisions: 2,
      versions: 1,
      termbases: 0,
      terms: 0,
    });
    expect(await state(fresh)).to.deep.equal(before);
    const v = (await fresh.versions.list(doc.id))[0];
    expect((await fresh.versions.get(v.id))!.segments.length).to.equal(3);
    expect((await fresh.history.page(segs[0].id, 0, 5)).map((r) => r.after)).to.deep.equal([
      'translated',
      'One.',
    ]);
  });

  it('changes nothing when the file is bad', async () => {
    const ws = await db.open();
    const { segs } = await seed(ws, 2);
    const good = await ws.exportBackup();
    const before = await state(ws);
    const bad: unknown[] = [
      'not json {',
      { format: 'something-else' },
      { ...good, schemaVersion: 99 },
      { ...good, segments: [...good.segments, { ...good.segments[0], id: 'x', status: 'bogus' }] },
      { ...good, segments: [{ ...good.segments[0], docId: 'nowhere' }] },
      { ...good, projects: 'nope' },
    ];
    for (const input of bad) {
      for (const mode of ['replace', 'merge'] as const) {
        const err = await ws.importBackup(input, mode).then(
          () => null,
          (e: unknown) => e,
        );
        expect(err, JSON.stringify(input).slice(0, 60)).to.be.instanceOf(StoreError);
        expect((err as StoreError).kind).to.equal('invalid');
      }
    }
    expect(await state(ws)).to.deep.equal(before);
    expect(segs.length).to.equal(2);
  });

  it('merges: adds what is missing, keeps the newer of two rows', async () => {
    const ws = await db.open();
    const { doc, segs } = await seed(ws, 2);
    const old: Backup = await ws.exportBackup();
    await ws.edit(segs[0].id, { target: 'newer here' }, segs[0].rev, translator);
    const fromElsewhere: Backup = {
      ...old,
      segments: old.segments.map((s) =>
        s.id === segs[1].id
          ? { ...s, target: 'newer in file', updatedAt: s.updatedAt + 60_000 }
          : s,
      ),
    };
    const n = await ws.importBackup(JSON.stringify(fromElsewhere), 'merge');
    expect(n.segments).to.equal(1);
    const rows = await ws.segments.all(doc.id);
    expect(rows.map((s) => s.target)).to.deep.equal(['newer here', 'newer in file']);
    expect(rows[1].rev).to.be.greaterThan(segs[1].rev);
  });
});
