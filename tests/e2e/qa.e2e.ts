// The quality-check journey on the production build, in both UI languages: open a translated
// document with errors → check all rows → the QA panel → a finding takes the caret to its row →
// fixing the row makes the finding disappear → ignore one → the export warning counts the rest.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import i18next, { type TFunction } from 'i18next';
import type { Page } from 'playwright-core';
import { startApp, type App } from './harness.js';
import enMain from '../../locales/en/translation.json' with { type: 'json' };
import enExchange from '../../locales/en/exchange.json' with { type: 'json' };
import enQa from '../../locales/en/more/qa.json' with { type: 'json' };
import enPanel from '../../locales/en/more/qaPanel.json' with { type: 'json' };
import zhMain from '../../locales/zh-CN/translation.json' with { type: 'json' };
import zhExchange from '../../locales/zh-CN/exchange.json' with { type: 'json' };
import zhQa from '../../locales/zh-CN/more/qa.json' with { type: 'json' };
import zhPanel from '../../locales/zh-CN/more/qaPanel.json' with { type: 'json' };

/** The words a user of that UI language reads, from the app's own strings. */
async function wordsOf(lng: 'en' | 'zh-CN'): Promise<TFunction> {
  const [main, exchange, qa, qaPanel] =
    lng === 'en' ? [enMain, enExchange, enQa, enPanel] : [zhMain, zhExchange, zhQa, zhPanel];
  const i = i18next.createInstance();
  await i.init({
    lng,
    resources: { [lng]: { translation: { ...main, exchange, qa, qaPanel } } },
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  return i.t;
}

// Row 1 changes a number, row 3 leaves a quotation mark unpaired, row 4 is not translated.
const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
<header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="none" adminlang="en" srclang="zh-CN" datatype="plaintext"/>
<body>
<tu><tuv xml:lang="zh-CN"><seg>公司去年收入三千五百万元。</seg></tuv><tuv xml:lang="en-US"><seg>Last year the company earned 3.4 million yuan.</seg></tuv></tu>
<tu><tuv xml:lang="zh-CN"><seg>我们有三个苹果。</seg></tuv><tuv xml:lang="en-US"><seg>We have three apples.</seg></tuv></tu>
<tu><tuv xml:lang="zh-CN"><seg>他说：“好的。”</seg></tuv><tuv xml:lang="en-US"><seg>He said: "Fine.</seg></tuv></tu>
<tu><tuv xml:lang="zh-CN"><seg>会议明天开始。</seg></tuv><tuv xml:lang="en-US"><seg></seg></tuv></tu>
</body></tmx>`;

/** Whether the element the locator names has the keyboard focus (inside shadow roots too). */
const focused = (page: Page, name: string) =>
  page.getByRole('textbox', { name, exact: true }).evaluate((el) => el.matches(':focus'));

async function journey(app: App, locale: 'en-US' | 'zh-CN') {
  const t = await wordsOf(locale === 'en-US' ? 'en' : 'zh-CN');
  const page = await app.newPage({ locale });
  await page.goto(app.url + '#/');
  await page.getByRole('heading', { name: t('library.title') }).waitFor();

  await page.getByRole('button', { name: t('exchange.import.open') }).click();
  const dialog = page.getByRole('dialog', { name: t('exchange.import.title') });
  await dialog.getByLabel(t('exchange.import.file')).setInputFiles({
    name: 'qa.tmx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(TMX),
  });
  await dialog.getByRole('button', { name: t('exchange.import.create', { count: 4 }) }).click();
  await page.waitForURL(/#\/p\//);
  const cell = (n: number) => t('grid.targetCell', { n });
  await page.getByRole('textbox', { name: cell(1), exact: true }).waitFor();

  // Run the checks over every row from the QA panel.
  await page.getByRole('button', { name: t('qaOpen') }).click();
  await page.getByRole('tab', { name: t('qaPanel.tab') }).waitFor();
  await page.getByRole('button', { name: t('qaPanel.run') }).click();
  const group = (check: string, count: number) =>
    page.getByRole('heading', {
      name: t('qaPanel.group', { name: t(`qa.check.${check}`), count }),
    });
  await group('number', 1).waitFor();
  await group('quotes', 1).waitFor();
  await group('empty', 1).waitFor();
  const summary = (errors: number, warnings: number, ignored: number) =>
    page
      .getByRole('status')
      .filter({ hasText: t('qaPanel.summary', { errors, warnings, ignored }) });
  await summary(3, 0, 0).waitFor();
  // The message names what differs.
  const numberMessage = t('qa.message.number', {
    context: 'changed',
    source: '三千五百万',
    target: '3.4 million',
    targetValue: '340万',
  });
  const where = (n: number) =>
    t('qaPanel.rowSeverity', { n, severity: t('qaPanel.severity.error') });
  const finding = page.getByRole('button', { name: `${where(1)} ${numberMessage}` });
  // The rows with findings carry a badge.
  assert.equal(await page.locator('bt-segment-row .qa').count(), 3);

  // A click takes the caret to the row; fixing it there makes the finding disappear.
  await finding.click();
  await page.waitForFunction(() => true);
  assert.equal(await focused(page, cell(1)), true, 'the caret is not in row 1');
  await page.keyboard.press('End');
  await page
    .getByRole('textbox', { name: cell(1), exact: true })
    .fill('Last year the company earned 35 million yuan.');
  await group('number', 1).waitFor({ state: 'detached' });
  await summary(2, 0, 0).waitFor();

  // Ignore the unpaired quote: it leaves the list and the count, with who and when kept.
  const quoteMessage = t('qa.message.quotes', { mark: '"' });
  await page
    .getByRole('button', { name: t('qaPanel.ignoreLabel', { n: 3, message: quoteMessage }) })
    .click();
  await summary(1, 0, 1).waitFor();
  await group('quotes', 1).waitFor({ state: 'detached' });
  assert.equal(await page.locator('bt-segment-row .qa').count(), 1);

  // Before export: the open errors, a link to the panel, and the export still allowed.
  await page.getByRole('button', { name: t('exchange.export.button'), exact: true }).click();
  const exp = page.getByRole('dialog', { name: t('exchange.export.title', { name: 'qa' }) });
  // (The warning is slotted into the dialog: in the page, not inside the dialog's own tree.)
  await exp.waitFor();
  await page.getByText(t('qaPanel.export.errors', { count: 1 })).waitFor();
  const [prefix] = t('exchange.export.download', { file: '\u0000' }).split('\u0000');
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    exp.getByRole('button', { name: prefix.trim() }).click(),
  ]);
  assert.match(dl.suggestedFilename(), /^qa\./);
  await page.getByRole('button', { name: t('qaPanel.export.open') }).click();
  await exp.waitFor({ state: 'detached' });
  await group('empty', 1).waitFor();
  await page.close();
}

describe('quality checks in the built app', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(() => app.close());

  it('finds, shows, fixes, ignores and warns before export (English UI)', async () => {
    await journey(app, 'en-US');
    assert.deepEqual(app.errors, []);
  });

  it('does the same in the Chinese UI', async () => {
    await journey(app, 'zh-CN');
    assert.deepEqual(app.errors, []);
  });
});
