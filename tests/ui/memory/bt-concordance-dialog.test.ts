import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { initI18n, loadAllStrings } from '../../../src/i18n/index.js';
import '../../../src/ui/memory/bt-concordance-dialog.js';
import type { BtConcordanceDialog } from '../../../src/ui/memory/bt-concordance-dialog.js';

describe('bt-concordance-dialog', () => {
  before(() => initI18n('en').then(loadAllStrings));

  it('closes on the first Escape from its search field, as every other dialog does', async () => {
    const el = await fixture<BtConcordanceDialog>(
      html`<bt-concordance-dialog open phrase="won"></bt-concordance-dialog>`,
    );
    let closes = 0;
    el.addEventListener('bt-request-close', () => closes++);
    const input = el.shadowRoot!.querySelector('input')!;
    expect(el.shadowRoot!.activeElement).to.equal(input);
    await sendKeys({ type: 'They' });
    await sendKeys({ press: 'Escape' });
    // (A search field would only clear itself on the first Escape and keep the dialog open.)
    expect(closes).to.equal(1);
    await expect(el).to.be.accessible();
  });
});
