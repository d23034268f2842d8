// The TM a team project is shared with, on the production build with the embedded team server.
// Lin imports last year's TMX into her TM and shares a new project that writes to it; Tina joins
// in Chinese, is told the team's TM came, and row 2 offers last year's unit as a 100 % match. Lin
// confirms row 1: Tina's row 3, much like it, offers Lin's translation under Lin's name. Tina's
// TM list holds the team's TM under her project's name; a reload brings it in no second time.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { invite, join, shareProject, withTeamServer } from './team-harness.js';

const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="none" adminlang="en" srclang="zh-CN" datatype="plaintext"/>
<body>
<tu><tuv xml:lang="zh-CN"><seg>博物馆明天关闭。</seg></tuv><tuv xml:lang="en-US"><seg>The museum is closed tomorrow.</seg></tuv></tu>
<tu><tuv xml:lang="zh-CN"><seg>门票免费。</seg></tuv><tuv xml:lang="en-US"><seg>Admission is free.</seg></tuv></tu>
</body></tmx>`;

/** The Matches tab of the side panel (Chinese UI), opened, and its list for row n. */
async function matches(page: Page, n: number) {
  await page.getByRole('textbox', { name: `译文 ${n}`, exact: true }).focus();
  const toggle = page.getByRole('button', { name: '历史与版本' });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  await page.getByRole('tab', { name: '匹配' }).click();
  const list = page.getByRole('list', { name: `第 ${n} 行的翻译记忆匹配` });
  await list.waitFor({ timeout: 20_000 });
  return list;
}

describe('the TM a team project is shared with', () => {
  const team = withTeamServer('team-tm');

  it('goes with the share, and a member’s device brings it in once', async () => {
    const { app, server } = team;
    const lin = await app.newPage();
    await lin.goto(app.url + '#/');
    await lin.getByRole('link', { name: 'Translation memories' }).click();
    await lin.getByRole('textbox', { name: 'Name' }).fill('Last year');
    await lin.getByRole('button', { name: 'Create', exact: true }).click();
    await lin.getByLabel('Import… — Last year', { exact: true }).setInputFiles({
      name: 'last-year.tmx',
      mimeType: 'application/x-tmx+xml',
      buffer: Buffer.from(TMX),
    });
    await lin
      .getByRole('status')
      .filter({ hasText: /2 units added/ })
      .waitFor({ timeout: 30_000 });

    // A new project writes to it (the first TM of its pair is the main one), and is shared.
    await lin.goto(app.url + '#/new');
    await lin
      .getByLabel('Source text (Chinese)')
      .fill('新图书馆周二正式开放。\n博物馆明天关闭。\n新图书馆周三正式开放。');
    await lin.getByRole('button', { name: 'Create project to translate' }).click();
    await lin.waitForURL(/#\/p\//);
    await shareProject(lin, server.url, 'Lin');
    const link = await invite(lin, 'translator');
    await lin.getByRole('button', { name: 'Close' }).click();
    await lin.getByText('Synced').waitFor();

    // Tina joins in Chinese: the team's TM comes to her device, and row 2 finds its unit.
    const tina = await join(app, link, 'Tina', true);
    await tina
      .getByText(/团队翻译记忆库已在此设备上：“.+（团队）”中有 2 个翻译单元/)
      .waitFor({ timeout: 30_000 });
    const list = await matches(tina, 2);
    const best = list.getByRole('listitem').first();
    await best.filter({ hasText: 'The museum is closed tomorrow.' }).waitFor();
    assert.equal(await best.locator('.score').textContent(), '100 %');

    // Lin confirms row 1: it reaches Tina's TM under Lin's name, offered for the like row 3.
    const cell = lin.getByRole('textbox', { name: 'Translation 1', exact: true });
    await cell.fill('The new library opened on Tuesday.');
    await cell.focus();
    await lin.keyboard.press('Control+Enter');
    const like = (await matches(tina, 3)).getByRole('listitem').first();
    await like.filter({ hasText: 'The new library opened on Tuesday.' }).waitFor();
    assert.match(await like.innerText(), /Lin/);

    // Her TM list holds it under her project's name; a reload brings it in no second time.
    await tina.reload();
    await tina.getByRole('grid').waitFor();
    await (await matches(tina, 2)).getByText('The museum is closed tomorrow.').waitFor();
    await tina.getByRole('link', { name: '翻译记忆库' }).click();
    const names = tina.getByRole('rowheader');
    await names.first().waitFor();
    const all = (await names.allInnerTexts()).map((x) => x.trim());
    assert.equal(
      all.filter((x) => x === '新图书馆周二正式开放。（团队）').length,
      1,
      `one team TM on Tina’s device: ${all.join(' | ')}`,
    );
    assert.deepEqual(
      app.errors.filter((e) => !/WebSocket|ERR_INTERNET_DISCONNECTED|net::/.test(e)),
      [],
    );
  });
});
