import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { showRow, startApp, type App } from './harness.js';
// @ts-expect-error: a plain .mjs helper shared with the test runner config
import { findChrome, CHROME_ARGS } from '../../scripts/find-chrome.mjs';

// Typing must survive the tab going away at any moment after the last key: closed, reloaded,
// navigated away, or the whole browser window closed, 0 to 1000 ms after the key.
const DELAYS = [0, 50, 100, 300, 1000];
const ROW = 3;

const cell = (page: Page) => page.getByRole('textbox', { name: `Translation ${ROW}`, exact: true });

/** Opens the demo project's row and types `text` into it key by key, as a person does. */
async function typeInto(page: Page, url: string, text: string): Promise<string> {
  await page.goto(url);
  await page.waitForURL(/#\/p\//);
  await showRow(page, ROW);
  await cell(page).click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(text);
  return page.url();
}

async function valueAfterOpen(page: Page, url: string): Promise<string> {
  await page.goto(url);
  await showRow(page, ROW);
  return cell(page).inputValue();
}

describe('typing survives the tab going away (production build)', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(() => app.close());

  for (const way of ['close', 'reload', 'navigate away'] as const) {
    it(`keeps every character when the tab is ${way === 'close' ? 'closed' : way === 'reload' ? 'reloaded' : 'navigated away'} 0–1000 ms after the last key`, async () => {
      const lost: string[] = [];
      for (const ms of DELAYS) {
        const ctx = await app.newContext();
        const page = await app.newPage({ context: ctx });
        const text = `Typed before ${way} at ${ms} ms, 最后一个字`;
        const project = await typeInto(page, app.url, text);
        if (ms) await page.waitForTimeout(ms);
        let after: Page = page;
        if (way === 'close') {
          await page.close();
          after = await app.newPage({ context: ctx });
        } else if (way === 'reload') {
          await page.reload();
        } else {
          await page.goto('about:blank');
        }
        const got = await valueAfterOpen(after, project);
        if (got !== text) lost.push(`${ms} ms: ${JSON.stringify(got)}`);
        await ctx.close();
      }
      assert.deepEqual(lost, [], 'text lost');
    });
  }

  it('keeps every character when the browser window is closed 0–1000 ms after the last key', async () => {
    const lost: string[] = [];
    for (const ms of DELAYS) {
      const dir = mkdtempSync(join(tmpdir(), 'bt-close-'));
      const launch = () =>
        chromium.launchPersistentContext(dir, {
          executablePath: findChrome() as string,
          args: CHROME_ARGS as string[],
          headless: true,
          locale: 'en-US',
          viewport: { width: 1280, height: 800 },
        });
      try {
        let ctx = await launch();
        const text = `Typed before the window closed at ${ms} ms`;
        const project = await typeInto(await ctx.newPage(), app.url, text);
        if (ms) await new Promise((r) => setTimeout(r, ms));
        await ctx.close();
        ctx = await launch();
        const got = await valueAfterOpen(await ctx.newPage(), project);
        if (got !== text) lost.push(`${ms} ms: ${JSON.stringify(got)}`);
        await ctx.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    assert.deepEqual(lost, [], 'text lost');
  });

  it('a double click on Create makes one project, and a tab closed mid-import leaves none half-made', async () => {
    const rows = 20_000;
    const tsv = Array.from({ length: rows }, (_, i) => `第${i + 1}句。\tSentence ${i + 1}.`).join(
      '\n',
    );
    for (const closeAfter of [undefined, 0, 30, 150]) {
      const ctx = await app.newContext();
      const page = await app.newPage({ context: ctx });
      await page.goto(app.url + '#/');
      await page.getByRole('heading', { name: 'Projects' }).waitFor();
      await page.getByRole('button', { name: 'Open a bilingual file' }).click();
      const dialog = page.getByRole('dialog', { name: 'Open a bilingual file' });
      await dialog.getByLabel('File to open').setInputFiles({
        name: 'big.tsv',
        mimeType: 'text/tab-separated-values',
        buffer: Buffer.from(tsv),
      });
      const create = dialog.getByRole('button', { name: /^Create project with 20[,.]?000 rows/ });
      await create.dblclick();
      let check = page;
      if (closeAfter !== undefined) {
        if (closeAfter) await page.waitForTimeout(closeAfter);
        await page.close();
        check = await app.newPage({ context: ctx });
        await check.goto(app.url + '#/');
      } else {
        await page.waitForURL(/#\/p\//);
        await page.goto(app.url + '#/');
      }
      await check.getByRole('heading', { name: 'Projects' }).waitFor();
      const links = check.getByRole('link', { name: 'big', exact: true });
      const n = await links.count();
      assert.ok(n <= 1, `${n} projects from one double click (closed after ${closeAfter} ms)`);
      if (closeAfter === undefined) assert.equal(n, 1, 'the import made its project');
      if (n === 1) {
        await links.click();
        await check.getByRole('grid').waitFor();
        // Whole: all its rows are there (the grid counts them once the document has loaded).
        const grid = check.getByRole('grid');
        let count = '';
        for (let i = 0; i < 200 && count !== String(rows); i++) {
          count = (await grid.getAttribute('aria-rowcount')) ?? '';
          if (count !== String(rows)) await check.waitForTimeout(100);
        }
        assert.equal(count, String(rows), `rows of the project (closed after ${closeAfter} ms)`);
      }
      await ctx.close();
    }
  });
});
