import '../setup.js';
import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { initI18n } from '../../src/i18n/index.js';
import '../../src/ui/bt-compare-view.js';
import type { BtCompareView } from '../../src/ui/bt-compare-view.js';
import type { BtCompareRow } from '../../src/ui/bt-compare-row.js';
import type { ReviewPatch } from '../../src/core/review.js';
import { project } from './fixtures.js';
import { now, version, versions } from './review-fixtures.js';

const rowEls = (el: BtCompareView) => [
  ...el.shadowRoot!.querySelectorAll<BtCompareRow>('bt-compare-row'),
];

async function view(loaded = true) {
  const el = await fixture<BtCompareView>(
    html`<bt-compare-view
      style="height:700px"
      .project=${project}
      .segments=${now}
      .versions=${versions}
      .loadedVersions=${loaded ? { v1: version } : {}}
    ></bt-compare-view>`,
  );
  for (let i = 0; i < 100 && loaded && rowEls(el).length === 0; i++) await aTimeout(20);
  return el;
}

const button = (root: ShadowRoot, label: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === label)!;

const bar = (el: BtCompareView) => el.shadowRoot!.querySelector('bt-review-bar')!.shadowRoot!;

const controls = (el: BtCompareView) =>
  el.shadowRoot!.querySelector('bt-compare-controls')!.shadowRoot!;

describe('bt-compare-view', () => {
  before(() => initI18n('en'));

  it('compares the newest version with now: only changed rows, word diffs, summary; accessible', async () => {
    const el = await view();
    expect(rowEls(el).map((r) => r.n)).to.deep.equal([2, 4, 6]);
    const row2 = rowEls(el)[0].shadowRoot!;
    // Struck text is A's, underlined text is B's: both read back exactly.
    const text = row2.querySelector('.target .text')!;
    const without = (tag: string) => {
      const copy = text.cloneNode(true) as Element;
      copy.querySelectorAll(tag).forEach((x) => x.remove());
      return copy.textContent;
    };
    expect(text.querySelectorAll('del').length).to.be.greaterThan(0);
    expect(without('ins')).to.equal('第2句的译文。');
    expect(without('del')).to.equal('第2句修改过的文字。');
    expect(bar(el).querySelector('.summary')!.textContent).to.contain('3 of 8 rows changed');
    await expect(el).to.be.accessible();
  });

  it('asks for the rows of a version it has not got', async () => {
    setTimeout(() => void view(false));
    const ev = await oneEvent(document, 'bt-request-load-version');
    expect(ev.detail).to.deep.equal({ id: 'v1' });
  });

  it('reject asks to restore A’s text; accept all asks to mark changed rows reviewed', async () => {
    const el = await view();
    const row2 = rowEls(el)[0];
    setTimeout(() => button(row2.shadowRoot!, 'Reject').click());
    const rejected = await oneEvent(el, 'bt-request-review');
    expect(rejected.detail.decision).to.equal('reject');
    expect(rejected.detail.patches).to.deep.equal([
      { id: 's1', patch: { source: now[1].source, target: '第2句的译文。', status: 'translated' } },
    ]);
    setTimeout(() => button(bar(el), 'Accept all').click());
    const accepted = await oneEvent(el, 'bt-request-review');
    expect((accepted.detail.patches as ReviewPatch[]).map((p) => p.id)).to.deep.equal([
      's1',
      's3',
      's5',
    ]);
  });

  it('accepts only the selected rows', async () => {
    const el = await view();
    const box = rowEls(el)[2].shadowRoot!.querySelector('input[type="checkbox"]')!;
    (box as HTMLInputElement).click();
    await aTimeout(20);
    setTimeout(() => button(bar(el), 'Accept selected').click());
    const ev = await oneEvent(el, 'bt-request-review');
    expect(ev.detail.patches).to.deep.equal([{ id: 's5', patch: { status: 'reviewed' } }]);
  });

  it('side by side shows A struck on the left and B underlined on the right', async () => {
    const el = await view();
    const radio = [...controls(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')][1];
    radio.click();
    await aTimeout(50);
    const texts = rowEls(el)[0].shadowRoot!.querySelectorAll('.target .text');
    expect(texts.length).to.equal(2);
    expect(texts[0].querySelector('del')).to.not.equal(null);
    expect(texts[0].querySelector('ins')).to.equal(null);
    expect(texts[1].querySelector('ins')).to.not.equal(null);
    expect(texts[0].textContent).to.equal('第2句的译文。');
    expect(texts[1].textContent).to.equal('第2句修改过的文字。');
  });

  it('hides number-only changes and filters rows with open comments', async () => {
    const el = await view();
    const boxes = [...controls(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    boxes[3].click(); // hide number-only changes
    await aTimeout(50);
    expect(rowEls(el).map((r) => r.n)).to.deep.equal([2, 6]);
    boxes[4].click(); // only open comments
    await aTimeout(50);
    expect(rowEls(el).map((r) => r.n)).to.deep.equal([6]);
  });

  it('n and p move between changes; the buttons name their keys', async () => {
    const el = await view();
    const press = (key: string) =>
      el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
    press('n');
    press('n');
    await aTimeout(50);
    expect(rowEls(el).find((r) => r.active)?.n).to.equal(4);
    expect(el.shadowRoot!.activeElement).to.equal(rowEls(el)[1]);
    press('p');
    await aTimeout(50);
    expect(rowEls(el).find((r) => r.active)?.n).to.equal(2);
    expect(button(bar(el), 'Next change').title).to.equal('Next change (N / Alt+↓)');
  });

  it('offers no decisions when B is a saved version', async () => {
    const el = await view();
    const select = controls(el).querySelectorAll('select')[1];
    select.value = 'v1';
    select.dispatchEvent(new Event('change'));
    for (let i = 0; i < 50 && rowEls(el).length > 0; i++) await aTimeout(20);
    expect(el.shadowRoot!.textContent).to.contain('No rows match the filters.');
    await aTimeout(20);
    expect(button(bar(el), 'Accept all')).to.equal(undefined);
    expect(bar(el).textContent).to.contain('Decisions apply when B is now.');
  });
});
