// The library shows each project's progress: a new project's figures, then one row confirmed in
// the grid and the library showing it on the way back, in English and in Chinese, on the
// production build. SHOTS=DIR keeps screenshots of the library, wide and narrow, to look at.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startApp, type App } from './harness.js';

const ZH = [
  '新图书馆周一正式开放。馆内藏书超过二十万册。',
  '开馆当天，许多家长带着孩子前来参观。',
].join('\n');
const EN = [
  'The new library officially opened on Monday. It holds more than 200,000 books.',
  'On opening day, many parents brought their children to visit.',
].join('\n');

const labels = {
  en: {
    newProject: 'New project',
    name: 'Name',
    source: 'Source text (Chinese)',
    target: 'Existing translation (English), optional',
    align: 'Segment and align',
    create: /^Create project with \d+ rows$/,
    translation: (n: number) => `Translation ${n}`,
    bar: (name: string) => `Progress of ${name}`,
    projects: 'Projects',
    before: (n: number) => `${n} of ${n} rows with a translation (100%), 0 confirmed (0%)`,
    after: (n: number) =>
      `${n} of ${n} rows with a translation (100%), 1 confirmed (${Math.floor(100 / n)}%)`,
    // 新图书馆周一正式开放 … 开馆当天 …: the Chinese source's characters, as the grid counts them.
    size: /\d+ source characters/,
  },
  zh: {
    newProject: '新建项目',
    name: '名称',
    source: '原文（中文）',
    target: '已有译文（英文，可选）',
    align: '分句并对齐',
    create: /^创建项目（\d+ 行）$/,
    translation: (n: number) => `译文 ${n}`,
    bar: (name: string) => `${name} 的进度`,
    projects: '项目',
    before: (n: number) => `共 ${n} 行，有译文 ${n} 行（100%），已确认 0 行（0%）`,
    after: (n: number) =>
      `共 ${n} 行，有译文 ${n} 行（100%），已确认 1 行（${Math.floor(100 / n)}%）`,
    size: /原文 \d+ 字/,
  },
};

async function journey(app: App, page: Page, L: (typeof labels)['en'], name: string, lang: string) {
  await page.goto(app.url + '#/');
  await page.getByRole('link', { name: L.newProject }).click();
  await page.getByLabel(L.name, { exact: true }).fill(name);
  await page.getByLabel(L.source).fill(ZH);
  await page.getByLabel(L.target).fill(EN);
  await page.getByRole('button', { name: L.align }).click();
  await page.getByRole('option').first().waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: L.create }).click();
  await page.waitForURL(/#\/p\//);
  const cell = (n: number) => page.getByRole('textbox', { name: L.translation(n), exact: true });
  await cell(1).waitFor();
  const rows = await page.locator('bt-segment-row').count();

  // Back in the library: every row has a translation from the file, none is confirmed yet.
  await page.goto(app.url + '#/');
  const bar = page.getByRole('progressbar', { name: L.bar(name), exact: true });
  await bar.waitFor();
  assert.equal(await bar.getAttribute('aria-valuetext'), L.before(rows));
  const item = page.getByRole('listitem').filter({ has: bar });
  assert.match(await item.locator('bt-project-progress .figures').innerText(), L.size);
  await shoot(page, `library-${lang}-before`);

  // Confirm row 1 in the grid, then go back: the library shows it.
  await page.getByRole('link', { name, exact: true }).click();
  await cell(1).waitFor();
  await cell(1).focus();
  await page.keyboard.press('Control+Enter');
  await page.locator('bt-segment-row bt-status-badge').first().waitFor();
  await page.getByRole('link', { name: L.projects, exact: true }).click();
  await page.waitForURL(/#\/$/);
  await bar.waitFor();
  // The page reads the counts again as it opens: no reload, nothing else to wait for.
  let shown = await bar.getAttribute('aria-valuetext');
  for (let i = 0; i < 50 && shown !== L.after(rows); i++) {
    await page.waitForTimeout(100);
    shown = await bar.getAttribute('aria-valuetext');
  }
  assert.equal(shown, L.after(rows));
  await shoot(page, `library-${lang}-after`);
  await page.setViewportSize({ width: 360, height: 740 });
  await shoot(page, `library-${lang}-narrow`);
  // Narrow, the progress stays beside the name: nothing spills out of its row.
  const overflow = await item.evaluate((li) => li.scrollWidth - li.clientWidth);
  assert.ok(overflow <= 1, `the project's row overflows by ${overflow}px at 360px`);
}

async function shoot(page: Page, name: string) {
  const dir = process.env['SHOTS'];
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

describe('library progress on the production build', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(() => app.close());

  it('a confirmed row shows in the library (English UI)', async () => {
    const page = await app.newPage({ locale: 'en-US' });
    await journey(app, page, labels.en, 'Library opening', 'en');
    assert.deepEqual(app.errors, []);
    await page.context().close();
  });

  it('the same in the Chinese UI', async () => {
    const page = await app.newPage({ locale: 'zh-CN' });
    await journey(app, page, labels.zh, '图书馆开馆', 'zh');
    assert.deepEqual(app.errors, []);
    await page.context().close();
  });
});
