import { expect, fixture, html } from '@open-wc/testing';
import { initI18n, setLanguage } from '../../src/i18n/index.js';
import '../../src/ui/bt-app.js';
import type { BtApp } from '../../src/ui/bt-app.js';

describe('bt-app', () => {
  before(() => initI18n('en'));
  after(() => setLanguage('en'));

  it('shows the product name and is accessible', async () => {
    const el = await fixture<BtApp>(html`<bt-app></bt-app>`);
    expect(el.shadowRoot!.querySelector('h1')!.textContent).to.contain('Bitext Workbench');
    await expect(el).to.be.accessible();
  });
});
