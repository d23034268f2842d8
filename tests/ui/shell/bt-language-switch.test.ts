import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { initI18n, loadAllStrings, setLanguage } from '../../../src/i18n/index.js';
import '../../../src/ui/shell/bt-language-switch.js';
import type { BtLanguageSwitch } from '../../../src/ui/shell/bt-language-switch.js';
import { ringClippedBy } from './ring.js';

describe('bt-language-switch', () => {
  before(() => initI18n('en').then(loadAllStrings));
  after(() => setLanguage('en'));

  it('draws the whole focus ring round a language reached by keyboard, not a clipped line', async () => {
    const el = await fixture<BtLanguageSwitch>(html`<bt-language-switch></bt-language-switch>`);
    for (const name of ['English', '中文']) {
      await sendKeys({ press: 'Tab' });
      const focused = el.shadowRoot!.activeElement as HTMLElement;
      expect(focused.textContent!.trim(), name).to.equal(name);
      expect(focused.matches(':focus-visible'), name).to.equal(true);
      expect(getComputedStyle(focused).outlineStyle, name).to.equal('solid');
      expect(ringClippedBy(focused, el), `${name}: ring clipped`).to.equal(undefined);
    }
    await expect(el).to.be.accessible();
  });
});
