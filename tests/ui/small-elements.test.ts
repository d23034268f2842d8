import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { i18n, initI18n, setLanguage, loadAllStrings } from '../../src/i18n/index.js';
import '../../src/ui/common/bt-status-badge.js';
import '../../src/ui/shell/bt-save-indicator.js';
import '../../src/ui/shell/bt-toast.js';
import '../../src/ui/shell/bt-language-switch.js';
import '../../src/ui/grid/bt-grid-header.js';
import '../../src/ui/grid/bt-shortcut-sheet.js';
import '../../src/ui/grid/bt-find-bar.js';
import type { BtFindBar } from '../../src/ui/grid/bt-find-bar.js';
import { rows } from './fixtures.js';

describe('small elements', () => {
  before(() => initI18n('en').then(loadAllStrings));
  afterEach(() => setLanguage('en'));

  it('bt-status-badge names the status in words, in the UI language', async () => {
    const el = await fixture(html`<bt-status-badge status="approved"></bt-status-badge>`);
    expect(el.shadowRoot!.textContent!.trim()).to.equal('Approved');
    await setLanguage('zh-CN');
    await aTimeout(0);
    expect(el.shadowRoot!.textContent!.trim()).to.equal('已批准');
    await expect(el).to.be.accessible();
  });

  it('bt-save-indicator never says saved while saving or failed', async () => {
    const el = await fixture(html`<bt-save-indicator state="saving"></bt-save-indicator>`);
    expect(el.shadowRoot!.textContent).to.contain('Saving');
    el.setAttribute('state', 'failed');
    await aTimeout(0);
    expect(el.shadowRoot!.textContent).to.contain('Not saved');
    expect(el.shadowRoot!.textContent).not.to.contain('Saved');
    await expect(el).to.be.accessible();
  });

  it('bt-toast offers its action only when given one and reports the choice', async () => {
    const el = await fixture(html`<bt-toast message="Deleted." action="Undo"></bt-toast>`);
    const undo = [...el.shadowRoot!.querySelectorAll('button')].find(
      (b) => b.textContent!.trim() === 'Undo',
    )!;
    setTimeout(() => undo.click());
    await oneEvent(el, 'bt-request-notice-action');
    await expect(el).to.be.accessible();
    const plain = await fixture(html`<bt-toast message="Saved."></bt-toast>`);
    expect(
      [...plain.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim()),
    ).to.deep.equal(['×']);
  });

  it('bt-language-switch switches the UI language and marks the pressed one', async () => {
    const el = await fixture(html`<bt-language-switch></bt-language-switch>`);
    const zh = el.shadowRoot!.querySelector('button[lang="zh-CN"]') as HTMLButtonElement;
    zh.click();
    await aTimeout(0);
    expect(i18n.language).to.equal('zh-CN');
    expect(document.documentElement.lang).to.equal('zh-CN');
    expect(zh.getAttribute('aria-pressed')).to.equal('true');
    expect(localStorage.getItem('bt.uiLanguage')).to.equal('zh-CN');
    await expect(el).to.be.accessible();
  });

  it('bt-grid-header counts Chinese characters, confirmed rows and statuses', async () => {
    const segs = rows(4, (i) => (i === 0 ? 'approved' : i === 1 ? 'translated' : 'new'));
    const el = await fixture(html`<bt-grid-header .segments=${segs}></bt-grid-header>`);
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Confirmed 2 / 4');
    // "第1句：开源峰会在杭州开幕。" has 11 Han characters (the digit is not one).
    expect(text).to.contain('Source Chinese characters 44');
    expect(
      el.shadowRoot!.querySelector('[role="progressbar"]')!.getAttribute('aria-valuenow'),
    ).to.equal('2');
    await expect(el).to.be.accessible();
  });

  it('bt-grid-header sizes an English source in words only, with no "Chinese characters 0"', async () => {
    const segs = rows(2).map((r) => ({ ...r, source: 'The summit opened in Hangzhou.' }));
    const el = await fixture(
      html`<bt-grid-header .segments=${segs} .sourceLang=${'en'}></bt-grid-header>`,
    );
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Source words 10');
    expect(text).not.to.contain('Chinese characters');
  });

  it('bt-shortcut-sheet lists every shortcut when open', async () => {
    const el = await fixture(html`<bt-shortcut-sheet open></bt-shortcut-sheet>`);
    const keys = [...el.shadowRoot!.querySelectorAll('kbd')].map((k) => k.textContent);
    expect(keys).to.include.members([
      'Ctrl+Enter',
      'Ctrl+Shift+Enter',
      'Alt+↓',
      'Alt+Shift+↓',
      'Alt+Shift+↑',
      'Ctrl+F',
      'Ctrl+H',
      'Esc',
      '?',
    ]);
    const actions = [...el.shadowRoot!.querySelectorAll('td:last-child')].map((d) => d.textContent);
    expect(actions).to.include.members(['Next undecided change', 'Previous undecided change']);
    await expect(el).to.be.accessible();
  });

  it('bt-find-bar flags an invalid regular expression and disables search', async () => {
    const el = await fixture<BtFindBar>(html`<bt-find-bar replace></bt-find-bar>`);
    const root = el.shadowRoot!;
    const [query] = root.querySelectorAll('input');
    const regex = [...root.querySelectorAll('label')].find((l) =>
      l.textContent!.includes('Regular expression'),
    )!;
    regex.querySelector('input')!.click();
    query.value = '(oops';
    query.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(root.querySelector('[role="alert"]')!.textContent).to.contain('not valid');
    const next = [...root.querySelectorAll('button')].find(
      (b) => b.textContent!.trim() === 'Next',
    )!;
    expect(next.disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
