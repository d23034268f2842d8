import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { initI18n, setLanguage, loadAllStrings } from '../../../src/i18n/index.js';
import { loadStrings } from '../../../src/i18n/index.js';
import '../../../src/ui/qa/bt-qa-panel.js';
import '../../../src/ui/qa/bt-qa-export-warning.js';
import '../../../src/ui/grid/bt-segment-row.js';
import type { BtQaPanel } from '../../../src/ui/qa/bt-qa-panel.js';
import type { BtQaExportWarning } from '../../../src/ui/qa/bt-qa-export-warning.js';
import type { BtSegmentRow } from '../../../src/ui/grid/bt-segment-row.js';
import type { ShownFinding } from '../../../src/core/qa/findings-view.js';
import { rows } from '../fixtures.js';

const FINDINGS: ShownFinding[] = [
  {
    row: 0,
    rowId: 's0',
    check: 'number',
    severity: 'error',
    params: { reason: 'changed', source: '1.2亿', target: '12 million', targetValue: '1200万' },
  },
  { row: 2, rowId: 's2', check: 'quotes', severity: 'error', params: { mark: '“' } },
  { row: 3, rowId: 's3', check: 'spacing', severity: 'warning', params: { reason: 'double' } },
  {
    row: 4,
    rowId: 's4',
    check: 'spacing',
    severity: 'warning',
    params: { reason: 'trailing' },
    ignored: {
      id: 'x',
      docId: 'd1',
      rowId: 's4',
      check: 'spacing',
      key: 'k',
      row: 'r',
      by: '王芳',
      role: 'reviewer',
      at: Date.UTC(2026, 10, 30, 9, 0),
    },
  },
];

async function panel() {
  return fixture<BtQaPanel>(
    html`<bt-qa-panel
      .findings=${FINDINGS}
      .counts=${{ errors: 2, warnings: 1, ignored: 1 }}
      .checkedAll=${true}
      .job=${{ status: 'done', progress: 1 }}
    ></bt-qa-panel>`,
  );
}

const buttons = (el: BtQaPanel, cls = '.go') =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>(`button${cls}`)].map((b) =>
    b.textContent!.replace(/\s+/g, ' ').trim(),
  );

describe('bt-qa-panel', () => {
  before(async () => {
    await initI18n('en');
    await loadAllStrings();
    await Promise.all([loadStrings('qa'), loadStrings('qaPanel')]);
  });
  after(() => setLanguage('en'));

  it('lists open findings by check, with counts and messages that name what differs', async () => {
    const el = await panel();
    const root = el.shadowRoot!;
    expect(root.querySelector('[role=status]')!.textContent).to.contain(
      'Errors: 2 · Warnings: 1 · Ignored: 1',
    );
    expect([...root.querySelectorAll('h3')].map((h) => h.textContent!.trim())).to.deep.equal([
      'Numbers (1)',
      'Quotes (1)',
      'Spacing (1)',
    ]);
    expect(buttons(el)).to.deep.equal([
      'Row 1 · Error 1.2亿 in the source; the translation has 12 million, which is 1200万.',
      'Row 3 · Error The quotation mark ““” has no partner.',
      'Row 4 · Warning Two spaces in a row.',
    ]);
    await expect(el).to.be.accessible();
  });

  it('filters by severity, check and ignored', async () => {
    const el = await panel();
    const select = (id: string, value: string) => {
      const s = el.shadowRoot!.querySelector<HTMLSelectElement>(`#${id}`)!;
      s.value = value;
      s.dispatchEvent(new Event('change'));
      return el.updateComplete;
    };
    await select('sev', 'warning');
    expect(buttons(el)).to.deep.equal(['Row 4 · Warning Two spaces in a row.']);
    await select('sev', 'all');
    await select('check', 'number');
    expect(buttons(el)).to.have.length(1);
    await select('check', 'all');
    await select('ign', 'ignored');
    expect(buttons(el)).to.deep.equal(['Row 5 · Warning The translation ends with a space.']);
    expect(el.shadowRoot!.querySelector('.ignored')!.textContent).to.contain('Ignored by 王芳');
  });

  it('asks to go to a finding’s row, to ignore it, to run and to download the report', async () => {
    const el = await panel();
    const root = el.shadowRoot!;
    const go = root.querySelector<HTMLButtonElement>('button.go')!;
    setTimeout(() => go.click());
    expect((await oneEvent(el, 'bt-request-goto-row')).detail).to.deep.equal({ id: 's0' });
    const ignore = root.querySelector<HTMLButtonElement>(
      'button[aria-label^="Ignore the finding in row 3"]',
    )!;
    setTimeout(() => ignore.click());
    expect((await oneEvent(el, 'bt-request-qa-ignore')).detail.findings[0].rowId).to.equal('s2');
    const run = [...root.querySelectorAll('button')].find((b) => b.textContent!.includes('Check'))!;
    setTimeout(() => run.click());
    await oneEvent(el, 'bt-request-qa-run');
    const csv = [...root.querySelectorAll('button')].find((b) => b.textContent!.includes('CSV'))!;
    setTimeout(() => csv.click());
    expect((await oneEvent(el, 'bt-request-qa-report')).detail).to.deep.equal({ kind: 'csv' });
  });

  it('shows a run’s progress, and speaks Chinese', async () => {
    await setLanguage('zh-CN');
    try {
      const el = await fixture<BtQaPanel>(
        html`<bt-qa-panel
          .findings=${FINDINGS.slice(0, 1)}
          .counts=${{ errors: 1, warnings: 0, ignored: 0 }}
          .job=${{ status: 'running', progress: 0.4 }}
        ></bt-qa-panel>`,
      );
      const root = el.shadowRoot!;
      expect(root.querySelector('progress')!.value).to.equal(40);
      expect(root.querySelector('h3')!.textContent).to.contain('数字');
      expect(root.querySelector('[role=status]')!.textContent).to.contain('错误 1');
      expect(buttons(el)[0]).to.contain('第 1 行 · 错误');
      await expect(el).to.be.accessible();
    } finally {
      await setLanguage('en');
    }
  });

  it('sends a project’s settings: a check turned off, a severity changed', async () => {
    const el = await panel();
    const settings = el.shadowRoot!.querySelector('bt-qa-settings')!;
    await settings.updateComplete;
    const box = [...settings.shadowRoot!.querySelectorAll('label')]
      .find((l) => l.textContent!.includes('Length'))!
      .querySelector('input')!;
    setTimeout(() => box.click());
    expect((await oneEvent(el, 'bt-request-qa-settings')).detail.settings).to.deep.equal({
      enabled: { length: false },
      severity: {},
    });
    const sev = settings.shadowRoot!.querySelector<HTMLSelectElement>(
      'select[aria-label="Severity of Numbers"]',
    )!;
    // The default names the check's own severity, so choosing one is a known change.
    expect([...sev.options].map((o) => o.textContent!.trim())).to.deep.equal([
      'As the check says (error)',
      'Error',
      'Warning',
    ]);
    const terms = settings.shadowRoot!.querySelector<HTMLSelectElement>(
      'select[aria-label="Severity of Terms"]',
    )!;
    expect(terms.options[0].textContent!.trim()).to.equal('As the check says (error or warning)');
    sev.value = 'warning';
    setTimeout(() => sev.dispatchEvent(new Event('change', { bubbles: true })));
    expect((await oneEvent(el, 'bt-request-qa-settings')).detail.settings.severity).to.deep.equal({
      number: 'warning',
    });
    settings.shadowRoot!.querySelector('details')!.open = true;
    await expect(settings).to.be.accessible();
  });

  it('shows a team project’s settings read-only to a member, and says whose they are', async () => {
    const el = await panel();
    const settings = el.shadowRoot!.querySelector('bt-qa-settings')!;
    const controls = () => [
      ...settings.shadowRoot!.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
        'input, select',
      ),
    ];
    const note = () => settings.shadowRoot!.querySelector('.team')?.textContent?.trim();
    await settings.updateComplete;
    expect(note()).to.equal(undefined);
    el.settingsBy = 'member';
    await el.updateComplete;
    await settings.updateComplete;
    expect(controls().length).to.be.greaterThan(10);
    expect(controls().every((c) => c.disabled)).to.equal(true);
    expect(note()).to.match(/its owner sets them for every member/);
    expect(settings.shadowRoot!.querySelector('table')!.getAttribute('aria-describedby')).to.equal(
      'team',
    );
    el.settingsBy = 'owner';
    await el.updateComplete;
    await settings.updateComplete;
    const boxes = controls().filter((c) => c.type === 'checkbox');
    expect(boxes.every((c) => !c.disabled)).to.equal(true);
    expect(note()).to.match(/changes for every member/);
    // A change the service did not take (the server out of reach): the box shows what holds.
    const box = boxes[0] as HTMLInputElement;
    box.click();
    expect(box.checked).to.equal(false);
    el.settings = { ...el.settings };
    await el.updateComplete;
    await settings.updateComplete;
    expect(box.checked).to.equal(true);
    settings.shadowRoot!.querySelector('details')!.open = true;
    await expect(settings).to.be.accessible();
  });
});

describe('QA in the grid and before export', () => {
  before(async () => {
    await initI18n('en');
    await loadAllStrings();
    await Promise.all([loadStrings('qa'), loadStrings('qaPanel')]);
  });

  it('puts a badge on a row that has findings, and none on a row without', async () => {
    const [s] = rows(1);
    const el = await fixture<BtSegmentRow>(
      html`<bt-segment-row
        .segment=${s}
        .index=${7}
        .qa=${{ errors: 1, warnings: 2 }}
      ></bt-segment-row>`,
    );
    const badge = el.shadowRoot!.querySelector('.qa')!;
    expect(badge.textContent).to.contain('QA 3');
    expect(badge.textContent).to.contain('Quality checks: 1 error and 2 warnings in row 7');
    el.qa = undefined;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.qa')).to.equal(null);
  });

  it('warns of open errors before export, links to the panel, and says when there are none', async () => {
    const el = await fixture<BtQaExportWarning>(
      html`<bt-qa-export-warning></bt-qa-export-warning>`,
    );
    expect(el.shadowRoot!.textContent).to.contain('Running the quality checks');
    el.errors = 3;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('3 open quality-check errors in this document.');
    await expect(el).to.be.accessible();
    const link = el.shadowRoot!.querySelector('button')!;
    setTimeout(() => link.click());
    await oneEvent(el, 'bt-request-open-qa');
    el.errors = 0;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('No open quality-check errors.');
  });
});
