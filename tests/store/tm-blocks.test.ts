// Imported TM units stored in blocks (schema v8): paged, found by id, updated, replaced and
// deleted one by one; and a v7 database, whose units are one a record, opened by v8.
import { expect } from '@open-wc/testing';
import { packUnits } from '../../src/core/tm/columns.js';
import { createTmIndex } from '../../src/core/tm/gram-index.js';
import { pairHash } from '../../src/core/tm/hash-table.js';
import { dupKey } from '../../src/store/tm-blocks.js';
import type { StoredTmSnapshot } from '../../src/store/tm-records.js';
import { createV7, rawOpen, rawPut, tmBlock as block, tmUnit as unit, useDb } from './helpers.js';

describe('store: TM units in blocks', () => {
  const db = useDb();

  it('refuses to commit an import into a TM deleted meanwhile (another tab), and keeps it empty', async () => {
    const ws = await db.open();
    const tm = await ws.tm.create({ name: 'Gone', sourceLang: 'zh-Hans', targetLang: 'en' });
    const imp = await ws.tm.beginImport(tm.id);
    await ws.tm.stage(tm.id, imp, [block(imp, 0, [['句。', 'S.']])]);
    await ws.tm.remove(tm.id);
    let refused: unknown;
    await ws.tm
      .commitImport(tm.id, imp, { added: 1, drop: [], supersede: new Map() })
      .catch((e: unknown) => (refused = e));
    expect(String(refused)).to.contain('was deleted');
    await ws.tm.undelete(tm.id);
    expect((await ws.tm.get(tm.id))?.size).to.equal(0);
  });

  it('keeps imported units in blocks: paged, updated, replaced and deleted one by one', async () => {
    const ws = await db.open();
    const tm = await ws.tm.create({ name: 'Blocks', sourceLang: 'zh-Hans', targetLang: 'en' });
    await ws.tm.putUnit(tm.id, unit('seg:r', '零。', 'Zero.'));
    const imp = await ws.tm.beginImport(tm.id);
    const pairs = (k: number): [string, string][] =>
      Array.from({ length: 4 }, (_, i) => [`句${k}${i}。`, `S ${k}${i}.`]);
    await ws.tm.stage(tm.id, imp, [block(imp, 0, pairs(0)), block(imp, 1, pairs(1))]);
    await ws.tm.stage(tm.id, imp, [block(imp, 2, pairs(2))]);
    await ws.tm.commitImport(tm.id, imp, { added: 12, drop: [], supersede: new Map() });
    expect((await ws.tm.get(tm.id))?.size).to.equal(13);

    // Pages: the single units first, then whole blocks; every unit once.
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const p = await ws.tm.page(tm.id, after, 1);
      seen.push(...p.units.map((u) => u.id));
      after = p.last;
      pages++;
    } while (after !== undefined && pages < 20);
    expect(seen.length).to.equal(13);
    expect(new Set(seen).size).to.equal(13);
    expect(seen[0]).to.equal('seg:r');
    const snap: StoredTmSnapshot = {
      tm: tm.id,
      lang: 'zh',
      rev: await ws.tm.revOf(tm.id),
      savedAt: 1,
      index: createTmIndex('zh', { bits: 8 }).snapshot(),
      units: packUnits([]),
    };
    expect(await ws.tm.saveSnapshot(snap)).to.equal(true);

    // A row confirmed with an imported pair replaces the imported unit (kept once, the newest).
    await ws.tm.putUnit(tm.id, unit('seg:s', '句11。', 'S 11.', 9000));
    expect(await ws.tm.units(tm.id, [`${imp}.1.1`, 'seg:s'])).to.deep.equal([
      undefined,
      unit('seg:s', '句11。', 'S 11.', 9000),
    ]);
    // An imported unit updated under its own id leaves its block and is kept once.
    await ws.tm.putUnit(tm.id, unit(`${imp}.2.0`, '句20。', 'S 20 (new).', 9000));
    expect(await ws.tm.getUnit(tm.id, `${imp}.2.0`)).to.deep.equal(
      unit(`${imp}.2.0`, '句20。', 'S 20 (new).', 9000),
    );
    await ws.tm.deleteUnit(tm.id, `${imp}.0.3`);
    await ws.tm.deleteUnit(tm.id, `${imp}.0.3`); // gone already: nothing changes
    const all = (await ws.tm.page(tm.id, undefined, 1000)).units;
    expect(all.length).to.equal(12);
    expect((await ws.tm.get(tm.id))?.size).to.equal(12);
    expect(all.filter((u) => u.id === `${imp}.2.0`).map((u) => u.target)).to.deep.equal([
      'S 20 (new).',
    ]);
    expect(all.map((u) => u.id)).not.to.include.members([`${imp}.1.1`, `${imp}.0.3`]);
    // Each change is in the TM's log, for a stored index to catch up.
    expect((await ws.tm.loadSnapshot(tm.id, 'zh'))?.changed.sort()).to.deep.equal(
      [`${imp}.0.3`, `${imp}.1.1`, `${imp}.2.0`, 'seg:s'].sort(),
    );

    await ws.tm.remove(tm.id);
    expect(await ws.tm.purgeDeleted(Date.now() + 1)).to.equal(1);
    expect(await ws.tm.units(tm.id, [`${imp}.2.1`])).to.deep.equal([undefined]);
    expect((await ws.tm.committedKeys(tm.id)).table.size).to.equal(0);
  });

  it('finds a duplicate in a block imported by another tab after it looked', async () => {
    const a = await db.open();
    const b = await db.open();
    const tm = await a.tm.create({ name: 'Two tabs', sourceLang: 'zh-Hans', targetLang: 'en' });
    await a.tm.putUnit(tm.id, unit('seg:1', '一。', 'One.')); // tab a knows the blocks: none
    const imp = await b.tm.beginImport(tm.id);
    await b.tm.stage(tm.id, imp, [block(imp, 0, [['二。', 'Two.']])]);
    await b.tm.commitImport(tm.id, imp, { added: 1, drop: [], supersede: new Map() });
    await a.tm.putUnit(tm.id, unit('seg:2', '二。', 'Two.', 2000));
    const ids = (await a.tm.page(tm.id, undefined, 10)).units.map((u) => u.id);
    expect(ids).to.deep.equal(['seg:1', 'seg:2']);
    expect((await a.tm.get(tm.id))?.size).to.equal(2);
  });

  it('opens a v7 database: its units, one a record, are read, replaced and deleted as before', async () => {
    const v7 = await rawOpen(db.name(), 7, createV7);
    const tm = { id: 't1', name: 'Old', sourceLang: 'zh-Hans', targetLang: 'en' };
    await rawPut(v7, 'tms', { ...tm, createdAt: 1, changedAt: 1, size: 3, rev: 4, log: [] });
    const stored = (id: string, source: string, target: string, at = 1000) => ({
      ...unit(id, source, target, at),
      tm: 't1',
      dk: dupKey(source, target),
    });
    await rawPut(v7, 'tmUnits', stored('abcd0001.0', '旧一。', 'Old one.'));
    await rawPut(v7, 'tmUnits', stored('abcd0001.1', '旧二。', 'Old two.'));
    await rawPut(v7, 'tmUnits', stored('seg:r1', '行。', 'Row.'));
    v7.close();

    const ws = await db.open();
    const ids = async () => (await ws.tm.page('t1', undefined, 10)).units.map((u) => u.id);
    expect(await ids()).to.deep.equal(['abcd0001.0', 'abcd0001.1', 'seg:r1']);
    expect(await ws.tm.units('t1', ['abcd0001.1', 'nope.0.0'])).to.deep.equal([
      unit('abcd0001.1', '旧二。', 'Old two.'),
      undefined,
    ]);
    // A row confirmed with an old pair replaces it; an import finds the old units by hash.
    await ws.tm.putUnit('t1', unit('seg:r2', '旧一。', 'Old one.', 2000));
    const keys = await ws.tm.committedKeys('t1');
    expect(keys.table.size).to.equal(3);
    const slot = keys.table.find(pairHash('旧二。', 'Old two.'));
    expect(keys.where[keys.table.b(slot)]).to.equal('u:abcd0001.1');
    const imp = await ws.tm.beginImport('t1');
    await ws.tm.stage('t1', imp, [block(imp, 0, [['旧二。', 'Old two.', 3000]])]);
    const rec = await ws.tm.commitImport('t1', imp, {
      added: 1,
      drop: [],
      supersede: new Map([['u:abcd0001.1', [pairHash('旧二。', 'Old two.')]]]),
    });
    expect(rec.size).to.equal(3);
    expect((await ids()).sort()).to.deep.equal([`${imp}.0.0`, 'seg:r1', 'seg:r2']);
    await ws.tm.deleteUnit('t1', 'seg:r1');
    expect((await ws.tm.get('t1'))?.size).to.equal(2);
  });
});
