// The TM page's unit editor on the production build, from the keyboard, in English and Chinese:
// import a TMX → Units… → search a phrase → edit a unit's translation → delete a unit → Undo.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import i18next, { type TFunction } from 'i18next';
import type { Page } from 'playwright-core';
import { startApp, type App } from './harness.js';
import enMain from '../../locales/en/translation.json' with { type: 'json' };
import enMemory from '../../locales/en/more/memory.json' with { type: 'json' };
import zhMain from '../../locales/zh-CN/translation.json' with { type: 'json' };
import zhMemory from '../../locales/zh-CN/more/memory.json' with { type: 'json' };

async function wordsOf(lng: 'en' | 'zh-CN'): Promise<TFunction> {
  const [main, memory] = lng === 'en' ? [enMain, enMemory] : [zhMain, zhMemory];
  const i = i18next.createInstance();
  await i.init({
    lng,
    resources: { [lng]: { translation: { ...main, memory } } },
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  return i.t;
}

const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="none" adminlang="en" srclang="zh-CN" datatype="plaintext"/>
<body>
<tu><tuv xml:lang="zh-CN"><seg>新图书馆周一正式开放。</seg></tuv><tuv xml:lang="en-US"><seg>The new libary officially opened on Monday.</seg></tuv></tu>
<tu><tuv xml:lang="zh-CN"><seg>图书馆明天关闭。</seg></tuv><tuv xml:lang="en-US"><seg>The library is closed tomorrow.</seg></tuv></tu>
<tu><tuv xml:lang="zh-CN"><seg>博物馆明天关闭。</seg></tuv><tuv xml:lang="en-US"><seg>The museum is closed tomorrow.</seg></tuv></tu>
</body></tmx>`;

/** Whether the keyboard is on the element a locator names (inside shadow roots too). */
const hasFocus = (loc: ReturnType<Page['getByRole']>) => loc.evaluate((el) => el.matches(':focus'));

async function journey(app: App, locale: 'en-US' | 'zh-CN') {
  const t = await wordsOf(locale === 'en-US' ? 'en' : 'zh-CN');
  const page = await app.newPage({ locale });
  await page.goto(app.url + '#/tm');
  await page.getByRole('textbox', { name: t('memory.page.name') }).fill('去年');
  await page.keyboard.press('Enter');
  await page
    .getByLabel(t('memory.page.importLabel', { name: '去年' }), { exact: true })
    .setInputFiles({ name: 'old.tmx', mimeType: 'application/xml', buffer: Buffer.from(TMX) });
  const [before] = t('memory.import.done', { file: '\u0000' }).split('\u0000');
  await page
    .getByRole('status')
    .filter({ hasText: `${before}old.tmx` })
    .waitFor({ timeout: 30_000 });

  // Units…: the list opens with the keyboard in its search field.
  const open = page.getByRole('button', { name: t('memory.units.openLabel', { name: '去年' }) });
  await open.focus();
  await page.keyboard.press('Enter');
  const field = page.getByRole('searchbox', { name: t('memory.concordance.phrase') });
  await field.waitFor();
  assert.equal(await hasFocus(field), true, 'the search field has no focus');
  const units = page.getByRole('list', { name: t('memory.units.title', { name: '去年' }) });
  await units.waitFor();
  await page.getByText(t('memory.units.all', { count: 3 })).waitFor();

  // Search: two units hold 图书馆; fix the typo in the first one's translation.
  await page.keyboard.type('图书馆');
  await page.keyboard.press('Enter');
  await page.getByText(t('memory.concordance.count', { count: 2, phrase: '图书馆' })).waitFor();
  const edit = page.getByRole('button', { name: t('memory.units.editLabel', { n: 1 }) });
  await edit.focus();
  await page.keyboard.press('Enter');
  const target = page.getByRole('textbox', { name: t('memory.units.targetLabel', { n: 1 }) });
  await target.waitFor();
  await target.fill('The new library officially opened on Monday.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter'); // Save
  await units.getByText('The new library officially opened on Monday.').waitFor();
  assert.equal(await hasFocus(edit), true, 'the keyboard is not back on Edit');

  // Delete the second unit: the list and the TM's count follow, and Undo brings it back.
  await page.getByRole('button', { name: t('memory.units.deleteLabel', { n: 2 }) }).focus();
  await page.keyboard.press('Enter');
  await page.getByText(t('memory.concordance.count', { count: 1, phrase: '图书馆' })).waitFor();
  await page.getByRole('cell', { name: '2', exact: true }).waitFor();
  await page.getByRole('button', { name: t('common.undo') }).click();
  await page.getByText(t('memory.concordance.count', { count: 2, phrase: '图书馆' })).waitFor();
  await page.getByRole('cell', { name: '3', exact: true }).waitFor();

  // Close: the keyboard is back on Units….
  await page.getByRole('button', { name: t('common.close') }).click();
  await units.waitFor({ state: 'detached' });
  assert.equal(await hasFocus(open), true, 'the keyboard is not back on Units…');
  await page.context().close();
}

describe('the TM page unit editor on the production build', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(() => app.close());

  it('search, edit, delete and undo, from the keyboard (English UI)', async () => {
    await journey(app, 'en-US');
    assert.deepEqual(app.errors, []);
  });

  it('the same in the Chinese UI', async () => {
    await journey(app, 'zh-CN');
    assert.deepEqual(app.errors, []);
  });
});
