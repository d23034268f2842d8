import { expect } from '@open-wc/testing';
import type { TmUnit } from '../../src/core/tm/types.js';
import { openProject, untilMemory as until, useServices, type TestServices } from './helpers.js';

const unit = (id: string, source: string, target: string): TmUnit => ({
  id,
  source,
  target,
  createdAt: 1000,
  changedAt: 1000,
});

/** The matches of every row of the open document (each row has some), as [source, target, score]. */
async function matchesOfRows(s: TestServices): Promise<[string, string, number][][]> {
  const out: [string, string, number][][] = [];
  for (const row of s.document.current!.segments) {
    await s.document.activate(row.id);
    const st = await until(s, (x) => x.matches.rowId === row.id && x.matches.list.length > 0);
    out.push(
      st.matches.list.map((m): [string, string, number] => [m.unit.source, m.unit.target, m.score]),
    );
  }
  return out;
}

describe('memory service: stored TM indexes', () => {
  const open = useServices();

  it('stores the index it built; the next project restores it and catches up with changes', async () => {
    const s = await open();
    const tm = await s.memory.mainTm('zh-Hans', 'en');
    await s.ws.tm.putUnit(tm.id, unit('a', '我们明天去北京开会。', 'We meet in Beijing tomorrow.'));
    await s.ws.tm.putUnit(tm.id, unit('b', '会议在上午九点开始。', 'The meeting starts at nine.'));
    await s.ws.tm.putUnit(tm.id, unit('c', '请带上你的护照。', 'Please bring your passport.'));
    await s.memory.load();
    const rows = [
      { source: '我们后天去北京开会。', target: '' },
      { source: '会议在上午十点开始。', target: '' },
      { source: '请带上你的护照吧。', target: '' },
    ];
    await openProject(s, rows);
    await until(s, (st) => st.serving.status === 'ready');
    const built = await matchesOfRows(s);
    expect(built.map((m) => m.length)).to.deep.equal([1, 1, 1]);
    await s.memory._saving;
    expect((await s.ws.tm.loadSnapshot(tm.id, 'zh'))?.changed).to.deep.equal([]);

    // The same rows in a new project: served from the stored index, no unit read one by one.
    let pages = 0;
    const page = s.ws.tm.page.bind(s.ws.tm);
    s.ws.tm.page = (...args) => (pages++, page(...args));
    await openProject(s, rows);
    await until(s, (st) => st.serving.status === 'ready');
    expect(await matchesOfRows(s)).to.deep.equal(built);
    expect(pages).to.equal(0);
    expect(s.memory.state.serving).to.include({ loaded: 3 });

    // Changed after the index was stored: one unit edited, one deleted, one added.
    await s.ws.tm.putUnit(tm.id, unit('a', '我们明天去北京开会。', 'Tomorrow we meet in Beijing.'));
    await s.ws.tm.deleteUnit(tm.id, 'c');
    await s.ws.tm.putUnit(tm.id, unit('d', '请带上你们的护照吧。', 'Bring your passports.'));
    await openProject(s, rows);
    await until(s, (st) => st.serving.status === 'ready');
    const after = await matchesOfRows(s);
    expect(pages).to.equal(0);
    expect(after[0]?.map((m) => m[1])).to.deep.equal(['Tomorrow we meet in Beijing.']);
    expect(after[1]).to.deep.equal(built[1]);
    expect(after[2]?.map((m) => m[1])).to.deep.equal(['Bring your passports.']);
  });

  it('builds again after an import, whose changes are too many to log', async () => {
    const s = await open();
    const tm = await s.memory.mainTm('zh-Hans', 'en');
    await s.ws.tm.putUnit(tm.id, unit('a', '我们明天去北京开会。', 'We meet in Beijing tomorrow.'));
    await s.memory.load();
    await openProject(s, [{ source: '我们明天去上海开会。', target: '' }]);
    await until(s, (st) => st.serving.status === 'ready');
    await s.memory._saving;
    const imp = await s.ws.tm.beginImport(tm.id);
    const slots = [unit(`${imp}.0.0`, '我们明天去上海开会吧。', 'Shanghai.')];
    await s.ws.tm.stage(tm.id, imp, [{ id: `${imp}.0`, slots }]);
    await s.ws.tm.commitImport(tm.id, imp, { added: 1, drop: [], supersede: new Map() });
    await s.memory.load();
    expect(await s.ws.tm.loadSnapshot(tm.id, 'zh')).to.equal(undefined);
    await openProject(s, [{ source: '我们明天去上海开会。', target: '' }]);
    await until(s, (st) => st.serving.status === 'ready');
    const [m] = await matchesOfRows(s);
    expect(m?.map((x) => x[1])).to.deep.equal(['Shanghai.', 'We meet in Beijing tomorrow.']);
    await s.memory._saving;
    expect((await s.ws.tm.loadSnapshot(tm.id, 'zh'))?.snapshot.units.count).to.equal(2);
  });
});
