// Serves the production build (dist/) with Vite's preview server and drives the system
// Chromium with playwright-core. Every page error or console error fails the journey.
import { preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
// @ts-expect-error: a plain .mjs helper shared with the test runner config
import { findChrome, CHROME_ARGS } from '../../scripts/find-chrome.mjs';

export interface App {
  url: string;
  browser: Browser;
  newPage(opts?: { locale?: string; context?: BrowserContext }): Promise<Page>;
  newContext(opts?: { locale?: string }): Promise<BrowserContext>;
  /** Errors any page reported; a journey asserts this is empty at its end. */
  errors: string[];
  close(): Promise<void>;
}

export async function startApp(): Promise<App> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `vite build` first');
  const server: PreviewServer = await preview({
    preview: { port: 0, host: '127.0.0.1' },
    logLevel: 'silent',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server did not report a URL');
  const browser = await chromium.launch({
    executablePath: findChrome() as string,
    args: CHROME_ARGS as string[],
    headless: true,
  });
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
  };
  const newContext = (opts: { locale?: string } = {}) =>
    browser.newContext({ locale: opts.locale ?? 'en-US', viewport: { width: 1280, height: 800 } });
  return {
    url,
    browser,
    errors,
    newContext,
    async newPage(opts = {}) {
      const ctx = opts.context ?? (await newContext(opts));
      const page = await ctx.newPage();
      watch(page);
      return page;
    },
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    },
  };
}

/**
 * Scrolls the translation grid until the row with the English label `Translation n` exists: the
 * grid renders only the rows near the viewport, as a user scrolling to it would find it.
 */
export async function showRow(page: Page, n: number): Promise<void> {
  const cell = page.getByRole('textbox', { name: `Translation ${n}`, exact: true });
  const grid = page.getByRole('grid');
  await grid.waitFor();
  for (let i = 0; i < 200; i++) {
    if ((await cell.count()) > 0) {
      // Rendered is not yet in view: the first pass renders rows at an estimated height, and
      // the row may leave again once they are measured. In view, it stays.
      // (It may leave between the two steps: then try again.)
      await cell.scrollIntoViewIfNeeded({ timeout: 1000 }).catch(() => undefined);
      await page.waitForTimeout(50);
      if ((await cell.count()) > 0) return;
    } else {
      await grid.evaluate((g) => g.scrollBy(0, 120));
      await page.waitForTimeout(30);
    }
  }
  throw new Error(`row ${n} never came into the grid`);
}
