import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Bitext } from '../../../src/core/formats/index.js';
import { initI18n, loadAllStrings, setLanguage } from '../../../src/i18n/index.js';
import { latinWords, visibleStrings } from '../../i18n/latin.js';
import '../../../src/ui/exchange/bt-export-dialog.js';
import type { BtExportDialog } from '../../../src/ui/exchange/bt-export-dialog.js';

const bitext = (pairs: Bitext['documents'][0]['pairs']): Bitext => ({
  sourceLang: 'zh-Hans',
  targetLang: 'en',
  documents: [{ name: '报告', pairs }],
});

const sample = bitext([
  { source: '第一句。', target: 'First.', status: 'translated', note: '已核对' },
  { source: '第二句。', target: '', status: 'new' },
]);

/** Clicks Download and returns the file the browser was asked to save. */
async function download(
  el: BtExportDialog,
): Promise<{ name: string; text: string; bytes: Uint8Array }> {
  const original = HTMLAnchorElement.prototype.click;
  let got: { href: string; download: string } | undefined;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const { href, download } = this;
    got = { href, download };
  };
  try {
    button(el, /^Download/).click();
  } finally {
    HTMLAnchorElement.prototype.click = original;
  }
  if (!got) throw new Error('no download started');
  const bytes = new Uint8Array(await (await fetch(got.href)).arrayBuffer());
  return { name: got.download, text: new TextDecoder().decode(bytes), bytes };
}

const button = (el: BtExportDialog, name: RegExp) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) =>
    name.test(b.textContent!.trim()),
  ) as HTMLButtonElement;

const radio = (el: BtExportDialog, id: string) =>
  el.shadowRoot!.querySelector(`input[name="format"][value="${id}"]`) as HTMLInputElement;

const check = (el: BtExportDialog, name: string) =>
  el.shadowRoot!.querySelector(`input[name="${name}"]`) as HTMLInputElement | null;

async function choose(el: BtExportDialog, id: string) {
  radio(el, id).click();
  await el.updateComplete;
}

describe('bt-export-dialog', () => {
  before(() => initI18n('en').then(loadAllStrings));

  const open = () =>
    fixture<BtExportDialog>(
      html`<bt-export-dialog open .bitext=${sample} projectName="年度报告"></bt-export-dialog>`,
    );

  it('opens as a modal dialog with every format and is accessible', async () => {
    const el = await open();
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('input[name="format"]')).to.have.length(10);
    expect(dialog.getAttribute('aria-labelledby')).to.equal('export-title');
    await expect(el).to.be.accessible();
  });

  it('shows only the options that apply to the chosen format', async () => {
    const el = await open();
    expect(check(el, 'bom')).to.equal(null);
    expect(check(el, 'formulaProtection')).to.equal(null);
    expect(check(el, 'notes')).not.to.equal(null);
    await choose(el, 'csv');
    // A BOM by default: Excel on Chinese Windows reads a CSV without one as GBK.
    expect(check(el, 'bom')!.checked).to.equal(true);
    expect(check(el, 'formulaProtection')!.checked).to.equal(true);
    await choose(el, 'text-target');
    expect(check(el, 'notes')).to.equal(null);
    expect(check(el, 'bom')).not.to.equal(null);
  });

  const tagChoice = (el: BtExportDialog) => el.shadowRoot!.querySelector('.options select');

  it('tags Chinese as chosen in every format that names its languages', async () => {
    const el = await open();
    await choose(el, 'tsv');
    // The default, zh-CN, as the TMX and XLIFF of the same export say (it read "source (zh-Hans)").
    expect((await download(el)).text).to.contain('source (zh-CN)\ttarget (en)');
    const select = tagChoice(el) as HTMLSelectElement;
    select.value = 'script';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await choose(el, 'csv');
    expect((await download(el)).text).to.contain('source (zh-Hans),target (en)');
    await choose(el, 'text-target');
    expect(tagChoice(el)).to.equal(null);
  });

  it('downloads a TMX named after the project, with notes and statuses', async () => {
    const el = await open();
    const f = await download(el);
    expect(f.name).to.equal('年度报告.tmx');
    expect(f.bytes[0]).to.equal('<'.charCodeAt(0));
    expect(f.text).to.contain('<tmx version="1.4">');
    expect(f.text).to.contain('<note>已核对</note>');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain(
      'Downloaded 年度报告.tmx (2 rows)',
    );
  });

  it('says before a TMX download that rows without source text are left out, and counts the rest', async () => {
    const el = await fixture<BtExportDialog>(
      html`<bt-export-dialog
        open
        .bitext=${bitext([
          { source: '第一句。', target: 'First.', status: 'translated' },
          { source: '', target: 'An unpaired sentence.', status: 'translated' },
          { source: '第二句。', target: 'Second.', status: 'translated' },
        ])}
        projectName="p"
      ></bt-export-dialog>`,
    );
    expect(el.shadowRoot!.querySelector('.note')!.textContent).to.contain(
      '1 row has no source text (a translation sentence left unpaired): a TMX leaves it out.',
    );
    const f = await download(el);
    expect(f.text.match(/<tu[ >]/g)).to.have.length(2);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain(
      'Downloaded p.tmx (2 rows)',
    );
    // A table keeps every row, and says nothing of it.
    await choose(el, 'csv');
    expect(el.shadowRoot!.querySelector('.note')).to.equal(null);
    await download(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('(3 rows)');
  });

  it('writes a CSV with a BOM by default, and only confirmed rows when asked', async () => {
    const el = await open();
    await choose(el, 'csv');
    check(el, 'confirmedOnly')!.click();
    await el.updateComplete;
    const f = await download(el);
    expect(f.name).to.equal('年度报告.csv');
    expect([...f.bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(f.text).to.contain('第一句。');
    expect(f.text).not.to.contain('第二句。');
  });

  it('lists the warnings the writer reports', async () => {
    const el = await fixture<BtExportDialog>(
      html`<bt-export-dialog
        open
        .bitext=${bitext([{ source: '控制\u0001字符', target: 'x', status: 'translated' }])}
        projectName="p"
      ></bt-export-dialog>`,
    );
    const f = await download(el);
    expect(f.text).not.to.contain('\u0001');
    await el.updateComplete;
    const warnings = el.shadowRoot!.querySelector('.warnings')!;
    expect(warnings.textContent).to.contain('Changes made to keep the file valid (1):');
    expect(warnings.querySelectorAll('li')).to.have.length(1);
  });

  it('words the writer’s warnings in Chinese in a Chinese UI', async () => {
    const el = await fixture<BtExportDialog>(
      html`<bt-export-dialog
        open
        .bitext=${bitext([{ source: '控制\u0001字符', target: 'x', status: 'translated' }])}
        projectName="p"
      ></bt-export-dialog>`,
    );
    await download(el);
    await setLanguage('zh-CN');
    try {
      await el.updateComplete;
      const li = el.shadowRoot!.querySelector('.warnings li')!;
      expect(li.textContent!.trim()).to.equal('报告 #1，原文：删除了 1 个 XML 不允许的字符。');
      expect(latinWords(visibleStrings(li))).to.deep.equal([]);
    } finally {
      await setLanguage('en');
    }
  });

  it('cannot download nothing', async () => {
    const el = await fixture<BtExportDialog>(
      html`<bt-export-dialog
        open
        .bitext=${bitext([{ source: '甲', target: '' }])}
      ></bt-export-dialog>`,
    );
    check(el, 'confirmedOnly')!.click();
    await el.updateComplete;
    expect(button(el, /^Download/).disabled).to.equal(true);
    expect(el.shadowRoot!.textContent).to.contain('No rows to export');
  });

  it('copies the pairs as an HTML table and TSV text', async () => {
    const el = await open();
    const original = navigator.clipboard.write;
    let items: ClipboardItem[] = [];
    navigator.clipboard.write = async (data: ClipboardItem[]) => {
      items = data;
    };
    try {
      button(el, /^Copy as table$/).click();
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      navigator.clipboard.write = original;
    }
    expect(items).to.have.length(1);
    expect([...items[0].types].sort()).to.deep.equal(['text/html', 'text/plain']);
    const text = await (await items[0].getType('text/plain')).text();
    expect(text).to.equal('Chinese\tEnglish\r\n第一句。\tFirst.\r\n第二句。\t\r\n');
    const markup = await (await items[0].getType('text/html')).text();
    expect(markup).to.contain('<td lang="zh-Hans">第一句。</td>');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain(
      'Copied 2 rows',
    );
  });

  it('asks to be closed', async () => {
    const el = await open();
    setTimeout(() => button(el, /^Close$/).click());
    await oneEvent(el, 'bt-request-close');
    expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
  });
});
