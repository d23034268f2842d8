import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { showRow, startApp, type App } from './harness.js';

const cell = (page: Page, n: number) =>
  page.getByRole('textbox', { name: `Translation ${n}`, exact: true });
const saved = (page: Page) =>
  page.waitForFunction(
    () =>
      document
        .querySelector('bt-app')
        ?.shadowRoot?.querySelector('bt-save-indicator')
        ?.getAttribute('state') === 'saved',
  );

/** The cell's value once it equals `want`, or whatever it holds after 10 s. */
async function settledValue(page: Page, n: number, want: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const v = await cell(page, n).inputValue();
    if (v === want) return v;
    await page.waitForTimeout(100);
  }
  return cell(page, n).inputValue();
}

describe('two tabs on one project (production build)', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(() => app.close());

  it('shows another tab’s edit of a different row, and refuses a stale write to the same row', async () => {
    const ctx = await app.newContext();
    const a = await app.newPage({ context: ctx });
    await a.goto(app.url);
    await showRow(a, 12);
    const b = await app.newPage({ context: ctx });
    await b.goto(a.url());
    await showRow(b, 12);

    // Different rows: both kept, and each tab shows the other's change without a reload.
    await cell(a, 10).fill('Row ten from tab A.');
    await cell(a, 10).press('Control+Enter');
    await saved(a);
    await cell(b, 11).fill('Row eleven from tab B.');
    await cell(b, 11).press('Control+Enter');
    await saved(b);
    // Through what a user sees: B's row 10 shows A's text without a reload.
    assert.equal(await settledValue(b, 10, 'Row ten from tab A.'), 'Row ten from tab A.');
    assert.equal(await cell(a, 11).inputValue(), 'Row eleven from tab B.');

    // Same row: B types (not saved yet), A saves the row first, then B's save comes in stale.
    await cell(b, 12).fill('B typed this meanwhile.');
    await cell(a, 12).fill('A wins the race.');
    await cell(a, 12).press('Control+Enter');
    await saved(a);
    await cell(b, 12).press('Control+Enter');
    await b.getByText('Row 12 was changed in another tab.', { exact: false }).waitFor();
    // The virtualised grid re-renders its rows on the next frames: give it time to show it.
    assert.equal(
      await settledValue(b, 12, 'A wins the race.'),
      'A wins the race.',
      'B shows the newer text',
    );
    await a.reload();
    await showRow(a, 12);
    assert.equal(
      await cell(a, 12).inputValue(),
      'A wins the race.',
      'the stale write was not applied',
    );

    // B chooses to keep its own text: now that is stored, on purpose.
    await b.getByRole('button', { name: 'Keep my text' }).click();
    await saved(b);
    await a.reload();
    await showRow(a, 12);
    assert.equal(await cell(a, 12).inputValue(), 'B typed this meanwhile.');
    assert.deepEqual(app.errors, []);
    await ctx.close();
  });

  it('undo in one tab reverts only that tab’s own edit, never another tab’s', async () => {
    const ctx = await app.newContext();
    const a = await app.newPage({ context: ctx });
    await a.goto(app.url);
    await showRow(a, 5);
    const b = await app.newPage({ context: ctx });
    await b.goto(a.url());
    await showRow(b, 5);

    // B edits row 4, then A edits row 5: A's is the newer step of the document.
    await cell(b, 4).fill('Row four from tab B.');
    await cell(b, 4).press('Control+Enter');
    await saved(b);
    await cell(a, 5).fill('Row five from tab A.');
    await cell(a, 5).press('Control+Enter');
    await saved(a);
    assert.equal(await settledValue(b, 5, 'Row five from tab A.'), 'Row five from tab A.');

    // B undoes its confirm, then its typing: row 4 goes back, A's row 5 stays.
    await cell(b, 4).press('Control+z');
    await cell(b, 4).press('Control+z');
    for (let i = 0; i < 100 && (await cell(b, 4).inputValue()) === 'Row four from tab B.'; i++)
      await b.waitForTimeout(100);
    await b.reload();
    await showRow(b, 5);
    assert.notEqual(await cell(b, 4).inputValue(), 'Row four from tab B.', 'B’s edit undone');
    assert.equal(await cell(b, 5).inputValue(), 'Row five from tab A.', 'A’s edit kept');

    // A's own step is still A's to undo, after a reload of A too.
    await a.reload();
    await showRow(a, 5);
    await cell(a, 5).press('Control+z');
    await cell(a, 5).press('Control+z');
    for (let i = 0; i < 100 && (await cell(a, 5).inputValue()) === 'Row five from tab A.'; i++)
      await a.waitForTimeout(100);
    await a.reload();
    await showRow(a, 5);
    assert.notEqual(await cell(a, 5).inputValue(), 'Row five from tab A.');
    assert.deepEqual(app.errors, []);
    await ctx.close();
  });
});
