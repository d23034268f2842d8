// The built app with no network: after one visit its service worker has kept the app's files, so
// a reload offline opens the same project with what was typed, and the pages that load on demand
// (the library, the TM page) open too.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, type App } from './harness.js';

describe('the built app offline', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app?.close();
  });

  it('reloads with no network: the project, its typing and the other pages open from the offline copy', async () => {
    const page = await app.newPage();
    await page.goto(app.url);
    const cell = page.getByRole('textbox', { name: 'Translation 1', exact: true });
    await cell.fill('Typed before the network went away');
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved / })
      .waitFor();
    // The worker is active once it has kept every file of the app.
    assert.equal(
      await page.evaluate(() => navigator.serviceWorker.ready.then((r) => !!r.active)),
      true,
    );

    await page.context().setOffline(true);
    await page.reload();
    await cell.waitFor();
    assert.equal(await cell.inputValue(), 'Typed before the network went away');
    // A page whose code was never loaded in this tab comes from the offline copy too.
    await page.goto(`${app.url}#/`);
    await page.getByRole('heading', { name: 'Projects' }).waitFor();
    await page.goto(`${app.url}#/tm`);
    await page.getByRole('heading', { name: 'Translation memories' }).waitFor();
    assert.deepEqual(
      app.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|net::/.test(e)),
      [],
    );
  });
});
