// Ctrl+K from a row, typed as a translator types: the phrase typed right after it goes into the
// concordance box, even while the dialog's code is still loading — never into the row.
import '../../setup.js';
import { aTimeout, expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html } from 'lit';
import { initI18n, loadAllStrings } from '../../../src/i18n/index.js';
import { MemoryController } from '../../../src/ui/memory/memory-controller.js';
import type { MemoryService } from '../../../src/state/memory.js';
import type { DocumentService } from '../../../src/state/document.js';
import { project } from '../fixtures.js';

const searched: string[] = [];
const memory = {
  state: { concordance: undefined, tms: [] },
  subscribe: () => () => undefined,
  concordance: async (phrase: string) => void searched.push(phrase),
} as unknown as MemoryService;
const doc = { current: { project } } as unknown as DocumentService;

/** A page with a translation field and the memory controller's dialogs, as the grid page has. */
class ConcordanceHost extends LitElement {
  readonly memory = new MemoryController(
    this,
    () => memory,
    () => doc,
  );

  override render() {
    return html`<textarea aria-label="row"></textarea>${this.memory.renderDialogs()}`;
  }
}
customElements.define('concordance-host', ConcordanceHost);

async function until(cond: () => boolean) {
  for (let i = 0; i < 150 && !cond(); i++) await aTimeout(20);
}

describe('Ctrl+K (keys)', () => {
  before(() => initI18n('en').then(loadAllStrings));

  // The dialog's code is not loaded yet, as on a first Ctrl+K.
  it('puts the phrase typed right after the first Ctrl+K in the concordance box, not in the row', async () => {
    const host = document.createElement('concordance-host') as ConcordanceHost;
    document.body.append(host);
    await host.updateComplete;
    const row = host.shadowRoot!.querySelector('textarea')!;
    row.value = 'Reviewed text.';
    row.focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'k' });
    await sendKeys({ up: 'Control' });
    await sendKeys({ type: 'abc' });
    const box = () =>
      host.shadowRoot!.querySelector('bt-concordance-dialog')?.shadowRoot?.querySelector('input');
    await until(() => box()?.value === 'abc');
    expect(box()?.value).to.equal('abc');
    expect(row.value).to.equal('Reviewed text.');
    // Nothing was selected: nothing searched until the translator asks.
    expect(searched).to.deep.equal([]);
    host.remove();
  });
});
