import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, type App } from './harness.js';

// The row's numbers said the English way, in the Terms tab and by Ctrl+Alt+N after the terms
// (here none: the project reads no termbase), on a project made from a pasted Chinese text.
const labels = {
  en: {
    source: 'Source text (Chinese)',
    create: 'Create project to translate',
    panel: /^Side panel/,
    tab: 'Terms',
    translation: (n: number) => `Translation ${n}`,
    list: (n: number) => `Numbers and dates of row ${n} in the target language`,
  },
  zh: {
    source: '原文（中文）',
    create: '创建待翻译项目',
    panel: /^侧栏/,
    tab: '术语',
    translation: (n: number) => `译文 ${n}`,
    list: (n: number) => `第 ${n} 行的数字与日期（译文写法）`,
  },
};

describe('numbers in the target language (production build)', () => {
  let app: App;
  before(async () => (app = await startApp()));
  after(() => app.close());

  for (const [lang, L] of Object.entries(labels))
    it(`offers 1.2亿 as 120 million and a date the English way, inserted by key and by click (${lang} UI)`, async () => {
      const page = await app.newPage({ locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
      await page.goto(app.url + '#/new');
      await page.getByLabel(L.source).fill('营业收入达1.2亿元。\n请在2026年12月1日下午3点前提交。');
      await page.getByRole('button', { name: L.create }).click();
      await page.waitForURL(/#\/p\//);
      await page.getByRole('button', { name: L.panel }).click();
      await page.getByRole('tab', { name: L.tab }).click();
      const cell = (n: number) =>
        page.getByRole('textbox', { name: L.translation(n), exact: true });

      await cell(1).click();
      await page.keyboard.type('Revenue reached ');
      await page.keyboard.press('Control+Alt+1');
      await page.keyboard.type(' yuan.');
      assert.equal(await cell(1).inputValue(), 'Revenue reached 120 million yuan.');

      await cell(2).click();
      const list = page.getByRole('list', { name: L.list(2) });
      await list.getByRole('button', { name: /^3 p\.m\. Ctrl\+Alt\+3$/ }).waitFor();
      await page.keyboard.type('Submit by ');
      await list.getByRole('button', { name: /^3 p\.m\./ }).click();
      await cell(2).press('End');
      await page.keyboard.type(' on ');
      await page.keyboard.press('Control+Alt+2');
      assert.equal(await cell(2).inputValue(), 'Submit by 3 p.m. on December 1, 2026');
      assert.deepEqual(app.errors, []);
      await page.context().close();
    });
});
