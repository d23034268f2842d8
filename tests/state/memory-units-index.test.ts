// The unit editor's search from the TM Worker's concordance index, against the browser's real
// IndexedDB and the real Worker: the same units as a scan of storage, through edits, deletes,
// Undo, an edit that makes a duplicate, and an import; edits reach the concordance and the grid's
// matches too.
import { expect } from '@open-wc/testing';
import type { TmUnit } from '../../src/core/tm/types.js';
import { scanUnits, type TmUnitHit } from '../../src/state/memory-units.js';
import { openProject, untilMemory as until, useServices, type TestServices } from './helpers.js';

const unit = (id: string, source: string, target: string): TmUnit => ({
  id,
  source,
  target,
  createdAt: 1,
  changedAt: 1,
});

const tmx = (pairs: [string, string][]) =>
  new TextEncoder().encode(
    `<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="zh-CN" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/><body>${pairs
      .map(
        ([s, t]) =>
          `<tu><tuv xml:lang="zh-CN"><seg>${s}</seg></tuv><tuv xml:lang="en-US"><seg>${t}</seg></tuv></tu>`,
      )
      .join('')}</body></tmx>`,
  );

/** A hit as text, to compare whatever the order: id, both sides, both sides' ranges. */
const show = (h: TmUnitHit) =>
  `${h.unit.id} ${h.unit.source} | ${h.unit.target} | ${h.source.map((r) => r.join('-')).join(' ')} | ${h.target.map((r) => r.join('-')).join(' ')}`;

const PHRASES = [
  '图书馆',
  '明天',
  '的',
  '报告',
  'library',
  'the library',
  'report',
  'Excel',
  'closed',
  'close',
  '区块链',
  'blockchain',
];

/** The editor's search (from the index) against a scan of every stored unit. */
async function sameAsScan(s: TestServices, tmId: string, step: string) {
  for (const phrase of PHRASES) {
    await s.memory.searchUnits(tmId, phrase);
    const got = s.memory.state.units!;
    const all = await scanUnits(s.ws, tmId, phrase, 100_000);
    const what = `${step}: “${phrase}”`;
    expect(got.indexed, `${what} was answered by the index`).to.equal(true);
    expect(all.more, what).to.equal(false);
    if (all.hits.length <= 100) {
      expect(got.hits.map(show).sort(), what).to.deep.equal(all.hits.map(show).sort());
      expect(got.more, what).to.equal(false);
    } else {
      // More than the list holds: 100 of them (the index's order is not the storage's), and more.
      const every = new Set(all.hits.map(show));
      expect(got.hits, what).to.have.length(100);
      for (const h of got.hits) expect(every.has(show(h)), `${what}: ${show(h)}`).to.equal(true);
      expect(got.more, what).to.equal(true);
      expect((await scanUnits(s.ws, tmId, phrase)).more, what).to.equal(true);
    }
  }
}

describe('memory service: the unit editor searches the concordance index', () => {
  const open = useServices();

  it('finds the units a scan finds, through edits, deletes, Undo and an import', async () => {
    const s = await open();
    const tm = await s.memory.create('Old', 'zh-Hans', 'en');
    // Units in blocks (an import) and one a record (written one by one), as a real TM holds them.
    const imported: [string, string][] = [
      ['新图书馆周一开放。', 'The new library opens on Monday.'],
      ['图书馆明天关闭。', 'The library is closed tomorrow.'],
      ['博物馆明天关闭。', 'The museum is closed tomorrow.'],
      ['使用Excel导出报告', 'Export the report with Excel.'],
    ];
    // More than a list holds: "的" and "the" are in 120 units.
    for (let i = 0; i < 120; i++)
      imported.push([`第${i}号的报告`, `Report number ${i} of the year.`]);
    await s.memory.importFile(tm.id, 'old.tmx', tmx(imported));
    expect(s.memory.state.importing.status).to.equal('done');
    await s.ws.tm.putUnit(tm.id, unit('a', '报告的报告', 'A report on reports; the Report.'));
    await s.ws.tm.putUnit(tm.id, unit('b', '图书馆的报告', 'The library report.'));
    await sameAsScan(s, tm.id, 'as imported');

    // An edit: its old words are no longer found, its new ones are.
    await s.memory.searchUnits(tm.id, 'museum');
    const museum = s.memory.state.units!.hits[0]!.unit;
    await s.memory.updateUnit(tm.id, museum, '图书馆明天不关闭。', 'The library is not closed.');
    await s.memory.searchUnits(tm.id, 'museum');
    expect(s.memory.state.units!.hits).to.have.length(0);
    await sameAsScan(s, tm.id, 'after an edit');

    // A delete, then its Undo.
    await s.memory.searchUnits(tm.id, 'the library');
    const gone = s.memory.state.units!.hits.find((h) => h.unit.id === 'b')!.unit;
    await s.memory.deleteUnit(tm.id, gone);
    await sameAsScan(s, tm.id, 'after a delete');
    await s.notices.runAction();
    await sameAsScan(s, tm.id, 'after Undo');

    // An edit that makes a unit the same as another: the store keeps one, and so does the index.
    await s.memory.searchUnits(tm.id, 'Excel');
    const excel = s.memory.state.units!.hits[0]!.unit;
    await s.memory.updateUnit(tm.id, excel, '报告的报告', 'A report on reports; the Report.');
    await sameAsScan(s, tm.id, 'after an edit into a duplicate');

    // Units written elsewhere (a row confirmed, another tab) are in the TM's log: found too.
    await s.ws.tm.putUnit(tm.id, unit('c', '区块链的报告', 'A report on the blockchain.'));
    await sameAsScan(s, tm.id, 'after a unit written elsewhere');

    // An import replaces what the log can tell: the editor's copy is read again.
    await s.memory.importFile(tm.id, 'more.tmx', tmx([['区块链图书馆', 'A blockchain library.']]));
    await sameAsScan(s, tm.id, 'after another import');
  });

  it('an edit reaches the concordance and the matches of a project reading the TM', async () => {
    const s = await open();
    await openProject(s, [
      { source: '博物馆明天关闭。', target: '' },
      { source: '美术馆后天开放。', target: '' },
    ]);
    await until(s, (st) => st.serving.status === 'ready');
    const tmId = s.memory.state.links!.read[0]!;
    await s.ws.tm.putUnit(tmId, unit('m', '博物馆明天关闭。', 'The museum is closed tomorrow.'));
    // The project's TMs are loaded once: a unit written by another page, then an editor search.
    await s.memory.searchUnits(tmId, '博物馆');
    expect(s.memory.state.units!.indexed).to.equal(true);
    expect(s.memory.state.units!.hits.map((h) => h.unit.id)).to.deep.equal(['m']);
    const [row1, row2] = s.document.current!.segments;
    await s.document.activate(row2!.id);
    await s.document.activate(row1!.id);
    let st = await until(s, (x) => x.matches.rowId === row1!.id && x.matches.list.length > 0);
    expect(st.matches.list[0]!.score).to.equal(100);

    // The editor changes it: the old text is no longer matched nor found, the new one is.
    await s.memory.updateUnit(
      tmId,
      s.memory.state.units!.hits[0]!.unit,
      '美术馆后天开放。',
      'The gallery opens the day after tomorrow.',
    );
    await s.memory.concordance('博物馆');
    expect(s.memory.state.concordance!.hits).to.have.length(0);
    await s.memory.concordance('gallery');
    expect(s.memory.state.concordance!.hits.map((h) => [h.unit.id, h.side])).to.deep.equal([
      ['m', 'target'],
    ]);
    await s.document.activate(row2!.id);
    st = await until(s, (x) => x.matches.rowId === row2!.id && x.matches.list.length > 0);
    expect(st.matches.list[0]).to.deep.include({ score: 100 });
    expect(st.matches.list[0]!.unit.target).to.equal('The gallery opens the day after tomorrow.');
    await s.document.activate(row1!.id);
    st = await until(s, (x) => x.matches.rowId === row1!.id);
    expect(st.matches.list.map((m) => m.score)).to.not.include(100);

    // Deleted from the editor: neither found nor matched.
    await s.memory.searchUnits(tmId, 'gallery');
    await s.memory.deleteUnit(tmId, s.memory.state.units!.hits[0]!.unit);
    await s.memory.concordance('gallery');
    expect(s.memory.state.concordance!.hits).to.have.length(0);
    await s.document.activate(row2!.id);
    st = await until(s, (x) => x.matches.rowId === row2!.id);
    expect(st.matches.list).to.have.length(0);
    await s.document.flush();
  });

  it('a project reading the TM the other way round: units listed and edited as stored', async () => {
    const s = await open();
    const tm = await s.memory.create('Main', 'zh-Hans', 'en');
    await s.ws.tm.putUnit(tm.id, {
      ...unit('m', '博物馆明天关闭。', 'The museum is closed tomorrow.'),
      prev: '上一句。',
      next: '下一句。',
    });
    const id = await s.library.create({
      name: 'en',
      sourceLang: 'en',
      targetLang: 'zh-Hans',
      rows: [{ source: 'The museum is closed tomorrow.', target: '' }],
    });
    await s.document.open(id);
    await until(s, (st) => st.serving.status === 'ready');
    expect(s.memory.state.links!.read).to.include(tm.id);
    await s.memory.searchUnits(tm.id, 'museum');
    const got = s.memory.state.units!;
    expect(got.indexed).to.equal(true);
    expect(got.hits.map(show)).to.deep.equal([
      'm 博物馆明天关闭。 | The museum is closed tomorrow. |  | 4-10',
    ]);
    await s.memory.updateUnit(
      tm.id,
      got.hits[0]!.unit,
      '博物馆明天开放。',
      'The museum opens tomorrow.',
    );
    // Its context is kept: the editor changed the texts only.
    expect(await s.ws.tm.getUnit(tm.id, 'm')).to.deep.include({
      source: '博物馆明天开放。',
      prev: '上一句。',
      next: '下一句。',
    });
    await s.memory.searchUnits(tm.id, 'opens');
    expect(s.memory.state.units!.hits.map(show)).to.deep.equal([
      'm 博物馆明天开放。 | The museum opens tomorrow. |  | 11-16',
    ]);
    await s.memory.concordance('opens');
    expect(s.memory.state.concordance!.hits.map((h) => [h.unit.source, h.side])).to.deep.equal([
      ['The museum opens tomorrow.', 'source'],
    ]);
    await s.document.flush();
  });
});
