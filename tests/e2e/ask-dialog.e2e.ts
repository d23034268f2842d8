// The app's own questions (not the browser's confirm/prompt) on the production build, in the
// Chinese UI and by keyboard only: a version is renamed through the rename dialog (the current
// name selected in its field, Enter saves, Escape cancels, the focus comes back to the button),
// and its deletion is declined from the keyboard, where the focus starts on Cancel.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startApp, type App } from './harness.js';

/** What has the keyboard focus, through shadow roots: its tag, accessible-ish name and value. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const input = el instanceof HTMLInputElement ? el : null;
    return {
      tag: el?.localName ?? '',
      label: el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '',
      value: input?.value ?? '',
      selected: input ? [input.selectionStart, input.selectionEnd] : [],
    };
  });

describe('in-app questions, by keyboard, in Chinese', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app?.close();
  });

  it('renames a version through the rename dialog, and declines a deletion', async () => {
    const page = await app.newPage({ locale: 'zh-CN' });
    let native = 0;
    page.on('dialog', (d) => {
      native++;
      void d.dismiss();
    });
    await page.goto(app.url);
    await page.getByRole('grid').waitFor();
    await page.getByRole('button', { name: '历史与版本' }).click();
    await page.getByRole('tab', { name: '版本' }).click();
    await page.getByLabel('版本名称').fill('初稿');
    await page.getByRole('button', { name: '保存版本' }).click();
    await page.getByText('已保存版本“初稿”。').waitFor();

    // From here on the keyboard only.
    await page.getByRole('button', { name: '重命名 初稿' }).focus();
    await page.keyboard.press('Enter');
    const ask = page.getByRole('dialog', { name: '重命名版本“初稿”' });
    await ask.waitFor();
    assert.deepEqual(await focused(page), {
      tag: 'input',
      label: '',
      value: '初稿',
      selected: [0, 2],
    });
    assert.equal(await ask.getByRole('textbox', { name: '版本名称' }).inputValue(), '初稿');
    assert.ok(await ask.getByRole('button', { name: '重命名版本' }).isDisabled(), 'unchanged');
    // Escape cancels: nothing renamed, the focus back on the button.
    await page.keyboard.press('Escape');
    await ask.waitFor({ state: 'detached' });
    assert.equal((await focused(page)).label, '重命名 初稿');
    await page.getByRole('list', { name: '版本' }).getByText('初稿', { exact: true }).waitFor();

    // Again: the typing replaces the selected name; an emptied field says why it cannot be saved.
    await page.keyboard.press('Enter');
    await ask.waitFor();
    await page.keyboard.press('Backspace');
    await ask.getByText('名称不能为空。').waitFor();
    await page.keyboard.press('Enter');
    assert.ok(await ask.isVisible(), 'an empty name is not saved');
    await page.keyboard.type('审校稿');
    await page.keyboard.press('Enter');
    await ask.waitFor({ state: 'detached' });
    const list = page.getByRole('list', { name: '版本' });
    await list.getByText('审校稿', { exact: true }).waitFor();
    assert.equal(await list.getByText('初稿', { exact: true }).count(), 0);
    // The button was named after the old name, and re-rendered: the focus stays in the list.
    await page.getByRole('button', { name: '重命名 审校稿' }).waitFor();

    // Delete, declined from the keyboard: the focus starts on Cancel, so Enter keeps the version.
    await page.getByRole('button', { name: '删除 审校稿' }).focus();
    await page.keyboard.press('Enter');
    const del = page.getByRole('dialog', { name: '删除版本“审校稿”？' });
    await del.waitFor();
    assert.equal((await focused(page)).label, '取消');
    await del.getByRole('button', { name: '删除版本' }).waitFor();
    await page.keyboard.press('Enter');
    await del.waitFor({ state: 'detached' });
    assert.equal((await focused(page)).label, '删除 审校稿');
    await list.getByText('审校稿', { exact: true }).waitFor();

    assert.equal(native, 0, 'no native dialog');
    assert.deepEqual(app.errors, []);
  });
});
