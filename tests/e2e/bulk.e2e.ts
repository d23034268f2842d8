import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startApp, type App } from './harness.js';

// Statuses of the rows on screen by row number, in words, as the badges show them. The grid
// draws the rows near the viewport, and how many can change as rows are measured: compare by
// row number, on the rows shown both times.
const statuses = async (page: Page): Promise<Map<number, string>> =>
  new Map(
    await page.locator('bt-segment-row').evaluateAll((els) =>
      els.map((e): [number, string] => {
        const select = e.shadowRoot?.querySelector('[aria-label^="Select row "]');
        const n = Number(/Select row (\d+)/.exec(select?.getAttribute('aria-label') ?? '')?.[1]);
        const badge = e.shadowRoot?.querySelector('bt-status-badge');
        return [n, (badge?.shadowRoot?.textContent ?? '').trim()];
      }),
    ),
  );

/** The rows both maps have, each with its two statuses; fails when they share too few. */
function common(a: Map<number, string>, b: Map<number, string>): [number, string, string][] {
  const out = [...a]
    .filter(([n]) => b.has(n))
    .map(([n, s]): [number, string, string] => [n, s, b.get(n)!]);
  assert.ok(out.length >= 8, `only ${out.length} rows shown both times`);
  return out;
}
const same = (a: Map<number, string>, b: Map<number, string>) =>
  common(a, b).every(([, x, y]) => x === y);

describe('bulk work and roles on the production build', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(() => app.close());

  it('a translator confirms every row shown in one step and undoes it; a reviewer approves a range', async () => {
    const page = await app.newPage({ locale: 'en-US' });
    await page.goto(app.url);
    await page.waitForURL(/#\/p\//);
    await page.getByRole('textbox', { name: 'Translation 1', exact: true }).waitFor();
    const before = await statuses(page);

    // Select everything the filter shows, confirm: one step.
    await page.getByRole('button', { name: 'Select all shown' }).click();
    const bar = page.getByRole('toolbar', { name: 'Selected rows' });
    await bar.getByText('15 rows selected').waitFor();
    // A translator cannot approve: the option says it is for reviewers.
    const approve = bar.getByRole('option', { name: 'Approved · reviewer only' });
    assert.equal(await approve.isDisabled(), true);
    await bar.getByRole('button', { name: 'Confirm' }).click();
    await page.getByText(/^Confirmed \d+ rows?\./).waitFor();
    // Rows with a translation are confirmed; empty ones stay new (nothing to confirm).
    const after = await statuses(page);
    assert.ok([...after.values()].some((s) => s === 'Translated'));
    assert.ok(
      common(after, before).every(
        ([, s, was]) => s === 'Translated' || (s === 'New' && was === 'New'),
      ),
      [...after.values()].join(),
    );
    // Undo puts every row back at once.
    await page.getByRole('button', { name: 'Undo', exact: true }).first().click();
    for (let i = 0; i < 50 && !same(await statuses(page), before); i++)
      await page.waitForTimeout(100);
    assert.deepEqual(
      common(await statuses(page), before).filter(([, x, y]) => x !== y),
      [],
    );

    // As a reviewer: rows 2–4 by a click and a Shift-click on their numbers, approved together.
    const roles = page.getByRole('group', { name: 'Working as' });
    await roles.getByRole('button', { name: 'Reviewer' }).click();
    await page.getByRole('dialog', { name: 'Who is working?' }).waitFor();
    await page.getByLabel('Your name').fill('Ann Reviewer');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await roles.getByRole('button', { name: 'Reviewer', pressed: true }).waitFor();
    await page.getByRole('button', { name: /^Select row 2 / }).click();
    await page.getByRole('button', { name: /^Select row 4 / }).click({ modifiers: ['Shift'] });
    await bar.getByText('3 rows selected').waitFor();
    await bar.getByLabel('Set status').selectOption('approved');
    await page.getByText('Status set on 3 rows.').waitFor();
    const approved = await statuses(page);
    assert.deepEqual(
      [1, 2, 3, 4, 5].map((n) => approved.get(n)),
      [before.get(1), 'Approved', 'Approved', 'Approved', before.get(5)],
    );
    assert.deepEqual(app.errors, []);
    await page.context().close();
  });
});
