import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { initI18n, loadAllStrings, setLanguage } from '../../../src/i18n/index.js';
import '../../../src/ui/grid/bt-side-panel.js';
import type { BtSidePanel } from '../../../src/ui/grid/bt-side-panel.js';

describe('bt-side-panel', () => {
  before(() => initI18n('en').then(loadAllStrings));
  after(() => setLanguage('en'));

  for (const lang of ['en', 'zh-CN'] as const)
    it(`keeps its six tabs on one line at the page's panel width (${lang})`, async () => {
      await setLanguage(lang);
      const el = await fixture<BtSidePanel>(
        html`<bt-side-panel style="display:block;width:var(--w)"></bt-side-panel>`,
      );
      // The width the grid page gives the panel at its widest (grid-template-columns: … minmax(16rem, 24rem)).
      el.style.setProperty('--w', '24rem');
      await el.updateComplete;
      await aTimeout(50);
      const tops = [...el.shadowRoot!.querySelectorAll('[role="tab"]')].map((t) =>
        Math.round(t.getBoundingClientRect().top),
      );
      expect(tops.length).to.equal(6);
      expect(new Set(tops).size, `tab tops ${tops.join(', ')}`).to.equal(1);
    });
});
