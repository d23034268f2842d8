// What the team journeys share: the production build and an embedded team server with its data in
// a temporary folder (started before the journey, stopped after), and the steps every one of them
// takes as a user would — share the open project, make an invite link, join through one.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import type { Page } from 'playwright-core';
import { startApp, type App } from './harness.js';
import { startInstance, type Instance } from '../server/helpers.js';

/** Starts the app and one team server around the tests of the calling `describe`. */
export function withTeamServer(name: string): { readonly app: App; readonly server: Instance } {
  let app: App | undefined;
  let server: Instance | undefined;
  let dir = '';
  before(async () => {
    dir = mkdtempSync(joinPath(tmpdir(), `bt-${name}-e2e-`));
    server = await startInstance({ TEAM_DATA_DIR: dir, TEAM_QUIET: '1' });
    app = await startApp();
  });
  after(async () => {
    await app?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return {
    get app() {
      if (!app) throw new Error('the app has not started');
      return app;
    },
    get server() {
      if (!server) throw new Error('the team server has not started');
      return server;
    },
  };
}

/** Shares the project open in `page` (English UI) to `serverUrl` as `name`; the dialog stays open. */
export async function shareProject(page: Page, serverUrl: string, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Share' }).click();
  await page.getByRole('textbox', { name: 'Team server address' }).fill(serverUrl);
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.getByRole('button', { name: 'Share', exact: true }).last().click();
}

/** An invite link for `role`, from the open Team dialog (English UI). */
export async function invite(page: Page, role: string): Promise<string> {
  await page.getByRole('button', { name: `Invite a ${role}` }).click();
  const link = page.getByRole('textbox', { name: `Invite link for a ${role}` });
  await link.waitFor();
  return link.inputValue();
}

/** Joins through `link` as `name` in a browser of their own, in English or Chinese. */
export async function join(app: App, link: string, name: string, zh = false): Promise<Page> {
  const page = await app.newPage({ locale: zh ? 'zh-CN' : 'en-US' });
  await page.goto(link);
  await page.getByRole('textbox', { name: zh ? '你的名字' : 'Your name' }).fill(name);
  await page.getByRole('button', { name: zh ? '加入' : 'Join', exact: true }).click();
  await page.getByRole('grid').waitFor();
  return page;
}

/** Waits up to 10 s for the cell named `name` to read `want` (it may come into the grid meanwhile). */
export async function until(page: Page, name: string, want: string): Promise<void> {
  const cell = page.getByRole('textbox', { name, exact: true });
  let got = '';
  for (let i = 0; i < 100; i++) {
    got = await cell.inputValue().catch(() => '');
    if (got === want) return;
    await page.waitForTimeout(100);
  }
  assert.equal(got, want, `${name} on ${page.url()}`);
}
