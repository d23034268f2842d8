import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { ImportResult } from '../../../src/core/formats/index.js';
import { initI18n, loadAllStrings, setLanguage } from '../../../src/i18n/index.js';
import { warning } from '../../../src/core/formats/warnings.js';
import '../../../src/ui/exchange/bt-import-summary.js';
import type { BtImportSummary } from '../../../src/ui/exchange/bt-import-summary.js';

const result = (over: Partial<ImportResult> = {}): ImportResult => ({
  format: 'xliff12',
  sourceLang: 'zh-CN',
  targetLang: 'fr',
  warnings: [],
  documents: [
    { name: '甲.txt', pairs: [{ source: '一', target: 'un', note: '注' }] },
    {
      name: '乙.txt',
      pairs: [
        { source: '二', target: '' },
        { source: '三', target: '' },
      ],
    },
  ],
  ...over,
});

describe('bt-import-summary', () => {
  before(() => initI18n('en').then(loadAllStrings));

  it('shows format, counts, languages and each document, and is accessible', async () => {
    const el = await fixture<BtImportSummary>(
      html`<bt-import-summary .result=${result()} fileName="两份.xlf"></bt-import-summary>`,
    );
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('两份.xlf: XLIFF 1.2, 3 pairs, 1 translated.');
    // Every language is named in words: the app's own name, or the browser's (not the tag "fr").
    expect(text).to.contain('Languages in the file: Chinese → French');
    expect(text).to.contain('Notes: 1 · inline codes: 0');
    const docs = [...el.shadowRoot!.querySelectorAll('section li')].map((li) =>
      li.textContent!.trim(),
    );
    expect(docs).to.deep.equal(['甲.txt: 1 pair', '乙.txt: 2 pairs']);
    expect(text).to.contain('The 2 documents become one list of rows');
    expect(el.shadowRoot!.querySelector('select')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('offers another encoding when no BOM decided it, and asks to read again', async () => {
    const el = await fixture<BtImportSummary>(
      html`<bt-import-summary
        .result=${result({
          format: 'csv',
          encoding: { name: 'gb18030', confidence: 0.8, overridable: true },
        })}
      ></bt-import-summary>`,
    );
    expect(el.shadowRoot!.textContent).to.contain(
      'Encoding guessed: GB18030 / GBK (Simplified) (80% sure)',
    );
    const select = el.shadowRoot!.querySelector('select')!;
    expect(select.value).to.equal('gb18030');
    await expect(el).to.be.accessible();
    select.value = 'big5';
    setTimeout(() => select.dispatchEvent(new Event('change')));
    const ev = await oneEvent(el, 'bt-request-encoding');
    expect(ev.detail).to.deep.equal({ encoding: 'big5' });
  });

  it('lists the first twenty warnings and counts the rest', async () => {
    const warnings = Array.from({ length: 23 }, (_, i) => `warning ${i + 1}`);
    const el = await fixture<BtImportSummary>(
      html`<bt-import-summary .result=${result({ warnings })}></bt-import-summary>`,
    );
    const details = el.shadowRoot!.querySelector('details')!;
    expect(details.querySelector('summary')!.textContent).to.equal('Warnings (23)');
    expect(details.querySelectorAll('li')).to.have.length(20);
    expect(details.textContent).to.contain('…and 3 more.');
  });

  it('words the reader’s warnings in Chinese in a Chinese UI, one plural form or the other', async () => {
    const warnings = [
      warning('tmx-no-source', { count: 2, lang: 'zh-CN' }),
      warning('target-labelled-latin', { label: 'zh-CN' }),
      warning('xliff2-no-target-language'),
      warning('copies-untranslated', { count: 1 }),
    ];
    await setLanguage('zh-CN');
    try {
      const el = await fixture<BtImportSummary>(
        html`<bt-import-summary .result=${result({ warnings })}></bt-import-summary>`,
      );
      const items = [...el.shadowRoot!.querySelectorAll('details li')].map((li) =>
        li.textContent!.trim(),
      );
      expect(items).to.deep.equal([
        '2 个翻译单元没有 zh-CN 文本：已跳过。',
        '译文标为“zh-CN”，但内容是拉丁字母：按英文读取。',
        '文件有译文，但没有注明译文语言（XLIFF 2 要求的 trgLang）。',
        '1 条译文与原文完全相同：标为未翻译。',
      ]);
    } finally {
      await setLanguage('en');
    }
    const el = await fixture<BtImportSummary>(
      html`<bt-import-summary .result=${result({ warnings })}></bt-import-summary>`,
    );
    expect(el.shadowRoot!.querySelector('details li:last-child')!.textContent!.trim()).to.equal(
      '1 translation is a copy of its source: marked as not translated.',
    );
  });

  it('says when there is nothing to import', async () => {
    const el = await fixture<BtImportSummary>(
      html`<bt-import-summary .result=${result({ documents: [] })}></bt-import-summary>`,
    );
    expect(el.shadowRoot!.querySelector('.error')!.textContent).to.equal(
      'The file holds no pairs to import.',
    );
  });
});
