// `npm run screenshots [-- OUTDIR]`: the production build's grid at 1280×800 and 1920×1080, in
// English and Chinese, light and dark — eight PNGs of the grid, and the replace bar, export
// dialog, library and review screens at 1280×800 — to look at before calling the UI consistent.
// The README's screenshot is the English, light, 1280×800 one (docs/screenshot.png).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
// @ts-expect-error: a plain .mjs helper shared with the test runner config
import { findChrome, CHROME_ARGS } from './find-chrome.mjs';

const out = process.argv[2] ?? 'screenshots';
mkdirSync(out, { recursive: true });
if (!existsSync('dist/index.html')) execFileSync('npx', ['vite', 'build'], { stdio: 'inherit' });

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const url = server.resolvedUrls?.local[0] ?? '';
const browser = await chromium.launch({
  executablePath: findChrome() as string,
  args: CHROME_ARGS as string[],
});
const sizes = [
  [1280, 800],
  [1920, 1080],
] as const;
try {
  for (const locale of ['en-US', 'zh-CN'])
    for (const scheme of ['light', 'dark'] as const)
      for (const [width, height] of sizes) {
        const ctx = await browser.newContext({ locale, viewport: { width, height } });
        const page = await ctx.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(url);
        // The demo project's grid, with the first row active as a translator would see it.
        const cell = page.getByRole('textbox').nth(1);
        await cell.waitFor();
        await cell.click();
        await page.waitForTimeout(400);
        const shot = async (name: string) => {
          const file = join(out, `${name}-${locale}-${scheme}-${width}x${height}.png`);
          await page.screenshot({ path: file });
          console.log(file);
        };
        await shot('grid');
        if (width === 1280) {
          // The other screens once per language and theme: replace bar, export, review, library.
          await page.keyboard.press('Control+h');
          await page.waitForTimeout(300);
          await shot('replace');
          await page.keyboard.press('Escape');
          await page.locator('header button').first().click();
          await page.waitForTimeout(300);
          await shot('export');
          await page.keyboard.press('Escape');
          await page.goto(`${url}#/`);
          await page.waitForTimeout(500);
          await shot('library');
          await page.goBack();
          await page.locator('header a').nth(2).click();
          await page.waitForTimeout(800);
          await shot('review');
        }
        await ctx.close();
      }
} finally {
  await browser.close();
  server.httpServer.close();
}
