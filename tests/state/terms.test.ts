import { expect, waitUntil } from '@open-wc/testing';
import { openCoreServices } from '../../src/state/index.js';
import { entryRef } from '../../src/state/terms.js';
import { openProject, useServices } from './helpers.js';

const TBX = `<?xml version="1.0"?><martif type="TBX"><text><body>
<termEntry id="a"><langSet xml:lang="zh-CN"><tig><term>开源</term></tig></langSet>
<langSet xml:lang="en"><tig><term>open source</term></tig></langSet></termEntry>
<termEntry id="b"><langSet xml:lang="zh-CN"><tig><term>开源峰会</term></tig></langSet>
<langSet xml:lang="en"><tig><term>Open Source Summit</term></tig></langSet></termEntry>
<termEntry id="c"><langSet xml:lang="zh-CN"><tig><term>峰会</term></tig></langSet></termEntry>
</body></text></martif>`;

const blob = (s: string) => new Blob([s]);

describe('terms service', () => {
  const open = useServices();

  it('imports a TBX with progress; the project reads it and finds its terms', async () => {
    const s = await open();
    await openProject(s, [{ source: '开源峰会在北京', target: '' }]);
    const progress: number[] = [];
    const off = s.terms.subscribe((st) => progress.push(st.importing.progress));
    const summary = await s.terms.importFile('client.tbx', blob(TBX));
    off();
    expect(summary?.entries).to.equal(3);
    expect(summary?.incomplete).to.equal(1);
    expect(progress.at(-1)).to.equal(1);
    expect(progress.some((p) => p > 0 && p < 1)).to.equal(true);
    expect(s.terms.state.termbases.map((t) => t.name)).to.deep.equal(['client']);
    expect(s.terms.state.read).to.deep.equal([s.terms.state.termbases[0]?.id]);
    expect(
      s.terms.find('开源峰会在北京').map((h) => [h.source, h.targets.map((t) => t.text)]),
    ).to.deep.equal([['开源峰会', ['Open Source Summit']]]);
  });

  it('follows an entry another tab changed without reading the termbases again', async () => {
    const s = await open();
    await openProject(s, [{ source: '开源峰会在北京', target: '' }]);
    await s.terms.importFile('client.tbx', blob(TBX));
    const tb = s.terms.state.termbases[0]!;
    const other = await open(s.dbName, { separate: true });
    await openProject(other, [{ source: '开源', target: '' }]);
    await other.terms.choose([tb.id], tb.id);
    const entries = s.ws.termbases.entries.bind(s.ws.termbases);
    let reads = 0;
    s.ws.termbases.entries = (id) => {
      reads++;
      return entries(id);
    };
    const targets = (text: string) =>
      s.terms.find(text).map((h) => [h.source, h.targets.map((t) => t.text).join('/')]);
    // Edited there: the hit here gives the new target.
    const edit = await other.terms.entryToEdit(entryRef(tb.id, 'b'));
    await other.terms.editEntry(entryRef(tb.id, 'b'), { ...edit!.form, target: 'OS Summit' });
    await waitUntil(
      () => targets('开源峰会')[0]?.[1] === 'OS Summit',
      'the other tab’s edit is recognised',
    );
    // Deleted there: the shorter terms show again.
    await other.terms.removeEntry(entryRef(tb.id, 'b'));
    await waitUntil(() => targets('开源峰会').length === 2, 'the other tab’s delete is recognised');
    expect(targets('开源峰会')).to.deep.equal([
      ['开源', 'open source'],
      ['峰会', ''],
    ]);
    // Added there: found here, and counted.
    await other.terms.addTerm({ source: '北京', target: 'Beijing' });
    await waitUntil(() => targets('北京')[0]?.[1] === 'Beijing', 'the other tab’s new term');
    expect(s.terms.state.termbases[0]?.entryCount).to.equal(3);
    expect(reads).to.equal(0);
  });

  it("gives QA the term check over the project's termbases", async () => {
    const s = await open();
    await openProject(s, [{ source: '开源峰会', target: '' }]);
    expect(await s.terms.termCheck()).to.equal(undefined);
    await s.terms.importFile('client.tbx', blob(TBX));
    const check = await s.terms.termCheck();
    const findings = check!([{ id: 'r1', source: '开源峰会开幕', target: 'The summit opened' }]);
    expect(findings.map((f) => [f.rowId, f.severity, f.params])).to.deep.equal([
      ['r1', 'warning', { source: '开源峰会', target: 'Open Source Summit' }],
    ]);
  });

  it('refuses a termbase without the project languages, naming the ones it has', async () => {
    const s = await open();
    await openProject(s, [{ source: '开源', target: '' }]);
    const err = await s.terms.importFile('hu.tsv', blob('en\thu\nsummit\tcsúcs\n')).then(
      () => null,
      (e: unknown) => e,
    );
    expect(String(err)).to.match(/no terms in zh-Hans \(languages present: en, hu\)/);
    expect(s.terms.state.importing.status).to.equal('failed');
    expect(s.terms.state.termbases).to.deep.equal([]);
  });

  it('adds a term to a termbase made for the project and recognises it at once', async () => {
    const s = await open();
    await openProject(s, [{ source: '基金会成立', target: '' }]);
    expect(s.terms.find('基金会成立')).to.deep.equal([]);
    await s.terms.addTerm({ source: '基金会', target: 'foundation', note: 'org' });
    expect(s.terms.state.termbases.map((t) => t.entryCount)).to.deep.equal([1]);
    expect(s.terms.find('基金会成立').map((h) => h.targets[0]?.text)).to.deep.equal(['foundation']);

    // The next term is added to the index in place: the termbase is not read again (a second
    // and more with 100,000 entries), and readers see a new index with both terms.
    const before = s.terms.state.index;
    const entries = s.ws.termbases.entries.bind(s.ws.termbases);
    let reads = 0;
    s.ws.termbases.entries = (id) => {
      reads++;
      return entries(id);
    };
    await s.terms.addTerm({ source: '成立', target: 'found' });
    expect(reads).to.equal(0);
    expect(s.terms.state.index).to.not.equal(before);
    expect(s.terms.state.termbases.map((t) => t.entryCount)).to.deep.equal([2]);
    expect(
      s.terms.find('基金会成立').map((h) => [h.source, h.targets[0]?.text, h.entryIds.length]),
    ).to.deep.equal([
      ['基金会', 'foundation', 1],
      ['成立', 'found', 1],
    ]);
    // Its hit names its entry, so Edit finds it.
    const ref = s.terms.find('成立')[0]!.entryIds[0]!;
    expect((await s.terms.entryToEdit(ref))?.form.target).to.equal('found');
  });

  it('edits and deletes an entry in the index as it is, without reading the termbase again', async () => {
    const s = await open();
    await openProject(s, [{ source: '开源峰会在北京', target: '' }]);
    await s.terms.importFile('client.tbx', blob(TBX));
    const entries = s.ws.termbases.entries.bind(s.ws.termbases);
    let reads = 0;
    s.ws.termbases.entries = (id) => {
      reads++;
      return entries(id);
    };
    const found = () =>
      s.terms.find('开源峰会在北京').map((h) => [h.source, h.targets.map((t) => t.text)]);
    const ref = s.terms.find('开源峰会在北京')[0]!.entryIds[0]!;
    const before = s.terms.state.index;
    const edit = await s.terms.entryToEdit(ref);
    await s.terms.editEntry(ref, { ...edit!.form, target: 'OSS' });
    expect(found()).to.deep.equal([['开源峰会', ['OSS']]]);
    expect(s.terms.state.index).to.not.equal(before);
    // Deleted: the shorter terms inside it are found again.
    await s.terms.removeEntry(ref);
    expect(found()).to.deep.equal([
      ['开源', ['open source']],
      ['峰会', []],
    ]);
    expect(reads).to.equal(0);
    expect(s.terms.state.termbases.map((t) => t.entryCount)).to.deep.equal([2]);
  });

  it('edits and deletes the entry a hit came from, of the right termbase', async () => {
    const s = await open();
    await openProject(s, [{ source: '开源峰会在北京', target: '' }]);
    // Two termbases whose entries share ids ("a", "b", "c"): a hit must name its termbase.
    await s.terms.importFile('client.tbx', blob(TBX));
    await s.terms.importFile('second.tbx', blob(TBX.replace('Open Source Summit', 'OSS')));
    const hit = () => s.terms.find('开源峰会在北京')[0]!;
    expect(hit().targets.map((t) => t.text)).to.deep.equal(['Open Source Summit', 'OSS']);
    const second = s.terms.state.termbases.find((t) => t.name === 'second')!;
    const ref = hit().entryIds.find((r) => r.includes(second.id))!;
    const edit = await s.terms.entryToEdit(ref);
    expect(edit?.termbase.name).to.equal('second');
    expect(edit?.form).to.deep.equal({
      source: '开源峰会',
      target: 'OSS',
      note: '',
      forbidden: false,
    });
    await s.terms.editEntry(ref, { ...edit!.form, target: 'OS Summit', forbidden: true });
    expect(hit().targets.map((t) => [t.text, t.status])).to.deep.equal([
      ['Open Source Summit', 'preferred'],
      ['OS Summit', 'forbidden'],
    ]);
    expect(s.notices.state.notice?.key).to.equal('terms.edited');
    // The other termbase's entry "b" is untouched.
    const client = s.terms.state.termbases.find((t) => t.name === 'client')!;
    expect((await s.terms.exportTermbase(client.id, 'tsv')).text).to.contain('Open Source Summit');
    await s.terms.removeEntry(ref);
    expect(hit().targets.map((t) => t.text)).to.deep.equal(['Open Source Summit']);
    expect(s.terms.state.termbases.map((t) => [t.name, t.entryCount])).to.deep.equal([
      ['client', 3],
      ['second', 2],
    ]);
    // Gone (deleted in another tab): the form has nothing to show, a save writes nothing back.
    expect(await s.terms.entryToEdit(ref)).to.equal(undefined);
    await s.terms.editEntry(ref, { source: '开源峰会', target: 'X', note: '', forbidden: false });
    expect(s.notices.state.notice?.key).to.equal('terms.entryGone');
    expect(s.terms.state.termbases.find((t) => t.name === 'second')?.entryCount).to.equal(2);
    expect(hit().targets.map((t) => t.text)).to.deep.equal(['Open Source Summit']);
  });

  it('browses a termbase: all or searched, counted in full, listed up to a limit, as stored now', async () => {
    const s = await open();
    await openProject(s, [{ source: '开源峰会在北京', target: '' }]);
    await s.terms.importFile('client.tbx', blob(TBX));
    // A second termbase with the same entry ids: refs name the termbase browsed.
    await s.terms.importFile('second.tbx', blob(TBX.replace('Open Source Summit', 'OSS')));
    const [client, second] = s.terms.state.termbases;
    const list = async (id: string, query: string, limit?: number) => {
      const r = await s.terms.browse(id, query, limit);
      return r && { total: r.total, shown: r.shown.map((e) => [e.ref, ...texts(e)]) };
    };
    const texts = (e: {
      source: readonly { text: string }[];
      target: readonly { text: string }[];
    }) => [e.source.map((t) => t.text).join('; '), e.target.map((t) => t.text).join('; ')];
    const ref = (tb: { id: string }, entry: string) => entryRef(tb.id, entry);
    expect(await list(client!.id, '')).to.deep.equal({
      total: 3,
      // By source term in character order: 峰 (U+5CF0) before 开 (U+5F00).
      shown: [
        [ref(client!, 'c'), '峰会', ''],
        [ref(client!, 'a'), '开源', 'open source'],
        [ref(client!, 'b'), '开源峰会', 'Open Source Summit'],
      ],
    });
    expect(await list(client!.id, '', 1)).to.deep.equal({
      total: 3,
      shown: [[ref(client!, 'c'), '峰会', '']],
    });
    expect(await list(second!.id, 'oss')).to.deep.equal({
      total: 1,
      shown: [[ref(second!, 'b'), '开源峰会', 'OSS']],
    });
    expect((await s.terms.browse(client!.id, '峰会'))?.sourceLang).to.equal('zh-Hans');

    // Edited from the form (opened from a browsed entry): the next search sees the new text,
    // and the termbase is not read again (a second's work with 100,000 entries): the entry is.
    const entries = s.ws.termbases.entries.bind(s.ws.termbases);
    let reads = 0;
    s.ws.termbases.entries = (id) => {
      reads++;
      return entries(id);
    };
    const edit = await s.terms.entryToEdit(ref(client!, 'b'));
    await s.terms.editEntry(ref(client!, 'b'), { ...edit!.form, target: 'OS Summit' });
    // (Recognition reads both termbases again here: they share keys, see recognise.)
    reads = 0;
    expect(await list(client!.id, 'summit')).to.deep.equal({
      total: 1,
      shown: [[ref(client!, 'b'), '开源峰会', 'OS Summit']],
    });
    expect(reads).to.equal(0);
    await s.terms.removeEntry(ref(client!, 'a'));
    reads = 0;
    expect(await list(client!.id, '')).to.deep.equal({
      total: 2,
      shown: [
        [ref(client!, 'c'), '峰会', ''],
        [ref(client!, 'b'), '开源峰会', 'OS Summit'],
      ],
    });
    expect(reads).to.equal(0);
    // The other termbase's entries are its own: unchanged (and read now, on its first search).
    expect((await list(second!.id, ''))?.total).to.equal(3);
    expect(reads).to.equal(1);

    // Changed in another tab: this tab's next search sees it too.
    const other = await open(s.dbName, { separate: true });
    await openProject(other, [{ source: '开源', target: '' }]);
    await other.terms.choose([client!.id], client!.id);
    await other.terms.addTerm({ source: '开源许可证', target: 'open-source licence' });
    await waitUntil(
      async () => (await list(client!.id, 'licence'))?.total === 1,
      'the other tab’s new entry is found',
    );
    expect((await list(client!.id, ''))?.total).to.equal(3);
    // A termbase that is gone has nothing to list.
    expect(await s.terms.browse('nope', '')).to.equal(undefined);
  });

  it('reads only the termbases chosen, and exports a termbase that imports back', async () => {
    const s = await open();
    await openProject(s, [{ source: '开源', target: '' }]);
    await s.terms.importFile('a.tbx', blob(TBX));
    const id = s.terms.state.termbases[0]!.id;
    await s.terms.choose([], undefined);
    expect(s.terms.find('开源')).to.deep.equal([]);
    const tsv = await s.terms.exportTermbase(id, 'tsv');
    expect(tsv.name).to.equal('a.tsv');
    await s.terms.importFile(tsv.name, blob(tsv.text));
    expect(s.terms.find('开源').map((h) => h.targets[0]?.text)).to.deep.equal(['open source']);
    const tbx = await s.terms.exportTermbase(id, 'tbx');
    expect(tbx.text).to.contain('<martif type="TBX-Basic"');
  });
});

describe('services loaded after the first paint', () => {
  const open = useServices();

  it('the termbase service, loaded after a project opened, follows that project', async () => {
    const first = await open();
    const id = await openProject(first, [{ source: '开源峰会在北京', target: '' }]);
    await first.terms.importFile('client.tbx', blob(TBX));
    first.close();
    // As in the app: the late services start only once the document is open.
    let go!: () => void;
    const opened = new Promise<void>((resolve) => (go = resolve));
    const core = await openCoreServices(first.dbName, { lateAfter: opened });
    try {
      await core.document.open(id);
      go();
      const { terms } = await core.late;
      for (let i = 0; i < 50 && !terms.state.index; i++)
        await new Promise((r) => setTimeout(r, 20));
      expect(terms.find('开源峰会在北京').map((h) => h.source)).to.deep.equal(['开源峰会']);
    } finally {
      core.close();
    }
  });
});
