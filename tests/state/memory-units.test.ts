// The TM page's unit editor against the browser's real IndexedDB: find a TM's units (Chinese by
// substring, English by whole word), change one, delete one and bring it back with Undo.
import { expect } from '@open-wc/testing';
import { useServices } from './helpers.js';

describe('memory service: the unit editor', () => {
  const open = useServices();

  it('finds, edits and deletes the units of one TM', async () => {
    const s = await open();
    const tm = await s.memory.create('Old', 'zh-Hans', 'en');
    const unit = (id: string, source: string, target: string) => ({
      id,
      source,
      target,
      createdAt: 1,
      changedAt: 1,
    });
    await s.ws.tm.putUnit(
      tm.id,
      unit('a', '新图书馆周一开放。', 'The new library opens on Monday.'),
    );
    await s.ws.tm.putUnit(tm.id, unit('b', '图书馆明天关闭。', 'The library is closed tomorrow.'));
    await s.ws.tm.putUnit(tm.id, unit('c', '博物馆明天关闭。', 'The museum is closed tomorrow.'));

    await s.memory.searchUnits(tm.id, '');
    expect(s.memory.state.units?.hits.map((h) => h.unit.id).sort()).to.deep.equal(['a', 'b', 'c']);
    expect(s.memory.state.units?.more).to.equal(false);

    await s.memory.searchUnits(tm.id, '图书馆');
    const found = s.memory.state.units!;
    expect(found.hits.map((h) => h.unit.id).sort()).to.deep.equal(['a', 'b']);
    expect(found.hits.find((h) => h.unit.id === 'a')!.source).to.deep.equal([[1, 4]]);

    // English by whole words: "library" is not found in "libraryx", "close" not in "closed".
    await s.memory.searchUnits(tm.id, 'close');
    expect(s.memory.state.units!.hits).to.have.length(0);

    // An edit is stored under the same id and the list shows it at once.
    await s.memory.searchUnits(tm.id, 'museum');
    const [museum] = s.memory.state.units!.hits;
    await s.memory.updateUnit(
      tm.id,
      museum!.unit,
      '博物馆明天关闭。',
      'The museum is shut tomorrow.',
    );
    // The search is done again: the list shows the new text.
    expect(s.memory.state.units!.hits.map((h) => h.unit.target)).to.deep.equal([
      'The museum is shut tomorrow.',
    ]);
    await s.memory.searchUnits(tm.id, 'shut');
    expect(s.memory.state.units!.hits.map((h) => [h.unit.id, h.unit.target])).to.deep.equal([
      ['c', 'The museum is shut tomorrow.'],
    ]);
    expect((await s.ws.tm.getUnit(tm.id, 'c'))?.target).to.equal('The museum is shut tomorrow.');

    // Delete, then Undo: the unit is back as it was.
    await s.memory.searchUnits(tm.id, '图书馆');
    const b = s.memory.state.units!.hits.find((h) => h.unit.id === 'b')!.unit;
    await s.memory.deleteUnit(tm.id, b);
    expect(s.memory.state.units!.hits.map((h) => h.unit.id)).to.deep.equal(['a']);
    expect(s.memory.tm(tm.id)?.size).to.equal(2);
    expect(s.notices.state.notice?.key).to.equal('memory.units.deleted');
    await s.notices.runAction();
    expect(s.memory.state.units!.hits.map((h) => h.unit.id).sort()).to.deep.equal(['a', 'b']);
    expect(s.memory.tm(tm.id)?.size).to.equal(3);
  });

  it('lists at most 100 units and says there are more', async () => {
    const s = await open();
    const tm = await s.memory.create('Big', 'zh-Hans', 'en');
    for (let i = 0; i < 101; i++)
      await s.ws.tm.putUnit(tm.id, {
        id: `u${i}`,
        source: `第${i}条。`,
        target: `Item ${i}.`,
        createdAt: 1,
        changedAt: 1,
      });
    await s.memory.searchUnits(tm.id, '');
    expect(s.memory.state.units!.hits).to.have.length(100);
    expect(s.memory.state.units!.more).to.equal(true);
    await s.memory.searchUnits(tm.id, 'Item');
    expect(s.memory.state.units!.more).to.equal(true);
    await s.memory.searchUnits(tm.id, '第100条');
    expect(s.memory.state.units!.hits.map((h) => h.unit.id)).to.deep.equal(['u100']);
  });

  it('a unit list opened during an import shows the units once they are committed', async () => {
    const s = await open();
    const tm = await s.memory.create('Old', 'zh-Hans', 'en');
    await s.memory.searchUnits(tm.id, '');
    expect(s.memory.state.units!.hits).to.have.length(0);
    const tmx = `<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="zh-CN" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/><body><tu><tuv xml:lang="zh-CN"><seg>图书馆明天关闭。</seg></tuv><tuv xml:lang="en-US"><seg>The library is closed tomorrow.</seg></tuv></tu></body></tmx>`;
    await s.memory.importFile(tm.id, 'old.tmx', new TextEncoder().encode(tmx));
    expect(s.memory.state.importing.status).to.equal('done');
    expect(s.memory.state.units!.hits.map((h) => h.unit.target)).to.deep.equal([
      'The library is closed tomorrow.',
    ]);
  });

  it('lists a TM page by page: Show more asks for more of the same search, and an edit keeps it', async () => {
    const s = await open();
    const tm = await s.memory.create('Big', 'zh-Hans', 'en');
    const tsv = Array.from({ length: 250 }, (_, i) => `第${i}句话。\tSentence ${i}.`).join('\n');
    await s.memory.importFile(tm.id, 'big.tsv', new TextEncoder().encode(tsv));
    const shown = () => [s.memory.state.units!.hits.length, s.memory.state.units!.more];
    await s.memory.searchUnits(tm.id, '');
    expect(shown()).to.deep.equal([100, true]);
    await s.memory.searchUnits(tm.id, '', 200);
    expect(shown()).to.deep.equal([200, true]);
    // An edit searches again as asked last: the list keeps its 200 rows.
    const first = s.memory.state.units!.hits[0]!.unit;
    await s.memory.updateUnit(tm.id, first, first.source, 'Sentence zero.');
    expect(shown()).to.deep.equal([200, true]);
    await s.memory.searchUnits(tm.id, '', 300);
    expect(shown()).to.deep.equal([250, false]);
    // A search (through the Worker's index) pages the same way.
    await s.memory.searchUnits(tm.id, 'Sentence', 100);
    expect(shown()).to.deep.equal([100, true]);
    await s.memory.searchUnits(tm.id, 'Sentence', 300);
    expect(shown()).to.deep.equal([250, false]);
  });
});
