import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { startApp, type App } from './harness.js';

const cell = (page: Page, n: number) =>
  page.getByRole('textbox', { name: `Translation ${n}`, exact: true });

async function waitSaved(page: Page) {
  await page.waitForFunction(() => {
    const ind = document.querySelector('bt-app')?.shadowRoot?.querySelector('bt-save-indicator');
    return (ind as { state?: string } | null)?.state === 'saved';
  });
}

/** Where the keyboard is: the compared row holding it (its name) and the control, or the element. */
function keyboardAt(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el = document.activeElement;
    let row = '';
    while (el?.shadowRoot?.activeElement) {
      if (el.localName === 'bt-compare-row') row = el.getAttribute('aria-label') ?? '';
      el = el.shadowRoot.activeElement;
    }
    if (el?.localName === 'bt-compare-row') return el.getAttribute('aria-label') ?? '';
    const name = el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '';
    return row ? `${row}: ${name}` : `${el?.localName ?? 'nothing'}${name ? ` ${name}` : ''}`;
  });
}

describe('reviewer journey on the production build', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(() => app.close());

  it('save a version → edit as translator → reviewer compares, rejects one, accepts the rest → report', async () => {
    const page = await app.newPage({ locale: 'en-US' });
    await page.goto(app.url);
    await cell(page, 1).waitFor();
    const original1 = await cell(page, 1).inputValue();
    const original4 = await cell(page, 4).inputValue();

    // Save the translator's draft as a version.
    await page.getByRole('button', { name: 'History & versions' }).click();
    await page.getByRole('tab', { name: 'Versions' }).click();
    await page.getByLabel('Version name').fill('Translator draft');
    await page.getByRole('button', { name: 'Save version' }).click();
    await page.getByText('Version “Translator draft” saved.').waitFor();

    // The translator edits two rows (an approved one and a translated one).
    await cell(page, 1).fill(original1.replace('third', '3rd'));
    await cell(page, 4).fill(`${original4} Build, share, govern.`);
    await cell(page, 3).click();
    await waitSaved(page);

    // Switching to reviewer asks for a name once.
    const roles = page.getByRole('group', { name: 'Working as' });
    await roles.getByRole('button', { name: 'Reviewer' }).click();
    await page.getByRole('dialog', { name: 'Who is working?' }).waitFor();
    await page.getByLabel('Your name').fill('Ann Reviewer');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('button', { name: 'Change name: Ann Reviewer' }).waitFor();
    await roles.getByRole('button', { name: 'Reviewer', pressed: true }).waitFor();

    // Compare the draft with now: only the two changed rows are listed, with word diffs.
    await page.getByRole('link', { name: 'Review & compare' }).click();
    await page.waitForURL(/\/compare$/);
    const rows = page.getByRole('listitem');
    await page.getByText('2 of 15 rows changed').waitFor();
    await rows.nth(1).waitFor(); // the list renders a frame after the summary
    assert.equal(await rows.count(), 2);
    const row1 = page.getByRole('listitem', { name: 'Row 1', exact: true });
    assert.equal(await row1.locator('del').first().innerText(), 'third');
    assert.equal(await row1.locator('ins').first().innerText(), '3rd');

    // Reject the first change: the draft's text is back (a revision, recorded as Ann).
    await row1.getByRole('button', { name: 'Reject', exact: true }).click();
    await page.getByText('Rejected 1 change: the text of A is back.').waitFor();
    await page.getByText('1 of 15 rows changed').waitFor();
    // It stays listed, marked rejected by Ann: a decision, not a row that vanished.
    await row1.getByText('Rejected', { exact: true }).waitFor();
    await row1.getByText(/Ann Reviewer \(Reviewer\)/).waitFor();
    assert.equal(await rows.count(), 2);

    // Accept the rest: the row is marked reviewed.
    await page.getByRole('button', { name: 'Accept all' }).click();
    await page.getByText('Accepted 1 row.').waitFor();

    // A comment on the remaining row, then export the report.
    const left = page.getByRole('listitem', { name: 'Row 4', exact: true });
    await left.getByRole('button', { name: 'Add a comment to row 4' }).click();
    await left.getByRole('textbox', { name: 'Comments on row 4' }).fill('Check the theme wording.');
    await left.getByRole('button', { name: 'Comment', exact: true }).click();
    await left.getByText('Check the theme wording.').waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export report (HTML)' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^review-report-\d{4}-\d{2}-\d{2}\.html$/);
    const report = await readFile((await download.path())!, 'utf8');
    assert.match(report, /<title>Review report: /);
    assert.match(report, /<dd>Translator draft<\/dd>/);
    assert.match(report, /<ins[^>]*>[^<]*Build, share, govern[^<]*<\/ins>/);
    assert.match(report, /Reviewed/);
    assert.match(report, /Ann Reviewer/);
    assert.match(report, /Check the theme wording\./);
    // Every decided row by its number in the document, with the decision, who and when.
    const listed = [
      ...report.matchAll(
        /<tr class="row-[^"]*"><td class="num">(\d+)<\/td>.*?<td class="decision">(.*?)<\/td>/gu,
      ),
    ].map((m) => [m[1], m[2].replace(/<br>/gu, ' | ')]);
    assert.deepEqual(
      listed.map(([n, d]) => [n, d.split(' | ').slice(0, 2).join(' | ')]),
      [
        ['1', '<strong>Rejected</strong> | Ann Reviewer (Reviewer)'],
        ['4', '<strong>Accepted</strong> | Ann Reviewer (Reviewer)'],
      ],
    );
    assert.match(report, /<th scope="row">Rows compared<\/th><td>15<\/td>/);
    assert.match(report, /<th scope="row">Rejected<\/th><td>1<\/td>/);
    assert.match(report, /<th scope="row">Accepted<\/th><td>1<\/td>/);
    assert.doesNotMatch(report, /[0-9a-f]{8}-[0-9a-f]{4}-/u, 'no internal ids');

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export summary (CSV)' }).click(),
    ]);
    const csvText = await readFile((await csv.path())!, 'utf8');
    assert.ok(csvText.startsWith('\uFEFF#,Change,'), csvText.slice(0, 40));
    const csvRows = csvText.trim().split('\r\n');
    assert.equal(csvRows.length, 3, 'header, the rejected row and the accepted one');
    assert.match(csvRows[1], /^1,Unchanged,.*,Rejected,Ann Reviewer \(Reviewer\),/u);

    // Back in the grid: row 1 has its draft text and status again, row 4 keeps the accepted edit.
    await page.getByRole('link', { name: 'Back to the grid' }).click();
    await cell(page, 1).waitFor();
    assert.equal(await cell(page, 1).inputValue(), original1);
    assert.equal(await cell(page, 4).inputValue(), `${original4} Build, share, govern.`);
    const statuses = await page
      .locator('bt-segment-row bt-status-badge')
      .evaluateAll((els) => els.slice(0, 4).map((e) => (e.shadowRoot?.textContent ?? '').trim()));
    assert.deepEqual(statuses, ['Approved', 'Reviewed', 'Reviewed', 'Reviewed']);
    await page.getByText('1 open comment').waitFor();
    assert.deepEqual(app.errors, []);
    await page.context().close();
  });
  it('keyboard only: ↓ and j move between the changed rows, Tab goes through the current row and on', async () => {
    const page = await app.newPage({ locale: 'en-US' });
    await page.goto(app.url);
    await cell(page, 1).waitFor();
    await page.getByRole('button', { name: 'History & versions' }).click();
    await page.getByRole('tab', { name: 'Versions' }).click();
    await page.getByLabel('Version name').fill('Before review');
    await page.getByRole('button', { name: 'Save version' }).click();
    await page.getByText('Version “Before review” saved.').waitFor();
    for (const n of [1, 2, 4, 5])
      await cell(page, n).fill(`${await cell(page, n).inputValue()} Checked.`);
    await cell(page, 3).click();
    await waitSaved(page);
    const roles = page.getByRole('group', { name: 'Working as' });
    await roles.getByRole('button', { name: 'Reviewer' }).click();
    await page.getByLabel('Your name').fill('Ann Reviewer');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await roles.getByRole('button', { name: 'Reviewer', pressed: true }).waitFor();

    await page.getByRole('link', { name: 'Review & compare' }).click();
    await page.getByText('4 of 15 rows changed').waitFor();
    await page.getByRole('listitem').nth(3).waitFor();
    // Tab from the page's start to the list: its one tab stop is the first row.
    const path: string[] = [];
    for (let i = 0; i < 40 && path.at(-1) !== 'Row 1'; i++) {
      await page.keyboard.press('Tab');
      path.push(await keyboardAt(page));
    }
    assert.equal(path.at(-1), 'Row 1', path.join(' → '));

    // ↓ / j / ↑ / k move between the rows, each becoming the current one.
    const moves: string[] = [];
    for (const key of ['ArrowDown', 'j', 'ArrowDown', 'ArrowUp', 'k', 'j']) {
      await page.keyboard.press(key);
      moves.push(await keyboardAt(page));
    }
    assert.deepEqual(moves, ['Row 2', 'Row 4', 'Row 5', 'Row 4', 'Row 2', 'Row 4']);

    // Tab goes through row 4's controls, then past the list (never into row 5's).
    const stops: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      stops.push(await keyboardAt(page));
    }
    assert.deepEqual(stops.slice(0, 6), [
      'Row 4: Select row 4',
      'Row 4: Accept',
      'Row 4: Reject',
      'Row 4: Approve',
      'Row 4: Mark rejected',
      'Row 4: Add a comment to row 4',
    ]);
    assert.ok(
      stops.slice(6).every((s) => !s.startsWith('Row ')),
      `Tab went on into another row: ${stops.join(' → ')}`,
    );

    // Row 5's decisions are reached the same way: ↓ to it, Tab to Accept.
    await page.getByRole('listitem', { name: 'Row 4', exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await keyboardAt(page), 'Row 5: Accept');
    await page.keyboard.press('Enter');
    await page.getByText('Accepted 1 row.').waitFor();
    assert.deepEqual(app.errors, []);
    await page.context().close();
  });
});
