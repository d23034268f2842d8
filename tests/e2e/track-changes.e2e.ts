import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startApp, type App } from './harness.js';

const cell = (page: Page, n: number) =>
  page.getByRole('textbox', { name: `Translation ${n}`, exact: true });
const row = (page: Page, n: number) => page.locator('bt-segment-row', { has: cell(page, n) });
const tracked = (page: Page, n: number) => row(page, n).locator('bt-track-changes');
const counts = (page: Page) => page.locator('bt-track-bar [role="status"]');

async function waitSaved(page: Page) {
  await page.waitForFunction(() => {
    const ind = document.querySelector('bt-app')?.shadowRoot?.querySelector('bt-save-indicator');
    return (ind as { state?: string } | null)?.state === 'saved';
  });
}

async function statusOf(page: Page, n: number): Promise<string> {
  return row(page, n)
    .locator('.meta bt-status-badge')
    .evaluate((e) => (e.shadowRoot?.textContent ?? '').trim());
}

describe('track changes in the grid on the production build', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(() => app.close());

  it('version → translator edits → reviewer sees the diffs in the grid, rejects one, accepts one, undo, reload', async () => {
    const page = await app.newPage({ locale: 'en-US' });
    await page.goto(app.url);
    await cell(page, 1).waitFor();
    const original4 = await cell(page, 4).inputValue();
    const original5 = await cell(page, 5).inputValue();
    assert.match(original4, /bit by bit/);
    assert.match(original5, /rose by 40%/);

    // Freeze the translator's draft.
    await page.getByRole('button', { name: 'History & versions' }).click();
    await page.getByRole('tab', { name: 'Versions' }).click();
    await page.getByLabel('Version name').fill('Translator draft');
    await page.getByRole('button', { name: 'Save version' }).click();
    await page.getByText('Version “Translator draft” saved.').waitFor();
    await page.getByRole('button', { name: 'History & versions' }).click();

    // The translator revises two rows.
    await cell(page, 4).fill(original4.replace('bit by bit', 'little by little'));
    await cell(page, 5).fill(original5.replace('rose by', 'rose sharply by'));
    await cell(page, 3).click();
    await waitSaved(page);

    // A reviewer takes over.
    const roles = page.getByRole('group', { name: 'Working as' });
    await roles.getByRole('button', { name: 'Reviewer' }).click();
    await page.getByLabel('Your name').fill('Ann Reviewer');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await roles.getByRole('button', { name: 'Reviewer', pressed: true }).waitFor();

    // No track changes until a version is chosen.
    assert.equal(await page.locator('bt-track-bar').count(), 0);
    await page.getByLabel('Changed since').selectOption({ label: 'Translator draft' });
    await page.getByText('Changes since “Translator draft”').waitFor();
    assert.equal(await counts(page).innerText(), '2 of 2 changes undecided');
    assert.equal(await page.locator('bt-segment-row').count(), 2);

    // The changes show inside the rows, struck and underlined; the fields stay editable.
    await tracked(page, 4).locator('ins').first().waitFor();
    assert.deepEqual(await tracked(page, 4).locator('del').allInnerTexts(), ['bit', 'bit']);
    assert.deepEqual(await tracked(page, 4).locator('ins').allInnerTexts(), ['little', 'little']);
    assert.match((await tracked(page, 5).locator('ins').allInnerTexts()).join(''), /sharply/);
    assert.equal(await tracked(page, 5).locator('del').count(), 0);
    assert.equal(await cell(page, 4).isEditable(), true);

    // Next undecided change from the keyboard.
    await cell(page, 4).focus();
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await page.waitForFunction(() => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.getAttribute('aria-label') === 'Translation 5';
    });

    // Reject row 4: the version's text is back and nothing is tracked in it any more. The row
    // stays where it is until the filter is chosen again (rows never jump under the reviewer).
    await page.getByRole('button', { name: 'Reject the change in row 4' }).click();
    await page.getByText("Rejected 1 change: the version's text is back.").waitFor();
    await page.getByText('1 of 1 change undecided').waitFor();
    assert.equal(await cell(page, 4).inputValue(), original4);
    assert.equal(await tracked(page, 4).locator('ins, del').count(), 0);

    // Accept row 5: reviewed, shown as accepted and still rejectable.
    await page.getByRole('button', { name: 'Accept the change in row 5' }).click();
    await page.getByText('Accepted 1 row.').waitFor();
    await page.getByText('0 of 1 change undecided').waitFor();
    assert.equal(await statusOf(page, 5), 'Reviewed');
    assert.equal(await tracked(page, 5).locator('.state').innerText(), 'Accepted');
    await tracked(page, 5).getByRole('button', { name: 'Reject the change in row 5' }).waitFor();

    // The notice's Undo takes the acceptance back (one step).
    await page.locator('bt-toast').getByRole('button', { name: 'Undo', exact: true }).click();
    await page.getByText('1 of 1 change undecided').waitFor();
    // (Edited after it was translated, the row is a draft until confirmed again.)
    assert.equal(await statusOf(page, 5), 'Draft');

    // After a reload track changes are still on, against the same version; the rejection and the
    // undo are kept, with no extra storage: only row 5 differs from the version now.
    await page.reload();
    await page.getByText('1 of 1 change undecided').waitFor();
    assert.equal(await page.locator('bt-segment-row').count(), 1);
    assert.equal(await cell(page, 5).inputValue(), original5.replace('rose by', 'rose sharply by'));
    await page.getByLabel('Changed since').selectOption({ label: 'any time' });
    await cell(page, 4).waitFor();
    assert.equal(await cell(page, 4).inputValue(), original4);
    await page.getByLabel('Changed since').selectOption({ label: 'Translator draft' });
    await page.getByText('1 of 1 change undecided').waitFor();

    // Redo survives the reload too; the acceptance then survives another one.
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await page.getByText('0 of 1 change undecided').waitFor();
    await page.reload();
    await page.getByText('0 of 1 change undecided').waitFor();
    await cell(page, 5).waitFor();
    assert.equal(await tracked(page, 5).locator('.state').innerText(), 'Accepted');
    assert.equal(await statusOf(page, 5), 'Reviewed');

    assert.deepEqual(app.errors, []);
    await page.context().close();
  });
});
