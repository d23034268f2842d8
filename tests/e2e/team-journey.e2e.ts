// The team journey of issue 18 on the production build, three people in three browsers on two
// server instances that share one PostgreSQL and one Redis: Share → invite → edit → review →
// version → compare. A translator (English, instance A) shares and invites; a reviewer (Chinese,
// sent to instance B) and a viewer (English, A) join. Edits cross instances; the reviewer
// confirms a row and saves a version, which the server keeps for everyone; the translator
// compares against it; the viewer sees it and can change nothing. Then the owner removes the
// viewer, who is told and keeps the copy. Skips, saying why, where PostgreSQL or Redis cannot be
// had (as the cluster tests do); the embedded PGlite cannot be shared by two processes.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startApp, showRow, type App } from './harness.js';
import { startInstance, type Instance } from '../server/helpers.js';
import { join, until } from './team-harness.js';
import { startServices, type Services } from '../../scripts/services.mjs';

/** The status badge of row n, as a person reads it. */
const statusOf = (page: Page, n: number) =>
  page
    .locator('bt-segment-row')
    .nth(n - 1)
    .locator('bt-status-badge')
    .evaluate((e) => (e.shadowRoot?.textContent ?? '').trim());

describe('the team journey: three people, two server instances', () => {
  let services: Services | undefined;
  let skip: string | undefined;
  let a: Instance | undefined;
  let b: Instance | undefined;
  let app: App | undefined;
  before(async () => {
    const got = await startServices();
    if ('skip' in got) {
      skip = got.skip;
      return;
    }
    services = got;
    const env = {
      DATABASE_URL: got.databaseUrl,
      REDIS_URL: got.redisUrl,
      TEAM_MEMBER_CHECK_MS: '1000',
    };
    [a, b] = await Promise.all([startInstance(env), startInstance(env)]);
    app = await startApp();
  });
  after(async () => {
    await app?.close();
    await Promise.all([a?.stop(), b?.stop()]);
    await services?.stop();
  });

  it('share → invite → edit → review → version → compare, and the owner removes the viewer', async (t) => {
    if (skip || !app || !a || !b)
      return t.skip(`PostgreSQL/Redis not available, and PGlite cannot be shared: ${skip}`);

    // The translator shares the demo project; the address names both instances.
    const lin = await app.newPage();
    await lin.goto(app.url);
    const linCell = (n: number) =>
      lin.getByRole('textbox', { name: `Translation ${n}`, exact: true });
    await linCell(1).waitFor();
    await lin.getByRole('button', { name: 'Share' }).click();
    await lin.getByRole('textbox', { name: 'Team server address' }).fill(`${a.url} ${b.url}`);
    await lin.getByRole('textbox', { name: 'Your name' }).fill('Lin');
    await lin.getByRole('button', { name: 'Share', exact: true }).last().click();
    const makeLink = async (role: string) => {
      await lin.getByRole('button', { name: `Invite a ${role}` }).click();
      const box = lin.getByRole('textbox', { name: `Invite link for a ${role}` });
      await box.waitFor();
      return box.inputValue();
    };
    const reviewerLink = await makeLink('reviewer');
    const viewerLink = await makeLink('viewer');
    await lin.getByRole('button', { name: 'Close' }).click();
    await lin.getByText('Synced').waitFor();

    // The reviewer's link sends them to instance B first (as a load balancer might).
    const toB = new URL(reviewerLink.replace('#/join?', '?'));
    toB.searchParams.set('server', `${b.url} ${a.url}`);
    const wang = await join(
      app,
      reviewerLink.replace(/#\/join\?.*$/, `#/join?${toB.searchParams}`),
      'Wang',
      true,
    );
    const wangCell = (n: number) => `译文 ${n}`;
    const vic = await join(app, viewerLink, 'Vic');

    // Edit: the translator types; it reaches the reviewer through the other instance, and the viewer.
    await linCell(2).click();
    await lin.keyboard.press('Control+End');
    await lin.keyboard.type(' Checked by Lin.');
    const row2 = `${await linCell(2).inputValue()}`;
    assert.match(row2, / Checked by Lin\.$/);
    await until(wang, wangCell(2), row2);
    await until(vic, 'Translation 2', row2);

    // Review: the reviewer confirms row 2 (as reviewer: Reviewed); the translator sees it.
    await wang.getByRole('textbox', { name: wangCell(2), exact: true }).click();
    await wang.keyboard.press('Control+Enter');
    for (let i = 0; i < 100 && (await statusOf(lin, 2)) !== 'Reviewed'; i++)
      await lin.waitForTimeout(100);
    assert.equal(await statusOf(lin, 2), 'Reviewed');

    // Version: the reviewer saves one, in Chinese; the server keeps it for everyone.
    await wang.getByRole('button', { name: '历史与版本' }).click();
    await wang.getByRole('tab', { name: '版本' }).click();
    await wang.getByText('保存在团队服务器上').waitFor();
    await wang.getByLabel('版本名称').fill('审校 1');
    await wang.getByRole('button', { name: '保存版本' }).click();
    await wang.getByText('已保存版本“审校 1”。').waitFor();

    // The translator's versions list shows it, with its author, without a reload.
    await lin.getByRole('button', { name: 'History & versions' }).click();
    await lin.getByRole('tab', { name: 'Versions' }).click();
    const linVersions = lin.getByRole('list', { name: 'Versions' });
    await linVersions.getByText('审校 1').waitFor();
    await linVersions.getByText(/· Wang/).waitFor();
    // The owner may rename or delete any version (for everyone, on the server).
    await lin.getByRole('button', { name: 'Delete 审校 1' }).waitFor();

    // Compare: the translator changes row 3 after the version, and compares the version with now.
    await showRow(lin, 3);
    await linCell(3).click();
    await lin.keyboard.press('Control+End');
    await lin.keyboard.type(' After review.');
    await lin.getByText('Synced').waitFor();
    await lin.getByRole('link', { name: 'Review & compare' }).click();
    await lin.waitForURL(/\/compare$/);
    await lin.getByText(/^1 of \d+ rows changed$/).waitFor();
    const changed = lin.getByRole('listitem', { name: 'Row 3', exact: true });
    assert.equal((await changed.locator('ins').first().innerText()).trim(), 'After review.');
    assert.match(
      await lin.getByRole('combobox', { name: 'Compare (A, older)' }).inputValue(),
      /.+/,
      'the version is picked as A',
    );
    await lin.getByRole('link', { name: 'Back to the grid' }).click();

    // Offline, a version cannot be saved (the server makes it): the translator is told why.
    await lin.context().setOffline(true);
    await lin.getByText(/^Offline/).waitFor();
    await lin.getByRole('tab', { name: 'Versions' }).click();
    await lin.getByLabel('Version name').fill('Offline try');
    await lin.getByRole('button', { name: 'Save version' }).click();
    await lin
      .getByText('Versions of a team project are saved on the team server', { exact: false })
      .waitFor();
    assert.equal(await linVersions.getByText('Offline try').count(), 0);
    await lin.context().setOffline(false);
    await lin.getByText('Synced').waitFor();

    // The viewer sees the version and cannot change anything.
    await vic.getByRole('button', { name: 'History & versions' }).click();
    await vic.getByRole('tab', { name: 'Versions' }).click();
    await vic.getByRole('list', { name: 'Versions' }).getByText('审校 1').waitFor();
    assert.equal(await vic.getByRole('button', { name: 'Save version' }).count(), 0);
    assert.equal(await vic.getByRole('button', { name: 'Restore 审校 1' }).count(), 0);
    assert.equal(await vic.getByRole('button', { name: 'Delete 审校 1' }).count(), 0);
    const vicCell = vic.getByRole('textbox', { name: 'Translation 2', exact: true });
    assert.equal(await vicCell.getAttribute('readonly'), '');

    // The owner removes the viewer from the share dialog; the viewer is told, and keeps the copy.
    await lin.getByRole('button', { name: 'Team' }).click();
    await lin.getByRole('button', { name: 'Remove Vic' }).click();
    await lin
      .getByRole('dialog', { name: 'Remove Vic from this team project?' })
      .getByRole('button', { name: 'Remove Vic' })
      .click();
    await lin.getByText('Vic was removed').waitFor();
    await lin.getByRole('button', { name: 'Remove Vic' }).waitFor({ state: 'detached' });
    // And revokes the viewer link: whoever opens it now cannot join.
    await lin.getByRole('button', { name: /^Revoke the viewer link made / }).click();
    await lin.getByText('The invite link was revoked').waitFor();
    await lin
      .getByRole('button', { name: /^Revoke the viewer link made / })
      .waitFor({ state: 'detached' });
    await lin.getByRole('button', { name: /^Revoke the reviewer link made / }).waitFor();
    await lin.getByRole('button', { name: 'Close' }).click();
    const late = await app.newPage();
    await late.goto(viewerLink);
    await late.getByRole('textbox', { name: 'Your name' }).fill('Late');
    await late.getByRole('button', { name: 'Join', exact: true }).click();
    await late.getByText('The invite link has expired or its owner revoked it.').waitFor();
    await late.context().close();
    await vic
      .getByText('The owner removed you from this team project.', { exact: false })
      .waitFor();
    assert.equal(await vicCell.inputValue(), row2);
    // Later edits of the team no longer reach the removed viewer.
    await linCell(2).click();
    await lin.keyboard.press('Control+End');
    await lin.keyboard.type('!');
    await until(wang, wangCell(2), `${row2}!`);
    await vic.waitForTimeout(1000);
    assert.equal(await vicCell.inputValue(), row2);
    // After a reload the viewer's copy is a local project of their own: said so, and editable.
    await vic.reload();
    await vic.getByText('this is your local copy', { exact: false }).waitFor();
    await vicCell.waitFor();
    assert.equal(await vicCell.inputValue(), row2);
    assert.equal(await vicCell.getAttribute('readonly'), null);

    // Every server instance stops: the reviewer's versions are kept on the device, and a reload
    // still lists and compares them.
    // Instance A stops: the translator's client moves to B, and so does saving a version.
    await a.stop();
    await lin.getByLabel('Version name').fill('After A stopped');
    await lin.getByRole('button', { name: 'Save version' }).click();
    await lin.getByText('Version “After A stopped” saved.').waitFor();
    await wang.getByRole('list', { name: '版本' }).getByText('After A stopped').waitFor();

    await b.stop();
    const logs = [...a.logs, ...b.logs];
    await wang.reload();
    await wang.getByRole('grid').waitFor();
    await wang.getByRole('button', { name: '历史与版本' }).click();
    await wang.getByRole('tab', { name: '版本' }).click();
    await wang.getByRole('list', { name: '版本' }).getByText('审校 1').waitFor();
    await wang.getByRole('link', { name: '审校与比较' }).click();
    await wang.waitForURL(/\/compare$/);
    const pickA = wang.getByRole('combobox', { name: '比较（A，较早）' });
    await pickA.waitFor();
    const options = await pickA.locator('option').allInnerTexts();
    assert.deepEqual(
      options.map((o) => o.split(' · ')[0]),
      ['After A stopped', '审校 1'],
    );
    await pickA.selectOption({ label: options[1] });
    await wang.getByRole('listitem', { name: '第 3 行', exact: true }).waitFor();

    // Nobody's client sent anything the server had to refuse (others' confirms echoed back, say).
    assert.deepEqual(
      logs.filter((l) => /refused an update/.test(l)),
      [],
    );
    assert.deepEqual(
      // The browser logs the revoked link's answer (410), which this journey asks for.
      app.errors.filter((e) => !/WebSocket|ERR_INTERNET_DISCONNECTED|net::|status of 410/.test(e)),
      [],
    );
  });
});
