import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { showRow, startApp, type App } from './harness.js';

const rowTarget = (page: Page, n: number) =>
  page.getByRole('textbox', { name: `Translation ${n}`, exact: true });

describe('the built app: first visit, library, languages, reload', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(() => app.close());

  it('opens the demo project on a first visit, in English for an English browser', async () => {
    const page = await app.newPage({ locale: 'en-US' });
    await page.goto(app.url);
    await rowTarget(page, 1).waitFor();
    assert.match(page.url(), /#\/p\/[\w-]+$/);
    assert.match(await page.locator('bt-app h1').innerText(), /Bitext Workbench/);
    // The demo has 15 rows; the grid renders those in and near the view.
    assert.equal(await page.getByRole('grid').getAttribute('aria-rowcount'), '15');
    const rows = await page.getByRole('row').count();
    assert.ok(rows >= 8, `demo shows its rows (${rows})`);
    assert.match(await rowTarget(page, 1).inputValue(), /Open Bridge/);
    await showRow(page, 12);
    assert.equal(await rowTarget(page, 12).inputValue(), '', 'some rows are not translated yet');
    assert.deepEqual(app.errors, []);
    await page.context().close();
  });

  it('in an 800-pixel window the side panel stays in the window, beside the rows', async () => {
    const page = await app.newPage({ locale: 'en-US' });
    await page.setViewportSize({ width: 800, height: 700 });
    await page.goto(app.url);
    await rowTarget(page, 1).waitFor();
    await page.getByRole('button', { name: 'History & versions' }).click();
    const qa = page.getByRole('tab', { name: 'QA' });
    await qa.waitFor();
    const tab = (await qa.boundingBox())!;
    assert.ok(tab.x + tab.width <= 800, `the last tab ends at ${tab.x + tab.width}`);
    // The rows give way to the panel rather than pushing it out or running under it.
    const grid = (await page.getByRole('grid').boundingBox())!;
    const panel = (await page.getByRole('tab', { name: 'History' }).boundingBox())!;
    assert.ok(
      grid.x + grid.width <= panel.x + 1,
      `rows end at ${grid.x + grid.width}, panel at ${panel.x}`,
    );
    const cell = (await rowTarget(page, 1).boundingBox())!;
    assert.ok(cell.x + cell.width <= panel.x, "row 1's translation is beside the panel");
    assert.deepEqual(app.errors, []);
    await page.context().close();
  });

  it('a first visit whose UI strings arrive late still opens a sound demo project', async () => {
    const page = await app.newPage();
    // The language chunk comes a second after the database is ready (a slow network).
    await page.route('**/assets/locale-*.js', async (route) => {
      await new Promise((r) => setTimeout(r, 1000));
      await route.continue();
    });
    await page.goto(app.url);
    await rowTarget(page, 1).waitFor();
    assert.match(await page.locator('bt-app .project').innerText(), /Open-source summit/);
    assert.deepEqual(app.errors, []);
    await page.context().close();
  });

  it('follows a Chinese browser, and remembers a switch to English across reloads', async () => {
    const page = await app.newPage({ locale: 'zh-CN' });
    await page.goto(app.url);
    await page.getByRole('textbox', { name: '译文 1', exact: true }).waitFor();
    assert.match(await page.locator('bt-app h1').innerText(), /双语对照工作台/);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
    await page.getByRole('button', { name: 'English' }).click();
    await rowTarget(page, 1).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await page.reload();
    await rowTarget(page, 1).waitFor();
    assert.match(await page.locator('bt-app h1').innerText(), /Bitext Workbench/);
    assert.deepEqual(app.errors, []);
    await page.context().close();
  });

  it('keeps an edit across a reload, and back/forward move between library and project', async () => {
    const page = await app.newPage();
    await page.goto(app.url);
    const cell = rowTarget(page, 9);
    await cell.click();
    await cell.pressSequentially('Many attendees asked how projects can last.');
    await cell.press('Control+Enter'); // confirm: saved at once and moves on
    await rowTarget(page, 10).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved / })
      .waitFor();
    await page.reload();
    await rowTarget(page, 9).waitFor();
    assert.equal(
      await rowTarget(page, 9).inputValue(),
      'Many attendees asked how projects can last.',
    );
    const projectUrl = page.url();
    await page.getByRole('link', { name: 'Projects' }).click();
    await page.getByRole('heading', { name: 'Projects' }).waitFor();
    await page.goBack();
    await rowTarget(page, 9).waitFor();
    assert.equal(page.url(), projectUrl);
    assert.deepEqual(app.errors, []);
    await page.context().close();
  });

  it('creates, renames and deletes a project, and undoes the delete', async () => {
    const page = await app.newPage();
    await page.goto(app.url + '#/');
    await page.getByRole('heading', { name: 'Projects' }).waitFor();
    await page.getByRole('link', { name: 'New project' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Quarterly report');
    await page
      .getByLabel('Source text (Chinese)')
      .fill('Sales rose in the third quarter. Costs fell.');
    // The direction follows the text: English source, Chinese translation.
    await page.getByLabel('Source text (English)').waitFor();
    await page.getByRole('button', { name: 'Create project to translate' }).click();
    await page.waitForURL(/#\/p\//);
    await page.getByRole('link', { name: 'Projects' }).click();
    await page.getByRole('link', { name: 'Quarterly report' }).waitFor();
    await page.getByRole('button', { name: 'Rename Quarterly report' }).click();
    await page.getByLabel('New name').fill('Q3 report');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('link', { name: 'Q3 report' }).waitFor();
    await page.getByRole('button', { name: 'Delete Q3 report' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await page.getByText('“Q3 report” was deleted.').waitFor();
    assert.equal(await page.getByRole('link', { name: 'Q3 report' }).count(), 0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('link', { name: 'Q3 report' }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: 'Q3 report' }).waitFor();
    assert.deepEqual(app.errors, []);
    await page.context().close();
  });
});
