import '../../setup.js';
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { initI18n, setLanguage, loadAllStrings } from '../../../src/i18n/index.js';
import type { AlignRow } from '../../../src/core/beads.js';
import { LOW_CONFIDENCE } from '../../../src/core/align/index.js';
import { MEDIUM_CONFIDENCE } from '../../../src/core/model.js';
import '../../../src/ui/library/bt-new-project.js';
import '../../../src/ui/align/bt-align-view.js';
import '../../../src/ui/library/bt-text-input.js';
import '../../../src/ui/grid/bt-side-panel.js';
import type { BtNewProject } from '../../../src/ui/library/bt-new-project.js';
import type { BtAlignView } from '../../../src/ui/align/bt-align-view.js';
import type { BtTextInput } from '../../../src/ui/library/bt-text-input.js';
import type { BtSidePanel } from '../../../src/ui/grid/bt-side-panel.js';
import { rows } from '../fixtures.js';
import { latinWords, visibleStrings } from '../../i18n/latin.js';
import { formRoot, pageButtons, settled } from './new-project-dom.js';

const row = (source: string[], target: string[], confidence = 0.9): AlignRow => ({
  source,
  target,
  confidence,
  paragraphStart: false,
});

const typeInto = (input: BtTextInput, text: string) => {
  const ta = input.shadowRoot!.querySelector('textarea')!;
  ta.value = text;
  ta.dispatchEvent(new Event('input'));
};

describe('new project, alignment view, text input, side panel', () => {
  before(() => initI18n('en').then(loadAllStrings));

  it('bt-new-project follows the source language and previews the segmentation', async () => {
    const el = await fixture<BtNewProject>(html`<bt-new-project></bt-new-project>`);
    await settled(el);
    const [src, tgt] = formRoot(el).querySelectorAll('bt-text-input');
    typeInto(src, 'The summit opened. It lasts three days.\nThen it closed.');
    typeInto(tgt, '峰会开幕了。会期三天。\n随后闭幕。');
    await settled(el);
    expect((formRoot(el).querySelector('select') as HTMLSelectElement).value).to.equal(
      'en:zh-Hans',
    );
    expect(formRoot(el).querySelector('.preview')!.textContent!.replace(/\s+/g, ' ')).to.contain(
      'Source: 2 paragraphs, 3 sentences',
    );
    await expect(el).to.be.accessible();
    // Typing a few characters counts again once typing pauses, not at every key.
    const preview = () => formRoot(el).querySelector('.preview')!.textContent!.replace(/\s+/g, ' ');
    typeInto(src, 'The summit opened. It lasts three days.\nThen it closed. Bye.');
    await el.updateComplete;
    expect(preview()).to.contain('Source: 2 paragraphs, 3 sentences');
    await waitUntil(() => preview().includes('Source: 2 paragraphs, 4 sentences'), 'counted', {
      timeout: 2000,
    });
  });

  it('bt-new-project names the project after a source file, unless a name was typed', async () => {
    const el = await fixture<BtNewProject>(html`<bt-new-project></bt-new-project>`);
    await settled(el);
    const [src] = formRoot(el).querySelectorAll('bt-text-input');
    src.dispatchEvent(
      new CustomEvent('bt-text-change', {
        detail: { text: '峰会开幕了。', fileName: '峰会新闻稿.txt' },
        bubbles: true,
        composed: true,
      }),
    );
    await settled(el);
    const name = formRoot(el).querySelector<HTMLInputElement>('input:not([type])')!;
    expect(name.value).to.equal('峰会新闻稿');
  });

  it('bt-new-project without a translation creates one row per source sentence', async () => {
    const el = await fixture<BtNewProject>(html`<bt-new-project></bt-new-project>`);
    await settled(el);
    const [src] = formRoot(el).querySelectorAll('bt-text-input');
    typeInto(src, '峰会开幕了。会期三天。\n随后闭幕。');
    await settled(el);
    const create = pageButtons(el).find((b) => b.textContent!.includes('Create project'))!;
    setTimeout(() => create.click());
    const ev = await oneEvent(el, 'bt-request-create-aligned');
    expect(ev.detail.sourceLang).to.equal('zh-Hans');
    expect(ev.detail.rows.map((r: AlignRow) => r.source)).to.deep.equal([
      ['峰会开幕了。'],
      ['会期三天。'],
      ['随后闭幕。'],
    ]);
    expect(ev.detail.rows.map((r: AlignRow) => r.paragraphStart)).to.deep.equal([
      true,
      false,
      true,
    ]);
  });

  it('bt-align-view labels confidence in words and merges, then undoes', async () => {
    const rows = [
      row(['甲。'], ['A.'], 0.95),
      row(['乙。'], ['B.'], 0.2),
      // Between the aligner's threshold and the view's threshold for "high".
      row(['丙。'], ['C.'], (LOW_CONFIDENCE + MEDIUM_CONFIDENCE) / 2),
    ];
    const el = await fixture<BtAlignView>(html`<bt-align-view .rows=${rows}></bt-align-view>`);
    const items = () => [...el.shadowRoot!.querySelectorAll('li')];
    expect(items().map((li) => li.className.split(' ')[0])).to.deep.equal(['high', 'low', 'mid']);
    expect(items()[1].textContent).to.contain('low');
    const button = (label: string) =>
      [...el.shadowRoot!.querySelectorAll('button')].find((b) =>
        b.textContent!.trim().startsWith(label),
      )!;
    setTimeout(() => button('Merge with next row').click());
    const ev = await oneEvent(el, 'bt-align-change');
    expect(ev.detail.rows.length).to.equal(2);
    await el.updateComplete;
    expect(items().length).to.equal(2);
    button('Undo').click();
    await el.updateComplete;
    expect(items().length).to.equal(3);
    await expect(el).to.be.accessible();
  });

  it('bt-align-view jumps to the next low-confidence row', async () => {
    const rows = [row(['甲。'], ['A.']), row(['乙。'], ['B.']), row(['丙。'], [], 0.1)];
    const el = await fixture<BtAlignView>(html`<bt-align-view .rows=${rows}></bt-align-view>`);
    const next = [...el.shadowRoot!.querySelectorAll('button')].find((b) =>
      b.textContent!.includes('Next low-confidence'),
    )!;
    expect(next.textContent).to.contain('(1)');
    next.click();
    await aTimeout(10);
    expect(
      el.shadowRoot!.querySelector('li[aria-selected="true"]')!.getAttribute('data-i'),
    ).to.equal('2');
  });

  it('bt-text-input reads a GB18030 file, shows the guess and lets the user override it', async () => {
    const el = await fixture<BtTextInput>(html`<bt-text-input label="源"></bt-text-input>`);
    // "中文" in GBK/GB18030.
    const file = new File([new Uint8Array([0xd6, 0xd0, 0xce, 0xc4, 0xa1, 0xa3])], 'a.txt');
    const input = el.shadowRoot!.querySelector('input[type="file"]') as HTMLInputElement;
    const dt = new DataTransfer();
    dt.items.add(file);
    input.files = dt.files;
    setTimeout(() => input.dispatchEvent(new Event('change')));
    const ev = await oneEvent(el, 'bt-text-change');
    expect(ev.detail.text).to.equal('中文。');
    await el.updateComplete;
    const select = el.shadowRoot!.querySelector('select') as HTMLSelectElement;
    expect(select.value).to.equal('gb18030');
    // The guess in the words the choice uses (it said "Read as gb18030"), and a choice whose
    // name stays the same whatever the guess.
    expect(el.shadowRoot!.textContent!.replace(/\s+/g, ' ')).to.contain(
      'Encoding guessed: GB18030 / GBK (Simplified) (',
    );
    expect(
      select
        .closest('label')!
        .textContent!.trim()
        .split(/\s{2,}/)[0],
    ).to.equal('Read as');
    select.value = 'big5';
    setTimeout(() => select.dispatchEvent(new Event('change')));
    await oneEvent(el, 'bt-text-change');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Encoding guessed: GB18030 / GBK (Simplified)');
    await expect(el).to.be.accessible();
    // A refused file changes nothing: the text and the choice for the file before stay.
    const refused = new DataTransfer();
    refused.items.add(new File(['<tmx version="1.4"><body/></tmx>'], 'tm.tmx'));
    input.files = refused.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'not refused');
    expect(el.text).to.equal(
      new TextDecoder('big5').decode(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4, 0xa1, 0xa3])),
    );
    expect(el.shadowRoot!.querySelector('select')?.value).to.equal('big5');
  });

  it('bt-text-input refuses a file over the size limit before reading it', async () => {
    const el = await fixture<BtTextInput>(
      html`<bt-text-input label="源" .maxBytes=${1024}></bt-text-input>`,
    );
    const input = el.shadowRoot!.querySelector('input[type="file"]') as HTMLInputElement;
    const dt = new DataTransfer();
    dt.items.add(new File(['中'.repeat(1000)], '语料.txt'));
    input.files = dt.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'not refused');
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent!.trim()).to.equal(
      '语料.txt could not be read: the file is 3 KB, over the limit of 1 KB',
    );
    expect(el.text).to.equal('');
  });

  describe('bt-text-input in Chinese', () => {
    before(() => setLanguage('zh-CN'));
    after(() => setLanguage('en'));

    // [file, bytes, what the user reads]
    const cases: [string, BlobPart, string][] = [
      [
        '乱码.txt',
        new Uint8Array([0x80, 0x80, 0xff, 0xfe, 0xa0]),
        '无法读取 乱码.txt：无法用任何支持的编码读成文本（可能是二进制数据）',
      ],
      [
        '假.docx',
        new TextEncoder().encode('不是压缩包'),
        '无法读取 假.docx：不是 Word 文档（DOCX）',
      ],
      // A bilingual file is not one side's text: read as text, its markup became sentences.
      [
        '记忆库.tmx',
        new TextEncoder().encode(
          '<?xml version="1.0"?><tmx version="1.4"><header srclang="zh-CN"/><body/></tmx>',
        ),
        '无法读取 记忆库.tmx：这是双语文件（TMX），不是单一语言的文本：请在项目列表中用“打开双语文件”打开，原有句对会保留',
      ],
      [
        '导出.txt',
        new TextEncoder().encode(
          '<xliff version="1.2"><file source-language="zh-CN"><body/></file></xliff>',
        ),
        '无法读取 导出.txt：这是双语文件（XLIFF），不是单一语言的文本：请在项目列表中用“打开双语文件”打开，原有句对会保留',
      ],
    ];
    for (const [name, bytes, shown] of cases)
      it(`refuses ${name} with a Chinese reason and no English word`, async () => {
        const el = await fixture<BtTextInput>(html`<bt-text-input label="源"></bt-text-input>`);
        const input = el.shadowRoot!.querySelector('input[type="file"]') as HTMLInputElement;
        const dt = new DataTransfer();
        dt.items.add(new File([bytes], name));
        input.files = dt.files;
        input.dispatchEvent(new Event('change'));
        await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no error shown');
        const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
        expect(alert.textContent!.trim()).to.equal(shown);
        expect(latinWords(visibleStrings(alert))).to.deep.equal([]);
      });
  });

  it('bt-side-panel lists versions and asks to save one', async () => {
    const versions = [
      { id: 'v1', docId: 'd', name: '初稿', author: '', createdAt: 0, segmentCount: 3 },
    ];
    const el = await fixture<BtSidePanel>(
      html`<bt-side-panel .versions=${versions}></bt-side-panel>`,
    );
    const tabs = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    tabs.find((b) => b.textContent!.trim() === 'Versions')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('初稿');
    expect(el.shadowRoot!.textContent).to.contain('3 rows');
    const form = el.shadowRoot!.querySelector('form')!;
    form.querySelector('input')!.value = '审校前';
    setTimeout(() => form.requestSubmit());
    const ev = await oneEvent(el, 'bt-request-save-version');
    expect(ev.detail).to.deep.equal({ name: '审校前' });
    await expect(el).to.be.accessible();
  });

  it('bt-side-panel shows the active row’s comments, and adding one is a request', async () => {
    const [row] = rows(1);
    const comments = [
      {
        id: 'c1',
        author: '王芳',
        role: 'reviewer' as const,
        at: 0,
        text: '术语请统一',
        resolved: false,
      },
    ];
    const el = await fixture<BtSidePanel>(html`<bt-side-panel></bt-side-panel>`);
    const tab = () =>
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')].find(
        (b) => b.textContent!.trim() === 'Comments',
      )!;
    tab().click();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Click a row to see and add its comments.');
    el.row = 4;
    el.activeRow = { ...row, comments };
    await el.updateComplete;
    const list = el.shadowRoot!.querySelector('bt-row-comments')!;
    await list.updateComplete;
    expect(list.rowId).to.equal(row.id);
    expect(list.shadowRoot!.textContent).to.contain('术语请统一');
    const add = [...list.shadowRoot!.querySelectorAll('button')].find((b) =>
      b.getAttribute('aria-label')?.includes('row 4'),
    )!;
    add.click();
    await list.updateComplete;
    list.shadowRoot!.querySelector('input')!.value = '请核对人名';
    setTimeout(() => list.shadowRoot!.querySelector('form')!.requestSubmit());
    const ev = await oneEvent(el, 'bt-request-comment');
    expect(ev.detail).to.deep.equal({ id: row.id, text: '请核对人名' });
    await expect(el).to.be.accessible();
  });

  it('bt-side-panel.show opens a tab and puts the keyboard on it', async () => {
    const el = await fixture<BtSidePanel>(html`<bt-side-panel></bt-side-panel>`);
    await el.show('qa');
    const focused = el.shadowRoot!.activeElement as HTMLElement | null;
    expect(focused?.getAttribute('role')).to.equal('tab');
    expect(focused?.getAttribute('aria-selected')).to.equal('true');
    expect(focused?.id).to.equal('tab-qa');
  });

  it('bt-new-project starts at its name field when nothing else has the focus', async () => {
    (document.activeElement as HTMLElement | null)?.blur();
    const el = await fixture<BtNewProject>(html`<bt-new-project></bt-new-project>`);
    await waitUntil(() => formRoot(el).activeElement, 'nothing in the form has the keyboard');
    expect(el.shadowRoot!.activeElement?.localName).to.equal('bt-new-project-texts');
    expect(formRoot(el).activeElement).to.equal(formRoot(el).querySelector('input'));
  });
});
