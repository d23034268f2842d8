// The app's pure QA helpers: ignores that hold until the row changes, settings, the panel's
// filters and groups, and the reports' escaping.
import { expect } from '@open-wc/testing';
import {
  findingKey,
  ignoredId,
  isIgnored,
  rowFingerprint,
  type IgnoredFinding,
} from '../../../src/core/qa/ignored.js';
import {
  applyQaSettings,
  cleanQaSettings,
  DEFAULT_QA_SETTINGS,
  sameQaSettings,
} from '../../../src/core/qa/project-settings.js';
import {
  countFindings,
  filterFindings,
  groupByCheck,
  markIgnored,
  NO_QA_FILTER,
  rowCounts,
  type QaFilter,
} from '../../../src/core/qa/findings-view.js';
import { qaReportCsv, qaReportHtml, type QaReportLabels } from '../../../src/core/qa/report.js';
import type { Finding } from '../../../src/core/qa/types.js';

const f = (
  row: number,
  check: Finding['check'],
  severity: Finding['severity'] = 'error',
  params: Finding['params'] = {},
): Finding => ({ row, rowId: `r${row}`, check, severity, params });

const ignoreOf = (x: Finding, source: string, target: string): IgnoredFinding => ({
  id: ignoredId(x.rowId, findingKey(x)),
  docId: 'd',
  rowId: x.rowId,
  check: x.check,
  key: findingKey(x),
  row: rowFingerprint(source, target),
  by: 'Li',
  role: 'reviewer',
  at: 5,
});

describe('core/qa app helpers', () => {
  it('names a finding by check and what differs, not by the order of its params', () => {
    const cases: [Finding['params'], Finding['params'], boolean][] = [
      [{ source: '3', target: '4' }, { target: '4', source: '3' }, true],
      [{ source: '3', target: '4' }, { source: '3', target: '5' }, false],
      [{ n: 1 }, { n: '1' }, false],
    ];
    for (const [a, b, same] of cases)
      expect(
        findingKey({ check: 'number', params: a }) === findingKey({ check: 'number', params: b }),
        JSON.stringify([a, b]),
      ).to.equal(same);
    expect(findingKey({ check: 'number', params: {} })).not.to.equal(
      findingKey({ check: 'quotes', params: {} }),
    );
  });

  it('changes the fingerprint when either side of the row changes', () => {
    const base = rowFingerprint('三个', 'Three');
    const cases: [string, string, boolean][] = [
      ['三个', 'Three', true],
      ['三个', 'Three ', false],
      ['三个', 'three', false],
      ['四个', 'Three', false],
      ['三个Three', '', false],
      ['', '三个Three', false],
    ];
    for (const [s, t, same] of cases)
      expect(rowFingerprint(s, t) === base, `${s}|${t}`).to.equal(same);
  });

  it('keeps an ignore only while the row reads as it did', () => {
    const x = f(1, 'number', 'error', { source: '3', target: '4' });
    const ignored = new Map([[ignoreOf(x, '三', 'four').id, ignoreOf(x, '三', 'four')]]);
    expect(isIgnored(x, { source: '三', target: 'four' }, ignored)?.by).to.equal('Li');
    expect(isIgnored(x, { source: '三', target: 'Four' }, ignored)).to.equal(undefined);
    expect(
      isIgnored(
        { ...x, params: { source: '3', target: '5' } },
        { source: '三', target: 'four' },
        ignored,
      ),
    ).to.equal(undefined);
    expect(isIgnored(x, undefined, ignored)).to.equal(undefined);
  });

  it('applies a project’s settings: checks off, severities replaced', () => {
    const list = [f(1, 'number'), f(2, 'spacing', 'warning'), f(3, 'quotes', 'warning')];
    const cases: [unknown, string[]][] = [
      [DEFAULT_QA_SETTINGS, ['number:error', 'spacing:warning', 'quotes:warning']],
      [
        { enabled: { spacing: false, number: true }, severity: {} },
        ['number:error', 'quotes:warning'],
      ],
      [
        { enabled: {}, severity: { number: 'warning', quotes: 'error' } },
        ['number:warning', 'spacing:warning', 'quotes:error'],
      ],
      [
        { enabled: { bogus: false, spacing: 'no' }, severity: { number: 'fatal' } },
        ['number:error', 'spacing:warning', 'quotes:warning'],
      ],
      ['garbage', ['number:error', 'spacing:warning', 'quotes:warning']],
    ];
    for (const [s, want] of cases)
      expect(
        applyQaSettings(list, cleanQaSettings(s)).map((x) => `${x.check}:${x.severity}`),
        JSON.stringify(s),
      ).to.deep.equal(want);
  });

  it('keeps a project’s pass threshold only when it is one, and compares settings by value', () => {
    const cases: [unknown, number | undefined][] = [
      [15, 15],
      [0, 0],
      [2.5, 2.5],
      [1000, 1000],
      [1000.5, undefined],
      [-1, undefined],
      ['15', undefined],
      [Infinity, undefined],
      [NaN, undefined],
      [null, undefined],
    ];
    for (const [raw, want] of cases)
      expect(
        cleanQaSettings({ enabled: {}, severity: {}, lqaThreshold: raw }).lqaThreshold,
        String(raw),
      ).to.equal(want);
    expect('lqaThreshold' in cleanQaSettings({ lqaThreshold: 'x' })).to.equal(false);
    const a = cleanQaSettings({ enabled: { quotes: false }, severity: { number: 'warning' } });
    const b = cleanQaSettings({ severity: { number: 'warning' }, enabled: { quotes: false } });
    expect(sameQaSettings(a, b)).to.equal(true);
    expect(sameQaSettings(a, { ...b, lqaThreshold: 10 })).to.equal(false);
    expect(sameQaSettings(a, { ...b, enabled: {} })).to.equal(false);
    expect(sameQaSettings(a, { ...b, severity: {} })).to.equal(false);
    // A check turned on explicitly is the same as left unset.
    expect(
      sameQaSettings(DEFAULT_QA_SETTINGS, { enabled: { quotes: true }, severity: {} }),
    ).to.equal(true);
  });

  it('filters, groups and counts the findings as the panel shows them', () => {
    const ign = f(4, 'number', 'error', { source: '1' });
    const list = markIgnored(
      [f(3, 'quotes', 'warning'), f(2, 'number'), ign, f(1, 'number', 'warning')],
      new Map([['r4', { source: 'a', target: 'b' }]]),
      new Map([[ignoreOf(ign, 'a', 'b').id, ignoreOf(ign, 'a', 'b')]]),
    );
    const rows = (x: QaFilter) => filterFindings(list, x).map((y) => `${y.row}${y.check[0]}`);
    const cases: [Partial<QaFilter>, string[]][] = [
      [{}, ['3q', '2n', '1n']],
      [{ severity: 'error' }, ['2n']],
      [{ severity: 'warning' }, ['3q', '1n']],
      [{ check: 'number' }, ['2n', '1n']],
      [{ ignored: 'ignored' }, ['4n']],
      [{ ignored: 'all', check: 'number' }, ['2n', '4n', '1n']],
    ];
    for (const [x, want] of cases)
      expect(rows({ ...NO_QA_FILTER, ...x }), JSON.stringify(x)).to.deep.equal(want);
    const groups = groupByCheck(filterFindings(list, NO_QA_FILTER));
    expect(
      groups.map((g) => [g.check, g.findings.map((y) => y.row), g.errors, g.warnings]),
    ).to.deep.equal([
      ['number', [1, 2], 1, 1],
      ['quotes', [3], 0, 1],
    ]);
    expect(countFindings(list)).to.deep.equal({ errors: 1, warnings: 2, ignored: 1 });
    expect([...rowCounts(list)].sort()).to.deep.equal([
      ['r1', { errors: 0, warnings: 1 }],
      ['r2', { errors: 1, warnings: 0 }],
      ['r3', { errors: 0, warnings: 1 }],
    ]);
  });

  const L: QaReportLabels = {
    title: 'QA report',
    document: 'Document',
    generated: 'Generated',
    errors: 'Errors',
    warnings: 'Warnings',
    ignoredCount: 'Ignored',
    row: 'Row',
    check: 'Check',
    severity: 'Severity',
    message: 'Message',
    source: 'Source',
    target: 'Translation',
    ignored: 'Ignored by',
    none: 'No findings.',
  };
  const entry = {
    row: 7,
    check: 'Numbers',
    severity: 'Error',
    error: true,
    message: '1.2亿 in the source; the translation has 12 million',
    source: '=HYPERLINK("http://x")<script>alert(1)</script>',
    target: '+1, "quoted"\nline',
    ignored: '',
  };

  it('writes CSV that a spreadsheet opens as text: BOM, quoted fields, formulas defused', () => {
    const csv = qaReportCsv([entry], L);
    expect(
      csv.startsWith('\uFEFFRow,Check,Severity,Message,Source,Translation,Ignored by\r\n'),
    ).to.equal(true);
    const line = csv.split('\r\n')[1];
    expect(line).to.contain(`"'=HYPERLINK(""http://x"")<script>alert(1)</script>"`);
    expect(csv).to.contain(`"'+1, ""quoted""\nline"`);
  });

  it('writes an HTML report where the document’s text is never markup', () => {
    const html = qaReportHtml(
      [entry, { ...entry, row: 8, error: false, severity: 'Warning', ignored: 'Li, today' }],
      {
        labels: L,
        documentName: '<b>Doc</b>',
        generatedAt: 'now',
        lang: 'en',
        sourceLang: 'zh-Hans',
        targetLang: 'en',
      },
    );
    expect(html).not.to.contain('<script>');
    expect(html).to.contain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).to.contain('&lt;b&gt;Doc&lt;/b&gt;');
    expect(html).to.contain("default-src 'none'");
    expect(html).to.match(
      /<dt>Errors<\/dt><dd>1<\/dd><dt>Warnings<\/dt><dd>0<\/dd><dt>Ignored<\/dt><dd>1<\/dd>/,
    );
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('tbody tr')).to.have.length(2);
    expect(doc.querySelector('tbody td.text')?.textContent).to.equal(entry.source);
  });
});
