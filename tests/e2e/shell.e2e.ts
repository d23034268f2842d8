import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, type App } from './harness.js';

describe('the built app loads', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(() => app.close());

  it('renders the shell in English without page errors', async () => {
    const page = await app.newPage({ locale: 'en-US' });
    await page.goto(app.url);
    await page.locator('bt-app h1').waitFor();
    assert.match(await page.locator('bt-app h1').innerText(), /Bitext Workbench/);
    assert.deepEqual(app.errors, []);
  });

  it('follows a Chinese browser on first visit', async () => {
    const page = await app.newPage({ locale: 'zh-CN' });
    await page.goto(app.url);
    await page.locator('bt-app h1').waitFor();
    assert.match(await page.locator('bt-app h1').innerText(), /双语对照工作台/);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
    assert.deepEqual(app.errors, []);
  });
});
