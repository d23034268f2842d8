// Importing into a TM whose units are stored in blocks: duplicates are kept once, the newest,
// within the file (across blocks too) and against the units already in the TM.
import { expect } from '@open-wc/testing';
import type { Lang } from '../../src/core/model.js';
import type { TmUnit } from '../../src/core/tm/types.js';
import { exactFromStore } from '../../src/state/memory-fill.js';
import { useServices, type TestServices } from './helpers.js';

type Tu = [source: string, target: string, date: string];
const tmx = (units: Tu[]) =>
  new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="zh-CN" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/>
<body>${units
    .map(
      ([s, t, d]) =>
        `<tu changedate="${d}"><tuv xml:lang="zh-CN"><seg>${s}</seg></tuv><tuv xml:lang="en-US"><seg>${t}</seg></tuv></tu>`,
    )
    .join('\n')}</body></tmx>`);

const pair = (i: number, date: string): Tu => [`第${i}句话。`, `Sentence ${i}.`, date];
const range = (from: number, to: number, date: string) =>
  Array.from({ length: to - from }, (_, k) => pair(from + k, date));

async function everything(s: TestServices, tm: string): Promise<TmUnit[]> {
  const out: TmUnit[] = [];
  let after: string | undefined;
  do {
    const page = await s.ws.tm.page(tm, after, 700);
    out.push(...page.units);
    after = page.last;
  } while (after !== undefined);
  return out;
}

describe('memory service: importing into blocks', () => {
  const open = useServices();

  it('keeps each pair once, the newest, in the file and against the TM, across blocks', async () => {
    const s = await open();
    const tm = await s.memory.create('Blocks', 'zh-Hans', 'en');
    // 1,200 pairs (three blocks); pair 0 again at the end, newer (its block is written by then);
    // pair 1,000 again in its own block, older.
    const first = [
      ...range(0, 1100, '20200101T000000Z'),
      pair(1000, '20190101T000000Z'),
      ...range(1100, 1200, '20200101T000000Z'),
      pair(0, '20240101T000000Z'),
    ];
    await s.memory.importFile(tm.id, 'a.tmx', tmx(first));
    expect(s.memory.state.importing.status).to.equal('done');
    expect(s.memory.state.imported).to.deep.include({ added: 1200, duplicates: 2 });
    let units = await everything(s, tm.id);
    expect(units.length).to.equal(1200);
    expect(new Set(units.map((u) => u.source)).size).to.equal(1200);
    const changed = (i: number) =>
      new Date(units.find((u) => u.source === `第${i}句话。`)!.changedAt).getUTCFullYear();
    expect([changed(0), changed(1000), changed(1)]).to.deep.equal([2024, 2020, 2020]);

    // A row confirmed since, with pair 50: it replaces the imported unit.
    await s.ws.tm.putUnit(tm.id, {
      id: 'seg:x',
      source: '第50句话。',
      target: 'Sentence 50.',
      createdAt: Date.UTC(2021, 0),
      changedAt: Date.UTC(2021, 0),
    });
    await s.memory.load();
    expect(s.memory.tm(tm.id)?.size).to.equal(1200);

    // Newer copies replace what the TM holds (in blocks or not), older ones are left out.
    const second = [
      ...range(0, 10, '20300101T000000Z'),
      ...range(10, 20, '20100101T000000Z'),
      pair(50, '20300101T000000Z'),
      ...range(5000, 5005, '20300101T000000Z'),
    ];
    await s.memory.importFile(tm.id, 'b.tmx', tmx(second));
    expect(s.memory.state.imported).to.deep.include({ added: 16, duplicates: 21 });
    expect(s.memory.tm(tm.id)?.size).to.equal(1205);
    units = await everything(s, tm.id);
    expect(units.length).to.equal(1205);
    expect(new Set(units.map((u) => u.source)).size).to.equal(1205);
    expect([changed(0), changed(9), changed(10), changed(50), changed(5004)]).to.deep.equal([
      2030, 2030, 2020, 2030, 2030,
    ]);
    expect(units.some((u) => u.id === 'seg:x')).to.equal(false);
  });

  it('keeps a pair once when a row with it is confirmed while the import runs', async () => {
    const s = await open();
    const tm = await s.memory.create('Busy', 'zh-Hans', 'en');
    const file = tmx([
      pair(7, '20200101T000000Z'),
      pair(8, '20300101T000000Z'),
      ...range(100, 30_000, '20200101T000000Z'),
    ]);
    const running = s.memory.importFile(tm.id, 'big.tmx', file);
    // Once units are being written (the duplicates to check against have been read), two rows
    // are confirmed: pair 7 newer than the file's copy, pair 8 older.
    while ((s.memory.state.importing.units ?? 0) < 1000) await new Promise((r) => setTimeout(r, 5));
    expect(s.memory.state.importing.status).to.equal('running');
    const confirmed = (i: number, year: number) =>
      s.ws.tm.putUnit(tm.id, {
        id: `seg:${i}`,
        source: `第${i}句话。`,
        target: `Sentence ${i}.`,
        createdAt: Date.UTC(year, 0),
        changedAt: Date.UTC(year, 0),
      });
    await confirmed(7, 2025);
    await confirmed(8, 2025);
    await running;
    expect(s.memory.state.importing.status).to.equal('done');
    // The summary counts both as pairs met twice, and pair 7's copy from the file as not added.
    expect(s.memory.state.imported).to.deep.include({ added: 29_901, duplicates: 2 });
    const units = await everything(s, tm.id);
    const of = (i: number) => units.filter((u) => u.source === `第${i}句话。`);
    expect(of(7).map((u) => [u.id, new Date(u.changedAt).getUTCFullYear()])).to.deep.equal([
      ['seg:7', 2025],
    ]);
    expect(of(8).map((u) => new Date(u.changedAt).getUTCFullYear())).to.deep.equal([2030]);
    expect(units.length).to.equal(29_902);
    await s.memory.load();
    expect(s.memory.tm(tm.id)?.size).to.equal(29_902);
  });

  it('dates a unit without one at the import, keeps its authors, and exports both', async () => {
    const s = await open();
    const tm = await s.memory.create('Authors', 'zh-Hans', 'en');
    const tu = (attrs: string, zh: string, en: string) =>
      `<tu${attrs}><tuv xml:lang="zh-CN"><seg>${zh}</seg></tuv><tuv xml:lang="en-US"><seg>${en}</seg></tuv></tu>`;
    const file = (body: string) =>
      new TextEncoder().encode(
        `<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="zh-CN" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/><body>${body}</body></tmx>`,
      );
    await s.memory.importFile(
      tm.id,
      'a.tmx',
      file(
        tu(' creationid="alice"', '新图书馆开放。', 'The new library opened.') +
          tu(
            ' creationdate="20200101T000000Z" creationid="alice" changedate="20210101T000000Z" changeid="bob"',
            '博物馆关闭。',
            'The museum is closed.',
          ) +
          tu(' changedate="20200101T000000Z"', '峰会举行。', 'The summit is held.'),
      ),
    );
    const before = Date.now();
    // The same pair without a date, imported again: newer than the copy of 2020, it replaces it.
    await s.memory.importFile(
      tm.id,
      'b.tmx',
      file(tu(' changeid="carol"', '峰会举行。', 'The summit is held.')),
    );
    const after = Date.now();
    const units = await everything(s, tm.id);
    const of = (zh: string) => units.find((u) => u.source === zh)!;
    expect(of('新图书馆开放。')).to.include({ author: 'alice' });
    expect(of('新图书馆开放。').changedAt).to.be.above(Date.UTC(2025, 0));
    expect(of('新图书馆开放。').createdAt).to.equal(of('新图书馆开放。').changedAt);
    expect(of('博物馆关闭。')).to.include({
      author: 'alice',
      changedBy: 'bob',
      createdAt: Date.UTC(2020, 0),
      changedAt: Date.UTC(2021, 0),
    });
    expect(units.filter((u) => u.source === '峰会举行。')).to.have.length(1);
    expect(of('峰会举行。').changedAt).to.be.within(before, after);
    expect(of('峰会举行。')).to.include({ changedBy: 'carol' });
    expect(of('峰会举行。').author).to.equal(undefined);

    const text = (await s.memory.exportTmx(tm.id))!.text;
    expect(text).not.to.contain('19700101');
    expect(text).to.match(
      /<tu [^>]*creationdate="20200101T000000Z" creationid="alice" changedate="20210101T000000Z" changeid="bob"/,
    );
    expect(text).to.match(/<tu [^>]*creationid="alice" changedate="\d{8}T\d{6}Z" changeid="alice"/);
    expect(text).to.match(/<tu [^>]*changeid="carol"/);
  });

  it('finds 100 % matches in storage, before any index, by the source hash', async () => {
    const s = await open();
    const tm = await s.memory.create('Exact', 'zh-Hans', 'en');
    await s.memory.importFile(
      tm.id,
      'a.tmx',
      tmx([
        ['我们明天去北京开会。', 'We meet in Beijing tomorrow.', '20200101T000000Z'],
        ['我们明天去上海开会。', 'We meet in Shanghai tomorrow.', '20200101T000000Z'],
        ['我们明天去北京开会。', 'Tomorrow, Beijing.', '20210101T000000Z'],
        ['我们 明天去北京开会。', 'A space between.', '20210101T000000Z'],
      ]),
    );
    await s.ws.tm.putUnit(tm.id, {
      id: 'seg:r',
      source: '我们明天去北京开会。',
      target: 'Meeting in Beijing tomorrow.',
      prev: '上一句。',
      createdAt: 5,
      changedAt: 5,
    });
    const rec = s.memory.tm(tm.id)!;
    const found = async (text: string, prev?: string) =>
      (await exactFromStore(s.ws, [rec], 'zh-Hans', { text, options: { max: 5, prev } })).map(
        (h) => [h.score, h.unit.target],
      );
    // The same text, newest first; not the fuzzy Shanghai unit, nor one with a space (99).
    expect(await found('我们明天去北京开会。')).to.deep.equal([
      [100, 'Tomorrow, Beijing.'],
      [100, 'We meet in Beijing tomorrow.'],
      [100, 'Meeting in Beijing tomorrow.'],
    ]);
    expect((await found('我们明天去北京开会。', '上一句。'))[0]).to.deep.equal([
      101,
      'Meeting in Beijing tomorrow.',
    ]);
    expect(await found('我们后天去北京开会。')).to.deep.equal([]);
    // A TM of the other direction is left to the index.
    expect(await exactFromStore(s.ws, [rec], 'en', { text: 'x', options: {} })).to.deep.equal([]);
  });
  // A file of another pair is refused by the languages it names, not by a guess from its
  // script (French read as English, Japanese as Chinese); a file that names none is read by
  // its script, kana as Japanese. [file, content, TM's pair, the pair the refusal names]
  const tagged = (src: string, tgt: string, units: [string, string][]) =>
    `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="${src}" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/>
<body>${units
      .map(
        ([a, b]) =>
          `<tu><tuv xml:lang="${src}"><seg>${a}</seg></tuv><tuv xml:lang="${tgt}"><seg>${b}</seg></tuv></tu>`,
      )
      .join('\n')}</body></tmx>`;
  const french = Array.from({ length: 2500 }, (_, i): [string, string] => [
    `Sentence ${i}.`,
    `Phrase numéro ${i}.`,
  ]);
  const japanese: [string, string][] = [
    ['太平寺中的文笔塔', '太平寺の中心的なペン塔'],
    ['这是一本书。', 'これは本です。'],
  ];
  const xliff = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="a.txt" source-language="en-US" target-language="fr-CA" datatype="plaintext"><body>
<trans-unit id="1"><source>Hello world.</source><target state="final">Bonjour le monde.</target></trans-unit>
</body></file></xliff>`;
  const refusals: [string, string, [Lang, Lang], [string, string]][] = [
    // 2,500 units: refused from the first batch of the stream.
    ['en-fr.tmx', tagged('en-US', 'fr-CA', french), ['en', 'zh-Hans'], ['en-US', 'fr-CA']],
    ['omegat.tmx', tagged('zh-CN', 'ja-JP', japanese), ['zh-Hans', 'en'], ['zh-CN', 'ja-JP']],
    ['en-fr.xlf', xliff, ['en', 'zh-Hans'], ['en-US', 'fr-CA']],
    [
      'zh-ja.tsv',
      japanese.map((p) => p.join('\t')).join('\n'),
      ['zh-Hans', 'en'],
      ['zh-Hans', 'ja'],
    ],
    [
      'en-fr.tsv',
      ['source (en-US)\ttarget (fr-CA)', 'Hello.\tBonjour.'].join('\n'),
      ['en', 'zh-Hans'],
      ['en-US', 'fr-CA'],
    ],
  ];
  for (const [name, content, [from, to], [source, target]] of refusals)
    it(`refuses ${name} into a ${from}→${to} TM as ${source} → ${target}`, async () => {
      const s = await open();
      const tm = await s.memory.create('Pair', from, to);
      await s.memory.importFile(tm.id, name, new TextEncoder().encode(content));
      expect(s.memory.state.importing.status).to.equal('failed');
      expect(s.memory.state.importing.problem).to.deep.equal({
        kind: 'wrongPair',
        source,
        target,
        canSwap: false,
      });
      expect(s.memory.tm(tm.id)?.size).to.equal(0);
    });

  it("still takes a table without a header in the TM's languages", async () => {
    const s = await open();
    const tm = await s.memory.create('Table', 'zh-Hans', 'en');
    await s.memory.importFile(
      tm.id,
      'a.tsv',
      new TextEncoder().encode('你好。\tHello.\n再见。\tBye.'),
    );
    expect(s.memory.state.importing.status).to.equal('done');
    expect(s.memory.tm(tm.id)?.size).to.equal(2);
  });
});
