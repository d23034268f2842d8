import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, type App } from './harness.js';

// Find in the production build, typed as a translator types in memoQ or Trados: Ctrl+F and the
// query at once (the bar's code loads meanwhile), Enter and Enter again, Esc. No key may land in
// a row: the reviewed row the caret started in stays as it was.
describe('find bar (production build)', () => {
  let app: App;
  before(async () => (app = await startApp()));
  after(() => app.close());

  it('keeps the keyboard in the bar, goes match by match, and Esc selects the match in its row', async () => {
    const page = await app.newPage();
    await page.goto(app.url);
    const cell = (n: number) =>
      page.getByRole('textbox', { name: `Translation ${n}`, exact: true });
    const row = (n: number) => page.getByRole('row').filter({ has: cell(n) });
    await cell(3).waitFor();
    await row(3).getByText('Reviewed').waitFor();
    const before = await cell(3).inputValue();

    await cell(3).focus();
    await page.keyboard.press('Control+f');
    await page.keyboard.type('summit');
    const box = page.getByRole('searchbox', { name: 'Find' });
    await box.waitFor();
    for (let i = 0; i < 50 && (await box.inputValue()) !== 'summit'; i++)
      await page.waitForTimeout(50);
    assert.equal(await box.inputValue(), 'summit');
    const status = page.locator('bt-find-bar [role="status"]');
    const count = (await status.textContent())?.trim() ?? '';
    assert.match(count, /^\d+ match(es)?$/);

    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    let line = '';
    for (let i = 0; i < 50 && !/^2 of \d+$/.test(line); i++) {
      line = (await status.textContent())?.trim() ?? '';
      if (!/^2 of \d+$/.test(line)) await page.waitForTimeout(50);
    }
    assert.match(line, /^2 of \d+$/);
    assert.ok(await box.evaluate((el) => el.matches(':focus')), 'the keyboard stays in Find');
    assert.equal(await cell(3).inputValue(), before);
    await row(3).getByText('Reviewed').waitFor();

    await page.keyboard.press('Escape');
    await page.locator('bt-find-bar').waitFor({ state: 'detached' });
    const selected = await page.evaluate(() => {
      let a = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      return a instanceof HTMLTextAreaElement
        ? a.value.slice(a.selectionStart, a.selectionEnd)
        : `not a text field: ${a?.tagName}`;
    });
    assert.equal(selected.toLowerCase(), 'summit');
    assert.deepEqual(app.errors, []);
  });
});
