import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { NO_FILTER } from '../../../src/core/filter.js';
import { initI18n, loadAllStrings } from '../../../src/i18n/index.js';
import '../../../src/ui/grid/bt-grid-toolbar.js';
import type { BtGridToolbar } from '../../../src/ui/grid/bt-grid-toolbar.js';
import { rows } from '../fixtures.js';

/** A button by its accessible name: an icon button's label, or a button's text. */
const button = (el: BtGridToolbar, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === name,
  )!;
/** A checkbox by the text of its label. */
const checkbox = (el: BtGridToolbar, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((c) =>
    c.parentElement!.textContent!.includes(name),
  )!;

describe('bt-grid-toolbar', () => {
  before(() => initI18n('en').then(loadAllStrings));

  it('acts on the active row and is disabled without one', async () => {
    const [s] = rows(1);
    const el = await fixture<BtGridToolbar>(
      html`<bt-grid-toolbar .filter=${NO_FILTER} .total=${1}></bt-grid-toolbar>`,
    );
    expect(button(el, 'Copy source').disabled).to.equal(true);
    expect(button(el, 'Undo').disabled, 'nothing to undo').to.equal(true);
    el.active = { ...s, status: 'draft' };
    el.canUndo = true;
    await el.updateComplete;
    expect(button(el, 'Undo').disabled).to.equal(false);
    const status = el.shadowRoot!.querySelector('select')!;
    expect(status.value).to.equal('draft');
    status.value = 'translated';
    setTimeout(() => status.dispatchEvent(new Event('change')));
    expect((await oneEvent(el, 'bt-request-status')).detail).to.deep.equal({
      id: s.id,
      status: 'translated',
    });
    setTimeout(() => button(el, 'Note').click());
    expect((await oneEvent(el, 'bt-request-open-note')).detail).to.deep.equal({ id: s.id });
    await expect(el).to.be.accessible();
  });

  it('groups its controls by task, and an icon button names its command and keys', async () => {
    const el = await fixture<BtGridToolbar>(
      html`<bt-grid-toolbar .filter=${NO_FILTER} .total=${1}></bt-grid-toolbar>`,
    );
    const groups = [...el.shadowRoot!.querySelectorAll('[role="group"]')].map((g) =>
      g.getAttribute('aria-label'),
    );
    expect(groups).to.deep.equal(['Edit', 'Row', 'Review', 'View']);
    const undo = button(el, 'Undo');
    expect(undo.querySelector('svg')).to.not.equal(null);
    expect(undo.getAttribute('aria-keyshortcuts')).to.equal('Ctrl+Z');
    expect(undo.dataset.tip).to.equal('Undo (Ctrl+Z)');
  });

  it('says 1 row, not "1 rows", filtered or not', async () => {
    const el = await fixture<BtGridToolbar>(
      html`<bt-grid-toolbar .filter=${NO_FILTER} .total=${1}></bt-grid-toolbar>`,
    );
    const count = () => el.shadowRoot!.querySelector('.count')!.textContent!.trim();
    expect(count()).to.equal('1 row');
    el.total = 2;
    await el.updateComplete;
    expect(count()).to.equal('2 rows');
    el.filtering = true;
    el.shown = 1;
    el.total = 1;
    await el.updateComplete;
    expect(count()).to.equal('1 of 1 row');
  });

  it('hands up the whole new filter and counts the rows shown', async () => {
    const el = await fixture<BtGridToolbar>(
      html`<bt-grid-toolbar
        .filter=${{ ...NO_FILTER, text: '开源' }}
        filtering
        .shown=${3}
        .total=${40}
      ></bt-grid-toolbar>`,
    );
    expect(el.shadowRoot!.querySelector('.count')!.textContent).to.contain('3 of 40 rows');
    const low = checkbox(el, 'Low-confidence alignment');
    low.checked = true;
    setTimeout(() => low.dispatchEvent(new Event('change')));
    const ev = await oneEvent(el, 'bt-request-filter');
    expect(ev.detail.filter).to.deep.equal({ ...NO_FILTER, text: '开源', lowConfidence: true });
    const open = checkbox(el, 'Open comments');
    open.checked = true;
    setTimeout(() => open.dispatchEvent(new Event('change')));
    const ev2 = await oneEvent(el, 'bt-request-filter');
    expect(ev2.detail.filter).to.deep.equal({ ...NO_FILTER, text: '开源', openComments: true });
  });
});
