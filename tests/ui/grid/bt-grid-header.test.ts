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

  it('sizes a Chinese source by characters, and names its other words as such', async () => {
    const segs = rows(2, () => 'new').map((s, i) => ({
      ...s,
      source: i === 0 ? '开源峰会在杭州开幕。' : 'Open Bridge 峰会有1,800名开发者。',
    }));
    const terms = async (lang: string) => {
      const el = await fixture<BtGridHeader>(
        html`<bt-grid-header .segments=${segs} .sourceLang=${lang}></bt-grid-header>`,
      );
      return [...el.shadowRoot!.querySelectorAll('dl > div')]
        .slice(-2)
        .map(
          (d) =>
            `${d.querySelector('dt')!.textContent!.trim()}: ${d.querySelector('dd')!.textContent}`,
        );
    };
    expect(await terms('zh-Hans')).to.deep.equal([
      'Source Chinese characters: 16',
      'Source words not in Chinese: 3',
    ]);
    expect((await terms('en')).at(-1)).to.equal('Source words: 3');
  });
});
