import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { initI18n, loadAllStrings } from '../../src/i18n/index.js';
import '../../src/ui/common/bt-status-badge.js';
import '../../src/ui/shell/bt-save-indicator.js';
import '../../src/ui/shell/bt-toast.js';
import '../../src/ui/shell/bt-language-switch.js';
import '../../src/ui/grid/bt-grid-header.js';
import { rows } from './fixtures.js';

const statuses = ['new', 'draft', 'translated', 'reviewed', 'approved', 'rejected'] as const;

describe('theme', () => {
  before(() => initI18n('en').then(loadAllStrings));
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  for (const scheme of ['light', 'dark'] as const) {
    it(`status, save state, notices and progress meet contrast in the ${scheme} theme`, async () => {
      await emulateMedia({ colorScheme: scheme });
      // The page really is in that theme, so axe checks the theme's colours, not the light ones.
      const bg = getComputedStyle(document.body).backgroundColor;
      expect(bg).to.equal(scheme === 'dark' ? 'rgb(19, 22, 28)' : 'rgb(246, 247, 249)');
      const el = await fixture(
        html`<div>
          ${statuses.map((s) => html`<bt-status-badge status=${s}></bt-status-badge>`)}
          <bt-save-indicator state="failed"></bt-save-indicator>
          <bt-toast message="Deleted." action="Undo"></bt-toast>
          <bt-toast kind="error" message="Not saved."></bt-toast>
          <bt-grid-header .segments=${rows(6, (i) => statuses[i])}></bt-grid-header>
        </div>`,
      );
      await expect(el).to.be.accessible();
    });
  }

  it('shows the shared focus ring on a button reached by keyboard', async () => {
    const el = await fixture(html`<bt-language-switch></bt-language-switch>`);
    await sendKeys({ press: 'Tab' });
    const focused = el.shadowRoot!.activeElement!;
    expect(focused.tagName).to.equal('BUTTON');
    const style = getComputedStyle(focused);
    expect([style.outlineStyle, style.outlineWidth, style.outlineColor]).to.deep.equal([
      'solid',
      '2px',
      'rgb(47, 111, 222)',
    ]);
  });
});
