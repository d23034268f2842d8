// The grid's find bar as a translator uses it, with real key presses: the keyboard stays in the
// bar, Enter goes from match to match (never typing into a row), Esc closes it from any control
// and puts the caret on the match; the count follows the typing; Replace does one match.
import '../../setup.js';
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { initI18n, loadAllStrings } from '../../../src/i18n/index.js';
import '../../../src/ui/grid/bt-editor.js';
import type { BtEditor } from '../../../src/ui/grid/bt-editor.js';
import type { BtSegmentRow } from '../../../src/ui/grid/bt-segment-row.js';
import type { Segment } from '../../../src/core/model.js';
import { project, rows } from '../fixtures.js';

const TARGETS = ['The summit opened.', '', 'No match here.', 'A summit on a summit.', 'Done.'];

function segments(targets = TARGETS): Segment[] {
  return rows(targets.length, () => 'reviewed').map((s, i) => ({ ...s, target: targets[i] }));
}

async function editor() {
  const el = await fixture<BtEditor>(
    html`<bt-editor style="height:600px" .project=${project} .segments=${segments()}></bt-editor>`,
  );
  for (let i = 0; i < 50 && rowEls(el).length === 0; i++) await aTimeout(20);
  return el;
}

const rowEls = (el: BtEditor) => [
  ...el.shadowRoot!.querySelectorAll<BtSegmentRow>('bt-segment-row'),
];
const rowOf = (el: BtEditor, id: string) =>
  el.shadowRoot!.querySelector<BtSegmentRow>(`bt-segment-row[data-id="${id}"]`)!;
const targetOf = (el: BtEditor, id: string) =>
  rowOf(el, id).shadowRoot!.querySelector<HTMLTextAreaElement>('textarea.target')!;
const bar = (el: BtEditor) => el.shadowRoot!.querySelector('bt-find-bar');
const findBox = (el: BtEditor) => bar(el)?.shadowRoot?.querySelector<HTMLInputElement>('#find');
const line = (el: BtEditor) =>
  bar(el)?.shadowRoot?.querySelector('[role="status"]')?.textContent?.trim() ?? '';
/** The element with the keyboard, through the shadow roots. */
function focused(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}
const marked = (el: BtEditor) =>
  rowEls(el)
    .filter((r) => r.shadowRoot!.querySelector('mark.found'))
    .map((r) => [r.dataset.id, r.shadowRoot!.querySelector('mark.found')!.textContent]);

/** A key with a modifier held (the runner's keyboard takes one key at a time). */
async function chord(modifier: 'Control' | 'Shift', key: string) {
  await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  await sendKeys({ up: modifier });
}

async function until(cond: () => boolean) {
  for (let i = 0; i < 150 && !cond(); i++) await aTimeout(20);
}

async function caretIn(el: BtEditor, id: string) {
  el.focusRow(id);
  await until(() => focused() === targetOf(el, id));
}

describe('find bar (keys)', () => {
  before(() => initI18n('en').then(loadAllStrings));

  // First in the file: the bar's code is not loaded yet, as on a first Ctrl+F.
  it('keys typed right after the first Ctrl+F go into the Find box, never into the row', async () => {
    const el = await editor();
    const edits: unknown[] = [];
    el.addEventListener('bt-request-edit', (e) => edits.push(e.detail));
    await caretIn(el, 's4');
    await chord('Control', 'f');
    await sendKeys({ type: 'summit' });
    await until(() => findBox(el)?.value === 'summit');
    expect(findBox(el)?.value).to.equal('summit');
    expect(targetOf(el, 's4').value).to.equal('Done.');
    expect(edits).to.deep.equal([]);
    expect(focused()).to.equal(findBox(el));
  });

  it('Enter goes match by match with the keyboard in the Find box; Esc puts the caret on the match', async () => {
    const el = await editor();
    const edits: unknown[] = [];
    el.addEventListener('bt-request-edit', (e) => edits.push(e.detail));
    await caretIn(el, 's0');
    await chord('Control', 'f');
    await until(() => focused() === findBox(el));
    await sendKeys({ type: 'summit' });
    await until(() => line(el) === '3 matches');
    expect(line(el)).to.equal('3 matches');
    await sendKeys({ press: 'Enter' });
    await until(() => line(el) === '1 of 3');
    expect(marked(el)).to.deep.equal([['s0', 'summit']]);
    await sendKeys({ press: 'Enter' });
    await until(() => line(el) === '2 of 3');
    expect(marked(el)).to.deep.equal([['s3', 'summit']]);
    // The marker's layer holds the field's text exactly, so the mark sits on the match: a line
    // break or indent of the template around it moved every mark a line down.
    const row3 = rowEls(el).find((r) => r.dataset.id === 's3')!;
    const layer = row3.shadowRoot!.querySelector('.found-layer')!;
    expect(layer.textContent).to.equal(targetOf(el, 's3').value);
    const markBox = layer.querySelector('mark.found')!.getBoundingClientRect();
    const fieldBox = targetOf(el, 's3').getBoundingClientRect();
    expect(markBox.top - fieldBox.top, 'the mark is on the first line').to.be.below(markBox.height);
    expect(focused()).to.equal(findBox(el));
    await sendKeys({ press: 'Enter' });
    await until(() => line(el) === '3 of 3');
    await chord('Shift', 'Enter');
    await until(() => line(el) === '2 of 3');
    expect(line(el)).to.equal('2 of 3');
    // Nothing was typed into any row.
    expect(edits).to.deep.equal([]);
    expect(targetOf(el, 's0').value).to.equal('The summit opened.');
    expect(targetOf(el, 's3').value).to.equal('A summit on a summit.');
    await sendKeys({ press: 'Escape' });
    await until(() => !bar(el) && focused() === targetOf(el, 's3'));
    const ta = targetOf(el, 's3');
    expect(focused()).to.equal(ta);
    expect([ta.selectionStart, ta.selectionEnd]).to.deep.equal([2, 8]);
    expect(marked(el)).to.deep.equal([]);
  });

  it('Esc closes the bar from a checkbox, the "In" list or a button', async () => {
    const el = await editor();
    await caretIn(el, 's0');
    for (const pick of ['input[type="checkbox"]', 'select', 'button']) {
      await chord('Control', 'h');
      await until(() => focused() === findBox(el));
      bar(el)!.shadowRoot!.querySelector<HTMLElement>(pick)!.focus();
      await sendKeys({ press: 'Escape' });
      await until(() => !bar(el));
      expect(bar(el), pick).to.equal(null);
      expect(focused()).to.equal(targetOf(el, 's0'));
    }
  });

  it('says there is no match as one types, and Replace does the current match, then the next', async () => {
    const el = await editor();
    const asked: unknown[] = [];
    el.addEventListener('bt-request-replace-match', (e) => {
      asked.push(e.detail);
      // As the page would: the row changes.
      const d = e.detail;
      el.segments = el.segments.map((s) =>
        s.id === d.id
          ? {
              ...s,
              target: s.target.slice(0, d.start) + d.replacement + s.target.slice(d.start + 6),
            }
          : s,
      );
    });
    await caretIn(el, 's2');
    await chord('Control', 'h');
    await until(() => focused() === findBox(el));
    await sendKeys({ type: 'summitx' });
    await until(() => line(el) === 'No match.');
    expect(line(el)).to.equal('No match.');
    await sendKeys({ press: 'Backspace' });
    await until(() => line(el) === '3 matches');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'meeting' });
    const replace = [...bar(el)!.shadowRoot!.querySelectorAll('button')].find(
      (b) => b.textContent!.trim() === 'Replace',
    )!;
    // No current match yet: Replace finds the first after the row being edited.
    replace.click();
    await until(() => line(el) === '2 of 3');
    expect(marked(el)).to.deep.equal([['s3', 'summit']]);
    replace.click();
    await until(() => line(el) === '2 of 2');
    expect(asked).to.have.length(1);
    expect(asked[0]).to.deep.include({ id: 's3', start: 2, replacement: 'meeting' });
    expect(targetOf(el, 's3').value).to.equal('A meeting on a summit.');
    expect(marked(el)).to.deep.equal([['s3', 'summit']]);
    await expect(bar(el)!).to.be.accessible();
  });
});
