import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { initI18n, loadAllStrings } from '../../../src/i18n/index.js';
import { askConfirm, askText } from '../../../src/ui/common/ask.js';
import type { BtAskDialog } from '../../../src/ui/common/bt-ask-dialog.js';
import { asked, noneAsked } from '../ask.js';

/** A button on the page that asks, as the app's callers do; it has the focus when it asks. */
async function opener(): Promise<HTMLButtonElement> {
  const b = await fixture<HTMLButtonElement>(html`<button>打开</button>`);
  b.focus();
  return b;
}

const host = (d: HTMLDialogElement) => (d.getRootNode() as ShadowRoot).host as BtAskDialog;

describe('askConfirm / askText (bt-ask-dialog)', () => {
  before(() => initI18n('en').then(loadAllStrings));
  after(() => initI18n('en'));

  it('asks a destructive question with Cancel focused; confirming answers true, focus returns', async () => {
    const b = await opener();
    const answer = askConfirm({
      title: 'Delete the version “初稿”?',
      message: 'The document itself is not changed.',
      confirmLabel: 'Delete version',
      danger: true,
    });
    const q = await asked();
    expect(q.title).to.equal('Delete the version “初稿”?');
    expect(q.message).to.equal('The document itself is not changed.');
    expect(q.confirmLabel).to.equal('Delete version');
    expect(q.focused?.textContent?.trim(), 'the safe choice first').to.equal('Cancel');
    // Named by its title, described by its message: what a screen reader says on opening.
    const title = q.dialog.querySelector(`#${q.dialog.getAttribute('aria-labelledby')}`);
    expect(title?.textContent?.trim()).to.equal(q.title);
    expect(q.dialog.getAttribute('aria-describedby')).to.equal('message');
    expect(q.dialog.matches(':modal'), 'modal: the page behind is inert').to.equal(true);
    await expect(host(q.dialog)).to.be.accessible();
    await q.answer(true);
    expect(await answer).to.equal(true);
    expect(noneAsked()).to.equal(true);
    expect(document.querySelector('bt-ask-dialog'), 'removed once answered').to.equal(null);
    expect(document.activeElement).to.equal(b);
  });

  it('answers false for Cancel and for Escape, and a plain question starts on its button', async () => {
    const b = await opener();
    let answer = askConfirm({ message: 'Restore “初稿”?', confirmLabel: 'Restore version' });
    let q = await asked();
    // No title: the message is the heading (and the name), not said twice.
    expect(q.title).to.equal('Restore “初稿”?');
    expect(q.message).to.equal('');
    expect(q.focused?.textContent?.trim()).to.equal('Restore version');
    await q.answer(false);
    expect(await answer).to.equal(false);
    expect(document.activeElement).to.equal(b);

    answer = askConfirm({ message: 'Restore “初稿”?', confirmLabel: 'Restore version' });
    q = await asked();
    await sendKeys({ press: 'Escape' });
    expect(await answer).to.equal(false);
    expect(noneAsked()).to.equal(true);
    expect(document.activeElement).to.equal(b);
  });

  it('asks for a name: the current one selected, Enter saves, empty or unchanged cannot', async () => {
    const b = await opener();
    const answer = askText({
      title: 'Rename the version “初稿”',
      label: 'Version name',
      value: '初稿',
      confirmLabel: 'Rename version',
    });
    const q = await asked();
    const input = q.focused as HTMLInputElement;
    expect(input.localName, 'the field has the focus').to.equal('input');
    expect([input.value, input.selectionStart, input.selectionEnd]).to.deep.equal(['初稿', 0, 2]);
    expect(input.labels?.[0]?.textContent).to.contain('Version name');
    const ok = q.dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    const why = () => q.dialog.querySelector('.why')!.textContent!.trim();
    expect(ok.disabled, 'unchanged').to.equal(true);
    expect(why(), 'nothing to scold before any typing').to.equal('');
    await expect(host(q.dialog)).to.be.accessible();

    await sendKeys({ press: 'Backspace' });
    await host(q.dialog).updateComplete;
    expect([ok.disabled, why()]).to.deep.equal([true, 'A name is needed.']);
    await sendKeys({ press: 'Enter' });
    expect(noneAsked(), 'Enter on an empty name saves nothing').to.equal(false);

    await sendKeys({ type: '初稿' });
    await host(q.dialog).updateComplete;
    expect([ok.disabled, why()]).to.deep.equal([true, 'This is the current name: type a new one.']);

    await sendKeys({ type: ' 二 ' });
    await host(q.dialog).updateComplete;
    expect([ok.disabled, why()]).to.deep.equal([false, '']);
    await sendKeys({ press: 'Enter' });
    expect(await answer).to.equal('初稿 二');
    expect(document.activeElement).to.equal(b);
  });

  it('answers null when a name question is cancelled, and applies its own check', async () => {
    await opener();
    let answer = askText({ title: 'Rename', label: 'Name', value: 'A', confirmLabel: 'Rename' });
    let q = await asked();
    await sendKeys({ type: 'B' });
    await sendKeys({ press: 'Escape' });
    expect(await answer).to.equal(null);

    answer = askText({
      title: 'Rename',
      label: 'Name',
      value: 'A',
      confirmLabel: 'Rename',
      validate: (v) => (v === 'Taken' ? 'Another memory has this name.' : ''),
    });
    q = await asked();
    await sendKeys({ type: 'Taken' });
    await host(q.dialog).updateComplete;
    const ok = q.dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    expect(ok.disabled).to.equal(true);
    expect(q.dialog.querySelector('.why')!.textContent).to.contain('Another memory has this name.');
    await q.answer(false);
    expect(await answer).to.equal(null);
  });

  it('speaks the UI language: Chinese buttons and messages', async () => {
    await initI18n('zh-CN');
    await loadAllStrings();
    await opener();
    const answer = askText({ title: '重命名', label: '名称', value: '甲', confirmLabel: '重命名' });
    const q = await asked();
    expect(q.dialog.querySelector('button.cancel')!.textContent!.trim()).to.equal('取消');
    await sendKeys({ press: 'Backspace' });
    await host(q.dialog).updateComplete;
    expect(q.dialog.querySelector('.why')!.textContent!.trim()).to.equal('名称不能为空。');
    await q.answer(false);
    expect(await answer).to.equal(null);
  });
});
