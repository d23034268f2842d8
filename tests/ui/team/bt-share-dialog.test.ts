import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { initI18n, loadAllStrings } from '../../../src/i18n/index.js';
import '../../../src/ui/team/bt-share-dialog.js';
import type { BtShareDialog } from '../../../src/ui/team/bt-share-dialog.js';

const texts = (el: Element) => [...el.querySelectorAll('button')].map((b) => b.textContent!.trim());

describe('bt-share-dialog', () => {
  before(() => initI18n('en').then(loadAllStrings));

  it('ends the share form in one row, Cancel then Share, and Cancel asks to close', async () => {
    const el = await fixture<BtShareDialog>(
      html`<bt-share-dialog open author="Lin"></bt-share-dialog>`,
    );
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    const rows = dialog.querySelectorAll('.actions');
    expect(rows.length).to.equal(1);
    expect(texts(rows[0]!)).to.deep.equal(['Cancel', 'Share']);
    expect(rows[0]!.closest('form')).to.not.equal(null);
    const asked = oneEvent(el, 'bt-request-close-share');
    rows[0]!.querySelector('button')!.click();
    await asked;
    await expect(el).to.be.accessible();
  });

  it('keeps a single Close for the invitations of a team project', async () => {
    const el = await fixture<BtShareDialog>(
      html`<bt-share-dialog open team owner></bt-share-dialog>`,
    );
    const rows = el.shadowRoot!.querySelectorAll('.actions');
    expect(rows.length).to.equal(1);
    expect(texts(rows[0]!)).to.deep.equal(['Close']);
    await expect(el).to.be.accessible();
  });
});
