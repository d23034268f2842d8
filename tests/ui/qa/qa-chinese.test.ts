// The QA UI in Chinese with Chinese-only data shows no English: every string comes from locales/.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { initI18n, setLanguage, loadAllStrings } from '../../../src/i18n/index.js';
import { loadStrings } from '../../../src/i18n/index.js';
import '../../../src/ui/qa/bt-qa-panel.js';
import '../../../src/ui/qa/bt-qa-export-warning.js';
import '../../../src/ui/grid/bt-segment-row.js';
import type { ShownFinding } from '../../../src/core/qa/findings-view.js';
import { CHECK_IDS } from '../../../src/core/qa/types.js';
import { latinWords, visibleStrings } from '../../i18n/latin.js';
import { rows } from '../fixtures.js';

const FINDINGS: ShownFinding[] = [
  {
    row: 0,
    rowId: 's0',
    check: 'number',
    severity: 'error',
    params: { reason: 'missing', source: '三千' },
  },
  { row: 1, rowId: 's1', check: 'quotes', severity: 'warning', params: { mark: '“' } },
  {
    row: 2,
    rowId: 's2',
    check: 'empty',
    severity: 'error',
    params: {},
    ignored: {
      id: 'i',
      docId: 'd1',
      rowId: 's2',
      check: 'empty',
      key: 'k',
      row: 'r',
      by: '王芳',
      role: 'reviewer',
      at: 0,
    },
  },
];

describe('QA UI in Chinese', () => {
  before(async () => {
    await initI18n('en');
    await loadAllStrings();
    await setLanguage('zh-CN');
    await Promise.all([loadStrings('qa'), loadStrings('qaPanel')]);
  });
  after(() => setLanguage('en'));

  it('the panel (with its settings open, ignored findings shown) has no hard-coded English', async () => {
    const el = await fixture(
      html`<bt-qa-panel
        .findings=${FINDINGS}
        .counts=${{ errors: 1, warnings: 1, ignored: 1 }}
        .checkedAll=${true}
        .job=${{ status: 'running', progress: 0.5 }}
      ></bt-qa-panel>`,
    );
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#ign')!;
    select.value = 'all';
    select.dispatchEvent(new Event('change'));
    const settings = el.shadowRoot!.querySelector('bt-qa-settings')!;
    await settings.updateComplete;
    settings.shadowRoot!.querySelector('details')!.open = true;
    await aTimeout(20);
    expect(latinWords(visibleStrings(el))).to.deep.equal([]);
    // Every check has a Chinese name.
    const text = visibleStrings(settings).join(' ');
    expect(CHECK_IDS.every((c) => !text.includes(c))).to.equal(true);
  });

  it('the export warning and a row’s badge have no hard-coded English', async () => {
    const warn = await fixture(html`<bt-qa-export-warning .errors=${2}></bt-qa-export-warning>`);
    expect(latinWords(visibleStrings(warn))).to.deep.equal([]);
    const row = await fixture(
      html`<bt-segment-row
        .segment=${rows(1)[0]}
        .index=${1}
        .qa=${{ errors: 1, warnings: 0 }}
      ></bt-segment-row>`,
    );
    expect(latinWords(visibleStrings(row))).to.deep.equal([]);
  });
});
