import { expect } from '@open-wc/testing';
import { rowKeyTarget } from '../../../src/ui/review/row-keys.js';

/** The row a key pressed on `target` moves to (the event dispatched there, as a user's is). */
function target(
  key: string,
  active: number,
  count: number,
  init: KeyboardEventInit = {},
  on: HTMLElement = document.body,
): number | undefined {
  let result: number | undefined;
  const seen = (e: Event) => (result = rowKeyTarget(e as KeyboardEvent, active, count));
  on.addEventListener('keydown', seen, { once: true });
  on.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, ...init }));
  return result;
}

describe('rowKeyTarget', () => {
  // [key, modifiers, active row, rows, the row moved to]
  const cases: [string, KeyboardEventInit, number, number, number | undefined][] = [
    ['ArrowDown', {}, 3, 10, 4],
    ['j', {}, 3, 10, 4],
    ['J', { shiftKey: true }, 3, 10, 4],
    ['ArrowUp', {}, 3, 10, 2],
    ['k', {}, 3, 10, 2],
    ['Home', {}, 3, 10, 0],
    ['End', {}, 3, 10, 9],
    ['ArrowDown', {}, 9, 10, 9], // the last row stays
    ['ArrowUp', {}, 0, 10, 0], // the first row stays
    ['ArrowDown', {}, -1, 10, 0], // none yet: the first
    ['k', {}, -1, 10, 0],
    ['ArrowDown', {}, 0, 0, undefined], // no rows
    ['ArrowDown', { altKey: true }, 3, 10, undefined], // next change, not next row
    ['j', { ctrlKey: true }, 3, 10, undefined],
    ['j', { isComposing: true }, 3, 10, undefined],
    ['n', {}, 3, 10, undefined],
    ['Tab', {}, 3, 10, undefined],
  ];
  for (const [key, init, active, count, want] of cases) {
    it(`${JSON.stringify(init)} ${key} from row ${active} of ${count} → ${want}`, () => {
      expect(target(key, active, count, init)).to.equal(want);
    });
  }

  it('leaves arrows and letters to a text field or a select, not to a checkbox', () => {
    const field = (html: string) => {
      const box = document.createElement('div');
      box.innerHTML = html;
      document.body.append(box);
      return [box.firstElementChild as HTMLElement, () => box.remove()] as const;
    };
    for (const [html, want] of [
      ['<input>', undefined],
      ['<textarea></textarea>', undefined],
      ['<select><option>a</option></select>', undefined],
      ['<div contenteditable="true"></div>', undefined],
      ['<input type="checkbox">', 4],
      ['<button>Accept</button>', 4],
    ] as const) {
      const [el, done] = field(html);
      expect(target('j', 3, 10, {}, el), html).to.equal(want);
      expect(target('ArrowDown', 3, 10, {}, el), html).to.equal(want);
      done();
    }
  });
});
