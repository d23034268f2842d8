import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { initI18n, setLanguage, loadAllStrings } from '../../../src/i18n/index.js';
import type { ImportRequest } from '../../../src/ui/exchange/events.js';
import { CREATE_BATCH } from '../../../src/state/library.js';
import { useServices } from '../../state/helpers.js';
import { latinWords, visibleStrings } from '../../i18n/latin.js';
import '../../../src/ui/exchange/bt-import-dialog.js';
import type { BtImportDialog } from '../../../src/ui/exchange/bt-import-dialog.js';

const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/>
<body>
<tu><note>check</note><tuv xml:lang="en"><seg>Hello <ph>&lt;br/&gt;</ph>world.</seg></tuv><tuv xml:lang="zh-CN"><seg>你好世界。</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Bye.</seg></tuv><tuv xml:lang="zh-CN"><seg></seg></tuv></tu>
</body></tmx>`;

const ATTACK = `<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>
<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&b;</seg></tuv></tu></body></tmx>`;

// "你好,世界" then "再见,朋友" in GB18030, no BOM.
const GBK = new Uint8Array([
  0xc4, 0xe3, 0xba, 0xc3, 0x2c, 0xca, 0xc0, 0xbd, 0xe7, 0x0d, 0x0a, 0xd4, 0xd9, 0xbc, 0xfb, 0x2c,
  0xc5, 0xf3, 0xd3, 0xd1, 0x0d, 0x0a,
]);

const shadow = (el: BtImportDialog) => el.shadowRoot!;
/** The summary of a parsed file, shown inside the dialog. */
const summary = (el: BtImportDialog) =>
  shadow(el).querySelector('bt-import-summary')?.shadowRoot ?? null;
const createButton = (el: BtImportDialog) =>
  shadow(el).querySelector('button.primary') as HTMLButtonElement;
const settled = (el: BtImportDialog) =>
  waitUntil(
    () => shadow(el).querySelector('[role="alert"]') ?? summary(el)?.querySelector('.found'),
    'the file was not read',
    { timeout: 10_000 },
  );

describe('bt-import-dialog', () => {
  before(() => initI18n('en').then(loadAllStrings));
  const services = useServices();

  /** The services of the dialog `open()` made last. */
  let current: Awaited<ReturnType<typeof services>>;

  /** Creates the project a request asks for (as the app does); its rows as stored. */
  const created = async (el: BtImportDialog, req: ImportRequest) => {
    const s = current;
    const id = await el.library!.createFromImport(req);
    expect(id, 'the project was created').to.be.a('string');
    const [doc] = await s.ws.documents.list(id!);
    return s.ws.segments.all(doc.id);
  };

  // The dialog parses through the library service (in its Worker), as in the app.
  const open = async () => {
    current = await services();
    return fixture<BtImportDialog>(
      html`<bt-import-dialog open .library=${current.library}></bt-import-dialog>`,
    );
  };

  it('opens as a modal dialog that asks for a file, and is accessible', async () => {
    const el = await open();
    expect(shadow(el).querySelector('dialog')!.open).to.equal(true);
    expect(shadow(el).querySelector('input[type="file"]')).not.to.equal(null);
    expect(createButton(el).disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows what a TMX holds and asks to create a project with it', async () => {
    const el = await open();
    await el.load(new File([TMX], '问候.tmx'));
    await settled(el);
    const text = summary(el)!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('问候.tmx: TMX, 2 pairs, 1 translated.');
    expect(text).to.contain('Languages in the file: English → Chinese');
    expect(text).to.contain('Notes: 1 · inline codes: 1');
    expect((summary(el)!.querySelector('select') as HTMLSelectElement).value).to.equal('utf-8');
    await expect(el).to.be.accessible();
    expect(createButton(el).textContent!.trim()).to.equal('Create project with 2 rows');
    setTimeout(() => createButton(el).click());
    const ev = (await oneEvent(el, 'bt-request-import-bitext')) as CustomEvent<ImportRequest>;
    expect(ev.detail).to.deep.include({ name: '问候', sourceLang: 'en', targetLang: 'zh-Hans' });
    // The pairs stayed in the Worker; the request's ticket makes the project of them.
    const rows = await created(el, ev.detail);
    expect(rows.map((r) => r.target)).to.deep.equal(['你好世界。', '']);
    expect(rows[0].source).to.match(/^Hello .+world\.$/);
    expect(rows[0].codes).to.have.length(1);
    expect(rows[0].note).to.equal('check');
  });

  it('reads a file dropped on it', async () => {
    const el = await open();
    const dt = new DataTransfer();
    dt.items.add(new File([TMX], '拖入.tmx'));
    const dialog = shadow(el).querySelector('dialog')!;
    dialog.dispatchEvent(
      new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }),
    );
    await settled(el);
    expect(summary(el)!.querySelector('.found')!.textContent).to.contain('拖入.tmx: TMX, 2 pairs');
  });

  it('lets the user read a text file with another encoding than the guess', async () => {
    const el = await open();
    await el.load(new File([GBK], 'cn.csv'));
    await settled(el);
    const select = summary(el)!.querySelector('select') as HTMLSelectElement;
    expect(select.value).to.equal('gb18030');
    let detail: ImportRequest | undefined;
    el.addEventListener(
      'bt-request-import-bitext',
      (e) => (detail = (e as CustomEvent<ImportRequest>).detail),
    );
    select.value = 'big5';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete; // reading again: the old summary is gone
    expect(summary(el)).to.equal(null);
    await settled(el);
    expect((summary(el)!.querySelector('select') as HTMLSelectElement).value).to.equal('big5');
    createButton(el).click();
    const [first] = await created(el, detail!);
    expect(first.source).not.to.equal('你好');
    // Read as GB18030 (the guess) again, the first row is 你好.
    const again = summary(el)!.querySelector('select') as HTMLSelectElement;
    again.value = 'gb18030';
    again.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await settled(el);
    createButton(el).click();
    expect((await created(el, detail!))[0].source).to.equal('你好');
  });

  // [file, content, what the message must say]
  const bad: [string, BlobPart, RegExp][] = [
    ['attack.tmx', ATTACK, /Could not open “attack\.tmx”.*(DTD|ENTITY|DOCTYPE)/i],
    [
      'broken.tmx',
      '<tmx version="1.4">\n<body>\n<tu></body>',
      /Could not open “broken\.tmx”, line \d+/,
    ],
    ['photo.tmx', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]), /“photo\.tmx”/],
    ['notes.pdf', '%PDF-1.4', /Could not open “notes\.pdf”: unsupported file type/],
    ['empty.csv', '', /“empty\.csv”: the file is empty/],
  ];
  for (const [name, content, message] of bad)
    it(`refuses ${name} with a message naming it, and requests nothing`, async () => {
      const el = await open();
      let asked = false;
      el.addEventListener('bt-request-import-bitext', () => (asked = true));
      await el.load(new File([content], name));
      await settled(el);
      const alert = shadow(el).querySelector('[role="alert"]')!;
      expect(alert.textContent!.replace(/\s+/g, ' ')).to.match(message);
      expect(alert.textContent).to.contain('Nothing was added to your projects.');
      expect(createButton(el).disabled).to.equal(true);
      expect(asked).to.equal(false);
    });

  it('gives a generic reason for an error that is not about the file, never its text', async () => {
    const { library } = await services();
    library.parse = () => Promise.reject(new Error('Worker crashed: out of memory'));
    const el = await fixture<BtImportDialog>(
      html`<bt-import-dialog open .library=${library}></bt-import-dialog>`,
    );
    await el.load(new File([TMX], 'a.tmx'));
    await settled(el);
    const alert = shadow(el).querySelector('[role="alert"]')!.textContent!.replace(/\s+/g, ' ');
    expect(alert).to.contain('Could not open “a.tmx”: an unexpected error stopped the reading');
    expect(alert).not.to.contain('Worker');
  });

  describe('in Chinese', () => {
    before(() => setLanguage('zh-CN'));
    after(() => setLanguage('en'));

    // [file, content, the reason shown]: each in Chinese, inside the dialog's Chinese frame.
    const deep = `<tmx version="1.4"><body><tu><tuv xml:lang="en"><seg>${'<hi>'.repeat(300)}</seg></tuv></tu></body></tmx>`;
    const cases: [string, BlobPart, RegExp][] = [
      ['空.csv', '', /^无法打开“空\.csv”：文件是空的/],
      [
        '攻击.tmx',
        ATTACK,
        /^无法打开“攻击\.tmx”，第 2 行：文件声明了实体，已拒绝读取（疑似实体扩展攻击）/,
      ],
      [
        '图片.tmx',
        new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]),
        /^无法打开“图片\.tmx”(，第 1 行)?：这是二进制数据（含空字符），不是文本文件/,
      ],
      ['嵌套.tmx', deep, /^无法打开“嵌套\.tmx”，第 1 行：元素嵌套过深（超过 256 层）/],
      [
        '引号.csv',
        '甲,乙\n丙,"丁\n',
        /^无法打开“引号\.csv”，第 2 行：有一个带引号的单元格缺少结束引号/,
      ],
    ];
    for (const [name, content, reason] of cases)
      it(`refuses ${name} with a Chinese reason and no English word`, async () => {
        const el = await open();
        await el.load(new File([content], name));
        await settled(el);
        const alert = shadow(el).querySelector('[role="alert"]')!;
        expect(alert.textContent!.replace(/\s+/g, ' ').trim()).to.match(reason);
        expect(latinWords(visibleStrings(alert))).to.deep.equal([]);
      });

    it('says an unexpected error in Chinese, not in the words of the error', async () => {
      const { library } = await services();
      library.parse = () => Promise.reject(new Error('Worker crashed'));
      const el = await fixture<BtImportDialog>(
        html`<bt-import-dialog open .library=${library}></bt-import-dialog>`,
      );
      await el.load(new File([TMX], '甲.tmx'));
      await settled(el);
      const alert = shadow(el).querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('无法打开“甲.tmx”：读取时发生了意外错误');
      expect(latinWords(visibleStrings(alert))).to.deep.equal([]);
    });
  });

  it('refuses another language pair by name instead of relabelling it zh↔en', async () => {
    const el = await open();
    const xliff = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="a.txt" source-language="en-US" target-language="fr-FR" datatype="plaintext"><body>
<trans-unit id="1"><source>Hello world.</source><target>Bonjour le monde.</target></trans-unit>
</body></file></xliff>`;
    await el.load(new File([xliff], 'greeting.sdlxliff'));
    await settled(el);
    const alert = shadow(el).querySelector('[role="alert"]')!.textContent!;
    // In words, as the rest of the dialog names languages (it said "en-US → fr-FR").
    expect(alert).to.contain('“greeting.sdlxliff” is in English → French (France)');
    expect(alert).to.contain('Nothing was added');
    expect(createButton(el).disabled).to.equal(true);
    await setLanguage('zh-CN');
    try {
      const again = await open();
      await again.load(new File([xliff], '问候.xlf'));
      await settled(again);
      const zh = shadow(again).querySelector('[role="alert"]')!;
      expect(zh.textContent).to.contain('“问候.xlf”的语言是 英文 → 法语（法国）');
      expect(latinWords(visibleStrings(zh))).to.deep.equal([]);
    } finally {
      await setLanguage('en');
    }
  });

  // en-US → en-GB as the LISA TMX kit's ImportTest1G has it: it became an English → Chinese
  // project whose en-GB text showed as the Chinese translation.
  const tmxOf = (source: string, target: string, pairs: [string, string][]) =>
    `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en-us" srclang="${source}" datatype="plaintext"/>
<body>${pairs
      .map(
        ([s, t]) =>
          `<tu><tuv xml:lang="${source}"><seg>${s}</seg></tuv><tuv xml:lang="${target}"><seg>${t}</seg></tuv></tu>`,
      )
      .join('\n')}</body></tmx>`;

  it('refuses one language on both sides as it refuses another pair', async () => {
    const el = await open();
    const enEn = tmxOf('en-us', 'en-gb', [
      ['à=agrave, é=eacute', 'à=agrave, é=eacute'],
      ['The color of the center.', 'The colour of the centre.'],
    ]);
    await el.load(new File([enEn], 'ImportTest1G.tmx'));
    await settled(el);
    const alert = shadow(el).querySelector('[role="alert"]')!.textContent!;
    expect(alert).to.contain('“ImportTest1G.tmx” has English on both sides (en-us → en-gb)');
    expect(alert).to.contain('Nothing was added');
    expect(summary(el)).to.equal(null);
    expect(createButton(el).disabled).to.equal(true);
    await setLanguage('zh-CN');
    try {
      const again = await open();
      const zhZh = tmxOf('zh-CN', 'zh-TW', [['软件', '軟體']]);
      await again.load(new File([zhZh], '简繁.tmx'));
      await settled(again);
      const zh = shadow(again).querySelector('[role="alert"]')!;
      expect(zh.textContent).to.contain('“简繁.tmx”的原文和译文都是中文（zh-CN → zh-TW）');
      expect(latinWords(visibleStrings(zh))).to.deep.equal([]);
      expect(createButton(again).disabled).to.equal(true);
    } finally {
      await setLanguage('en');
    }
  });

  it('opens a file whose "English" target is written in Chinese as English → Chinese', async () => {
    const el = await open();
    await el.load(
      new File([tmxOf('en', 'en', [['Hello world.', '你好，世界。']])], 'mislabelled.tmx'),
    );
    await settled(el);
    expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
    const direction = shadow(el).querySelector('select')!;
    expect(direction.value).to.equal('en:zh-Hans');
    expect(createButton(el).disabled).to.equal(false);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const el = await fixture<BtImportDialog>(
      html`<bt-import-dialog open .maxBytes=${1024 * 1024}></bt-import-dialog>`,
    );
    await el.load(new File([new Uint8Array(2 * 1024 * 1024)], 'huge.tmx'));
    await el.updateComplete;
    expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain(
      'Could not open “huge.tmx”: the file is 2.0 MB, over the limit of 1.0 MB',
    );
  });

  it('shows the error the app reports when creating the project failed', async () => {
    const el = await fixture<BtImportDialog>(
      html`<bt-import-dialog open error="The project could not be created"></bt-import-dialog>`,
    );
    expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain(
      'The project could not be created',
    );
  });
  /** A TMX of `n` zh/en units. */
  const bigTmx = (n: number) =>
    TMX.replace(/<body>[\s\S]*<\/body>/, () => {
      const tu = (i: number) =>
        `<tu><tuv xml:lang="zh-CN"><seg>第${i}条。</seg></tuv><tuv xml:lang="en"><seg>Item ${i}.</seg></tuv></tu>\n`;
      return `<body>\n${Array.from({ length: n }, (_, i) => tu(i)).join('')}</body>`;
    });

  /** Every value a progress bar labelled `label` shows, sampled until `stop()`. */
  const sampleBar = (el: BtImportDialog, label: string) => {
    const seen = new Set<string>();
    const watch = setInterval(() => {
      const bar = shadow(el).querySelector(`progress[aria-label="${label}"]`);
      if (bar) seen.add(bar.getAttribute('value') ?? '');
    }, 5);
    return { seen, stop: () => clearInterval(watch) };
  };

  it('shows how much of a big file it has read, then what the file holds', async () => {
    const el = await open();
    const bar = sampleBar(el, 'Reading the file');
    await el.load(new File([bigTmx(40_000)], 'big.tmx'));
    bar.stop();
    await settled(el);
    expect(bar.seen.size, 'progress values shown').to.be.greaterThan(0);
    expect(shadow(el).querySelector('progress')).to.equal(null);
    expect(createButton(el).textContent).to.match(/40,?000 rows/);
  });

  it('shows the rows being written while a big project is created', async () => {
    const el = await open();
    const n = CREATE_BATCH * 3;
    await el.load(new File([bigTmx(n)], 'big.tmx'));
    await settled(el);
    // As the app does: the request becomes a create in the library service.
    let job: Promise<unknown> = Promise.resolve();
    el.addEventListener('bt-request-import-bitext', (e) => {
      job = el.library!.createFromImport(e.detail);
    });
    const bar = sampleBar(el, 'Writing the rows');
    createButton(el).click();
    await waitUntil(() => shadow(el).querySelector('progress[aria-label="Writing the rows"]'));
    expect(shadow(el).querySelector('[role="status"]')?.textContent).to.match(
      new RegExp(`Writing \\d+ of ${n} rows`),
    );
    await job;
    bar.stop();
    await el.updateComplete;
    expect(bar.seen.size, 'progress values shown').to.be.greaterThan(1);
    expect(shadow(el).querySelector('progress')).to.equal(null);
    const s = current;
    const [project] = s.library.state.projects;
    const [doc] = await s.ws.documents.list(project.id);
    const rows = await s.ws.segments.all(doc.id);
    expect(rows.map((r) => r.source)).to.deep.equal(
      Array.from({ length: n }, (_, i) => `Item ${i}.`),
    );
    expect(rows.filter((r) => r.paragraphStart)).to.have.length(1);
  });
});
