import '../../setup.js';
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { initI18n, loadAllStrings } from '../../../src/i18n/index.js';
import '../../../src/ui/review/bt-compare-view.js';
import type { BtCompareView } from '../../../src/ui/review/bt-compare-view.js';
import type { BtCompareRow } from '../../../src/ui/review/bt-compare-row.js';
import type { Segment, Version } from '../../../src/core/model.js';
import { snapshotOf, type ReviewPatch, type RowDecision } from '../../../src/core/review.js';
import { compareRows } from '../../../src/core/diff/index.js';
import { project, rows } from '../fixtures.js';
import { asked } from '../ask.js';
import { answerCompare, before as draft, now, version, versions } from './review-fixtures.js';

const rowEls = (el: BtCompareView) => [
  ...el.shadowRoot!.querySelectorAll<BtCompareRow>('bt-compare-row'),
];

async function view(loaded = true, segments: Segment[] = now, v1: Version = version) {
  const el = await fixture<BtCompareView>(
    html`<bt-compare-view
      @bt-request-compare=${answerCompare}
      style="height:900px"
      .project=${project}
      .segments=${segments}
      .versions=${versions}
      .loadedVersions=${loaded ? { v1 } : {}}
    ></bt-compare-view>`,
  );
  for (let i = 0; i < 100 && loaded && rowEls(el).length === 0; i++) await aTimeout(20);
  return el;
}

/** A compare view of a long document whose rows `changed(i)` were reworded since version v1. */
function longView(n: number, changed: (i: number) => boolean) {
  const before = rows(n).map((s, i) => ({
    ...s,
    target: `第${i + 1}句的译文。`,
    status: 'translated' as const,
  }));
  const after = before.map((s, i) =>
    changed(i) ? { ...s, target: `第${i + 1}句修改过的文字。`, rev: 2 } : s,
  );
  return view(true, after, { ...version, segments: before.map(snapshotOf) });
}

const list = (el: BtCompareView) => el.shadowRoot!.querySelector<HTMLElement>('.list')!;

/** The row holding the focus, once it is `n`. */
async function focusedRow(el: BtCompareView, n: number): Promise<BtCompareRow> {
  const focused = () => el.shadowRoot!.activeElement as BtCompareRow | null;
  await waitUntil(() => focused()?.n === n, `row ${n} is not focused`, { timeout: 3000 });
  return focused()!;
}

const button = (root: ShadowRoot, label: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === label)!;

const bar = (el: BtCompareView) => el.shadowRoot!.querySelector('bt-review-bar')!.shadowRoot!;

const controls = (el: BtCompareView) =>
  el.shadowRoot!.querySelector('bt-compare-controls')!.shadowRoot!;

describe('bt-compare-view', () => {
  before(() => initI18n('en').then(loadAllStrings));

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

  it('Reject all asks first, naming how many rows it sets back; declined, nothing is asked', async () => {
    const el = await view();
    let fired = false;
    el.addEventListener('bt-request-review', () => (fired = true), { once: true });
    button(bar(el), 'Reject all').click();
    const q = await asked();
    expect([q.title, q.confirmLabel]).to.deep.equal([
      'Reject every change?',
      'Reject all 3 changed rows',
    ]);
    expect(q.focused?.textContent?.trim(), 'the safe choice first').to.equal('Cancel');
    await q.answer(false);
    expect(fired).to.equal(false);
    button(bar(el), 'Reject all').click();
    setTimeout(() => void asked().then((q) => q.answer(true)));
    const ev = await oneEvent(el, 'bt-request-review');
    expect(ev.detail.decision).to.equal('reject');
    expect((ev.detail.patches as ReviewPatch[]).map((p) => p.id)).to.deep.equal(['s1', 's3', 's5']);
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

  it('n and p work from anywhere on the page outside a field (it opens on its header link)', async () => {
    const el = await view();
    const link = document.createElement('a');
    link.href = '#/';
    link.textContent = 'Back to the grid';
    document.body.append(link);
    const field = document.createElement('input');
    document.body.append(field);
    try {
      const press = (target: EventTarget, key: string) =>
        target.dispatchEvent(
          new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }),
        );
      press(link, 'n');
      press(link, 'n');
      await aTimeout(50);
      expect(rowEls(el).find((r) => r.active)?.n).to.equal(4);
      // Typed into a field, n is a letter.
      press(field, 'p');
      await aTimeout(50);
      expect(rowEls(el).find((r) => r.active)?.n).to.equal(4);
    } finally {
      link.remove();
      field.remove();
    }
  });

  it('the list is one tab stop: the active row, or the first before any is', async () => {
    const el = await view();
    const stops = () => rowEls(el).map((r) => r.tabIndex);
    expect(stops()).to.deep.equal([
      0,
      ...rowEls(el)
        .slice(1)
        .map(() => -1),
    ]);
    el.goToChange(1);
    el.goToChange(1);
    await aTimeout(50);
    expect(stops()[1]).to.equal(0);
    expect(stops().filter((x) => x === 0)).to.have.length(1);
    // Tabbing (here: focusing) into a row's buttons makes that row the active one.
    rowEls(el)[0].shadowRoot!.querySelector('button')!.focus();
    await el.updateComplete;
    expect(rowEls(el)[0].active).to.equal(true);
    expect(stops()[0]).to.equal(0);
  });

  it('↓/↑ and j/k move between rows; Tab goes through the current row, then past the list', async () => {
    const el = await view();
    // The next control after the list, where Tab is to go once the current row's are passed.
    const after = document.createElement('button');
    after.textContent = '下一个';
    el.after(after);
    try {
      /** Where the keyboard is: the row (its number) and the control in it, or the element. */
      const at = () => {
        const row = el.shadowRoot!.activeElement as BtCompareRow | null;
        if (!row) return document.activeElement === after ? 'after' : 'elsewhere';
        const inner = row.shadowRoot!.activeElement;
        const control = inner?.shadowRoot?.activeElement ?? inner;
        return `${row.n}:${control ? (control.getAttribute('aria-label') ?? control.textContent!.trim()) : 'row'}`;
      };
      rowEls(el)[0].focus();
      const names = () => rowEls(el).map((r) => r.getAttribute('aria-label'));
      const before = names();
      await sendKeys({ press: 'ArrowDown' });
      await focusedRow(el, 4);
      expect(rowEls(el).find((r) => r.active)?.n).to.equal(4);
      await sendKeys({ press: 'j' });
      await focusedRow(el, 6);
      await sendKeys({ press: 'k' });
      await focusedRow(el, 4);
      await sendKeys({ press: 'ArrowUp' });
      await focusedRow(el, 2);
      await sendKeys({ press: 'End' });
      await focusedRow(el, 6);
      await sendKeys({ press: 'Home' });
      await focusedRow(el, 2);
      await sendKeys({ press: 'ArrowDown' });
      const row4 = await focusedRow(el, 4);
      expect(row4.active).to.equal(true);
      expect(rowEls(el).map((r) => r.tabIndex)).to.deep.equal([-1, 0, -1]);
      // Moving changes what is current, never what a row is called.
      expect(names()).to.deep.equal(before);

      // Tab: row 4's own controls, in order, then the control after the list; never row 6's.
      const stops: string[] = [];
      for (let i = 0; i < 12 && stops.at(-1) !== 'after'; i++) {
        await sendKeys({ press: 'Tab' });
        stops.push(at());
      }
      expect(stops).to.deep.equal([
        '4:Select row 4',
        '4:Accept',
        '4:Reject',
        '4:Approve',
        '4:Mark rejected',
        '4:Add a comment to row 4',
        'after',
      ]);
      // Shift+Tab comes back into the same row.
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(at()).to.equal('4:Add a comment to row 4');
      // From a button, ↓ goes on to the next row.
      await sendKeys({ press: 'ArrowDown' });
      expect((await focusedRow(el, 6)).active).to.equal(true);
    } finally {
      after.remove();
    }
  });

  it('j and k are letters in a comment being typed', async () => {
    const el = await view();
    el.goToRow(1);
    const row4 = await focusedRow(el, 4);
    const comments = row4.shadowRoot!.querySelector('bt-row-comments')!;
    comments
      .shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Add a comment to row 4"]')!
      .click();
    await waitUntil(() => comments.shadowRoot!.querySelector('input'), 'no comment field');
    const field = comments.shadowRoot!.querySelector('input')!;
    field.focus();
    await sendKeys({ type: 'jk' });
    await sendKeys({ press: 'ArrowDown' });
    await aTimeout(50);
    expect(field.value).to.equal('jk');
    expect(rowEls(el).find((r) => r.active)?.n).to.equal(4);
  });

  it('keeps the keyboard on a row rejected from the keyboard, though it is listed anew', async () => {
    const el = await view();
    el.goToChange(1);
    const row2 = await focusedRow(el, 2);
    const reject = button(row2.shadowRoot!, 'Reject');
    reject.focus();
    setTimeout(() => reject.click());
    await oneEvent(el, 'bt-request-review');
    // What the page does next: row 2 has the version's text again, and a decision saying so.
    el.segments = now.map((s, i) => (i === 1 ? { ...draft[1], rev: 3 } : s));
    el.decisions = new Map([
      ['s1', { kind: 'rejected', status: 'translated', author: '安', role: 'reviewer', at: 0 }],
    ]);
    await waitUntil(
      () => rowEls(el).some((r) => r.n === 2 && r.row?.type === 'unchanged'),
      'row 2 is not listed as unchanged',
    );
    const back = await focusedRow(el, 2);
    expect(back.row?.type).to.equal('unchanged');
    expect(back.active).to.equal(true);
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

  it('lists the rows again, selectable, after the "no rows" message', async () => {
    const el = await view();
    const select = controls(el).querySelectorAll('select')[1];
    const pick = (b: string) => {
      select.value = b;
      select.dispatchEvent(new Event('change'));
    };
    pick('v1');
    await waitUntil(() => rowEls(el).length === 0, 'the rows never left');
    pick('now');
    await waitUntil(() => rowEls(el).length > 0, 'the rows never came back');
    expect(rowEls(el).map((r) => r.n)).to.deep.equal([2, 4, 6]);
    const box =
      rowEls(el)[1].shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    box.click();
    await waitUntil(() => rowEls(el)[1].selected, 'the row was never selected');
    expect(bar(el).textContent).to.contain('1 row selected');
  });

  it('↓ and End reach every row of 5,000 from the keyboard, only a few dozen rendered', async () => {
    const el = await longView(5000, () => true);
    const inView = (row: Element) => {
      const r = row.getBoundingClientRect();
      const s = list(el).getBoundingClientRect();
      return r.top >= s.top - 1 && r.bottom <= s.bottom + 1;
    };
    rowEls(el)[0].focus();
    // Row by row past the rows first rendered: each is rendered and focused in its turn.
    for (let n = 2; n <= 40; n++) {
      await sendKeys({ press: 'ArrowDown' });
      await focusedRow(el, n);
    }
    expect(inView(await focusedRow(el, 40))).to.equal(true);
    await sendKeys({ press: 'End' });
    const last = await focusedRow(el, 5000);
    expect(last.active).to.equal(true);
    expect(inView(last)).to.equal(true);
    await sendKeys({ press: 'ArrowDown' }); // the last row: stays
    await aTimeout(50);
    expect(el.shadowRoot!.activeElement).to.equal(last);
    await sendKeys({ press: 'k' });
    expect(inView(await focusedRow(el, 4999))).to.equal(true);
    expect(rowEls(el).length).to.be.within(5, 60);
    expect(
      rowEls(el)
        .filter((r) => r.tabIndex === 0)
        .map((r) => r.n),
    ).to.deep.equal([4999]);
  });

  it('renders only a few dozen rows of 5,000 changed rows, the last ones once scrolled down', async () => {
    const el = await longView(5000, () => true);
    expect(bar(el).querySelector('.summary')!.textContent).to.match(/5,?000 of 5,?000 rows/);
    expect(rowEls(el).length).to.be.within(5, 60);
    expect(rowEls(el)[0].n).to.equal(1);
    const scroller = list(el);
    await waitUntil(
      () => {
        // Heights settle as rows are measured: keep going to the bottom until the end shows.
        scroller.scrollTop = scroller.scrollHeight;
        return rowEls(el).some((r) => r.n === 5000);
      },
      'the last row never showed',
      { timeout: 3000 },
    );
    expect(rowEls(el).length).to.be.within(5, 60);
  });

  it('next and previous change jump far through a long list and focus the row', async () => {
    // 5,000 rows, all listed; two changes 4,996 rows apart.
    const el = await longView(5000, (i) => i === 1 || i === 4997);
    const onlyChanged = controls(el).querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    onlyChanged.click();
    await waitUntil(() => rowEls(el).length > 2, 'all rows never showed');
    const inView = (row: Element) => {
      const r = row.getBoundingClientRect();
      const s = list(el).getBoundingClientRect();
      return r.top >= s.top && r.bottom <= s.bottom;
    };

    el.goToChange(1);
    expect(inView(await focusedRow(el, 2))).to.equal(true);
    el.goToChange(1);
    const far = await focusedRow(el, 4998);
    expect(far.active).to.equal(true);
    expect(far.getAttribute('aria-label')).to.equal('Row 4998');
    expect(inView(far)).to.equal(true);
    expect(rowEls(el).length).to.be.within(5, 60);
    expect(rowEls(el).filter((r) => r.active)).to.deep.equal([far]);
    el.goToChange(1); // no change further down: stays
    await aTimeout(50);
    expect(el.shadowRoot!.activeElement).to.equal(far);

    el.goToChange(-1);
    const back = await focusedRow(el, 2);
    expect(back.active).to.equal(true);
    expect(inView(back)).to.equal(true);
    expect(rowEls(el).filter((r) => r.active)).to.deep.equal([back]);
  });

  it('keeps a rejected row listed, marked rejected with who and when', async () => {
    // Row 2 was set back to the version's text: it no longer differs from A.
    const rejected = now.map((s, i) => (i === 1 ? { ...draft[1], rev: 3 } : s));
    const el = await view(true, rejected);
    await waitUntil(() => rowEls(el).length === 2, 'the comparison never came');
    const decision: RowDecision = {
      kind: 'rejected',
      status: 'translated',
      author: '安',
      role: 'reviewer',
      at: Date.UTC(2026, 11, 1, 10),
    };
    el.decisions = new Map([['s1', decision]]);
    await waitUntil(() => rowEls(el).length === 3, 'the rejected row is not listed');
    const row2 = rowEls(el)[0];
    expect(row2.n).to.equal(2);
    const text = row2.shadowRoot!.textContent!.replace(/\s+/gu, ' ');
    expect(text).to.contain('Unchanged');
    expect(text).to.contain('Decision Rejected');
    expect(text).to.contain('安 (Reviewer)');
    expect(bar(el).querySelector('.summary')!.textContent).to.contain('2 of 8 rows changed');
    await expect(el).to.be.accessible();
  });

  it('shows the first rows and the progress while the comparison runs', async () => {
    const el = await fixture<BtCompareView>(
      html`<bt-compare-view
        style="height:900px"
        .project=${project}
        .segments=${now}
        .versions=${versions}
        .loadedVersions=${{ v1: version }}
      ></bt-compare-view>`,
    );
    const whole = compareRows(version.segments, now.map(snapshotOf));
    // The first four rows are ready (rows 2 and 4 changed); row 6 is not diffed yet.
    el.comparison = { ...whole, rows: whole.rows.slice(0, 4) };
    el.comparing = { status: 'running', progress: 0.5 };
    await waitUntil(() => rowEls(el).length === 2, 'the first rows are not shown');
    expect(rowEls(el).map((r) => r.n)).to.deep.equal([2, 4]);
    const progress = el.shadowRoot!.querySelector('progress')!;
    expect(progress.value).to.equal(0.5);
    expect(el.shadowRoot!.querySelector('.progress')!.textContent).to.contain('Comparing… 50 %');
    expect(button(bar(el), 'Export report (HTML)').disabled).to.equal(true);
    await expect(el).to.be.accessible();
    el.comparison = whole;
    el.comparing = { status: 'done', progress: 1 };
    await waitUntil(() => rowEls(el).length === 3, 'the rest never came');
    expect(el.shadowRoot!.querySelector('progress')).to.equal(null);
    expect(button(bar(el), 'Export report (HTML)').disabled).to.equal(false);
  });

  it("a translator sees the decisions switched off, each saying they are a reviewer's", async () => {
    const el = await view();
    el.workRole = 'translator';
    await el.updateComplete;
    await aTimeout(50);
    const acceptAll = [...bar(el).querySelectorAll('button')].find((b) =>
      b.textContent!.includes('Accept all'),
    )!;
    expect(acceptAll.disabled).to.equal(true);
    expect(acceptAll.title).to.contain('Only a reviewer');
    const row = rowEls(el)[0];
    await row.updateComplete;
    const accept = [...row.shadowRoot!.querySelectorAll('button')].find((b) =>
      b.textContent!.trim().startsWith('Accept'),
    );
    expect(accept?.disabled).to.equal(true);
  });
});

describe('bt-compare-view opened by a translator', () => {
  before(async () => {
    await initI18n('en');
    await loadAllStrings();
  });

  it('has Accept all and Reject all off from the first paint, not only after a role change', async () => {
    const el = await fixture<BtCompareView>(
      html`<bt-compare-view
        @bt-request-compare=${answerCompare}
        style="height:900px"
        .workRole=${'translator'}
        .project=${project}
        .segments=${now}
        .versions=${versions}
        .loadedVersions=${{ v1: version }}
      ></bt-compare-view>`,
    );
    const reviewBar = () => el.shadowRoot!.querySelector('bt-review-bar');
    for (let i = 0; i < 100 && !reviewBar()?.shadowRoot?.querySelector('button'); i++)
      await aTimeout(20);
    const decisions = [...reviewBar()!.shadowRoot!.querySelectorAll('button')].filter((b) =>
      /^(Accept|Reject) (all|selected)/.test(b.textContent!.trim()),
    );
    expect(decisions.map((b) => [b.textContent!.trim(), b.disabled])).to.deep.equal([
      ['Accept selected', true],
      ['Reject selected', true],
      ['Accept all', true],
      ['Reject all', true],
    ]);
  });
});

describe('bt-compare-view before any version', () => {
  before(async () => {
    await initI18n('en');
    await loadAllStrings();
  });

  const empty = (canSave: boolean) =>
    fixture<BtCompareView>(
      html`<bt-compare-view
        .project=${project}
        .segments=${now}
        .versions=${[]}
        .canSaveVersion=${canSave}
      ></bt-compare-view>`,
    );
  const first = (el: BtCompareView) => el.shadowRoot!.querySelector('bt-first-version')!;

  it('offers to save the first version here, named as typed or "Before review"; accessible', async () => {
    const el = await empty(true);
    await first(el).updateComplete;
    const root = first(el).shadowRoot!;
    expect(root.textContent).to.contain('No saved versions yet');
    const input = root.querySelector<HTMLInputElement>('input[aria-label="Version name"]')!;
    const button = root.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    expect(button.textContent!.trim()).to.equal('Save a version now');
    let asked = oneEvent(el, 'bt-request-save-version');
    button.click();
    expect((await asked).detail).to.deep.equal({ name: 'Before review' });
    input.value = '  Draft 1 ';
    asked = oneEvent(el, 'bt-request-save-version');
    button.click();
    expect((await asked).detail).to.deep.equal({ name: 'Draft 1' });
    // Version A has nothing to offer yet: its select is off.
    const controls = el.shadowRoot!.querySelector('bt-compare-controls')!;
    const [a, b] = controls.shadowRoot!.querySelectorAll('select');
    expect([a!.disabled, b!.disabled]).to.deep.equal([true, false]);
    await expect(el).to.be.accessible();
  });

  it('offers no form to a member who may not save versions', async () => {
    const el = await empty(false);
    await first(el).updateComplete;
    // Compared as a flag: a DOM element in a failed assertion's message crashes the runner.
    expect(first(el).shadowRoot!.querySelector('form') === null, 'no form').to.equal(true);
    expect(first(el).shadowRoot!.textContent).to.contain('No saved versions yet');
  });
});
