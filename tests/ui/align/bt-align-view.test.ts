import '../../setup.js';
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { initI18n, setLanguage, loadAllStrings } from '../../../src/i18n/index.js';
import type { AlignRow } from '../../../src/core/beads.js';
import '../../../src/ui/align/bt-align-view.js';
import type { BtAlignView } from '../../../src/ui/align/bt-align-view.js';

const row = (source: string[], target: string[], confidence = 0.9): AlignRow => ({
  source,
  target,
  confidence,
  paragraphStart: false,
});

/** A long document: row 4000 is the only low one. */
const many = (n: number): AlignRow[] =>
  Array.from({ length: n }, (_, i) =>
    row([`第${i + 1}句话。`], [`Sentence ${i + 1}.`], i === 3999 ? 0.1 : 0.95),
  );

const items = (el: BtAlignView) => [...el.shadowRoot!.querySelectorAll('li')];
const button = (el: BtAlignView, label: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) =>
    b.textContent!.trim().startsWith(label),
  )!;
const selected = (el: BtAlignView) =>
  el.shadowRoot!.querySelector('li[aria-selected="true"]')?.getAttribute('aria-posinset');

/** Puts the caret at `offset` in sentence `k` of a side of the row shown as `li`, as a click does. */
function clickCaret(li: HTMLElement, column: 0 | 1, k: number, offset: number) {
  const span = li.querySelectorAll('div')[column].querySelectorAll('.sent')[k] as HTMLElement;
  const text = [...span.childNodes].find((n) => n.nodeType === Node.TEXT_NODE)!;
  document.getSelection()!.collapse(text, offset);
  span.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, composed: true }));
}

describe('bt-align-view', () => {
  before(() => initI18n('en').then(loadAllStrings));
  afterEach(() => setLanguage('en'));

  it('draws only the rows near the viewport of a 5,000-row document', async () => {
    const el = await fixture<BtAlignView>(
      html`<bt-align-view .rows=${many(5000)}></bt-align-view>`,
    );
    await aTimeout(50);
    const shown = items(el);
    expect(shown.length).to.be.greaterThan(3);
    expect(shown.length).to.be.lessThan(100);
    expect(shown[0].getAttribute('aria-setsize')).to.equal('5000');
    await expect(el).to.be.accessible();
  });

  it('goes to the low row 4,000 rows down, and the keyboard moves on from it', async () => {
    const el = await fixture<BtAlignView>(
      html`<bt-align-view .rows=${many(5000)}></bt-align-view>`,
    );
    await aTimeout(50); // a user clicks after the first frame
    const next = button(el, 'Next low-confidence');
    expect(next.textContent).to.contain('(1)');
    next.click();
    await el.updateComplete;
    expect(selected(el)).to.equal('4000');
    const li = el.shadowRoot!.querySelector('li[aria-selected="true"]')!;
    expect(li.textContent).to.contain('low');
    const list = el.shadowRoot!.querySelector('[role="listbox"]') as HTMLElement;
    list.focus();
    list.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await el.updateComplete;
    expect(selected(el)).to.equal('4001');
    list.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await el.updateComplete;
    expect(selected(el)).to.equal('5000');
    expect(list.getAttribute('aria-activedescendant')).to.equal('row-4999');
  });

  it('brings a low row near the one shown to the middle of the list, not to its edge', async () => {
    // Row 12 is low: close enough to be drawn already, below the rows the list shows first.
    const rows = Array.from({ length: 60 }, (_, i) =>
      row([`第${i + 1}句话。`], [`Sentence ${i + 1}.`], i === 11 ? 0.1 : 0.95),
    );
    const el = await fixture<BtAlignView>(html`<bt-align-view .rows=${rows}></bt-align-view>`);
    await aTimeout(50);
    const scroller = el.shadowRoot!.querySelector('.scroller')! as HTMLElement;
    scroller.style.height = '240px';
    await aTimeout(50);
    button(el, 'Next low-confidence').click();
    await el.updateComplete;
    await aTimeout(50);
    expect(selected(el)).to.equal('12');
    const li = el.shadowRoot!.querySelector('li[aria-selected="true"]')!.getBoundingClientRect();
    const box = scroller.getBoundingClientRect();
    const middle = (li.top + li.bottom) / 2 - box.top;
    expect(middle).to.be.within(box.height / 3, (2 * box.height) / 3);
  });

  it('splits at a word boundary, never inside a word, and marks both rows as checked', async () => {
    const rows = [
      row(['我们每天都用开源工具。'], ['We use open source tools every day.'], 0.3),
      row(['乙。'], ['B.']),
    ];
    const el = await fixture<BtAlignView>(html`<bt-align-view .rows=${rows}></bt-align-view>`);
    // The caret in "open sourc|e".
    clickCaret(items(el)[0], 1, 0, 'We use open sourc'.length);
    await el.updateComplete;
    setTimeout(() => button(el, 'Split at caret').click());
    const ev = await oneEvent(el, 'bt-align-change');
    const out: AlignRow[] = ev.detail.rows;
    expect(out.map((r) => r.target)).to.deep.equal([
      ['We use open source'],
      ['tools every day.'],
      ['B.'],
    ]);
    expect(out.slice(0, 2).map((r) => r.checked)).to.deep.equal([true, true]);
    await el.updateComplete;
    const conf = items(el).map((li) => li.querySelector('.conf')!.textContent!);
    expect(conf[0]).to.contain('checked by you');
    expect(conf[0]).to.not.contain('100%');
    expect(items(el)[0].className).to.contain('checked');
    await expect(el).to.be.accessible();
  });

  it('lets the keyboard choose a sentence on either side, and splits or moves there', async () => {
    const rows = [row(['甲。'], ['A one.', 'A two.'], 0.3), row(['乙。'], ['B.'])];
    const el = await fixture<BtAlignView>(html`<bt-align-view .rows=${rows}></bt-align-view>`);
    const list = el.shadowRoot!.querySelector('[role="listbox"]') as HTMLElement;
    const key = async (k: string) => {
      list.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
      await el.updateComplete;
    };
    list.focus();
    expect(button(el, 'Split at caret').disabled).to.equal(true);
    await key('ArrowRight'); // the source's only sentence: nothing before it to split off
    expect(button(el, 'Split at caret').disabled).to.equal(true);
    expect(button(el, 'Move last')?.textContent).to.contain('source');
    await key('ArrowRight');
    await key('ArrowRight'); // "A two."
    await key('ArrowRight'); // stays on the last sentence
    const sel = items(el)[0].querySelector('.sent.sel')!;
    expect(sel.textContent).to.equal('A two.');
    expect(button(el, 'Move last')?.textContent).to.contain('translation');
    setTimeout(() => button(el, 'Split at caret').click());
    const ev = await oneEvent(el, 'bt-align-change');
    expect((ev.detail.rows as AlignRow[]).map((r) => r.target)).to.deep.equal([
      ['A one.'],
      ['A two.'],
      ['B.'],
    ]);
    await key('ArrowLeft'); // from nothing, leftwards starts at the row's last sentence
    expect(items(el)[0].querySelector('.sent.sel')!.textContent).to.equal('A one.');
    await key('ArrowLeft');
    expect(button(el, 'Move last')?.textContent).to.contain('source');
  });

  it('checked rows are not low any more, and Undo takes the mark back', async () => {
    const rows = [row(['甲。'], ['A.'], 0.1), row(['乙。'], ['B.'], 0.2)];
    const el = await fixture<BtAlignView>(html`<bt-align-view .rows=${rows}></bt-align-view>`);
    expect(button(el, 'Next low-confidence').textContent).to.contain('(2)');
    button(el, 'Mark row as checked').click();
    await el.updateComplete;
    expect(button(el, 'Next low-confidence').textContent).to.contain('(1)');
    expect(button(el, 'Mark row as checked').disabled).to.equal(true);
    button(el, 'Undo').click();
    await el.updateComplete;
    expect(button(el, 'Next low-confidence').textContent).to.contain('(2)');
  });

  it('asks to re-align after the active row, and waits while that runs', async () => {
    const rows = [row(['甲。'], ['A.']), row(['乙。'], ['B.']), row(['丙。'], ['C.'])];
    const el = await fixture<BtAlignView>(html`<bt-align-view .rows=${rows}></bt-align-view>`);
    items(el)[1].click();
    await el.updateComplete;
    const realign = button(el, 'Re-align after row 2');
    setTimeout(() => realign.click());
    const ev = await oneEvent(el, 'bt-request-realign');
    expect(ev.detail.from).to.equal(1);
    el.busy = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="toolbar"]')!.hasAttribute('inert')).to.equal(true);
  });

  it('opens a resumed check at its row, and reports where the user is', async () => {
    const el = await fixture<BtAlignView>(
      html`<bt-align-view .rows=${many(5000)} .active=${2492} .topRow=${2490}></bt-align-view>`,
    );
    await waitUntil(() => selected(el) === '2493');
    await aTimeout(50);
    const top = el.shadowRoot!.querySelector('.scroller')!.getBoundingClientRect().top;
    const first = items(el).find((li) => li.getBoundingClientRect().bottom > top + 1);
    expect(first?.getAttribute('aria-posinset')).to.equal('2491');
    const scroller = el.shadowRoot!.querySelector('.scroller')!;
    setTimeout(() => scroller.dispatchEvent(new Event('scroll')));
    const ev = await oneEvent(el, 'bt-align-place');
    expect(ev.detail).to.deep.equal({ active: 2492, topRow: 2490 });
  });

  it('speaks Chinese in a Chinese UI', async () => {
    await setLanguage('zh-CN');
    const rows = [row(['甲。'], ['A.'], 0.1), row(['乙。'], ['B.'])];
    rows[1] = { ...rows[1], checked: true };
    const el = await fixture<BtAlignView>(html`<bt-align-view .rows=${rows}></bt-align-view>`);
    expect(button(el, '下一个低置信度行').textContent).to.contain('（1）');
    expect(button(el, '将此行标为已核对')).to.not.equal(undefined);
    expect(items(el)[1].textContent).to.contain('已人工核对');
    expect(items(el)[0].textContent).to.contain('低');
    await expect(el).to.be.accessible();
  });
  it('keeps the keyboard in the view when a fix disables its button or a re-alignment runs', async () => {
    const rows = [row(['甲。'], ['A.'], 0.2), row(['乙。'], ['B.']), row(['丙。'], ['C.'])];
    const el = await fixture<BtAlignView>(html`<bt-align-view .rows=${rows}></bt-align-view>`);
    // Where the keyboard is, in words (a failing check then prints a word, not an element).
    const focused = () => {
      const a = el.shadowRoot!.activeElement;
      return !a
        ? 'nothing'
        : a.getAttribute('role') === 'listbox'
          ? 'the list'
          : a.textContent!.trim();
    };
    const list = 'the list';
    // Enter on a focused button is a click on it.
    const press = async (label: string) => {
      const b = button(el, label);
      b.focus();
      expect(focused()).to.equal(label);
      b.click();
      await el.updateComplete;
    };
    await press('Mark row as checked');
    expect(button(el, 'Mark row as checked').disabled).to.equal(true);
    expect(focused(), 'after Mark row as checked').to.equal(list);
    await press('Undo');
    expect(button(el, 'Undo').disabled).to.equal(true);
    expect(focused(), 'after the last Undo').to.equal(list);
    // A button the fix leaves enabled keeps the keyboard, for a second fix of the same kind.
    await press('Merge with next row');
    expect(focused()).to.equal('Merge with next row');
    setTimeout(() => button(el, 'Re-align after row 1').focus());
    await aTimeout(0);
    setTimeout(() => button(el, 'Re-align after row 1').click());
    await oneEvent(el, 'bt-request-realign');
    el.busy = true;
    await el.updateComplete;
    expect(focused(), 'while re-aligning').to.equal(list);
  });

  it('never splits a row at a caret left in another row', async () => {
    const rows = [
      row(['甲。'], ['We use open source tools every day.']),
      row(['乙。'], ['In any case, slapping me was unfair.']),
    ];
    const el = await fixture<BtAlignView>(html`<bt-align-view .rows=${rows}></bt-align-view>`);
    clickCaret(items(el)[0], 1, 0, 'We use open'.length);
    await el.updateComplete;
    expect(button(el, 'Split at caret').disabled).to.equal(false);
    // Row 2 chosen by its number, not by a sentence: the caret of row 1 says nothing here.
    (items(el)[1].querySelector('.n') as HTMLElement).click();
    await el.updateComplete;
    expect(selected(el)).to.equal('2');
    expect(items(el)[1].querySelector('.sent.sel')).to.equal(null);
    expect(button(el, 'Split at caret').disabled).to.equal(true);
    const list = el.shadowRoot!.querySelector('[role="listbox"]') as HTMLElement;
    let changed = false;
    el.addEventListener('bt-align-change', () => (changed = true));
    list.dispatchEvent(new KeyboardEvent('keydown', { key: 's', bubbles: true }));
    await el.updateComplete;
    expect(changed).to.equal(false);
    expect(items(el).map((li) => li.querySelectorAll('.sent').length)).to.deep.equal([2, 2]);
  });

  it('a move button keeps its side when pressed again', async () => {
    const rows = [row(['甲。'], ['A one.', 'A two.', 'A three.']), row(['乙。'], ['B.'])];
    const el = await fixture<BtAlignView>(html`<bt-align-view .rows=${rows}></bt-align-view>`);
    clickCaret(items(el)[0], 1, 2, 0);
    await el.updateComplete;
    const down = () => button(el, 'Move last');
    expect(down().textContent).to.contain('translation');
    down().click();
    await el.updateComplete;
    // The caret went with the fix; the button still says, and does, what it did.
    expect(down().textContent).to.contain('translation');
    setTimeout(() => down().click());
    const ev = await oneEvent(el, 'bt-align-change');
    expect((ev.detail.rows as AlignRow[]).map((r) => [r.source, r.target])).to.deep.equal([
      [['甲。'], ['A one.']],
      [['乙。'], ['A two.', 'A three.', 'B.']],
    ]);
  });

  it('makes every fix from the keyboard, with the keys its buttons announce', async () => {
    const rows = [
      row(['甲。'], ['A.'], 0.1),
      row(['乙。'], ['B.']),
      row(['丙。'], ['C one.', 'C two.'], 0.2),
      row(['丁。'], ['D.']),
    ];
    const el = await fixture<BtAlignView>(html`<bt-align-view .rows=${rows}></bt-align-view>`);
    const list = el.shadowRoot!.querySelector('[role="listbox"]') as HTMLElement;
    list.focus();
    const key = async (k: string, mods: KeyboardEventInit = {}) => {
      list.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, ...mods }));
      await el.updateComplete;
    };
    const shape = () => el.rows.map((r) => `${r.source.length}-${r.target.length}`).join(' ');
    const shortcut = (label: string) => button(el, label).getAttribute('aria-keyshortcuts');
    expect(shortcut('Merge with next row')).to.equal('M');
    expect(shortcut('Move last')).to.equal('Alt+ArrowDown');
    expect(shortcut('Undo')).to.equal('Control+Z');
    expect(button(el, 'Merge with next row').title).to.equal('Merge with next row (M)');
    // N: the next low row, and past the last one back to the first.
    await key('n');
    expect(selected(el)).to.equal('3');
    await key('n');
    expect(selected(el)).to.equal('1');
    await key('m');
    expect(shape()).to.equal('2-2 1-2 1-1');
    await key('z', { ctrlKey: true });
    expect(shape()).to.equal('1-1 1-1 1-2 1-1');
    await key('ArrowDown');
    await key('ArrowDown', { altKey: true }); // the row's last source sentence down
    expect(shape()).to.equal('1-1 0-1 2-2 1-1');
    expect(selected(el)).to.equal('2');
    await key('z', { metaKey: true });
    await key('ArrowDown');
    await key('ArrowRight');
    await key('ArrowRight');
    await key('ArrowRight'); // "C two."
    await key('s');
    expect(shape()).to.equal('1-1 1-1 1-1 0-1 1-1');
    await key('Enter');
    expect(el.rows[2].checked).to.equal(true);
    await key('e'); // row 3 is 1-1 again: the translation "C one." gets a row of its own
    expect(shape()).to.equal('1-1 1-1 0-1 1-0 0-1 1-1');
    setTimeout(() => key('r'));
    const ev = await oneEvent(el, 'bt-request-realign');
    expect(ev.detail.from).to.equal(2);
    // While a re-alignment runs, keys make no fix (the toolbar is inert too).
    el.busy = true;
    await el.updateComplete;
    await key('m');
    expect(shape()).to.equal('1-1 1-1 0-1 1-0 0-1 1-1');
  });

  it('shows where Split at caret will cut, after snapping, and reads a click past the mark', async () => {
    const rows = [row(['甲。'], ['We use open source tools every day.'], 0.3)];
    const el = await fixture<BtAlignView>(html`<bt-align-view .rows=${rows}></bt-align-view>`);
    const sentence = () => items(el)[0].querySelectorAll('div')[1].querySelector('.sent')!;
    const before = () => {
      const span = sentence();
      const cut = span.querySelector('.cut');
      if (!cut) return undefined;
      const r = document.createRange();
      r.setStart(span, 0);
      r.setEndBefore(cut);
      return r.toString();
    };
    expect(before(), 'no caret, no mark').to.equal(undefined);
    clickCaret(items(el)[0], 1, 0, 'We use open sourc'.length);
    await el.updateComplete;
    // Between the words: before the next one's first letter.
    expect(before()).to.equal('We use open source ');
    expect(sentence().textContent, 'the mark adds no text').to.equal(rows[0].target[0]);
    // A click in the text after the mark: its offset counts from the sentence's start.
    const after = [...sentence().childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).at(-1)!;
    document.getSelection()!.collapse(after, 'tools every d'.length);
    sentence().dispatchEvent(new MouseEvent('mouseup', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(before()?.trimEnd()).to.equal('We use open source tools every');
    setTimeout(() => button(el, 'Split at caret').click());
    const ev = await oneEvent(el, 'bt-align-change');
    expect((ev.detail.rows as AlignRow[]).map((r) => r.target)).to.deep.equal([
      ['We use open source tools every'],
      ['day.'],
    ]);
  });

  it('a move button is off when the chosen side has no sentence; the same rows again are no step', async () => {
    const rows = [row(['甲。'], ['A.']), row(['乙。'], ['B.'], 0.749)];
    const el = await fixture<BtAlignView>(html`<bt-align-view .rows=${rows}></bt-align-view>`);
    clickCaret(items(el)[0], 1, 0, 0);
    await el.updateComplete;
    button(el, 'Move last').click();
    await el.updateComplete;
    expect(el.rows[0].target).to.deep.equal([]);
    expect(button(el, 'Move last').disabled, 'no translation sentence left to move').to.equal(true);
    // 0.749 is below the 0.75 threshold: never shown as 75 %.
    expect(items(el)[1].querySelector('.conf')!.textContent).to.not.contain('75%');
    button(el, 'Undo').click();
    await el.updateComplete;
    expect(button(el, 'Undo').disabled).to.equal(true);
    // A re-alignment that gives back the same rows (new objects) is no undo step.
    el.replaceRows(el.rows.map((r) => ({ ...r, source: [...r.source], target: [...r.target] })));
    await el.updateComplete;
    expect(button(el, 'Undo').disabled).to.equal(true);
  });
});
