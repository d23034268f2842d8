import { expect } from '@open-wc/testing';
import { openProject, untilMemory as until, useServices } from './helpers.js';

const tmx = (units: [string, string, string?][], src = 'zh-CN', tgt = 'en-US') =>
  new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="${src}" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/>
<body>${units
    .map(
      ([s, t, date]) =>
        `<tu${date ? ` changedate="${date}"` : ''}><tuv xml:lang="${src}"><seg>${s}</seg></tuv><tuv xml:lang="${tgt}"><seg>${t}</seg></tuv></tu>`,
    )
    .join('\n')}</body></tmx>`);

describe('memory service', () => {
  const open = useServices();

  it('stores a confirmed row in the main TM and offers it in the next project', async () => {
    const s = await open();
    await openProject(s, [
      { source: '我们明天去北京开会。', target: '' },
      { source: '会议在上午九点开始。', target: '' },
    ]);
    await until(s, (st) => st.serving.status === 'ready');
    const [row] = s.document.current!.segments;
    s.document.edit(row.id, 'target', 'We are going to Beijing for a meeting tomorrow.');
    await s.document.confirm(row.id);
    await until(s, (st) => st.tms[0]?.size === 1);
    // Confirming again after an edit updates the same unit.
    s.document.edit(row.id, 'target', 'Tomorrow we go to Beijing for a meeting.');
    await s.document.confirm(row.id);
    await until(s, (st) => st.tms.length === 1);
    const units = (await s.ws.tm.page(s.memory.state.tms[0].id, undefined, 10)).units;
    await new Promise((r) => setTimeout(r, 50));
    const after = (await s.ws.tm.page(s.memory.state.tms[0].id, undefined, 10)).units;
    expect(after.map((u) => u.target)).to.deep.equal(['Tomorrow we go to Beijing for a meeting.']);
    expect(units).to.have.length(1);
    expect(after[0]).to.include({ id: `seg:${row.id}`, next: '会议在上午九点开始。' });

    await openProject(s, [{ source: '我们后天去北京开会。', target: '' }]);
    await until(s, (st) => st.serving.status === 'ready');
    const next = s.document.current!.segments[0];
    await s.document.activate(next.id);
    const st = await until(s, (x) => x.matches.rowId === next.id && x.matches.list.length > 0);
    expect(st.matches.list[0].unit.target).to.equal('Tomorrow we go to Beijing for a meeting.');
    expect(st.matches.list[0].score).to.be.within(70, 99);
    // Ctrl+1: the match goes in as a draft, never confirmed.
    expect(s.memory.insert(1)).to.equal(true);
    expect(s.document.row(next.id)).to.include({
      target: 'Tomorrow we go to Beijing for a meeting.',
      status: 'draft',
    });
    expect(s.memory.insert(2)).to.equal(false);
    await s.document.flush();
  });

  it('a teammate’s confirmed row goes into the TM under who confirmed it; this user’s under theirs', async () => {
    const s = await open();
    await s.session.setAuthor('Tina');
    await openProject(s, [
      { source: '我们明天去北京开会。', target: '' },
      { source: '会议在上午九点开始。', target: '' },
    ]);
    await until(s, (st) => st.serving.status === 'ready');
    const [first, second] = s.document.current!.segments;
    // As a team project's log says: Lin confirmed row 1 (her change is merged in below).
    s.memory.useAuthors((id) => (id === first!.id ? 'Lin' : 'Tina before'));
    const merged = { ...first!, target: 'We meet in Beijing tomorrow.', status: 'translated' };
    await s.document.applyRemote([{ ...merged, status: 'translated', updatedAt: 5 }], []);
    // Tina confirms row 2 herself: hers, whatever the log said before.
    s.document.edit(second!.id, 'target', 'The meeting starts at nine.');
    await s.document.confirm(second!.id);
    await until(s, (st) => st.tms[0]?.size === 2);
    const units = (await s.ws.tm.page(s.memory.state.tms[0]!.id, undefined, 10)).units;
    const by = Object.fromEntries(units.map((u) => [u.target, u.author]));
    expect(by).to.deep.equal({
      'We meet in Beijing tomorrow.': 'Lin',
      'The meeting starts at nine.': 'Tina',
    });
    s.memory.useAuthors(undefined);
    await s.document.flush();
  });

  it('adds the rows a project was created with confirmed into its TM, once', async () => {
    const s = await open();
    // An aligned text's checked rows are translated from the start: never confirmed into the TM.
    await openProject(s, [
      {
        source: '新图书馆周一开放。',
        target: 'The new library opens on Monday.',
        status: 'translated',
      },
      { source: '馆内藏书二十万册。', target: 'It holds 200,000 books.', status: 'translated' },
      { source: '许多家长前来参观。', target: 'Many parents came.' },
      { source: '图书馆每天开放。', target: '', status: 'new' },
    ]);
    const st = await until(s, (x) => x.serving.status === 'ready' && !!x.links);
    const tm = st.tms.find((x) => x.id === st.links!.write)!;
    expect(tm.size).to.equal(0);
    await s.memory.addConfirmedRows();
    expect(s.memory.state.importing.status, JSON.stringify(s.memory.state.importing)).to.equal(
      'done',
    );
    expect(s.memory.state.imported).to.deep.include({ added: 2, duplicates: 0 });
    expect(s.notices.state.notice).to.deep.include({ key: 'memory.addRows.done' });
    expect(s.notices.state.notice?.params).to.deep.include({ count: 2, added: 2, duplicates: 0 });
    const units = (await s.ws.tm.page(tm.id, undefined, 10)).units;
    expect(units.map((u) => u.target).sort()).to.deep.equal([
      'It holds 200,000 books.',
      'The new library opens on Monday.',
    ]);
    // The next project is offered them at once.
    await openProject(s, [{ source: '新图书馆周一开放。', target: '' }]);
    await until(s, (x) => x.serving.status === 'ready');
    const next = s.document.current!.segments[0]!;
    await s.document.activate(next.id);
    const found = await until(s, (x) => x.matches.rowId === next.id && x.matches.list.length > 0);
    expect(found.matches.list[0]!.unit.target).to.equal('The new library opens on Monday.');
  });

  it('adding the confirmed rows again keeps each pair once', async () => {
    const s = await open();
    await openProject(s, [{ source: '你好。', target: 'Hello.', status: 'translated' }]);
    const st = await until(s, (x) => x.serving.status === 'ready' && !!x.links);
    const write = st.links!.write;
    await s.memory.addConfirmedRows();
    await s.memory.addConfirmedRows();
    expect(s.memory.state.imported).to.deep.include({ added: 0, duplicates: 1 });
    expect(s.notices.state.notice).to.deep.include({ key: 'memory.addRows.doneKept' });
    expect(s.memory.tm(write)?.size).to.equal(1);
  });

  it('adds the confirmed rows swapped to a TM kept the other way round', async () => {
    const s = await open();
    await openProject(s, [{ source: '你好。', target: 'Hello.', status: 'translated' }]);
    await until(s, (x) => x.serving.status === 'ready' && !!x.links);
    const reverse = await s.memory.create('英中', 'en', 'zh-Hans');
    await s.memory.setLinks([reverse.id], reverse.id);
    await s.memory.addConfirmedRows();
    expect(s.memory.state.importing.status, JSON.stringify(s.memory.state.importing)).to.equal(
      'done',
    );
    const units = (await s.ws.tm.page(reverse.id, undefined, 10)).units;
    expect(units.map((u) => [u.source, u.target])).to.deep.equal([['Hello.', '你好。']]);
  });

  it('says so when the document has no confirmed row to add', async () => {
    const s = await open();
    // A draft and a confirmed row without a translation: neither is a translation unit.
    await openProject(s, [
      { source: '再见。', target: 'Bye.' },
      { source: '谢谢。', target: '', status: 'translated' },
    ]);
    const st = await until(s, (x) => x.serving.status === 'ready' && !!x.links);
    await s.memory.addConfirmedRows();
    expect(s.notices.state.notice).to.deep.include({ key: 'memory.addRows.none' });
    expect(s.memory.tm(st.links!.write)?.size).to.equal(0);
  });

  it('pre-translates empty rows as one undoable step', async () => {
    const s = await open();
    const tm = await s.memory.create('Old', 'zh-Hans', 'en');
    await s.ws.tm.putUnit(tm.id, {
      id: 'a',
      source: '你好。',
      target: 'Hello.',
      createdAt: 1,
      changedAt: 1,
    });
    await s.ws.tm.putUnit(tm.id, {
      id: 'b',
      source: '我们明天去北京开会。',
      target: 'We meet in Beijing tomorrow.',
      createdAt: 1,
      changedAt: 1,
    });
    await openProject(s, [
      { source: '你好。', target: '' },
      { source: '我们后天去北京开会。', target: '' },
      { source: '完全不同的一句话。', target: '' },
    ]);
    await until(s, (st) => st.serving.status === 'ready');
    const report = await s.memory.pretranslate({
      exactStatus: 'translated',
      fuzzy: true,
      fuzzyMin: 75,
    });
    expect(report).to.deep.include({ filled: 2, exact: 1, fuzzy: 1, left: 1 });
    const rows = s.document.current!.segments;
    expect(rows.map((r) => [r.target, r.status])).to.deep.equal([
      ['Hello.', 'translated'],
      ['We meet in Beijing tomorrow.', 'draft'],
      ['', 'new'],
    ]);
    expect(rows[1].note).to.match(/^TM \d+%$/);
    await s.document.undo();
    expect(s.document.current!.segments.map((r) => r.target)).to.deep.equal(['', '', '']);
    // Concordance: Chinese by substring, English by whole word, with the occurrences' offsets.
    await s.memory.concordance('北京');
    expect(
      s.memory.state.concordance?.hits.map((h) => [h.unit.id, h.side, h.ranges]),
    ).to.deep.equal([['b', 'source', [[5, 7]]]]);
    await s.memory.concordance('hell');
    expect(s.memory.state.concordance?.hits).to.deep.equal([]);
    // (Pre-translated rows confirmed as 100 % went into the write TM too, and stay after undo.)
    await s.memory.concordance('hello');
    const sides = s.memory.state.concordance?.hits.map((h) => h.side) ?? [];
    expect(sides).to.include('target');
    expect(sides).not.to.include('source');
  });

  it('imports a TMX all or nothing: duplicates once (newest), empty targets counted', async () => {
    const s = await open();
    const tm = await s.memory.create('Imported', 'zh-Hans', 'en');
    await s.memory.importFile(
      tm.id,
      'old.tmx',
      tmx([
        ['你好。', 'Hello.', '20200101T000000Z'],
        ['你好。', 'Hello.', '20240101T000000Z'],
        ['再见。', ''],
        ['谢谢。', 'Thanks.'],
      ]),
    );
    const st = s.memory.state;
    expect(st.importing.status, JSON.stringify(st.importing)).to.equal('done');
    expect(st.imported).to.deep.include({ added: 2, duplicates: 1, emptyTargets: 1 });
    expect(s.memory.tm(tm.id)?.size).to.equal(2);
  });

  it('refuses a file in the other direction, says which languages it has, and imports it swapped', async () => {
    const s = await open();
    const tm = await s.memory.create('zh-en', 'zh-Hans', 'en');
    const file = tmx(
      [
        ['Hello.', '你好。'],
        ['Thanks.', '谢谢。'],
      ],
      'en-US',
      'zh-CN',
    );
    await s.memory.importFile(tm.id, 'reverse.tmx', file);
    expect(s.memory.state.importing.status).to.equal('failed');
    expect(s.memory.state.importing.problem).to.deep.include({ kind: 'wrongPair', canSwap: true });
    expect(s.memory.tm(tm.id)?.size).to.equal(0);
    await s.memory.importFile(tm.id, 'reverse.tmx', file, true);
    expect(s.memory.state.importing.status).to.equal('done');
    const units = (await s.ws.tm.page(tm.id, undefined, 10)).units;
    expect(units.map((u) => u.source).sort()).to.deep.equal(['你好。', '谢谢。']);
  });

  it('leaves the TM as it was when the disk fills up mid-import', async () => {
    const s = await open();
    const tm = await s.memory.create('Full', 'zh-Hans', 'en');
    await s.ws.tm.putUnit(tm.id, {
      id: 'keep',
      source: '旧。',
      target: 'Old.',
      createdAt: 1,
      changedAt: 1,
    });
    s.ws.injectFault((stores) =>
      stores.includes('tmBlocks') && stores.includes('tms') && stores.length === 3
        ? new DOMException('full', 'QuotaExceededError')
        : undefined,
    );
    await s.memory.importFile(tm.id, 'x.tmx', tmx([['你好。', 'Hello.']]));
    s.ws.injectFault(null);
    expect(s.memory.state.importing.problem).to.deep.equal({ kind: 'quota' });
    expect((await s.ws.tm.page(tm.id, undefined, 10)).units.map((u) => u.id)).to.deep.equal([
      'keep',
    ]);
    expect(await s.ws.tm.pendingImports()).to.deep.equal([]);
  });

  it('offers a match differing only in numbers with the row numbers, marked adjusted', async () => {
    const s = await open();
    const tm = await s.memory.create('Numbers', 'zh-Hans', 'en');
    await s.ws.tm.putUnit(tm.id, {
      id: 'n',
      source: '会议共有120人参加，费用为30元。',
      target: 'The meeting has 120 people; the fee is 30 yuan.',
      createdAt: 1,
      changedAt: 1,
    });
    await openProject(s, [{ source: '会议共有120人参加，费用为45元。', target: '' }]);
    await until(s, (st) => st.serving.status === 'ready');
    const row = s.document.current!.segments[0];
    await s.document.activate(row.id);
    const st = await until(s, (x) => x.matches.rowId === row.id && x.matches.list.length > 0);
    expect(st.matches.list[0]).to.include({
      target: 'The meeting has 120 people; the fee is 45 yuan.',
      adjusted: true,
    });
    s.memory.insert(1);
    expect(s.document.row(row.id)?.target).to.equal(
      'The meeting has 120 people; the fee is 45 yuan.',
    );
    await s.document.flush();
  });

  it('analyses a document by band and exports the TM as TMX 1.4b', async () => {
    const s = await open();
    const tm = await s.memory.create('Quote', 'zh-Hans', 'en');
    await s.ws.tm.putUnit(tm.id, {
      id: 'a',
      source: '你好。',
      target: 'Hello.',
      author: 'Li',
      createdAt: 1,
      changedAt: Date.UTC(2024, 0, 1),
    });
    await openProject(s, [
      { source: '你好。', target: '' },
      { source: '完全不同的一句话。', target: '' },
      { source: '完全不同的一句话。', target: '' },
    ]);
    await until(s, (st) => st.serving.status === 'ready');
    const a = await s.memory.analyze();
    const seg = Object.fromEntries(a!.bands.map((b) => [b.band, b.segments]));
    expect(seg).to.include({ exact: 1, repetition: 1, none: 1 });
    expect(a!.total).to.deep.equal({ segments: 3, cjkChars: 2 + 8 + 8, words: 0 });
    const file = await s.memory.exportTmx(tm.id);
    expect(file!.name).to.equal('Quote.tmx');
    expect(file!.text).to.contain('<tmx version="1.4">');
    expect(file!.text).to.match(/<tu [^>]*changedate="20240101T000000Z"/);
    expect(file!.text).to.contain('<seg>Hello.</seg>');
  });

  it('deletes a TM with Undo', async () => {
    const s = await open();
    const tm = await s.memory.create('Gone', 'en', 'zh-Hans');
    await s.memory.remove(tm.id);
    expect(s.memory.state.tms).to.deep.equal([]);
    expect(s.notices.state.notice?.key).to.equal('memory.deleted');
    await s.notices.runAction();
    expect(s.memory.state.tms.map((x) => x.name)).to.deep.equal(['Gone']);
  });
});
