// A team project's termbase, on the production build with the embedded team server. Lin imports
// the client's glossary into a project and shares it; Tina joins in Chinese and finds its term
// in row 1. Tina adds a term for row 2, and it reaches Lin's Terms tab without a reload; Lin
// corrects it and deletes the glossary's entry, and Tina's side follows both. A reload keeps
// Tina's copy.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { invite, join, shareProject, withTeamServer } from './team-harness.js';

const TBX = `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en"><text><body>
<termEntry id="c1"><langSet xml:lang="zh-CN"><tig><term>数据库</term></tig></langSet>
<langSet xml:lang="en"><tig><term>database</term></tig></langSet></termEntry>
</body></text></martif>`;

const L = {
  en: { panel: /^Side panel/, tab: 'Terms', cell: (n: number) => `Translation ${n}` },
  zh: { panel: /^侧栏/, tab: '术语', cell: (n: number) => `译文 ${n}` },
};

/** The Terms tab of the side panel, and a row's translation focused so its terms show. */
async function termsOf(page: Page, l: (typeof L)['en'], n: number) {
  if ((await page.getByRole('tab', { name: l.tab }).count()) === 0)
    await page.getByRole('button', { name: l.panel }).click();
  await page.getByRole('tab', { name: l.tab }).click();
  await page.getByRole('textbox', { name: l.cell(n), exact: true }).focus();
}

describe('a team project’s termbase', () => {
  const team = withTeamServer('team-terms');

  it('goes with the share, and a term one member adds or changes is every member’s', async () => {
    const { app, server } = team;
    const lin = await app.newPage();
    await lin.goto(app.url + '#/new');
    await lin.getByLabel('Source text (Chinese)').fill('数据库连接失败。\n服务器正在重启。');
    await lin.getByRole('button', { name: 'Create project to translate' }).click();
    await lin.waitForURL(/#\/p\//);
    await termsOf(lin, L.en, 1);
    await lin.getByLabel('Import termbase (TBX, TSV, CSV)…').setInputFiles({
      name: 'client.tbx',
      mimeType: 'application/xml',
      buffer: Buffer.from(TBX),
    });
    await lin.getByText('Termbase “client” imported: 1 entry').waitFor();
    await shareProject(lin, server.url, 'Lin');
    const link = await invite(lin, 'translator');
    await lin.getByRole('button', { name: 'Close' }).click();
    await lin.getByText('Synced').waitFor();

    // Tina joins: the glossary's term is in row 1 for her too.
    const tina = await join(app, link, 'Tina', true);
    await termsOf(tina, L.zh, 1);
    await tina.getByText('与团队共享：在此添加、修改或删除的术语对每位成员同样生效。').waitFor();
    await tina
      .getByRole('list', { name: '第 1 行的术语' })
      .getByRole('button', { name: 'database Ctrl+Alt+1' })
      .waitFor();

    // She adds a term for row 2: it goes to the team's termbase, and reaches Lin.
    await termsOf(tina, L.zh, 2);
    await tina.getByRole('button', { name: '添加术语…' }).click();
    const form = tina.getByRole('dialog', { name: '添加术语' });
    // On her device the team's termbase has a name of its own, in her language.
    await form.getByText(/添加到术语库“.+（团队）”/).waitFor();
    await form.getByLabel('原文术语（中文）').fill('服务器');
    await form.getByLabel('译文术语（英文）').fill('server');
    await form.getByRole('button', { name: '添加', exact: true }).click();
    await tina.getByText('已添加术语：服务器 → server').waitFor();
    await termsOf(lin, L.en, 2);
    await lin.getByRole('button', { name: 'server Ctrl+Alt+1' }).waitFor();
    // Lin's glossary is the team's now, and says so.
    await lin.getByText('Shared with the team: a term added, changed or deleted here').waitFor();

    // Lin corrects it, and deletes the glossary's entry: Tina's side follows both.
    await lin.getByRole('button', { name: 'Edit the entry “服务器”' }).click();
    const edit = lin.getByRole('dialog', { name: 'Edit term entry' });
    await edit.getByLabel('Target term (English)').fill('server host');
    await edit.getByRole('button', { name: 'Save' }).click();
    await lin.getByRole('button', { name: 'server host Ctrl+Alt+1' }).waitFor();
    await termsOf(tina, L.zh, 2);
    await tina.getByRole('button', { name: 'server host Ctrl+Alt+1' }).waitFor();
    await termsOf(lin, L.en, 1);
    await lin.getByRole('button', { name: 'Edit the entry “数据库”' }).click();
    await edit.getByRole('button', { name: 'Delete entry…' }).click();
    await lin
      .getByRole('dialog', { name: 'Delete the term entry “数据库”?' })
      .getByRole('button', { name: 'Delete entry' })
      .click();
    await lin.getByText('No termbase term in row 1.').waitFor();
    await termsOf(tina, L.zh, 1);
    await tina.getByText('第 1 行没有术语库中的术语。').waitFor();

    // Kept on Tina's device: after a reload her Terms tab offers what the team has.
    await tina.reload();
    await tina.getByRole('grid').waitFor();
    await termsOf(tina, L.zh, 2);
    await tina.getByRole('button', { name: 'server host Ctrl+Alt+1' }).waitFor();
    await termsOf(tina, L.zh, 1);
    await tina.getByText('第 1 行没有术语库中的术语。').waitFor();
    assert.deepEqual(
      app.errors.filter((e) => !/WebSocket|ERR_INTERNET_DISCONNECTED|net::/.test(e)),
      [],
    );
  });
});
