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

  it('offers Rename and Delete of a team version only where this member may, named as for local ones', async () => {
    await setLanguage('en');
    const v = (id: string, name: string) => ({
      id,
      docId: 'd',
      name,
      author: 'Tina',
      createdAt: 1,
      segmentCount: 2,
    });
    const el = await fixture<BtSidePanel>(html`<bt-side-panel shared></bt-side-panel>`);
    el.versions = [v('a', 'Mine'), v('b', 'Theirs')];
    el.manageable = new Set(['a']);
    await el.show('versions');
    const labels = () =>
      [...el.shadowRoot!.querySelectorAll('li button')].map((b) => b.getAttribute('aria-label'));
    expect(labels()).to.deep.equal([
      'Restore the document to Mine',
      'Rename Mine',
      'Delete Mine',
      'Restore the document to Theirs',
    ]);
    await expect(el).to.be.accessible();
    // Delete asks first, as for a local version; declined, nothing is asked of the page.
    const asked: string[] = [];
    el.addEventListener('bt-request-delete-version', (e) => asked.push(e.detail.id));
    const confirmWas = window.confirm;
    try {
      window.confirm = () => false;
      el.shadowRoot!.querySelector<HTMLButtonElement>('[aria-label="Delete Mine"]')!.click();
      expect(asked).to.deep.equal([]);
      window.confirm = () => true;
      el.shadowRoot!.querySelector<HTMLButtonElement>('[aria-label="Delete Mine"]')!.click();
      expect(asked).to.deep.equal(['a']);
    } finally {
      window.confirm = confirmWas;
    }
    // A viewer's list: nothing to press.
    el.readOnly = true;
    await el.updateComplete;
    expect(labels()).to.deep.equal([]);
  });
});
