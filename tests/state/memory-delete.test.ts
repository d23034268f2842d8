// Deleting TMs: one Undo for TMs deleted in a row, an import into a TM another tab deletes, what
// the page asks about before a delete (the projects using the TM), and names two TMs cannot share.
import { expect } from '@open-wc/testing';
import { initI18n, loadAllStrings } from '../../src/i18n/index.js';
import { openProject, untilMemory, useServices } from './helpers.js';

const tsv = (n: number) =>
  new TextEncoder().encode(
    Array.from({ length: n }, (_, i) => `第${i}句话。\tSentence ${i}.`).join('\n'),
  );

describe('memory service: deleting TMs', () => {
  const open = useServices();

  it('keeps the Undo of a TM deleted before another: one notice brings both back', async () => {
    await initI18n('en');
    await loadAllStrings();
    const s = await open();
    const one = await s.memory.create('TM one', 'zh-Hans', 'en');
    const two = await s.memory.create('TM two', 'zh-Hans', 'en');
    await s.memory.create('TM three', 'zh-Hans', 'en');
    await s.memory.remove(one.id);
    await s.memory.remove(two.id);
    expect(s.notices.state.notice?.key).to.equal('memory.deletedMany');
    expect(s.notices.state.notice?.params).to.deep.equal({ names: '“TM one” and “TM two”' });
    await s.notices.runAction();
    expect(s.memory.state.tms.map((x) => x.name)).to.deep.equal(['TM one', 'TM two', 'TM three']);
    // Once that notice is gone, a delete starts a notice of its own.
    await s.memory.remove(two.id);
    expect(s.notices.state.notice?.key).to.equal('memory.deleted');
    expect(s.notices.state.notice?.params).to.deep.equal({ name: 'TM two' });
  });

  it('stops an import into a TM another tab deletes, and says so by the name it had', async () => {
    const s = await open();
    const tm = await s.memory.create('Big', 'zh-Hans', 'en');
    const other = await open(s.dbName);
    await other.memory.load();
    const running = s.memory.importFile(tm.id, 'big.tsv', tsv(200_000));
    while ((s.memory.state.importing.units ?? 0) < 1000) await new Promise((r) => setTimeout(r, 5));
    expect(s.memory.state.importing.status).to.equal('running');
    await other.memory.remove(tm.id);
    await running;
    expect(s.memory.state.importing).to.deep.include({
      status: 'failed',
      tmName: 'Big',
      problem: { kind: 'tmDeleted' },
    });
    expect(s.memory.state.imported).to.equal(undefined);
    // Nothing was committed: the TM brought back (Undo in the other tab) is as it was.
    await other.notices.runAction();
    expect((await s.ws.tm.get(tm.id))?.size).to.equal(0);
  });

  it('names the projects that use a TM, and tells a name another TM has', async () => {
    const s = await open();
    const legal = await s.memory.create('Legal', 'zh-Hans', 'en');
    const spare = await s.memory.create('Spare', 'zh-Hans', 'en');
    await openProject(s, [{ source: '你好。', target: '' }]);
    await untilMemory(s, (st) => !!st.links);
    expect((await s.memory.usedBy(legal.id)).map((p) => p.name)).to.deep.equal(['测试']);
    expect(await s.memory.usedBy(spare.id)).to.deep.equal([]);
    expect(s.memory.nameTaken(' legal ')).to.equal(true);
    expect(s.memory.nameTaken('Legal', legal.id)).to.equal(false);
    expect(s.memory.nameTaken('Legal 2')).to.equal(false);
  });
});
