// A team project's quality-check settings, on the production build with the embedded team
// server. Lin makes a project whose first row changes a number and shares it; Tina joins in
// Chinese. Tina sees the Numbers finding, and the project's checks read-only. Offline, Lin's
// change needs the server and nothing changes; online, Lin turns Numbers off and Tina's finding
// goes without a reload, and stays gone after one. Tina ignores a finding and Lin sees it ignored,
// by Tina; Lin counts it again, and it is open again for Tina.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { invite, join, shareProject, withTeamServer } from './team-harness.js';

const L = {
  en: {
    panel: /^Side panel/,
    tab: 'QA',
    run: 'Check all rows',
    checks: 'Checks in this project',
    numbers: 'Numbers',
    group: /^Numbers \(1\)$/,
  },
  zh: {
    panel: /^侧栏/,
    tab: '质检',
    run: '检查所有行',
    checks: '本项目的检查项',
    numbers: '数字',
    group: /^数字（1）$/,
  },
};

/** Opens the side panel's QA tab, runs every check and opens the project's checks. */
async function qaTab(page: Page, l: (typeof L)['en']) {
  await page.getByRole('button', { name: l.panel }).click();
  await page.getByRole('tab', { name: l.tab }).click();
  await page.getByRole('button', { name: l.run }).click();
  await page.getByText(l.checks).click();
  return page.getByRole('checkbox', { name: l.numbers, exact: true });
}

describe('a team project’s quality checks', () => {
  const team = withTeamServer('team-qa');

  it('are the owner’s to change, for every member, and need the server to change', async () => {
    const { app, server } = team;
    const lin = await app.newPage();
    await lin.goto(app.url + '#/new');
    await lin.getByLabel('Source text (Chinese)').fill('我们有三个苹果。\n会议在下午召开。');
    await lin.getByRole('button', { name: 'Create project to translate' }).click();
    await lin.waitForURL(/#\/p\//);
    const cell = lin.getByRole('textbox', { name: 'Translation 1', exact: true });
    await cell.click();
    await lin.keyboard.type('We have four apples.');
    await shareProject(lin, server.url, 'Lin');
    const link = await invite(lin, 'translator');
    await lin.getByRole('button', { name: 'Close' }).click();
    await lin.getByText('Synced').waitFor();

    const tina = await join(app, link, 'Tina', true);
    const tinaBox = await qaTab(tina, L.zh);
    await tina.getByRole('heading', { name: L.zh.group }).waitFor();
    // Hers to read, not to change, and said so.
    assert.equal(await tinaBox.isChecked(), true);
    assert.equal(await tinaBox.isDisabled(), true);
    await tina.getByText('由项目所有者为每位成员设置').waitFor();

    const linBox = await qaTab(lin, L.en);
    await lin.getByRole('heading', { name: L.en.group }).waitFor();
    await lin.getByText('what you change here changes for every member').waitFor();
    assert.equal(await linBox.isDisabled(), false);

    // Offline, the change needs the server: told so, and the box shows what holds.
    await lin.context().setOffline(true);
    await lin.getByText(/^Offline/).waitFor();
    await linBox.click();
    await lin.getByText('needs its team server').waitFor();
    assert.equal(await linBox.isChecked(), true);
    await lin.getByRole('heading', { name: L.en.group }).waitFor();
    await lin.context().setOffline(false);
    await lin.getByText('Synced').waitFor();

    // Online, the owner turns Numbers off: for everyone.
    await linBox.click();
    await lin.getByRole('heading', { name: L.en.group }).waitFor({ state: 'detached' });
    assert.equal(await linBox.isChecked(), false);
    await tina.getByRole('heading', { name: L.zh.group }).waitFor({ state: 'detached' });
    assert.equal(await tinaBox.isChecked(), false);

    // Kept on Tina's device: after a reload, still off.
    await tina.reload();
    await tina.getByRole('grid').waitFor();
    const again = await qaTab(tina, L.zh);
    await tina
      .getByRole('heading', { name: /（1）$/ })
      .first()
      .waitFor();
    assert.equal(await tina.getByRole('heading', { name: L.zh.group }).count(), 0);
    assert.equal(await again.isChecked(), false);
    // An ignore is the team's: Tina ignores Lin's empty-row finding, and Lin sees it ignored, by
    // Tina; Lin counts it again, and it is open again on Tina's side.
    await tina.getByRole('button', { name: /^忽略第 2 行的问题/ }).click();
    await tina.getByText('错误：0 · 警告：0 · 已忽略：1').waitFor();
    await lin.getByText('Errors: 0 · Warnings: 0 · Ignored: 1').waitFor();
    await lin
      .locator('bt-qa-panel')
      .getByRole('combobox', { name: 'Show', exact: true })
      .selectOption({ label: 'Ignored findings' });
    await lin.getByText(/^Ignored by Tina/).waitFor();
    await lin.getByRole('button', { name: /^Count again the finding in row 2/ }).click();
    await lin.getByText('Errors: 1 · Warnings: 0 · Ignored: 0').waitFor();
    await tina.getByText('错误：1 · 警告：0 · 已忽略：0').waitFor();

    // The browser logs the requests it could not send offline; nothing else went wrong.
    assert.deepEqual(
      app.errors.filter((e) => !/WebSocket|ERR_INTERNET_DISCONNECTED|net::/.test(e)),
      [],
    );
  });
});
