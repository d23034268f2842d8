import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startApp, type App } from './harness.js';

// A short Chinese text and its English translation, written for this test.
const ZH = [
  '新图书馆周一正式开放。馆内藏书超过二十万册。',
  '开馆当天，许多家长带着孩子前来参观。一位母亲说：“孩子们终于有了安静读书的地方。”图书馆每天开放十二个小时。',
].join('\n');
const EN = [
  'The new library officially opened on Monday. It holds more than 200,000 books.',
  'On opening day, many parents brought their children to visit. "The children finally have a quiet place to read," one mother said. The library is open twelve hours a day.',
].join('\n');

const labels = {
  en: {
    newProject: 'New project',
    source: 'Source text (Chinese)',
    target: 'Existing translation (English), optional',
    align: 'Segment and align',
    merge: 'Merge with next row',
    split: 'Split at caret',
    create: /^Create project with \d+ rows$/,
    translation: (n: number) => `Translation ${n}`,
    find: 'Find',
    replaceWith: 'Replace with',
    replaceAll: 'Replace all',
    replaced: /Replaced \d+ match(es)? in \d+ rows?/,
    note: 'Note',
    noteFor: (n: number) => `Note for row ${n}`,
    translated: 'Translated',
    draft: 'Draft',
    panel: 'History & versions',
    matches: 'Matches',
    addRows: /^Add confirmed rows to TM/,
    rowsAdded:
      '2 confirmed rows sent to “Main TM (Chinese ↔ English)”: 2 new in the translation memory.',
    offer:
      'Project created with 2 checked pairs confirmed. Add them to the translation memory “Main TM (Chinese ↔ English)” too?',
    offerAction: 'Add to TM',
    rowsKept:
      '2 confirmed rows sent to “Main TM (Chinese ↔ English)”: 0 new, 2 already there (kept once, the newest).',
  },
  zh: {
    newProject: '新建项目',
    source: '原文（中文）',
    target: '已有译文（英文，可选）',
    align: '分句并对齐',
    merge: '与下一行合并',
    split: '在光标处拆分',
    create: /^创建项目（\d+ 行）$/,
    translation: (n: number) => `译文 ${n}`,
    find: '查找',
    replaceWith: '替换为',
    replaceAll: '全部替换',
    replaced: /已在 \d+ 行中替换 \d+ 处/,
    note: '备注',
    noteFor: (n: number) => `第 ${n} 行的备注`,
    translated: '已翻译',
    draft: '草稿',
    panel: '历史与版本',
    matches: '匹配',
    addRows: /^将已确认的行加入翻译记忆库/,
    rowsAdded: '已将 2 个已确认的行送入“主翻译记忆库（中文 ↔ 英文）”：新增 2 个单元。',
    offer: '项目已创建，2 个核对过的句对已确认。也加入翻译记忆库“主翻译记忆库（中文 ↔ 英文）”吗？',
    offerAction: '加入翻译记忆库',
    rowsKept:
      '已将 2 个已确认的行送入“主翻译记忆库（中文 ↔ 英文）”：新增 0 个单元，2 个已在库中（只保留最新的一个）。',
  },
};

async function journey(app: App, page: Page, L: (typeof labels)['en']) {
  await page.goto(app.url + '#/');
  await page.getByRole('link', { name: L.newProject }).click();
  await page.getByLabel(L.source).fill(ZH);
  await page.getByLabel(L.target).fill(EN);
  await page.getByRole('button', { name: L.align }).click();
  const rows = page.getByRole('option');
  await rows.first().waitFor({ timeout: 30_000 });
  const before = await rows.count();
  assert.ok(before >= 4, `aligned rows: ${before}`);

  // Merge the first bead with the second, then split it again at the caret.
  await rows.nth(0).click();
  await page.getByRole('button', { name: L.merge }).click();
  assert.equal(await rows.count(), before - 1);
  const second = rows.nth(0).locator('.sent').nth(1);
  await second.click({ position: { x: 2, y: 5 } });
  await page.getByRole('button', { name: L.split }).click();
  assert.equal(await rows.count(), before);

  await page.getByRole('button', { name: L.create }).click();
  await page.waitForURL(/#\/p\//);
  const cell = (n: number) => page.getByRole('textbox', { name: L.translation(n), exact: true });
  await cell(1).waitFor();
  assert.match(await cell(1).inputValue(), /new library/);
  // A new project opens with the caret in row 1's translation, ready to type.
  let focused = false;
  for (let i = 0; i < 50 && !focused; i++) {
    focused = await cell(1).evaluate((el) => el.matches(':focus'));
    if (!focused) await page.waitForTimeout(50);
  }
  assert.ok(focused, 'the caret is in row 1 after Create');
  // The rows the merge and split made were checked by a person: translated; the others drafts.
  const statuses = await page
    .locator('bt-segment-row bt-status-badge')
    .evaluateAll((els) => els.slice(0, 3).map((e) => (e.shadowRoot?.textContent ?? '').trim()));
  assert.deepEqual(statuses, [L.translated, L.translated, L.draft]);
  // They were confirmed before the project had a TM: the project offers them to it, and the
  // aligner takes the offer.
  await page.getByText(L.offer).waitFor();
  await page.getByRole('button', { name: L.offerAction, exact: true }).click();
  await page.getByText(L.rowsAdded).waitFor();
  // Sent again from the Matches tab, they are in the TM already.
  await page.getByRole('button', { name: L.panel }).click();
  await page.getByRole('tab', { name: L.matches }).click();
  await page.getByRole('button', { name: L.addRows }).click();
  await page.getByText(L.rowsKept).waitFor();
  await page.getByRole('button', { name: L.panel }).click();

  // Translate three rows with the keyboard only: retype row 1, confirm, move on.
  await cell(1).focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('The new public library opened on Monday.');
  await page.keyboard.press('Control+Enter');
  await page.keyboard.press('Control+Enter');
  await page.keyboard.press('Alt+ArrowUp');
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('Control+Enter');
  const confirmed = await page
    .locator('bt-segment-row bt-status-badge')
    .evaluateAll((els) => els.slice(0, 3).map((e) => (e.shadowRoot?.textContent ?? '').trim()));
  assert.equal(confirmed.length, 3);

  // A note on row 2, written in place: Ctrl+Enter saves it, and it is shown under the row.
  await cell(2).focus();
  await page.getByRole('button', { name: L.note, exact: true }).click();
  const noteField = page.getByRole('textbox', { name: L.noteFor(2), exact: true });
  await noteField.fill('核对藏书数量');
  await noteField.press('Control+Enter');
  await page.getByRole('note').filter({ hasText: '核对藏书数量' }).waitFor();
  await cell(1).focus();

  // Find and replace in the translation: one undoable step.
  await page.keyboard.press('Control+h');
  await page.getByRole('searchbox', { name: L.find }).fill('library');
  await page.getByRole('textbox', { name: L.replaceWith }).fill('Library');
  await page.getByRole('button', { name: L.replaceAll }).click();
  // Replace all is one stored step; the find bar reports it once it is written.
  await page.getByRole('status').filter({ hasText: L.replaced }).waitFor();
  await page.reload();
  await cell(1).waitFor();
  assert.equal(await cell(1).inputValue(), 'The new public Library opened on Monday.');
  await page.getByRole('note').filter({ hasText: '核对藏书数量' }).waitFor();
  return confirmed;
}

describe('translator journey on the production build', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(() => app.close());

  it('new project → align → merge and split → translate by keyboard → replace → reload (English UI)', async () => {
    const page = await app.newPage({ locale: 'en-US' });
    const confirmed = await journey(app, page, labels.en);
    assert.deepEqual(confirmed, ['Translated', 'Translated', 'Translated']);
    assert.deepEqual(app.errors, []);
    await page.context().close();
  });

  it('the same journey with the Chinese UI', async () => {
    const page = await app.newPage({ locale: 'zh-CN' });
    const confirmed = await journey(app, page, labels.zh);
    assert.deepEqual(confirmed, ['已翻译', '已翻译', '已翻译']);
    assert.deepEqual(app.errors, []);
    await page.context().close();
  });
});
