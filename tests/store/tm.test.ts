import { expect } from '@open-wc/testing';
import type { TmUnit } from '../../src/core/tm/types.js';
import { DB_VERSION } from '../../src/store/index.js';
import { rawOpen, rawPut, seed, useDb, createV2 } from './helpers.js';

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
    expect(DB_VERSION).to.equal(6);
    const v2 = await rawOpen(db.name(), 2, createV2);
    await rawPut(v2, 'projects', {
      id: 'p1',
      name: 'Old project',
      sourceLang: 'zh-Hans',
      targetLang: 'en',
      createdAt: 1,
      updatedAt: 1,
    });
    await rawPut(v2, 'settings', { key: 'author', value: 'Li' });
    v2.close();
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
    const staged = await ws.tm.stage(tm.id, imp, [
      unit('n1', '一。', 'One.', 100), // older than the stored one: left out
      unit('n2', '二。', 'Two.', 100), // newer: replaces it on commit
      unit('n3', '三。', 'Three.', 100),
    ]);
    expect(staged).to.deep.equal({ supersede: ['older'], older: 1 });
    expect((await ws.tm.page(tm.id, undefined, 100)).units.map((u) => u.id)).to.deep.equal([
      'old',
      'older',
    ]);
    await ws.tm.abortImport(tm.id, imp);
    expect((await ws.tm.page(tm.id, undefined, 100)).units.map((u) => u.id)).to.deep.equal([
      'old',
      'older',
    ]);
    expect(await ws.tm.pendingImports()).to.deep.equal([]);

    const imp2 = await ws.tm.beginImport(tm.id);
    const s2 = await ws.tm.stage(tm.id, imp2, [
      unit('n2', '二。', 'Two.', 100),
      unit('n3', '三。', 'Three.', 100),
    ]);
    const rec = await ws.tm.commitImport(tm.id, imp2, s2.supersede);
    expect(rec.size).to.equal(3);
    const after = await ws.tm.page(tm.id, undefined, 100);
    expect(after.units.map((u) => u.id).sort()).to.deep.equal(['n2', 'n3', 'old']);
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
