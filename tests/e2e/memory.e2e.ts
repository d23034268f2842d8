import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startApp, type App } from './harness.js';

// Last year's TM: one sentence close to the new document's first one, written for this test.
const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="none" adminlang="en" srclang="zh-CN" datatype="plaintext"/>
<body>
<tu changedate="20251110T090000Z"><tuv xml:lang="zh-CN"><seg>新图书馆周一正式开放。</seg></tuv><tuv xml:lang="en-US"><seg>The new library officially opened on Monday.</seg></tuv></tu>
<tu><tuv xml:lang="zh-CN"><seg>博物馆明天关闭。</seg></tuv><tuv xml:lang="en-US"><seg>The museum is closed tomorrow.</seg></tuv></tu>
<tu><tuv xml:lang="zh-CN"><seg>没有译文的一句。</seg></tuv><tuv xml:lang="en-US"><seg></seg></tuv></tu>
</body></tmx>`;

const labels = {
  en: {
    tmLink: 'Translation memories',
    name: 'Name',
    create: 'Create',
    importInto: 'Import… — 去年',
    imported:
      /Imported last-year\.tmx .*: 2 units added, 0 duplicates .*, 1 without a translation skipped/,
    newProject: 'New project',
    source: 'Source text (Chinese)',
    createProject: 'Create project to translate',
    translation: (n: number) => `Translation ${n}`,
    panel: 'History & versions',
    matchesTab: 'Matches',
    matchesOf: (n: number) => `Translation memory matches for row ${n}`,
    concordance: 'Concordance',
    held: '1 unit holds “图书馆”.',
  },
  zh: {
    tmLink: '翻译记忆库',
    name: '名称',
    create: '创建',
    importInto: '导入… — 去年',
    imported: /已将 last-year\.tmx 导入.*新增 2 个单元.*跳过 1 个无译文单元/,
    newProject: '新建项目',
    source: '原文（中文）',
    createProject: '创建待翻译项目',
    translation: (n: number) => `译文 ${n}`,
    panel: '历史与版本',
    matchesTab: '匹配',
    matchesOf: (n: number) => `第 ${n} 行的翻译记忆匹配`,
    concordance: '语境检索',
    held: '1 个单元包含“图书馆”。',
  },
};

type L = (typeof labels)['en'];

/** A new project from a pasted Chinese source, opened in the grid. */
async function newProject(app: App, page: Page, L: L, source: string) {
  await page.goto(app.url + '#/');
  await page.getByRole('link', { name: L.newProject }).click();
  await page.getByLabel(L.source).fill(source);
  await page.getByRole('button', { name: L.createProject }).click();
  await page.waitForURL(/#\/p\//);
  await page.getByRole('textbox', { name: L.translation(1), exact: true }).waitFor();
}

/** The Matches tab of the side panel, opened, and its list for row n. */
async function matches(page: Page, L: L, n: number) {
  const toggle = page.getByRole('button', { name: L.panel });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  await page.getByRole('tab', { name: L.matchesTab }).click();
  const list = page.getByRole('list', { name: L.matchesOf(n) });
  await list.waitFor({ timeout: 20_000 });
  return list;
}

async function journey(app: App, page: Page, L: L) {
  // A TM for last year's work (the first of its pair is the workspace's main TM), and its TMX.
  await page.goto(app.url + '#/');
  await page.getByRole('link', { name: L.tmLink }).click();
  await page.getByRole('textbox', { name: L.name }).fill('去年');
  await page.getByRole('button', { name: L.create, exact: true }).click();
  await page.getByLabel(L.importInto, { exact: true }).setInputFiles({
    name: 'last-year.tmx',
    mimeType: 'application/x-tmx+xml',
    buffer: Buffer.from(TMX),
  });
  await page.getByRole('status').filter({ hasText: L.imported }).waitFor({ timeout: 30_000 });

  // A new document: its first row gets last year's sentence, with what differs marked.
  await newProject(app, page, L, '新图书馆周二正式开放。馆内藏书超过二十万册。');
  const cell = page.getByRole('textbox', { name: L.translation(1), exact: true });
  await cell.focus();
  const list = await matches(page, L, 1);
  const first = list.getByRole('listitem').first();
  await first.filter({ hasText: 'The new library officially opened on Monday.' }).waitFor();
  assert.match((await first.locator('.score').textContent()) ?? '', /^\d{2} %$/);
  assert.ok((await first.locator('ins').count()) > 0, 'the row adds text the TM lacks');
  assert.ok((await first.locator('del').count()) > 0, 'the TM has text the row lacks');

  // Concordance from the translation (Ctrl+K): search, Escape once, and the caret is back in
  // the row (the dialog is removed, so the browser would not put it back by itself).
  await cell.focus();
  await page.keyboard.press('Control+k');
  const conc = page.getByRole('dialog', { name: L.concordance });
  await conc.waitFor();
  await page.keyboard.type('图书馆');
  await page.keyboard.press('Enter');
  await conc.getByRole('status').filter({ hasText: L.held }).waitFor();
  await page.keyboard.press('Escape');
  await conc.waitFor({ state: 'detached' });
  await page.waitForFunction(() => true);
  assert.equal(await cell.evaluate((el) => el.matches(':focus')), true, 'the caret is not back');

  // Ctrl+1 inserts it as a draft; the translator corrects the day and confirms.
  await cell.focus();
  await page.keyboard.press('Control+1');
  for (let i = 0; i < 50 && (await cell.inputValue()) === ''; i++) await page.waitForTimeout(50);
  assert.equal(await cell.inputValue(), 'The new library officially opened on Monday.');
  await cell.fill('The new library officially opened on Tuesday.');
  await cell.focus();
  await page.keyboard.press('Control+Enter');

  // The next project is offered the unit just confirmed, as a 100 % match.
  await page.waitForTimeout(300);
  await newProject(app, page, L, '新图书馆周二正式开放。');
  await page.getByRole('textbox', { name: L.translation(1), exact: true }).focus();
  const next = await matches(page, L, 1);
  const best = next.getByRole('listitem').first();
  await best.filter({ hasText: 'The new library officially opened on Tuesday.' }).waitFor();
  assert.equal(await best.locator('.score').textContent(), '100 %');
}

describe('translation memory journey on the production build', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(() => app.close());

  it('import a TMX → new document → matches with differences → Ctrl+1 → confirm → offered in the next project (English UI)', async () => {
    const page = await app.newPage({ locale: 'en-US' });
    await journey(app, page, labels.en);
    assert.deepEqual(app.errors, []);
    await page.context().close();
  });

  it('the same journey with the Chinese UI', async () => {
    const page = await app.newPage({ locale: 'zh-CN' });
    await journey(app, page, labels.zh);
    assert.deepEqual(app.errors, []);
    await page.context().close();
  });
});
