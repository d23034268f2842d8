// Team projects on the production build: a translator shares the demo project to a team server
// (the embedded default, started here), invites a reviewer and a viewer by link; each joins in a
// browser of their own. Edits appear on the other side, the same sentence typed on both merges,
// offline edits arrive when the network returns, and a viewer cannot change anything.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { invite, join, shareProject, until, withTeamServer } from './team-harness.js';

const target = (page: Page, n: number) =>
  page.getByRole('textbox', { name: `Translation ${n}`, exact: true });

describe('team projects through a team server', () => {
  const team = withTeamServer('team');

  it('shares, invites, syncs both ways, merges one sentence, and keeps a viewer out', async () => {
    const { app, server } = team;
    const owner = await app.newPage();
    await owner.goto(app.url);
    await target(owner, 1).waitFor();
    await shareProject(owner, server.url, 'Lin');
    const reviewerLink = await invite(owner, 'reviewer');
    const viewerLink = await invite(owner, 'viewer');
    await owner.getByRole('button', { name: 'Close' }).click();
    await owner.getByText('Synced').waitFor();

    // The reviewer joins in a browser of their own, in Chinese.
    const reviewer = await join(app, reviewerLink, 'Wang', true);
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
