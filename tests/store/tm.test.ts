import { expect } from '@open-wc/testing';
import { packUnits } from '../../src/core/tm/columns.js';
import { pairHash } from '../../src/core/tm/hash-table.js';
import { createTmIndex } from '../../src/core/tm/gram-index.js';
import { TM_INDEX_VERSION, type TmUnit } from '../../src/core/tm/types.js';
import { DB_VERSION } from '../../src/store/index.js';
import { joinSnapshot, splitSnapshot } from '../../src/store/tm-snapshot-parts.js';
import { bumped } from '../../src/store/tm.js';
import type { StoredTmSnapshot } from '../../src/store/tm-records.js';
import {
  createV2WithProject,
  createV6,
  rawOpen,
  rawPut,
  seed,
  tmBlock as block,
  useDb,
} from './helpers.js';

const unit = (id: string, source: string, target: string, changedAt = 1000): TmUnit => ({
  id,
  source,
  target,
  createdAt: changedAt,
  changedAt,
});

/** The schema of release 2 (v1 plus revisions, versions, undo log and settings), by hand. */
describe('store: translation memories', () => {
  const db = useDb();

  it('opens a v2 database, keeps its projects and adds empty TM stores', async () => {
    expect(DB_VERSION).to.equal(10);
    await createV2WithProject(db.name());
    const ws = await db.open();
    expect((await ws.projects.list()).map((p) => p.name)).to.deep.equal(['Old project']);
    expect(await ws.settings.get('author')).to.equal('Li');
    expect(await ws.tm.list()).to.deep.equal([]);
    const tm = await ws.tm.create({ name: 'Main', sourceLang: 'zh-Hans', targetLang: 'en' });
    await ws.tm.setLinks({ projectId: 'p1', read: [tm.id], write: tm.id });
    expect((await ws.tm.links('p1'))?.write).to.equal(tm.id);
  });

  it('updates a unit by its id and keeps one copy of the same pair, the newest', async () => {
    const ws = await db.open();
    const tm = await ws.tm.create({ name: 'Main', sourceLang: 'zh-Hans', targetLang: 'en' });
    await ws.tm.putUnit(tm.id, unit('seg:a', '你好。', 'Hi.'));
    await ws.tm.putUnit(tm.id, unit('seg:a', '你好。', 'Hello.', 2000));
    await ws.tm.putUnit(tm.id, unit('seg:b', '你好。', 'Hello.', 3000));
    const { units } = await ws.tm.page(tm.id, undefined, 100);
    expect(units.map((u) => [u.id, u.target])).to.deep.equal([['seg:b', 'Hello.']]);
    expect((await ws.tm.get(tm.id))?.size).to.equal(1);
  });

  it('hides an import until it commits, and an aborted import leaves the TM as it was', async () => {
    const ws = await db.open();
    const tm = await ws.tm.create({ name: 'Main', sourceLang: 'zh-Hans', targetLang: 'en' });
    await ws.tm.putUnit(tm.id, unit('old', '一。', 'One.', 5000));
    await ws.tm.putUnit(tm.id, unit('older', '二。', 'Two.', 10));

    const imp = await ws.tm.beginImport(tm.id);
    await ws.tm.stage(tm.id, imp, [block(imp, 0, [['三。', 'Three.']])]);
    const ids = async () => (await ws.tm.page(tm.id, undefined, 100)).units.map((u) => u.id);
    expect(await ids()).to.deep.equal(['old', 'older']);
    expect(await ws.tm.units(tm.id, [`${imp}.0.0`])).to.deep.equal([undefined]);
    await ws.tm.abortImport(tm.id, imp);
    expect(await ids()).to.deep.equal(['old', 'older']);
    expect(await ws.tm.pendingImports()).to.deep.equal([]);

    const imp2 = await ws.tm.beginImport(tm.id);
    // A block and its units are named after the import: that is how abort and commit find them.
    let refused: unknown;
    await ws.tm
      .stage(tm.id, imp2, [{ id: 'x.0', slots: [unit('x.0.0', '二。', 'Two.')] }])
      .catch((e) => (refused = e));
    expect(String(refused)).to.contain('not named after import');
    await ws.tm
      .stage(tm.id, imp2, [{ id: `${imp2}.0`, slots: [unit('n2', '二。', 'Two.')] }])
      .catch((e) => (refused = e));
    expect(String(refused)).to.contain('not named after block');
    // What the TM held, by hash: the import checks its units against these.
    const keys = await ws.tm.committedKeys(tm.id);
    const where = (s: string, t: string) => {
      const slot = keys.table.find(pairHash(s, t));
      return slot < 0 ? undefined : [keys.where[keys.table.b(slot)], keys.table.a(slot)];
    };
    expect([where('一。', 'One.'), where('二。', 'Two.'), where('三。', 'Three.')]).to.deep.equal([
      ['u:old', 5000],
      ['u:older', 10],
      undefined,
    ]);
    await ws.tm.stage(tm.id, imp2, [
      block(imp2, 0, [
        ['二。', 'Two.', 100],
        ['三。', 'Three.', 100],
        ['四。', 'Four.', 100],
      ]),
    ]);
    const rec = await ws.tm.commitImport(tm.id, imp2, {
      added: 3,
      drop: [`${imp2}.0.2`], // a newer 四。 came later in the file (in this test: never)
      supersede: new Map([['u:older', [pairHash('二。', 'Two.')]]]),
    });
    expect(rec.size).to.equal(3);
    expect((await ids()).sort()).to.deep.equal([`${imp2}.0.0`, `${imp2}.0.1`, 'old']);
    expect(await ws.tm.getUnit(tm.id, `${imp2}.0.1`)).to.deep.equal(
      unit(`${imp2}.0.1`, '三。', 'Three.', 100),
    );
  });

  it('pages through units, deletes with undo, purges for good', async () => {
    const ws = await db.open();
    await seed(ws, 1);
    const tm = await ws.tm.create({ name: 'Big', sourceLang: 'en', targetLang: 'zh-Hans' });
    for (let i = 0; i < 5; i++) await ws.tm.putUnit(tm.id, unit(`u${i}`, `S ${i}.`, `句${i}。`));
    const p1 = await ws.tm.page(tm.id, undefined, 3);
    const p2 = await ws.tm.page(tm.id, p1.last, 3);
    expect([...p1.units, ...p2.units].map((u) => u.id)).to.deep.equal([
      'u0',
      'u1',
      'u2',
      'u3',
      'u4',
    ]);
    expect(p2.last).to.equal(undefined);
    await ws.tm.remove(tm.id);
    expect(await ws.tm.list()).to.deep.equal([]);
    await ws.tm.undelete(tm.id);
    expect((await ws.tm.list()).map((t) => t.name)).to.deep.equal(['Big']);
    await ws.tm.remove(tm.id);
    expect(await ws.tm.purgeDeleted(Date.now() + 1)).to.equal(1);
    expect((await ws.tm.page(tm.id, undefined, 10)).units).to.deep.equal([]);
  });
});

describe('store: translation memories from v6, and their stored indexes', () => {
  const db = useDb();

  it('opens a v6 database: units kept, a half-written import still dropped whole', async () => {
    const v6 = await rawOpen(db.name(), 6, createV6);
    const tm = { id: 't1', name: 'Old', sourceLang: 'zh-Hans', targetLang: 'en' };
    await rawPut(v6, 'tms', { ...tm, createdAt: 1, changedAt: 1, size: 2, pending: ['dead0001'] });
    const stored = (id: string, source: string, extra: object = {}) => ({
      ...unit(id, source, `T ${source}`),
      tm: 't1',
      dk: `k${id}`,
      ...extra,
    });
    // Committed by an import of v6 (its `imp` field stays), written from a row, and staged.
    await rawPut(v6, 'tmUnits', stored('old00001.0', '旧。', { imp: 'old00001' }));
    await rawPut(v6, 'tmUnits', stored('seg:r1', '行。'));
    await rawPut(v6, 'tmUnits', stored('dead0001.0', '半。', { imp: 'dead0001' }));
    v6.close();

    const ws = await db.open();
    const ids = async () => (await ws.tm.page('t1', undefined, 10)).units.map((u) => u.id);
    expect(await ids()).to.deep.equal(['old00001.0', 'seg:r1']);
    expect(await ws.tm.pendingImports()).to.deep.equal([{ tm: 't1', imp: 'dead0001' }]);
    await ws.tm.abortImport('t1', 'dead0001');
    expect(await ws.tm.units('t1', ['dead0001.0', 'seg:r1'])).to.deep.equal([
      undefined,
      unit('seg:r1', '行。', 'T 行。'),
    ]);
    expect(await ids()).to.deep.equal(['old00001.0', 'seg:r1']);
    expect(await ws.tm.loadSnapshot('t1', 'zh')).to.equal(undefined);
  });

  it('keeps a built index with the changes since, until an import replaces it', async () => {
    const ws = await db.open();
    const tm = await ws.tm.create({ name: 'Main', sourceLang: 'zh-Hans', targetLang: 'en' });
    await ws.tm.putUnit(tm.id, unit('seg:a', '一。', 'One.'));
    const rev = await ws.tm.revOf(tm.id);
    const ix = createTmIndex('zh', { bits: 8 });
    ix.add(unit('seg:a', '一。', 'One.'));
    const snap: StoredTmSnapshot = {
      tm: tm.id,
      lang: 'zh',
      rev,
      savedAt: 1,
      index: ix.snapshot(),
      units: packUnits([unit('seg:a', '一。', 'One.')]),
    };
    expect(await ws.tm.saveSnapshot(snap)).to.equal(true);
    let got = await ws.tm.loadSnapshot(tm.id, 'zh');
    expect(got?.changed).to.deep.equal([]);
    expect(got?.snapshot).to.deep.equal(snap);
    expect(await ws.tm.loadSnapshot(tm.id, 'en')).to.equal(undefined);

    // An index of an older format (its word keys differ) is refused, so it is built again.
    for (let version = 1; version < TM_INDEX_VERSION; version++) {
      const old = { ...snap, index: { ...snap.index, version } } as unknown as StoredTmSnapshot;
      expect(await ws.tm.saveSnapshot(old)).to.equal(true);
      expect(await ws.tm.loadSnapshot(tm.id, 'zh'), `version ${version}`).to.equal(undefined);
    }
    expect(await ws.tm.saveSnapshot(snap)).to.equal(true);

    // Written after the index was built: named, so the index can catch up.
    await ws.tm.putUnit(tm.id, unit('seg:b', '二。', 'Two.'));
    await ws.tm.putUnit(tm.id, unit('seg:c', '二。', 'Two.', 2000)); // replaces seg:b
    await ws.tm.deleteUnit(tm.id, 'seg:a');
    got = await ws.tm.loadSnapshot(tm.id, 'zh');
    expect(got?.changed.sort()).to.deep.equal(['seg:a', 'seg:b', 'seg:c']);
    expect(await ws.tm.units(tm.id, ['seg:a', 'seg:b', 'seg:c'])).to.deep.equal([
      undefined,
      undefined,
      unit('seg:c', '二。', 'Two.', 2000),
    ]);

    // An import changes too much to log: the stored index goes, and one built before it is refused.
    const imp = await ws.tm.beginImport(tm.id);
    await ws.tm.stage(tm.id, imp, [block(imp, 0, [['三。', 'Three.']])]);
    await ws.tm.commitImport(tm.id, imp, { added: 1, drop: [], supersede: new Map() });
    expect(await ws.tm.loadSnapshot(tm.id, 'zh')).to.equal(undefined);
    expect(await ws.tm.saveSnapshot(snap)).to.equal(false);
    expect(await ws.tm.saveSnapshot({ ...snap, rev: await ws.tm.revOf(tm.id) })).to.equal(true);
    expect((await ws.tm.loadSnapshot(tm.id, 'zh'))?.changed).to.deep.equal([]);
  });

  it('logs changes per revision and forgets the oldest past 5,000', () => {
    const tm = {
      id: 't',
      name: 'T',
      sourceLang: 'zh-Hans',
      targetLang: 'en',
      createdAt: 0,
    } as const;
    let rec = bumped({ ...tm, changedAt: 0, size: 0 }, ['a', 'b']);
    expect([rec.rev, rec.log, rec.logFrom]).to.deep.equal([
      1,
      [
        [1, 'a'],
        [1, 'b'],
      ],
      0,
    ]);
    rec = bumped(
      rec,
      Array.from({ length: 4_999 }, (_, i) => `c${i}`),
    );
    // Revision 1 no longer fits whole: a stored index of revision 0 is now too old.
    expect([rec.rev, rec.log?.length, rec.logFrom]).to.deep.equal([2, 4_999, 2]);
    rec = bumped(rec, ['d']);
    expect([rec.rev, rec.log?.length, rec.logFrom]).to.deep.equal([3, 5_000, 2]);
  });

  it('cuts a stored index into records IndexedDB accepts, and puts it back together', () => {
    const units = Array.from({ length: 300 }, (_, i) =>
      unit(`u${i}`, `句子${i}。`, `Sentence ${i}.`),
    );
    const ix = createTmIndex('zh', { bits: 8 });
    for (const u of units) ix.add(u);
    const snap: StoredTmSnapshot = {
      tm: 't',
      lang: 'zh',
      rev: 3,
      savedAt: 1,
      index: ix.snapshot(),
      units: packUnits(units),
    };
    // [piece size in bytes, records expected at least]
    const cases: [number, number][] = [
      [2 ** 25, 9],
      [256, 30],
      [64, 100],
    ];
    for (const [piece, least] of cases) {
      const parts = structuredClone(splitSnapshot(snap, piece));
      expect(parts.length, `piece ${piece}`).to.be.at.least(least);
      expect(parts.map((p) => p.part)).to.deep.equal(parts.map((_, i) => i));
      expect(joinSnapshot(parts), `piece ${piece}`).to.deep.equal(snap);
      // A record missing: nothing comes back rather than a broken index.
      expect(joinSnapshot(parts.slice(0, -1))).to.equal(undefined);
    }
  });
});
