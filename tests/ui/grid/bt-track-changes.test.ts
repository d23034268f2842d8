import '../../setup.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Segment } from '../../../src/core/model.js';
import type { Baseline } from '../../../src/core/track.js';
import { initI18n, loadAllStrings } from '../../../src/i18n/index.js';
import '../../../src/ui/grid/bt-segment-row.js';
import '../../../src/ui/grid/bt-track-changes.js';
import type { BtSegmentRow } from '../../../src/ui/grid/bt-segment-row.js';
import type { BtTrackChanges, RowTrack } from '../../../src/ui/grid/bt-track-changes.js';
import { rows } from '../fixtures.js';

const [row] = rows(1);
const base: Baseline = {
  source: '开源峰会在杭州开幕。',
  target: 'The summit opened in Hangzhou.',
  status: 'translated',
};
const now = (patch: Partial<Segment>): Segment => ({ ...row, ...base, ...patch });

/** The element as the grid shows it: inside a row of a grid, on the row's columns. */
async function tracked(segment: Segment, track: RowTrack, n = 7) {
  const grid = await fixture<HTMLElement>(
    html`<div role="grid" aria-label="grid">
      <bt-segment-row
        role="row"
        .segment=${segment}
        .index=${n}
        .sourceLang=${'zh-Hans'}
        .targetLang=${'en'}
        .track=${track}
      ></bt-segment-row>
    </div>`,
  );
  const r = grid.querySelector<BtSegmentRow>('bt-segment-row')!;
  await r.updateComplete;
  const el = r.shadowRoot!.querySelector<BtTrackChanges>('bt-track-changes')!;
  await el.updateComplete;
  return { grid, el, root: el.shadowRoot! };
}

const marks = (root: ShadowRoot, sel = 'del, ins') =>
  [...root.querySelectorAll(sel)].map((m) => `${m.tagName.toLowerCase()}:${m.textContent}`);
const buttons = (root: ShadowRoot) =>
  [...root.querySelectorAll('button')].map((b) => [
    b.textContent!.trim(),
    b.getAttribute('aria-label'),
    b.disabled,
  ]);

describe('bt-track-changes', () => {
  before(() => initI18n('en').then(loadAllStrings));

  it('shows a changed translation as struck and underlined words, named for screen readers', async () => {
    const { grid, el, root } = await tracked(
      now({ target: 'The summit opened in Hangzhou today.', status: 'draft' }),
      { base, selected: false },
    );
    expect(marks(root)).to.deep.equal(['ins: today']);
    const ins = root.querySelector('ins')!;
    expect(ins.dataset.sr).to.equal('inserted');
    // The name is spoken through generated content, which is never shown on screen.
    expect(getComputedStyle(ins, '::before').content).to.equal('"inserted: "');
    expect(root.querySelector('ins')!.closest('[lang]')!.getAttribute('lang')).to.equal('en');
    expect(root.querySelector('.vh')!.textContent).to.equal('Translation: ');
    expect(root.querySelector('.state')!.textContent).to.equal('Undecided');
    expect(el.hasAttribute('accepted')).to.equal(false);
    expect(buttons(root)).to.deep.equal([
      ['Accept', 'Accept the change in row 7', false],
      ['Reject', 'Reject the change in row 7', false],
    ]);
    await expect(grid).to.be.accessible();
  });

  it('diffs the source too when it changed, and shows a status change', async () => {
    const { root } = await tracked(
      now({
        source: '开源大会在杭州开幕。',
        target: 'The forum opened in Hangzhou.',
        status: 'draft',
      }),
      { base, selected: false },
    );
    const source = root.querySelectorAll('.text')[0];
    expect(source.querySelector('[lang]')!.getAttribute('lang')).to.equal('zh-Hans');
    expect(marks(root)).to.deep.equal(['del:峰', 'ins:大', 'del:summit', 'ins:forum']);
    const badges = [...root.querySelectorAll('bt-status-badge')].map((b) => b.status);
    expect(badges).to.deep.equal(['translated', 'draft']);
  });

  it('asks to accept or reject this row, and to tick it', async () => {
    const { el, root } = await tracked(now({ target: 'Opened.', status: 'draft' }), {
      base,
      selected: false,
    });
    const [accept, reject] = root.querySelectorAll('button');
    setTimeout(() => accept.click());
    expect((await oneEvent(el, 'bt-request-track-decide')).detail).to.deep.equal({
      ids: [row.id],
      decision: 'accept',
    });
    setTimeout(() => reject.click());
    expect((await oneEvent(el, 'bt-request-track-decide')).detail).to.deep.equal({
      ids: [row.id],
      decision: 'reject',
    });
    const box = root.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(box.getAttribute('aria-label')).to.equal('Select the change in row 7');
    setTimeout(() => box.click());
    expect((await oneEvent(el, 'bt-request-track-select')).detail).to.deep.equal({
      id: row.id,
      selected: true,
    });
  });

  it('shows an accepted change muted, still rejectable', async () => {
    const { grid, el, root } = await tracked(now({ target: 'Opened.', status: 'reviewed' }), {
      base,
      selected: true,
    });
    expect(el.hasAttribute('accepted')).to.equal(true);
    expect(root.querySelector('.state')!.textContent).to.equal('Accepted');
    expect(buttons(root)).to.deep.equal([['Reject', 'Reject the change in row 7', false]]);
    expect(root.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).to.equal(true);
    await expect(grid).to.be.accessible();
  });

  it('marks a row that is not in the version as added: accept only', async () => {
    const { grid, root } = await tracked(now({ status: 'draft' }), { selected: false });
    expect(root.querySelector('.note')!.textContent).to.equal('Not in the version: a new row');
    expect(root.querySelector('.pick span')!.textContent).to.equal('Added');
    expect(marks(root)).to.deep.equal([]);
    expect(buttons(root)).to.deep.equal([['Accept', 'Accept the change in row 7', false]]);
    await expect(grid).to.be.accessible();
  });

  it('never offers to reject a merged row row by row', async () => {
    const { root } = await tracked(
      now({ source: `${base.source}再见。`, target: `${base.target} Bye.`, status: 'draft' }),
      { base, structural: 'merged', selected: false },
    );
    expect(root.querySelector('.pick span')!.textContent).to.equal('Merged');
    expect(buttons(root)).to.deep.equal([
      ['Accept', 'Accept the change in row 7', false],
      ['Reject', 'Reject the change in row 7', true],
    ]);
    expect(root.querySelectorAll('button')[1].title).to.contain('restoring the version');
  });

  it('shows nothing for a row equal to the version', async () => {
    const { el, root } = await tracked(now({}), { base, selected: false });
    expect(el.hidden).to.equal(true);
    expect(root.querySelector('button, del, ins')).to.equal(null);
  });

  it('renders imported text as text, never as markup', async () => {
    const { root } = await tracked(
      now({ target: '<img src=x onerror=alert(1)>', status: 'draft' }),
      {
        base,
        selected: false,
      },
    );
    expect(root.querySelector('img')).to.equal(null);
    expect(root.querySelector('ins')!.textContent).to.contain('<img');
  });
});
