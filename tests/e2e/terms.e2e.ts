import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import i18next, { type TFunction } from 'i18next';
import { startApp, showRow, type App } from './harness.js';
import enQa from '../../locales/en/more/qa.json' with { type: 'json' };
import enPanel from '../../locales/en/more/qaPanel.json' with { type: 'json' };
import zhQa from '../../locales/zh-CN/more/qa.json' with { type: 'json' };
import zhPanel from '../../locales/zh-CN/more/qaPanel.json' with { type: 'json' };
import zhTerms from '../../locales/zh-CN/more/terms.json' with { type: 'json' };
import zhAsk from '../../locales/zh-CN/more/ask.json' with { type: 'json' };

// A client's termbase for the demo article (an open-source summit), written for this test: TBX
// 2008 with a forbidden variant, a duplicate entry (merged on import) and an entry with no
// English term (kept, marked incomplete).
const TBX = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX-Basic" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>Client</p></sourceDesc></fileDesc></martifHeader>
<text><body>
<termEntry id="t1"><langSet xml:lang="zh-CN"><tig><term>开源</term></tig></langSet>
<langSet xml:lang="en"><tig><term>open source</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
<tig><term>free software</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet></termEntry>
<termEntry id="t2"><langSet xml:lang="zh-CN"><tig><term>开源峰会</term></tig></langSet>
<langSet xml:lang="en"><tig><term>open-source summit</term></tig></langSet></termEntry>
<termEntry id="t3"><langSet xml:lang="zh-CN"><tig><term>维护者</term></tig></langSet>
<langSet xml:lang="en"><tig><term>maintainer</term></tig></langSet></termEntry>
<termEntry id="t4"><langSet xml:lang="zh-CN"><tig><term>维护者</term></tig></langSet>
<langSet xml:lang="en"><tig><term>project maintainer</term></tig></langSet></termEntry>
<termEntry id="t5"><langSet xml:lang="zh-CN"><tig><term>圆桌讨论</term></tig></langSet></termEntry>
</body></text></martif>`;

const labels = {
  en: {
    panel: 'History & versions',
    tab: 'Terms',
    import: 'Import termbase (TBX, TSV, CSV)…',
    imported: 'Termbase “client” imported: 4 entries (1 duplicate merged)',
    translation: (n: number) => `Translation ${n}`,
    termsOf: (n: number) => `Terms of row ${n}`,
    forbidden: 'do not use',
    draft: 'Draft',
    reviewed: 'Reviewed',
    addTitle: 'Add a term',
    addSource: 'Source term (Chinese)',
    addTarget: 'Target term (English)',
    add: 'Add',
    added: 'Term added: 维护者 → keeper',
    qaOpen: 'Quality checks',
  },
  zh: {
    panel: '历史与版本',
    tab: '术语',
    import: '导入术语库（TBX、TSV、CSV）…',
    imported: '已导入术语库“client”：4 条（合并重复 1 条）',
    translation: (n: number) => `译文 ${n}`,
    termsOf: (n: number) => `第 ${n} 行的术语`,
    forbidden: '禁用',
    draft: '草稿',
    reviewed: '已审校',
    addTitle: '添加术语',
    addSource: '原文术语（中文）',
    addTarget: '译文术语（英文）',
    add: '添加',
    added: '已添加术语：维护者 → keeper',
    qaOpen: '质量检查',
  },
};

/** QA's words as a user of that UI language reads them, from the app's own strings. */
async function qaWordsOf(lng: 'en' | 'zh-CN'): Promise<TFunction> {
  const [qa, qaPanel] = lng === 'en' ? [enQa, enPanel] : [zhQa, zhPanel];
  const i = i18next.createInstance();
  await i.init({
    lng,
    resources: { [lng]: { translation: { qa, qaPanel } } },
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  return i.t;
}

async function journey(app: App, page: Page, L: (typeof labels)['en'], q: TFunction) {
  // A first visit opens the demo project: a Chinese article about an open-source summit.
  await page.goto(app.url);
  const cell = (n: number) => page.getByRole('textbox', { name: L.translation(n), exact: true });
  await cell(1).waitFor();

  // Import the client's termbase from the Terms tab of the side panel.
  await page.getByRole('button', { name: L.panel }).click();
  await page.getByRole('tab', { name: L.tab }).click();
  await page.getByLabel(L.import).setInputFiles({
    name: 'client.tbx',
    mimeType: 'application/xml',
    buffer: Buffer.from('\uFEFF' + TBX),
  });
  await page.getByText(L.imported).waitFor();

  // Row 1: 开源峰会 is underlined as one term, never 开源 inside it.
  await cell(1).focus();
  const row = (n: number) => page.getByRole('row').filter({ has: cell(n) });
  const marks = row(1).getByRole('term');
  await marks.first().waitFor();
  assert.deepEqual(await marks.allTextContents(), ['开源峰会']);
  await page.getByRole('list', { name: L.termsOf(1) }).waitFor();
  await page.getByRole('button', { name: 'open-source summit Ctrl+Alt+1' }).waitFor();

  // Row 3 (reviewed) has 开源: the panel marks the forbidden variant, Ctrl+Alt+1 inserts the
  // preferred one at the caret, and the row goes back to draft as typing would make it.
  await cell(3).focus();
  await row(3).getByText(L.reviewed).waitFor();
  assert.deepEqual(await row(3).getByRole('term').allTextContents(), ['开源']);
  await page
    .getByRole('list', { name: L.termsOf(3) })
    .getByText(L.forbidden)
    .waitFor();
  const before = await cell(3).inputValue();
  await cell(3).press('End');
  await page.keyboard.type(' (');
  await page.keyboard.press('Control+Alt+1');
  await page.keyboard.type(')');
  assert.equal(await cell(3).inputValue(), `${before} (open source)`);
  await row(3).getByText(L.draft).waitFor();

  // Row 11: the merged duplicate offers both English variants; a click in the panel inserts the
  // second at the caret that was in the translation.
  await showRow(page, 11).catch(() => undefined);
  await cell(11).focus();
  await page.keyboard.type('One ');
  await page.getByRole('button', { name: 'project maintainer Ctrl+Alt+2' }).click();
  assert.equal(await cell(11).inputValue(), 'One project maintainer');

  // Add term: select a term in the source, then a word in the translation, Ctrl+E; the form
  // comes prefilled with both, and the new translation is offered at once.
  await row(11).getByRole('term').selectText();
  await cell(11).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' keeper');
  await page.keyboard.press('Control+Shift+ArrowLeft');
  await page.keyboard.press('Control+e');
  const form = page.getByRole('dialog', { name: L.addTitle });
  assert.equal(await form.getByLabel(L.addSource).inputValue(), '维护者');
  assert.equal(await form.getByLabel(L.addTarget).inputValue(), 'keeper');
  await page.keyboard.press('Enter');
  await page.getByText(L.added).waitFor();
  await page.getByRole('button', { name: /^keeper Ctrl\+Alt\+[1-3]$/ }).waitFor();
  // The form gone, the translator types on in the row, where the caret was.
  await form.waitFor({ state: 'detached' });
  await page.waitForFunction(() => true);
  assert.equal(
    await cell(11).evaluate((el) => el.matches(':focus')),
    true,
    'the caret is not back in row 11',
  );
  await page.keyboard.press('End');
  await page.keyboard.type('s');
  assert.equal(await cell(11).inputValue(), 'One project maintainer keepers');
  await page.keyboard.press('Backspace');

  // Everything is stored: after a reload the terms and the inserted text are still there.
  await page.reload();
  await cell(3).waitFor();
  assert.equal(await cell(3).inputValue(), `${before} (open source)`);
  await cell(3).focus();
  // The termbase service starts after the first paint: its underlines come a moment later.
  await row(3).getByRole('term').first().waitFor();
  assert.deepEqual(await row(3).getByRole('term').allTextContents(), ['开源']);

  // QA reports the rows that ignore the termbase: row 9 says "free software" (forbidden) where
  // 开源 wants "open source"; row 10 leaves 维护者 untranslated as a term.
  await cell(9).click();
  await page.keyboard.type('Many attendees asked how free software projects can last.');
  await cell(10).click();
  await page.keyboard.type('The afternoon round table therefore discussed burnout and funding.');
  await page.getByRole('button', { name: L.qaOpen }).click();
  await page.getByRole('tab', { name: q('qaPanel.tab') }).waitFor();
  await page.getByRole('button', { name: q('qaPanel.run') }).click();
  await page
    .getByRole('combobox', { name: q('qaPanel.filter.check'), exact: true })
    .selectOption({ label: `${q('qa.check.term')} (3)` });
  const terms = page.getByRole('region', { name: q('qa.check.term') });
  const heading = (count: number) =>
    terms.getByRole('heading', { name: q('qaPanel.group', { name: q('qa.check.term'), count }) });
  await heading(3).waitFor();
  const where = (n: number, severity: 'error' | 'warning') =>
    q('qaPanel.rowSeverity', { n, severity: q(`qaPanel.severity.${severity}`) });
  const forbidden = `${where(9, 'error')} ${q('qa.message.term_forbidden', { target: 'free software' })}`;
  const missing9 = `${where(9, 'warning')} ${q('qa.message.term', { source: '开源', target: 'open source' })}`;
  const missing10 = `${where(10, 'warning')} ${q('qa.message.term', { source: '维护者', target: 'keeper / maintainer / project maintainer' })}`;
  // Exactly these three, for exactly these rows: every other row's terms are translated.
  for (const name of [forbidden, missing9, missing10])
    await terms.getByRole('button', { name, exact: true }).waitFor();
  assert.equal(await terms.getByRole('listitem').count(), 3);

  // A click takes the caret to row 10; putting the term in makes its finding go away.
  await terms.getByRole('button', { name: missing10, exact: true }).click();
  await page.waitForFunction(() => true);
  assert.equal(
    await cell(10).evaluate((el) => el.matches(':focus')),
    true,
    'the caret is not in row 10',
  );
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(' of maintainers.');
  await terms.getByRole('button', { name: missing10, exact: true }).waitFor({ state: 'detached' });
  await heading(2).waitFor();
  await terms.getByRole('button', { name: forbidden, exact: true }).waitFor();
  await terms.getByRole('button', { name: missing9, exact: true }).waitFor();
}

/**
 * A term entry corrected and then deleted from the Terms tab, by keyboard, in the Chinese UI:
 * Edit on the hit, a new translation saved and offered at once (and after a reload), then
 * Delete entry, confirmed, after which the shorter term inside it is found instead; then another
 * entry found in the termbase's entry browser and corrected from there.
 */
async function editJourney(app: App, page: Page) {
  const w = i18next.createInstance();
  await w.init({
    lng: 'zh-CN',
    resources: { 'zh-CN': { translation: { terms: zhTerms, ask: zhAsk } } },
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  const L = labels.zh;
  await page.goto(app.url);
  const cell = (n: number) => page.getByRole('textbox', { name: L.translation(n), exact: true });
  await cell(1).waitFor();
  await page.getByRole('button', { name: L.panel }).click();
  await page.getByRole('tab', { name: L.tab }).click();
  await page.getByLabel(L.import).setInputFiles({
    name: 'client.tbx',
    mimeType: 'application/xml',
    buffer: Buffer.from(TBX),
  });
  await page.getByText(L.imported).waitFor();
  const row1 = page.getByRole('row').filter({ has: cell(1) });
  const openEdit = async () => {
    await cell(1).focus();
    const edit = page.getByRole('button', { name: w.t('terms.edit', { term: '开源峰会' }) });
    await edit.focus();
    await page.keyboard.press('Enter');
    return page.getByRole('dialog', { name: w.t('terms.add.editTitle') });
  };

  // Correct the translation: the form shows the entry and its termbase.
  let form = await openEdit();
  const target = form.getByLabel(w.t('terms.add.target', { lang: '英文' }));
  assert.equal(await target.inputValue(), 'open-source summit');
  await form.getByText(w.t('terms.add.in', { name: 'client' })).waitFor();
  await target.focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Open Source Summit');
  await page.keyboard.press('Enter');
  await page
    .getByText(w.t('terms.edited', { source: '开源峰会', target: 'Open Source Summit' }))
    .waitFor();
  await page.getByRole('button', { name: 'Open Source Summit Ctrl+Alt+1' }).waitFor();
  // Stored: after a reload the corrected translation is what the row offers.
  await page.reload();
  await cell(1).waitFor();
  // The side panel opens closed after a reload.
  await page.getByRole('button', { name: L.panel }).click();
  await page.getByRole('tab', { name: L.tab }).click();
  await cell(1).focus();
  await page.getByRole('button', { name: 'Open Source Summit Ctrl+Alt+1' }).waitFor();
  assert.equal(
    await page.getByRole('button', { name: 'open-source summit Ctrl+Alt+1' }).count(),
    0,
  );

  // Delete it: asked first, then gone; 开源 inside the text is found in its place.
  form = await openEdit();
  await form.getByRole('button', { name: w.t('terms.add.delete') }).focus();
  await page.keyboard.press('Enter');
  const ask = page.getByRole('dialog', {
    name: w.t('terms.add.deleteTitle', { term: '开源峰会' }),
  });
  await ask.waitFor();
  await ask.getByRole('button', { name: w.t('terms.add.deleteButton') }).focus();
  await page.keyboard.press('Enter');
  await page.getByText(w.t('terms.entryDeleted')).waitFor();
  await page.getByText(w.t('terms.manage.entries', { count: 3 })).waitFor();
  await cell(1).focus();
  await page.getByRole('button', { name: 'open source Ctrl+Alt+1' }).waitFor();
  assert.deepEqual(await row1.getByRole('term').allTextContents(), ['开源']);

  // Any entry, not only the row's: Entries… on the termbase, a search, Edit, Save; the list,
  // still open under the form, shows the new translation.
  await page.getByRole('button', { name: w.t('terms.manage.browse', { name: 'client' }) }).click();
  const entries = page.getByRole('dialog', { name: w.t('terms.browse.title', { name: 'client' }) });
  await entries.getByText(w.t('terms.browse.all', { count: 3 })).waitFor();
  await entries.getByLabel(w.t('terms.browse.search')).fill('维护');
  await entries.getByText(w.t('terms.browse.found', { count: 1, query: '维护' })).waitFor();
  await entries.getByRole('button', { name: w.t('terms.edit', { term: '维护者' }) }).click();
  form = page.getByRole('dialog', { name: w.t('terms.add.editTitle') });
  const merged = form.getByLabel(w.t('terms.add.target', { lang: '英文' }));
  assert.equal(await merged.inputValue(), 'maintainer');
  await merged.fill('steward');
  await merged.press('Enter');
  await page.getByText(w.t('terms.edited', { source: '维护者', target: 'steward' })).waitFor();
  const found = entries.getByRole('row').filter({ hasText: '维护者' });
  await found.getByText('steward', { exact: true }).waitFor();
  assert.deepEqual((await found.locator('td').nth(1).innerText()).split('\n'), [
    'steward',
    'project maintainer',
  ]);
  await page.keyboard.press('Escape');
  await entries.waitFor({ state: 'hidden' });
}

describe('termbase journey on the production build', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(() => app.close());

  it('imports a client TBX → terms underlined → inserted from the keyboard and the panel → QA lists the rows that ignore them (English UI)', async () => {
    const page = await app.newPage({ locale: 'en-US' });
    await journey(app, page, labels.en, await qaWordsOf('en'));
    assert.deepEqual(app.errors, []);
    await page.context().close();
  });

  it('corrects a term entry and deletes it from the Terms tab, by keyboard (Chinese UI)', async () => {
    const page = await app.newPage({ locale: 'zh-CN' });
    await editJourney(app, page);
    assert.deepEqual(app.errors, []);
    await page.context().close();
  });

  it('the same journey with the Chinese UI', async () => {
    const page = await app.newPage({ locale: 'zh-CN' });
    await journey(app, page, labels.zh, await qaWordsOf('zh-CN'));
    assert.deepEqual(app.errors, []);
    await page.context().close();
  });
});
