import '../../setup.js';
import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { initI18n, loadAllStrings } from '../../../src/i18n/index.js';
import '../../../src/ui/grid/bt-editor.js';
import type { BtEditor } from '../../../src/ui/grid/bt-editor.js';
import type { BtSegmentRow } from '../../../src/ui/grid/bt-segment-row.js';
import { project, rows } from '../fixtures.js';

async function editor(n: number) {
  const el = await fixture<BtEditor>(
    html`<bt-editor
      style="height:600px"
      .project=${project}
      .segments=${rows(n, (i) => (i < 2 ? 'translated' : 'new'))}
    ></bt-editor>`,
  );
  // Rows are measured and settled on the next frames.
  for (let i = 0; i < 50 && rowEls(el).length === 0; i++) await aTimeout(20);
  return el;
}

const rowEls = (el: BtEditor) => [
  ...el.shadowRoot!.querySelectorAll<BtSegmentRow>('bt-segment-row'),
];
const toolbar = (el: BtEditor) => el.shadowRoot!.querySelector('bt-grid-toolbar')!.shadowRoot!;
const focusedRowId = (el: BtEditor) => {
  const row = el.shadowRoot!.activeElement as BtSegmentRow | null;
  return row?.dataset.id;
};
const key = (el: BtEditor, init: KeyboardEventInit) => {
  const row = el.shadowRoot!.activeElement as BtSegmentRow;
  const target = row.shadowRoot!.activeElement!;
  target.dispatchEvent(
    new KeyboardEvent('keydown', { bubbles: true, composed: true, cancelable: true, ...init }),
  );
};

/** Waits up to 3 s for a condition (focus and rendering settle over a few frames). */
async function until(cond: () => boolean) {
  for (let i = 0; i < 150 && !cond(); i++) await aTimeout(20);
}

/** The toolbar's "Show" filter, by its label. */
const showSelect = (el: BtEditor) =>
  [...toolbar(el).querySelectorAll('label')]
    .find((l) => l.textContent!.trim().startsWith('Show'))!
    .querySelector('select')!;

describe('bt-editor', () => {
  before(() => initI18n('en').then(loadAllStrings));

  it('is a named grid of rows and is accessible', async () => {
    const el = await editor(8);
    const grid = el.shadowRoot!.querySelector('[role="grid"]')!;
    expect(grid.getAttribute('aria-label')).to.equal('Translation grid');
    expect(rowEls(el).length).to.equal(8);
    await expect(el).to.be.accessible();
  });

  it('Tab goes from a translation to the next one; Shift+Tab reaches the row being edited’s select button', async () => {
    const el = await editor(6);
    el.focusRow('s1');
    await until(() => focusedRowId(el) === 's1');
    const focused = () => {
      const row = el.shadowRoot!.activeElement as BtSegmentRow | null;
      return row?.shadowRoot!.activeElement?.getAttribute('aria-label');
    };
    await sendKeys({ press: 'Tab' });
    await until(() => focused() === 'Translation 3');
    expect(focused()).to.equal('Translation 3');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await until(() => focused() !== 'Translation 3');
    expect(focused()).to.equal('Select row 3 (Shift: a range, Ctrl: add or remove)');
  });

  it('renders only the rows in view of a 20,000-row document', async () => {
    const el = await editor(20000);
    const n = rowEls(el).length;
    expect(n).to.be.greaterThan(3);
    expect(n).to.be.lessThan(200);
  });

  it('Ctrl+Enter confirms the row and moves to the next; Alt+↑ goes back', async () => {
    const el = await editor(6);
    el.focusRow('s1');
    await until(() => focusedRowId(el) === 's1');
    expect(focusedRowId(el)).to.equal('s1');
    setTimeout(() => key(el, { key: 'Enter', ctrlKey: true }));
    const ev = await oneEvent(el, 'bt-request-confirm');
    expect(ev.detail).to.deep.equal({ id: 's1' });
    await until(() => focusedRowId(el) === 's2');
    expect(focusedRowId(el)).to.equal('s2');
    key(el, { key: 'ArrowUp', altKey: true });
    await until(() => focusedRowId(el) === 's1');
    expect(focusedRowId(el)).to.equal('s1');
  });

  it('Ctrl+Enter in a row with no translation asks (the page refuses, saying why) and stays', async () => {
    const el = await editor(6);
    el.focusRow('s0');
    await until(() => focusedRowId(el) === 's0');
    setTimeout(() => key(el, { key: 'Enter', ctrlKey: true }));
    const ev = await oneEvent(el, 'bt-request-confirm');
    expect(ev.detail).to.deep.equal({ id: 's0' });
    await aTimeout(100);
    expect(focusedRowId(el)).to.equal('s0');
  });

  it('Ctrl+Shift+Enter skips confirmed rows', async () => {
    const el = await editor(6);
    el.focusRow('s0');
    await until(() => focusedRowId(el) === 's0');
    key(el, { key: 'Enter', ctrlKey: true, shiftKey: true });
    await until(() => focusedRowId(el) === 's2');
    expect(focusedRowId(el)).to.equal('s2');
  });

  it('keeps focus right while rows are recycled far down a long grid', async () => {
    const el = await editor(5000);
    el.focusRow('s4000');
    await until(() => focusedRowId(el) === 's4000');
    expect(focusedRowId(el)).to.equal('s4000');
    key(el, { key: 'ArrowDown', altKey: true });
    await until(() => focusedRowId(el) === 's4001');
    expect(focusedRowId(el)).to.equal('s4001');
  });

  it('never treats Enter pressed while an IME composes as a shortcut', async () => {
    const el = await editor(3);
    el.focusRow('s0');
    await until(() => focusedRowId(el) === 's0');
    let confirmed = false;
    el.addEventListener('bt-request-confirm', () => (confirmed = true));
    key(el, { key: 'Enter', ctrlKey: true, isComposing: true });
    await aTimeout(20);
    expect(confirmed).to.equal(false);
  });

  it('filters by status and says how many rows are shown', async () => {
    const el = await editor(10);
    const select = showSelect(el);
    select.value = 'translated';
    select.dispatchEvent(new Event('change'));
    await until(() => rowEls(el).length === 2);
    expect(rowEls(el).map((r) => r.dataset.id)).to.deep.equal(['s0', 's1']);
    expect(toolbar(el).querySelector('.count')!.textContent).to.contain('2 of 10 rows');
  });

  it('keeps a row that stops matching the filter while it is edited, until the filter changes', async () => {
    const el = await editor(6);
    const select = showSelect(el);
    select.value = 'new';
    select.dispatchEvent(new Event('change'));
    await until(() => rowEls(el).length === 4);
    expect(rowEls(el).map((r) => r.dataset.id)).to.deep.equal(['s2', 's3', 's4', 's5']);
    // Typing into s2 makes it a draft: it stays where it is.
    el.segments = el.segments.map((s) =>
      s.id === 's2' ? { ...s, target: 'Draft', status: 'draft' } : s,
    );
    await aTimeout(50);
    expect(rowEls(el).map((r) => r.dataset.id)).to.deep.equal(['s2', 's3', 's4', 's5']);
    expect(rowEls(el)[0].segment!.target, 'with its new text').to.equal('Draft');
    // Choosing the filter again applies it afresh.
    select.value = 'all';
    select.dispatchEvent(new Event('change'));
    await aTimeout(20);
    select.value = 'new';
    select.dispatchEvent(new Event('change'));
    await until(() => rowEls(el).length === 3);
    expect(rowEls(el).map((r) => r.dataset.id)).to.deep.equal(['s3', 's4', 's5']);
  });

  it('writes a note in place: Ctrl+Enter saves it, Esc leaves it, no grid shortcut fires', async () => {
    const el = await editor(4);
    el.focusRow('s1');
    await until(() => focusedRowId(el) === 's1');
    const noteButton = [...toolbar(el).querySelectorAll('button')].find(
      (b) => b.getAttribute('aria-label') === 'Note',
    ) as HTMLButtonElement;
    noteButton.click();
    const row = () => el.shadowRoot!.querySelector<BtSegmentRow>('bt-segment-row[data-id="s1"]')!;
    const input = () => row().shadowRoot!.querySelector<HTMLTextAreaElement>('.note-input');
    await until(() => row().shadowRoot!.activeElement === input());
    expect(input()!.getAttribute('aria-label')).to.equal('Note for row 2');
    let confirmed = false;
    el.addEventListener('bt-request-confirm', () => (confirmed = true));
    input()!.value = '术语待核对';
    setTimeout(() =>
      input()!.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: 'Enter',
          ctrlKey: true,
          bubbles: true,
          composed: true,
          cancelable: true,
        }),
      ),
    );
    const ev = await oneEvent(el, 'bt-request-note');
    expect(ev.detail).to.deep.equal({ id: 's1', note: '术语待核对' });
    await until(() => input() === null && focusedRowId(el) === 's1');
    expect(input(), 'the editor closed').to.equal(null);
    expect(confirmed, 'Ctrl+Enter in the note does not confirm the row').to.equal(false);

    // Esc closes without saving.
    let saved = false;
    el.addEventListener('bt-request-note', () => (saved = true));
    noteButton.click();
    await until(() => input() !== null);
    await expect(el).to.be.accessible();
    input()!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    await until(() => input() === null);
    expect(input()).to.equal(null);
    expect(saved).to.equal(false);
  });

  it('Ctrl+Insert asks to copy the source; Ctrl+Z asks to undo', async () => {
    const el = await editor(3);
    el.focusRow('s1');
    await until(() => focusedRowId(el) === 's1');
    setTimeout(() => key(el, { key: 'Insert', ctrlKey: true }));
    expect((await oneEvent(el, 'bt-request-copy-source')).detail).to.deep.equal({ id: 's1' });
    setTimeout(() => key(el, { key: 'z', ctrlKey: true }));
    await oneEvent(el, 'bt-request-undo');
  });

  it('Ctrl+H opens find and replace; Replace all asks once with the options', async () => {
    const el = await editor(3);
    el.focusRow('s0');
    await until(() => focusedRowId(el) === 's0');
    key(el, { key: 'h', ctrlKey: true });
    // The find bar's code loads on first use.
    await until(
      () => !!el.shadowRoot!.querySelector('bt-find-bar')?.shadowRoot?.querySelector('input'),
    );
    const bar = el.shadowRoot!.querySelector('bt-find-bar')!;
    const inputs = bar.shadowRoot!.querySelectorAll('input');
    inputs[0].value = '开源';
    inputs[0].dispatchEvent(new Event('input'));
    inputs[1].value = '开放';
    inputs[1].dispatchEvent(new Event('input'));
    await bar.updateComplete;
    const btn = [...bar.shadowRoot!.querySelectorAll('button')].find((b) =>
      b.textContent!.includes('Replace all'),
    )!;
    setTimeout(() => btn.click());
    const ev = await oneEvent(el, 'bt-request-replace-all');
    expect(ev.detail).to.include({
      query: '开源',
      replacement: '开放',
      scope: 'target',
      regex: false,
    });
  });

  it('closing find with no row found gives the focus back to the toolbar button that opened it', async () => {
    const el = await editor(3);
    const findButton = [...toolbar(el).querySelectorAll('button')].find(
      (b) => b.getAttribute('aria-label') === 'Find',
    )!;
    findButton.focus();
    findButton.click();
    await until(
      () => !!el.shadowRoot!.querySelector('bt-find-bar')?.shadowRoot?.querySelector('input'),
    );
    const bar = el.shadowRoot!.querySelector('bt-find-bar')!;
    bar.dispatchEvent(new CustomEvent('bt-request-close', { bubbles: true, composed: true }));
    await until(() => !el.shadowRoot!.querySelector('bt-find-bar'));
    await el.updateComplete;
    // A flag, not the element: a DOM element in a failed assertion crashes the runner.
    expect(
      toolbar(el).activeElement === findButton,
      'the focus is on the Find button, not on the page',
    ).to.equal(true);
  });

  it('selects rows by their numbers (click, Shift-click, Ctrl-click, Ctrl+A) and acts on them in one request', async () => {
    const el = await editor(8);
    const num = (i: number) =>
      rowEls(el)[i].shadowRoot!.querySelector<HTMLButtonElement>('.num button')!;
    const bulkBar = () => el.shadowRoot!.querySelector('bt-bulk-bar');
    expect(bulkBar()).to.equal(null);
    num(1).click();
    num(4).dispatchEvent(
      new MouseEvent('click', { bubbles: true, composed: true, shiftKey: true }),
    );
    num(2).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, ctrlKey: true }));
    await el.updateComplete;
    expect(rowEls(el).map((r) => r.selected)).to.deep.equal([
      false,
      true,
      false,
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(num(3).getAttribute('aria-pressed')).to.equal('true');
    // The bar's code loads with the first selection.
    await customElements.whenDefined('bt-bulk-bar');
    await bulkBar()!.updateComplete;
    expect(bulkBar()!.shadowRoot!.textContent).to.contain('3 rows selected');
    await expect(el).to.be.accessible();
    const confirm = [...bulkBar()!.shadowRoot!.querySelectorAll('button')].find((b) =>
      b.textContent!.includes('Confirm'),
    )!;
    setTimeout(() => confirm.click());
    const ev = await oneEvent(el, 'bt-request-bulk');
    expect(ev.detail).to.deep.equal({ ids: ['s1', 's3', 's4'], action: 'confirm' });
    await el.updateComplete;
    expect(bulkBar()).to.equal(null);
    // Ctrl+A on the grid (not in a text field) selects every row shown; Esc clears it.
    const grid = el.shadowRoot!.querySelector<HTMLElement>('[role="grid"]')!;
    grid.focus();
    grid.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'a', ctrlKey: true, bubbles: true, composed: true }),
    );
    await el.updateComplete;
    expect(rowEls(el).every((r) => r.selected)).to.equal(true);
    grid.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    await el.updateComplete;
    expect(rowEls(el).some((r) => r.selected)).to.equal(false);
  });

  it('shows link types only when the document was aligned', async () => {
    const sourceOnly = rows(3).map((r) => ({ ...r, target: '', link: { source: 1, target: 0 } }));
    const el = await fixture<BtEditor>(
      html`<bt-editor
        style="height:400px"
        .project=${project}
        .segments=${sourceOnly}
      ></bt-editor>`,
    );
    await until(() => rowEls(el).length === 3);
    await el.updateComplete;
    expect(rowEls(el).map((r) => r.showLink)).to.deep.equal([false, false, false]);
    el.segments = [{ ...sourceOnly[0], link: { source: 1, target: 1 } }, ...sourceOnly.slice(1)];
    await el.updateComplete;
    await until(() => rowEls(el)[0].showLink);
    expect(rowEls(el).map((r) => r.showLink)).to.deep.equal([true, true, true]);
  });

  it('takes the row-free shortcuts from its page outside the grid, never from a text field', async () => {
    const el = await editor(6);
    // The page's keys load after the first paint (page-keys.ts).
    await import('../../../src/ui/common/page-keys.js');
    await aTimeout(0);
    const press = (target: EventTarget, init: KeyboardEventInit) =>
      target.dispatchEvent(
        new KeyboardEvent('keydown', { bubbles: true, composed: true, cancelable: true, ...init }),
      );
    // Focus where a project opens: the page itself, no row active yet.
    (document.activeElement as HTMLElement | null)?.blur();
    press(document.body, { key: 'Enter', ctrlKey: true, shiftKey: true });
    await until(() => focusedRowId(el) === 's2');
    expect(focusedRowId(el), 'the first unconfirmed row').to.equal('s2');
    // On a toolbar button, Ctrl+Z is the document's undo.
    const undoButton = [...toolbar(el).querySelectorAll('button')].find(
      (b) => b.getAttribute('aria-label') === 'Undo' || b.textContent!.trim() === 'Undo',
    )!;
    setTimeout(() => press(undoButton, { key: 'z', ctrlKey: true }));
    await oneEvent(el, 'bt-request-undo');
    // In the toolbar's filter box the keys are the box's own.
    const filter = toolbar(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    let undone = 0;
    el.addEventListener('bt-request-undo', () => undone++);
    press(filter, { key: 'z', ctrlKey: true });
    press(filter, { key: 'Enter', ctrlKey: true, shiftKey: true });
    await aTimeout(50);
    expect(undone).to.equal(0);
    expect(focusedRowId(el)).to.equal('s2');
  });
});
