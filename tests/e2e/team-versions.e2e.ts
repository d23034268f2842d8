// A team project's versions renamed and deleted, on the production build with the embedded team
// server: the owner (Lin) shares and invites a reviewer (Wang, in Chinese) and a translator (Tina).
// Tina saves "Draft 2 (wrong)" and "Review 1"; Lin tracks changes since "Review 1". Wang — neither
// the author nor the owner — is offered neither Rename nor Delete of them. Offline, Tina's rename
// says it needs the server and changes nothing. Back online Tina renames one and deletes the
// other; Lin's grid falls back from the deleted version with a notice, and after a refresh Lin and
// Wang list only the renamed one.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { invite, join, shareProject, withTeamServer } from './team-harness.js';

/** Opens the side panel's versions tab; the list of versions. */
async function versionsTab(page: Page, zh = false) {
  await page.getByRole('button', { name: zh ? '历史与版本' : 'History & versions' }).click();
  await page.getByRole('tab', { name: zh ? '版本' : 'Versions' }).click();
  return page.getByRole('list', { name: zh ? '版本' : 'Versions' });
}

/** The names the versions list shows, in its order. */
const listed = async (page: Page, zh = false) =>
  (
    await page
      .getByRole('list', { name: zh ? '版本' : 'Versions' })
      .locator('li strong')
      .allInnerTexts()
  ).sort();

/** Waits up to 10 s for the list to show `want`. */
async function untilListed(page: Page, want: string[], zh = false) {
  let got: string[] = [];
  for (let i = 0; i < 100; i++) {
    got = await listed(page, zh);
    if (JSON.stringify(got) === JSON.stringify([...want].sort())) return;
    await page.waitForTimeout(100);
  }
  assert.deepEqual(got, [...want].sort(), page.url());
}

/** Renames a version through the app's rename dialog (the current name is in its field). */
async function renameVersion(page: Page, from: string, to: string) {
  await page.getByRole('button', { name: `Rename ${from}` }).click();
  const ask = page.getByRole('dialog', { name: `Rename the version “${from}”` });
  const field = ask.getByRole('textbox', { name: 'Version name' });
  assert.equal(await field.inputValue(), from);
  await field.fill(to);
  await ask.getByRole('button', { name: 'Rename version' }).click();
  await ask.waitFor({ state: 'detached' });
}

describe('a team project’s versions renamed and deleted', () => {
  const team = withTeamServer('team-versions');

  it('the author renames and deletes; every member follows; others are not offered it', async () => {
    const { app, server } = team;
    const lin = await app.newPage();
    await lin.goto(app.url);
    await lin.getByRole('textbox', { name: 'Translation 1', exact: true }).waitFor();
    await shareProject(lin, server.url, 'Lin');
    const reviewerLink = await invite(lin, 'reviewer');
    const translatorLink = await invite(lin, 'translator');
    await lin.getByRole('button', { name: 'Close' }).click();
    await lin.getByText('Synced').waitFor();

    const tina = await join(app, translatorLink, 'Tina');
    const wang = await join(app, reviewerLink, 'Wang', true);

    // Tina saves two versions on the server.
    await versionsTab(tina);
    for (const name of ['Draft 2 (wrong)', 'Review 1']) {
      await tina.getByLabel('Version name').fill(name);
      await tina.getByRole('button', { name: 'Save version' }).click();
      await tina.getByText(`Version “${name}” saved.`).waitFor();
    }
    // Tina saved them: she may rename and delete them, by the same names as local versions.
    await tina.getByRole('button', { name: 'Rename Review 1' }).waitFor();
    await tina.getByRole('button', { name: 'Delete Review 1' }).waitFor();

    // Lin (the owner) lists them and tracks changes since "Review 1".
    await versionsTab(lin);
    await untilListed(lin, ['Draft 2 (wrong)', 'Review 1']);
    await lin.getByRole('button', { name: 'Delete Review 1' }).waitFor();
    await lin.getByRole('combobox', { name: 'Changed since' }).selectOption({ label: 'Review 1' });

    // Wang (a reviewer, neither author nor owner) sees them and is offered neither.
    await versionsTab(wang, true);
    await untilListed(wang, ['Draft 2 (wrong)', 'Review 1'], true);
    await wang.getByRole('button', { name: '将文档恢复为 Review 1' }).waitFor();
    const wangButtons = await wang
      .getByRole('list', { name: '版本' })
      .getByRole('button')
      .allInnerTexts();
    assert.ok(
      wangButtons.every((b) => !/重命名|删除/.test(b)),
      `no rename/delete: ${wangButtons.join(', ')}`,
    );

    // Offline, Tina's rename needs the server: told so, nothing changes.
    await tina.context().setOffline(true);
    await tina.getByText(/^Offline/).waitFor();
    await renameVersion(tina, 'Draft 2 (wrong)', 'Draft 2');
    await tina.getByText('Renaming or deleting a team version needs the team server').waitFor();
    assert.deepEqual(await listed(tina), ['Draft 2 (wrong)', 'Review 1']);
    await tina.context().setOffline(false);
    await tina.getByText('Synced').waitFor();

    // Online: she renames one, and deletes the other (after confirming, in the app's own dialog).
    await renameVersion(tina, 'Draft 2 (wrong)', 'Draft 2');
    await untilListed(tina, ['Draft 2', 'Review 1']);
    await tina.getByRole('button', { name: 'Delete Review 1' }).click();
    const ask = tina.getByRole('dialog', { name: 'Delete the version “Review 1”?' });
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await ask.waitFor({ state: 'detached' });
    assert.deepEqual(await listed(tina), ['Draft 2', 'Review 1'], 'declined: kept');
    await tina.getByRole('button', { name: 'Delete Review 1' }).click();
    await ask.getByRole('button', { name: 'Delete version' }).click();
    await untilListed(tina, ['Draft 2']);

    // Lin's grid was comparing with the deleted version: it falls back, and says why.
    await lin.getByText('A team member deleted the version “Review 1”').waitFor();
    assert.equal(await lin.getByRole('combobox', { name: 'Changed since' }).inputValue(), '');

    // After a refresh, both other members list what the server has.
    for (const [page, zh] of [
      [lin, false],
      [wang, true],
    ] as const) {
      await page.reload();
      await page.getByRole('grid').waitFor();
      await versionsTab(page, zh);
      await untilListed(page, ['Draft 2'], zh);
    }
    assert.deepEqual(
      app.errors.filter((e) => !/WebSocket|ERR_INTERNET_DISCONNECTED|net::/.test(e)),
      [],
    );
  });
});
