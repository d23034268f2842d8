import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startApp, type App } from './harness.js';

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

const labels = {
  en: {
    locale: 'en-US',
    source: 'Source text (Chinese)',
    target: 'Existing translation (English), optional',
    align: 'Segment and align',
    rows: 'Aligned sentences',
    nextLow: (n: number) => `Next low-confidence row (${n})`,
    low: 'low',
    split: 'Split at caret',
    moveDown: 'Move last translation sentence down',
    checked: 'checked by you',
    noPartner: '(no partner)',
    resumed: 'Resumed where you left off',
  },
  zh: {
    locale: 'zh-CN',
    source: '原文（中文）',
    target: '已有译文（英文，可选）',
    align: '分句并对齐',
    rows: '已对齐的句子',
    nextLow: (n: number) => `下一个低置信度行（${n}）`,
    low: '低',
    split: '在光标处拆分',
    moveDown: '将最后一个译文句子下移',
    checked: '已人工核对',
    noPartner: '（无对应）',
    resumed: '已恢复上次的核对',
  },
};
type Labels = (typeof labels)['en'];

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
