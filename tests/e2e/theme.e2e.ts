import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';
import { startApp, type App } from './harness.js';

/** WCAG relative luminance of a computed `rgb(r, g, b)` colour. */
function luminance(rgb: string): number {
  const parts = rgb.match(/\d+(\.\d+)?/g);
  assert.ok(parts && parts.length >= 3, `a computed colour: ${rgb}`);
  const [r, g, b] = parts.slice(0, 3).map((p) => {
    const c = Number(p) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

const colours = (el: Locator) =>
  el.evaluate((e) => {
    const s = getComputedStyle(e);
    return { color: s.color, background: s.backgroundColor };
  });

describe('the built app follows the system colour scheme', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(() => app.close());

  it('turns dark with a dark system preference, and the grid text stays readable', async () => {
    const page = await app.newPage();
    await page.goto(app.url);
    const cell = page.getByRole('textbox', { name: 'Translation 1', exact: true });
    await cell.waitFor();
    const body = page.locator('body');

    await page.emulateMedia({ colorScheme: 'light' });
    const light = await colours(body);
    const lightCell = await colours(cell);
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await colours(body);
    const darkCell = await colours(cell);

    assert.notEqual(dark.background, light.background);
    assert.ok(luminance(light.background) > 0.8, `light page is light: ${light.background}`);
    assert.ok(luminance(dark.background) < 0.05, `dark page is dark: ${dark.background}`);
    // The translation cell is inside the grid's shadow roots: it follows through the tokens.
    assert.notEqual(darkCell.background, lightCell.background);
    for (const { color, background } of [lightCell, darkCell]) {
      const ratio = contrast(color, background);
      assert.ok(ratio >= 4.5, `cell text ${color} on ${background}: ${ratio.toFixed(2)}`);
    }
    assert.deepEqual(app.errors, []);
    await page.context().close();
  });
});
