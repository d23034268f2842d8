// Team projects on the production build: a translator shares the demo project to a team server
// (the embedded default, started here), invites a reviewer and a viewer by link; each joins in a
// browser of their own. Edits appear on the other side, the same sentence typed on both merges,
// offline edits arrive when the network returns, and a viewer cannot change anything.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import type { Page } from 'playwright-core';
import { startApp, type App } from './harness.js';
import { startInstance, type Instance } from '../server/helpers.js';

const target = (page: Page, n: number) =>
  page.getByRole('textbox', { name: `Translation ${n}`, exact: true });

/** Waits up to 10 s for the cell named `name` to read `want`. */
async function until(page: Page, name: string, want: string): Promise<void> {
  const cell = page.getByRole('textbox', { name, exact: true });
  let got = '';
  for (let i = 0; i < 100; i++) {
    got = await cell.inputValue();
    if (got === want) return;
    await page.waitForTimeout(100);
  }
  assert.equal(got, want, `${name} on ${page.url()}`);
}

async function invite(page: Page, role: string): Promise<string> {
  await page.getByRole('button', { name: `Invite a ${role}` }).click();
  const link = page.getByRole('textbox', { name: `Invite link for a ${role}` });
  await link.waitFor();
  return link.inputValue();
}

async function join(app: App, link: string, name: string, locale = 'en-US'): Promise<Page> {
  const page = await app.newPage({ locale });
  await page.goto(link);
  await page
    .getByRole('textbox', { name: locale === 'en-US' ? 'Your name' : '你的名字' })
    .fill(name);
  await page
    .getByRole('button', { name: locale === 'en-US' ? 'Join' : '加入', exact: true })
    .click();
  await page.getByRole('grid').waitFor();
  return page;
}

describe('team projects through a team server', () => {
  let app: App;
  let server: Instance;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(joinPath(tmpdir(), 'bt-team-e2e-'));
    server = await startInstance({ TEAM_DATA_DIR: dir, TEAM_QUIET: '1' });
    app = await startApp();
  });
  after(async () => {
    await app?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shares, invites, syncs both ways, merges one sentence, and keeps a viewer out', async () => {
    const owner = await app.newPage();
    await owner.goto(app.url);
    await target(owner, 1).waitFor();
    await owner.getByRole('button', { name: 'Share' }).click();
    await owner.getByRole('textbox', { name: 'Team server address' }).fill(server.url);
    await owner.getByRole('textbox', { name: 'Your name' }).fill('Lin');
    await owner.getByRole('button', { name: 'Share', exact: true }).last().click();
    const reviewerLink = await invite(owner, 'reviewer');
    const viewerLink = await invite(owner, 'viewer');
    await owner.getByRole('button', { name: 'Close' }).click();
    await owner.getByText('Synced').waitFor();

    // The reviewer joins in a browser of their own, in Chinese.
    const reviewer = await join(app, reviewerLink, 'Wang', 'zh-CN');
    const rTarget = reviewer.getByRole('textbox', { name: '译文 9', exact: true });
    await rTarget.waitFor();

    // Owner types in row 9: it appears on the reviewer's side.
    await target(owner, 9).click();
    await owner.keyboard.type('Many attendees worried');
    await until(reviewer, '译文 9', 'Many attendees worried');

    // The reviewer adds to the same sentence while the owner adds to its start: both keep both.
    await rTarget.click();
    await reviewer.keyboard.press('End');
    await reviewer.keyboard.type(' about funding');
    await target(owner, 9).click();
    await owner.keyboard.press('Home');
    await owner.keyboard.type('Still, ');
    const both = 'Still, Many attendees worried about funding';
    await until(owner, 'Translation 9', both);
    await until(reviewer, '译文 9', both);

    // Presence: the owner sees the reviewer in the status bar.
    await owner.getByText('Wang · reviewer').waitFor();

    // Offline: both edit different rows, then come back; everything arrives on both sides.
    await owner.context().setOffline(true);
    await reviewer.context().setOffline(true);
    await owner
      .getByText(/Offline/)
      .first()
      .waitFor();
    await target(owner, 10).click();
    await owner.keyboard.type('Owner offline');
    await reviewer.getByRole('textbox', { name: '译文 11', exact: true }).click();
    await reviewer.keyboard.type('Reviewer offline');
    await owner.context().setOffline(false);
    await reviewer.context().setOffline(false);
    await until(owner, 'Translation 11', 'Reviewer offline');
    await until(reviewer, '译文 10', 'Owner offline');

    // A viewer reads and cannot change: the cell is read-only.
    const viewer = await join(app, viewerLink, 'Zhao');
    const vCell = target(viewer, 9);
    await vCell.waitFor();
    assert.equal(await vCell.getAttribute('readonly'), '');
    // The joined copy shows what it has at once; the merged sentence arrives with the sync.
    await until(viewer, 'Translation 9', both);

    // After a reload the reviewer's copy (on this device) still has everything.
    await reviewer.reload();
    await reviewer.getByRole('textbox', { name: '译文 10', exact: true }).waitFor();
    assert.equal(
      await reviewer.getByRole('textbox', { name: '译文 10', exact: true }).inputValue(),
      'Owner offline',
    );
    assert.deepEqual(
      app.errors.filter((e) => !/WebSocket|ERR_INTERNET_DISCONNECTED|net::/.test(e)),
      [],
    );
  });
});
