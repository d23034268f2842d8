import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { startApp, type App } from './harness.js';
import { labels, type Labels } from './align-labels.js';
import { existsSync, readFileSync } from 'node:fs';

const MAC_DEV = '../shared/data/alignment/mac-dev';

// A Chinese text and its English translation, written for this test. The translator left out
// one sentence ("The library is open twelve hours a day.").
const ZH =
  '新图书馆周一正式开放。馆内藏书超过二十万册。开馆当天，许多家长带着孩子前来参观。' +
  '一位母亲说，孩子们终于有了安静读书的地方。图书馆每天开放十二个小时。周末还有讲故事活动。' +
  '馆长希望每年举办五十场讲座。市政府为此投入了三千万元。';
const EN =
  'The new library officially opened on Monday. It holds more than 200,000 books. ' +
  'On opening day, many parents brought their children to visit. ' +
  'One mother said the children finally had a quiet place to read. ' +
  'There are storytelling sessions at weekends. ' +
  'The director hopes to hold fifty lectures a year. ' +
  'The city government invested 30 million yuan in it.';

const list = (page: Page, L: Labels) => page.getByRole('listbox', { name: L.rows });
const row = (page: Page, L: Labels, text: string) =>
  list(page, L).getByRole('option').filter({ hasText: text });

async function journey(app: App, L: Labels) {
  const page = await app.newPage({ locale: L.locale });
  await page.goto(app.url + '#/new');
  await page.getByLabel(L.source).fill(ZH);
  await page.getByLabel(L.target).fill(EN);
  await page.getByRole('button', { name: L.align }).click();
  await list(page, L).getByRole('option').first().waitFor({ timeout: 30_000 });

  // The missing sentence shows where it happened: the row holding its source is the low one.
  const gap = row(page, L, '图书馆每天开放十二个小时。');
  assert.match(await gap.innerText(), new RegExp(L.low));
  assert.match(await gap.innerText(), /周末还有讲故事活动/);
  await page.getByRole('button', { name: L.nextLow(1) }).click();
  assert.equal(await gap.getAttribute('aria-selected'), 'true');

  // Fix it by hand: split before the second source sentence…
  await gap.getByText('周末还有讲故事活动。').click({ position: { x: 2, y: 5 } });
  await page.getByRole('button', { name: L.split }).click();
  await row(page, L, '周末还有讲故事活动。').waitFor();

  // …and reload in the middle of the check (as a user waits a moment, the fix is saved).
  await page.waitForTimeout(600);
  await page.reload();
  await page.getByText(L.resumed).waitFor({ timeout: 15_000 });
  const first = row(page, L, '图书馆每天开放十二个小时。');
  assert.doesNotMatch(await first.innerText(), /周末/, 'the split survived the reload');
  assert.match(await first.innerText(), new RegExp(L.checked));
  assert.equal(
    await list(page, L).locator('[aria-selected="true"]').count(),
    1,
    'an active row after the reload',
  );

  // The English sentence goes down to the sentence it translates; the lone one has no partner.
  await first.getByText('There are storytelling sessions at weekends.').click();
  await page.getByRole('button', { name: L.moveDown }).click();
  const lone = row(page, L, '图书馆每天开放十二个小时。');
  await lone.getByText(L.noPartner).waitFor();
  assert.match(await lone.innerText(), new RegExp(L.checked));
  assert.match(
    await row(page, L, '周末还有讲故事活动。').innerText(),
    /There are storytelling sessions at weekends\./,
  );
  assert.equal(await page.getByRole('button', { name: L.nextLow(0) }).isDisabled(), true);
  assert.deepEqual(app.errors, []);
  await page.context().close();
}

describe('the alignment check: a deleted sentence, fixed by hand across a reload', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(() => app.close());

  it('in English', () => journey(app, labels.en));
  it('in Chinese', () => journey(app, labels.zh));
});

/** Whether `target` has the keyboard (looked up through the shadow roots it sits in). */
const hasFocus = (target: Locator) =>
  target.evaluate((el) => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a === el;
  });

/** Presses Tab (or Shift+Tab) until `target` has the keyboard, as a keyboard user does. */
async function tabTo(page: Page, target: Locator, back = false) {
  for (let i = 0; i < 30; i++) {
    if (await hasFocus(target)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`never reached ${target}`);
}

const extra = {
  en: {
    openFile: 'Open a file',
    bilingual: /a bilingual file \(TMX\).*Open a bilingual file/,
    mark: 'Mark row as checked',
    elsewhere: 'Updated with the fixes made in another tab of this browser.',
    kept: 'Your texts from the last visit are back; they have not been aligned yet.',
  },
  zh: {
    openFile: '打开文件',
    bilingual: /这是双语文件（TMX）.*打开双语文件/,
    mark: '将此行标为已核对',
    elsewhere: '已更新为本浏览器另一个标签页中所做的修正。',
    kept: '上次的文本已恢复，尚未对齐。',
  },
};

async function keyboardJourney(app: App, L: Labels, X: (typeof extra)['en']) {
  const page = await app.newPage({ locale: L.locale });
  await page.goto(app.url + '#/new');
  // A TMX is not one side's text: refused, with the way to open it.
  await page
    .getByLabel(X.openFile)
    .first()
    .setInputFiles({
      name: 'memory.tmx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('<?xml version="1.0"?><tmx version="1.4"><body/></tmx>'),
    });
  assert.match(await page.getByRole('alert').innerText(), X.bilingual);
  assert.equal(await page.getByLabel(L.source).inputValue(), '', 'no markup as source text');

  await tabTo(page, page.getByLabel(L.source));
  await page.keyboard.insertText(ZH);
  await tabTo(page, page.getByLabel(L.target));
  await page.keyboard.insertText(EN);
  await tabTo(page, page.getByRole('button', { name: L.align }));
  await page.keyboard.press('Enter');
  const rows = list(page, L);
  await rows.getByRole('option').first().waitFor({ timeout: 30_000 });
  // The button pressed is gone: the keyboard is on the rows, not at the top of the page.
  await page.waitForFunction(() => document.activeElement !== document.body);
  assert.equal(await hasFocus(rows), true, 'the rows have the keyboard after aligning');

  // Marking a row disables the button: the keyboard goes back to the rows and moves on.
  await tabTo(page, page.getByRole('button', { name: X.mark }), true);
  await page.keyboard.press('Enter');
  await rows.locator('[aria-selected="true"]').getByText(L.checked).waitFor();
  assert.equal(await hasFocus(rows), true, 'the rows have the keyboard after marking');
  await page.keyboard.press('ArrowDown');
  assert.equal(await rows.locator('[aria-selected="true"]').getAttribute('aria-posinset'), '2');
  // Every fix has a key in the list: M merges with the next row, Ctrl+Z undoes, Enter marks.
  const active = rows.locator('[aria-selected="true"]');
  const total = async () => Number(await active.getAttribute('aria-setsize'));
  const count = await total();
  /** The row count once it is `n` (a fix redraws the list a moment after the key). */
  const rowsBecome = async (n: number, what: string) => {
    for (let i = 0; i < 50 && (await total()) !== n; i++) await page.waitForTimeout(20);
    assert.equal(await total(), n, what);
  };
  await page.keyboard.press('m');
  await rowsBecome(count - 1, 'M merged row 2 with row 3');
  await page.keyboard.press('Control+z');
  await rowsBecome(count, 'Ctrl+Z took the merge back');
  await page.keyboard.press('Enter');
  await active.getByText(L.checked).waitFor();
  assert.equal(await active.getAttribute('aria-posinset'), '2');
  assert.equal(await hasFocus(rows), true, 'the keys keep the keyboard in the rows');
  assert.deepEqual(app.errors, []);
  await page.context().close();
}

async function twoTabs(app: App, L: Labels, X: (typeof extra)['en']) {
  const ctx = await app.newContext({ locale: L.locale });
  const a = await app.newPage({ context: ctx });
  await a.goto(app.url + '#/new');
  await a.getByLabel(L.source).fill(ZH);
  await a.getByLabel(L.target).fill(EN);
  await a.getByRole('button', { name: L.align }).click();
  await list(a, L).getByRole('option').first().waitFor({ timeout: 30_000 });
  await a.waitForTimeout(600);
  // A second tab opens the same check…
  const b = await app.newPage({ context: ctx });
  await b.goto(app.url + '#/new');
  await b.getByText(L.resumed).waitFor({ timeout: 15_000 });

  // …the first fixes a row…
  const gap = row(a, L, '图书馆每天开放十二个小时。');
  await gap.getByText('周末还有讲故事活动。').click({ position: { x: 2, y: 5 } });
  await a.getByRole('button', { name: L.split }).click();
  // (The row of the second sentence exists before the split too: wait for it on its own.)
  await row(a, L, '周末还有讲故事活动。')
    .filter({ hasNotText: '图书馆每天开放十二个小时。' })
    .waitFor();
  // …and the second, left open, shows the fix rather than keeping the rows it opened with.
  await b.getByText(X.elsewhere).waitFor({ timeout: 10_000 });
  assert.doesNotMatch(await row(b, L, '图书馆每天开放十二个小时。').innerText(), /周末/);

  // Moving about in the second tab saves its place: it must not write the old rows back.
  await list(b, L).focus();
  await b.keyboard.press('ArrowDown');
  await b.waitForTimeout(800);
  await a.reload();
  await a.getByText(L.resumed).waitFor({ timeout: 15_000 });
  assert.doesNotMatch(
    await row(a, L, '图书馆每天开放十二个小时。').innerText(),
    /周末/,
    'the fix survived the second tab',
  );
  assert.deepEqual(app.errors, []);
  await ctx.close();
}

/** A reload while the texts are being aligned: they are still there (it said "All changes saved"). */
async function reloadWhileAligning(app: App, L: Labels, X: (typeof extra)['en']) {
  // A chapter of a novel (278 rows): long enough that the reload comes while it aligns.
  const zh = readFileSync(`${MAC_DEV}/zh/001.txt`, 'utf8');
  const en = readFileSync(`${MAC_DEV}/en/001.txt`, 'utf8');
  const page = await app.newPage({ locale: L.locale });
  await page.goto(app.url + '#/new');
  await page.getByLabel(L.source).fill(zh);
  await page.getByLabel(L.target).fill(en);
  await page.getByRole('button', { name: L.align }).click();
  await page.reload();
  await page.getByText(X.kept).waitFor({ timeout: 15_000 });
  assert.equal(await page.getByLabel(L.source).inputValue(), zh);
  assert.equal(await page.getByLabel(L.target).inputValue(), en);
  // Aligned again from there, the check goes on as before.
  await page.getByRole('button', { name: L.align }).click();
  await list(page, L).getByRole('option').first().waitFor({ timeout: 30_000 });
  assert.deepEqual(app.errors, []);
  await page.context().close();
}

describe('the alignment check by keyboard only, and in two tabs', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(() => app.close());

  it('by keyboard, in English', () => keyboardJourney(app, labels.en, extra.en));
  it('by keyboard, in Chinese', () => keyboardJourney(app, labels.zh, extra.zh));
  it('in two tabs, in English', () => twoTabs(app, labels.en, extra.en));
  it('in two tabs, in Chinese', () => twoTabs(app, labels.zh, extra.zh));
  const noData = existsSync(MAC_DEV) ? false : `no ${MAC_DEV} (the shared test data) here`;
  it('reloaded while aligning, in English', { skip: noData }, () =>
    reloadWhileAligning(app, labels.en, extra.en),
  );
  it('reloaded while aligning, in Chinese', { skip: noData }, () =>
    reloadWhileAligning(app, labels.zh, extra.zh),
  );
});
