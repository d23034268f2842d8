import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startApp, type App } from './harness.js';

// Whatever is in the database, the app opens: a workspace written by a newer version of the app
// cannot be read by this one, and the recovery screen says so and hands out what can be read.
describe('recovery screen on the production build', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(() => app.close());

  it('a workspace from a newer version opens on the recovery screen, whose download holds the projects', async () => {
    const page = await app.newPage({ locale: 'en-US' });
    await page.goto(app.url);
    await page.waitForURL(/#\/p\//);
    await page.getByRole('textbox', { name: 'Translation 1', exact: true }).waitFor();
    // A newer release upgrades the database (this tab is told and lets go of it).
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('bitext-workbench', 999);
          req.onsuccess = () => {
            req.result.close();
            resolve();
          };
          req.onerror = () => reject(req.error);
        }),
    );
    await page.reload();
    await page.getByRole('heading', { name: 'The workspace cannot be opened' }).waitFor();
    await page.getByText(/A newer version of this app wrote the workspace/).waitFor();
    const [dl] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download what can be read' }).click(),
    ]);
    const backup = JSON.parse(await readFile((await dl.path())!, 'utf8'));
    assert.equal(backup.format, 'bitext-workbench-backup');
    assert.ok(JSON.stringify(backup).includes('Open-source summit'), 'the demo project is in it');
    // No raw exception text on screen.
    assert.doesNotMatch(await page.locator('body').innerText(), /VersionError|DOMException/);
    await page.context().close();
  });
});
