import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import type { ReviewComment, Segment } from '../../../src/core/model.js';
import { initI18n, loadAllStrings } from '../../../src/i18n/index.js';
import '../../../src/ui/review/bt-lqa-summary.js';
import type { BtLqaSummary } from '../../../src/ui/review/bt-lqa-summary.js';
import { rows } from '../fixtures.js';

const issue = (
  id: string,
  category: string,
  severity: 'minor' | 'major' | 'critical',
  over: Partial<ReviewComment> = {},
): ReviewComment => ({
  id,
  author: '王审校',
  role: 'reviewer',
  at: 1,
  text: '问题',
  resolved: false,
  issue: { category, severity },
  ...over,
});

/** Two rows of 50 English words each (100 words), the first with the given comments. */
function doc(comments: ReviewComment[]): Segment[] {
  const words = Array.from({ length: 50 }, (_, i) => `w${i}`).join(' ');
  const [a, b] = rows(2);
  return [
    { ...a, source: words, comments },
    { ...b, source: words },
  ];
}

async function mount(segments: Segment[], threshold?: number) {
  const el = await fixture<BtLqaSummary>(
    html`<bt-lqa-summary .segments=${segments} .threshold=${threshold}></bt-lqa-summary>`,
  );
  await aTimeout(20);
  await el.updateComplete;
  el.shadowRoot!.querySelector('details')!.open = true;
  return el;
}

const figures = (el: BtLqaSummary) =>
  Object.fromEntries(
    [...el.shadowRoot!.querySelectorAll('dt')].map((dt) => [
      dt.textContent!.trim(),
      dt.nextElementSibling!.querySelector('input')?.value ??
        dt.nextElementSibling!.textContent!.trim(),
    ]),
  );
const rowOf = (el: BtLqaSummary, name: string) =>
  [
    ...[...el.shadowRoot!.querySelectorAll('tr')].find(
      (tr) => tr.querySelector('th')!.textContent!.trim() === name,
    )!.children,
  ].map((cell) => cell.textContent!.trim());

describe('bt-lqa-summary', () => {
  it('scores the document: issues by category × severity, points per 1,000 words, FAIL', async () => {
    await initI18n('en');
    await loadAllStrings();
    const el = await mount(
      doc([
        issue('c1', 'terminology', 'major'),
        issue('c2', 'accuracy.omission', 'minor', { resolved: true }),
        issue('c3', 'style', 'critical', { withdrawn: true }),
        { ...issue('c4', 'other', 'minor'), issue: undefined },
      ]),
    );
    const root = el.shadowRoot!;
    expect(root.querySelector('summary')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Quality (LQA): 2 issues, 60.0 points per 1,000 words · FAIL',
    );
    expect(figures(el)).to.deep.equal({
      'Words reviewed': '100',
      'Penalty points': '6',
      'Points per 1,000 words': '60.0',
      'Pass threshold': '10',
      Result: 'FAIL',
    });
    expect(rowOf(el, 'Terminology')).to.deep.equal(['Terminology', '0', '1', '0', '5']);
    expect(rowOf(el, 'Accuracy')).to.deep.equal(['Accuracy', '1', '0', '0', '1']);
    expect(rowOf(el, 'Style'), 'withdrawn: not counted').to.deep.equal([
      'Style',
      '0',
      '0',
      '0',
      '0',
    ]);
    expect(rowOf(el, 'Total')).to.deep.equal(['Total', '1', '1', '0', '6']);
    expect(root.textContent).to.contain('1 withdrawn issue is not counted.');
    expect(root.querySelector('.how')!.textContent).to.contain('100 words plus 0 Chinese');
    await expect(el).to.be.accessible();
  });

  it('passes at or under the threshold, and with no issues at all', async () => {
    await initI18n('en');
    await loadAllStrings();
    const el = await mount(doc([issue('c1', 'terminology', 'major')]), 50);
    expect(figures(el).Result).to.equal('PASS');
    const none = await mount(doc([]));
    expect(figures(none).Result).to.equal('PASS');
    expect(none.shadowRoot!.textContent).to.contain('No issues logged yet');
    expect(none.shadowRoot!.querySelector('table')).to.equal(null);
  });

  it('sets the project’s threshold in a field; refuses what is not one; read-only to a team member', async () => {
    await initI18n('en');
    await loadAllStrings();
    const el = await mount(doc([issue('c1', 'terminology', 'major')]));
    const field = el.shadowRoot!.querySelector<HTMLInputElement>('input')!;
    expect(field.getAttribute('aria-labelledby')).to.equal('threshold');
    const sent: number[] = [];
    el.addEventListener('bt-request-lqa-threshold', (e) => sent.push(e.detail.threshold));
    const type = (v: string) => {
      field.value = v;
      field.dispatchEvent(new Event('change'));
    };
    for (const bad of ['-1', '', '1000.5', 'abc']) {
      type(bad);
      expect(field.value, `"${bad}" refused`).to.equal('10');
    }
    type('10');
    expect(sent, 'the same value is no change').to.deep.equal([]);
    type('50');
    expect(sent).to.deep.equal([50]);
    // The page hands the project's new threshold back: the verdict follows.
    el.threshold = 50;
    await el.updateComplete;
    expect(figures(el).Result).to.equal('PASS');
    expect(figures(el)['Pass threshold']).to.equal('50');
    // A half is said as set, not rounded to a whole.
    el.threshold = 10.5;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.how')!.textContent).to.contain(
      'passes at 10.5 points per 1,000 words',
    );
    await expect(el).to.be.accessible();
    el.by = 'member';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('input')).to.equal(null);
    expect(figures(el)['Pass threshold']).to.match(/^10\.5\s+\(set by the team project’s owner/);
  });

  it('recomputes when the rows change', async () => {
    await initI18n('en');
    await loadAllStrings();
    const el = await mount(doc([]));
    expect(figures(el)['Penalty points']).to.equal('0');
    el.segments = doc([issue('c1', 'locale.dates', 'critical')]);
    await el.updateComplete;
    expect(figures(el)['Penalty points']).to.equal('10');
    expect(figures(el).Result).to.equal('FAIL');
  });

  it('speaks Chinese: 不合格, 术语, 严重', async () => {
    await initI18n('zh-CN');
    await loadAllStrings();
    const el = await mount(doc([issue('c1', 'terminology', 'major')]));
    const root = el.shadowRoot!;
    expect(root.querySelector('summary')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      '质量评估（LQA）：1 个问题，每千词 50.0 分 · 不合格',
    );
    expect(rowOf(el, '术语')).to.deep.equal(['术语', '0', '1', '0', '5']);
    expect(
      [...root.querySelectorAll('thead th')].map((th) => th.textContent!.trim()),
    ).to.deep.equal(['类别', '轻微', '严重', '致命', '扣分']);
    await expect(el).to.be.accessible();
    await initI18n('en');
  });
});
