import { expect, fixture, html } from '@open-wc/testing';
import { initI18n, loadAllStrings } from '../../../src/i18n/index.js';
import '../../../src/ui/grid/bt-grid-header.js';
import type { BtGridHeader } from '../../../src/ui/grid/bt-grid-header.js';
import { rows } from '../fixtures.js';

describe('bt-grid-header', () => {
  before(() => initI18n('en').then(loadAllStrings));

  it('draws the progress bar by share of rows', async () => {
    const segs = rows(4, (i) => (i === 0 ? 'approved' : i < 3 ? 'translated' : 'new'));
    const el = await fixture<BtGridHeader>(
      html`<bt-grid-header .segments=${segs}></bt-grid-header>`,
    );
    const bar = el.shadowRoot!.querySelector<HTMLElement>('.bar')!;
    const share = (status: string) =>
      Math.round(
        (100 * bar.querySelector<HTMLElement>(`.${status}`)!.getBoundingClientRect().width) /
          bar.getBoundingClientRect().width,
      );
    expect([share('approved'), share('translated'), share('new')]).to.deep.equal([25, 50, 25]);
    // Widths follow the rows after a change.
    el.segments = rows(4, () => 'translated');
    await new Promise((r) => setTimeout(r, 400)); // the header recounts at most every 300 ms
    await el.updateComplete;
    expect(share('translated')).to.equal(100);
  });
});
