// Track changes in the grid: the editor with a version chosen in "Changed since".
import '../../setup.js';
import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { asked } from '../ask.js';
import type { Role, Segment, VersionSegment } from '../../../src/core/model.js';
import { initI18n, loadAllStrings } from '../../../src/i18n/index.js';
import '../../../src/ui/grid/bt-editor.js';
import type { BtEditor } from '../../../src/ui/grid/bt-editor.js';
import type { BtSegmentRow } from '../../../src/ui/grid/bt-segment-row.js';
import type { BtTrackBar } from '../../../src/ui/grid/bt-track-bar.js';
import { project, rows } from '../fixtures.js';

// The version: six translated rows. Now: s1 edited (draft), s2 edited and accepted (reviewed),
// s4 only its status changed, s6 added; s0, s3 and s5 as in the version.
const version: VersionSegment[] = rows(6).map(({ id, order, source, note }, i) => ({
  id,
  order,
  source,
  target: `第${i + 1}句的译文。`,
  status: 'translated',
  note,
}));
const edits: Record<string, Partial<Segment>> = {
  s1: { target: '第2句修改过的译文。', status: 'draft' },
  s2: { target: '第3句改好的译文。', status: 'reviewed' },
  s4: { status: 'draft' },
};
const now: Segment[] = [
  ...rows(6).map((s, i) => ({ ...s, ...version[i], ...edits[s.id] })),
  { ...rows(7)[6], target: '新的一句。', status: 'draft' },
];
const since = { id: 'v1', rows: new Map(version.map((v) => [v.id, v])) };

/** The grid with track changes on, for a reviewer unless `role` says otherwise. */
async function editor(withSince = true, role: Role = 'reviewer') {
  const el = await fixture<BtEditor>(
    html`<bt-editor
      style="height:700px"
      .project=${project}
      .segments=${now}
      .versions=${[{ id: 'v1', name: '译者稿' }]}
      .since=${withSince ? since : undefined}
      .workRole=${role}
    ></bt-editor>`,
  );
  await until(() => rowEls(el).length > 0);
  // Track changes and their diff view load on demand when a version is first chosen.
  await until(() => !!customElements.get('bt-track-changes') || !withSince);
  await until(() => !!bar(el) || !withSince);
  await aTimeout(30);
  return el;
}

const rowEls = (el: BtEditor) => [
  ...el.shadowRoot!.querySelectorAll<BtSegmentRow>('bt-segment-row'),
];
const shownIds = (el: BtEditor) => rowEls(el).map((r) => r.dataset.id);
const bar = (el: BtEditor) => el.shadowRoot!.querySelector<BtTrackBar>('bt-track-bar');
const barButton = (el: BtEditor, label: string) =>
  [...bar(el)!.shadowRoot!.querySelectorAll('button')].find(
    (b) => b.textContent!.trim() === label,
  )!;
const trackOf = (el: BtEditor, id: string) =>
  rowEls(el)
    .find((r) => r.dataset.id === id)!
    .shadowRoot!.querySelector('bt-track-changes')!;
const focusedRowId = (el: BtEditor) =>
  (el.shadowRoot!.activeElement as BtSegmentRow | null)?.dataset.id;

async function until(cond: () => boolean) {
  for (let i = 0; i < 150 && !cond(); i++) await aTimeout(20);
}

describe('bt-editor: track changes', () => {
  before(() => initI18n('en').then(loadAllStrings));

  it('has no track-changes bar or diffs without a version', async () => {
    const el = await editor(false);
    expect(bar(el)).to.equal(null);
    expect(rowEls(el)[0].shadowRoot!.querySelector('bt-track-changes')).to.equal(null);
  });

  it('shows each changed row with its diff, and counts the undecided changes', async () => {
    const el = await editor();
    expect(shownIds(el)).to.deep.equal(['s1', 's2', 's4', 's6']);
    const root = bar(el)!.shadowRoot!;
    expect(root.querySelector('.since')!.textContent).to.equal('Changes since “译者稿”');
    expect(root.querySelector('[role="status"]')!.textContent).to.equal('3 of 4 changes undecided');
    const s1 = trackOf(el, 's1');
    await s1.updateComplete;
    expect(
      [...s1.shadowRoot!.querySelectorAll('del, ins')].map((m) => m.textContent),
    ).to.deep.equal(['的', '修改过的']);
    expect(trackOf(el, 's2').hasAttribute('accepted')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('"Undecided only" hides accepted changes', async () => {
    const el = await editor();
    const box = bar(el)!.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    box.click();
    await until(() => shownIds(el).length === 3);
    expect(shownIds(el)).to.deep.equal(['s1', 's4', 's6']);
  });

  it('Accept all asks to decide every row shown; Reject all asks first', async () => {
    const el = await editor();
    setTimeout(() => barButton(el, 'Accept all').click());
    expect((await oneEvent(el, 'bt-request-track-decide')).detail).to.deep.equal({
      ids: ['s1', 's2', 's4', 's6'],
      decision: 'accept',
    });
    let fired = false;
    el.addEventListener('bt-request-track-decide', () => (fired = true), { once: true });
    barButton(el, 'Reject all').click();
    const q = await asked();
    // What the button does, counted: the four rows shown.
    expect([q.title, q.confirmLabel]).to.deep.equal([
      'Reject the changes shown?',
      'Reject all 4 changes',
    ]);
    await q.answer(false);
    expect(fired, 'declined: nothing decided').to.equal(false);
    barButton(el, 'Reject all').click();
    setTimeout(() => void asked().then((q) => q.answer(true)));
    expect((await oneEvent(el, 'bt-request-track-decide')).detail).to.deep.equal({
      ids: ['s1', 's2', 's4', 's6'],
      decision: 'reject',
    });
  });

  it('ticked rows are decided together, then unticked', async () => {
    const el = await editor();
    for (const id of ['s1', 's6']) {
      await trackOf(el, id).updateComplete;
      trackOf(el, id)
        .shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!
        .click();
    }
    await until(() => !barButton(el, 'Reject selected').disabled);
    expect(bar(el)!.shadowRoot!.textContent).to.contain('2 rows selected');
    setTimeout(() => barButton(el, 'Reject selected').click());
    expect((await oneEvent(el, 'bt-request-track-decide')).detail).to.deep.equal({
      ids: ['s1', 's6'],
      decision: 'reject',
    });
    await until(() => barButton(el, 'Reject selected').disabled);
    expect(bar(el)!.shadowRoot!.textContent).to.contain('0 rows selected');
  });

  it('Alt+Shift+↓/↑ move between undecided changes, skipping accepted ones', async () => {
    const el = await editor();
    el.focusRow('s1');
    await until(() => focusedRowId(el) === 's1');
    const key = (init: KeyboardEventInit) => {
      const row = el.shadowRoot!.activeElement as BtSegmentRow;
      row.shadowRoot!.activeElement!.dispatchEvent(
        new KeyboardEvent('keydown', { bubbles: true, composed: true, cancelable: true, ...init }),
      );
    };
    key({ key: 'ArrowDown', altKey: true, shiftKey: true });
    await until(() => focusedRowId(el) === 's4');
    expect(focusedRowId(el)).to.equal('s4');
    key({ key: 'ArrowUp', altKey: true, shiftKey: true });
    await until(() => focusedRowId(el) === 's1');
    expect(focusedRowId(el)).to.equal('s1');
  });

  it("a row's own decision goes up to the app and the caret moves to the next change", async () => {
    const el = await editor();
    const s1 = trackOf(el, 's1');
    await s1.updateComplete;
    const reject = [...s1.shadowRoot!.querySelectorAll('button')].find(
      (b) => b.textContent!.trim() === 'Reject',
    )!;
    setTimeout(() => reject.click());
    expect((await oneEvent(el, 'bt-request-track-decide')).detail).to.deep.equal({
      ids: ['s1'],
      decision: 'reject',
    });
    await until(() => focusedRowId(el) === 's4');
    expect(focusedRowId(el)).to.equal('s4');
  });

  it("a translator sees accept and reject switched off, each saying it is a reviewer's", async () => {
    const el = await editor(true, 'translator');
    const bar = el.shadowRoot!.querySelector('bt-track-bar')!.shadowRoot!;
    const all = [...bar.querySelectorAll('button')].find((b) =>
      b.textContent!.includes('Accept all'),
    )!;
    expect(all.disabled).to.equal(true);
    expect(all.title).to.contain('Only a reviewer');
    const row = rowEls(el).find((r) => r.shadowRoot!.querySelector('bt-track-changes'))!;
    const track = row.shadowRoot!.querySelector('bt-track-changes')!;
    await track.updateComplete;
    const accept = track.shadowRoot!.querySelector<HTMLButtonElement>(
      'button[aria-label^="Accept"]',
    );
    expect(accept?.disabled).to.equal(true);
    expect(accept?.title).to.contain('Only a reviewer');
  });
});
