import { expect } from '@open-wc/testing';
import {
  EN_REPORT_LABELS,
  compareRows,
  csvCell,
  reviewReportCsv,
  reviewReportHtml,
  type ReportLabels,
  type ReportMeta,
  withCodeLabels,
} from '../../../src/core/diff/index.js';
import { row } from './helpers.js';
import { filterRows, type ReportDecision } from '../../../src/core/diff/index.js';

const HOSTILE = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';
const A = [
  row('1', 'a', '我们讨论了人工智能。', 'We discussed AI.'),
  row('2', 'b', '第二句。', 'Plain & simple.'),
  row('3', 'c', '旧句。', 'Old.'),
];
const B = [
  row('1', 'a', '我们讨论了人工智慧。', 'We discussed machine intelligence.', 'reviewed'),
  row(
    '2',
    'b',
    '第二句。',
    `Plain & simple. ${HOSTILE}`,
    'translated',
    'Note with "quotes" & <b>tags</b>',
  ),
  row('n', 'd', '新句。', '=HYPERLINK("http://example.com","x")'),
];
const comparison = compareRows(A, B);
const meta: ReportMeta = {
  labels: EN_REPORT_LABELS,
  documentName: `Doc </title>${HOSTILE}`,
  aName: 'Translator draft',
  bName: 'Review 1',
  generatedAt: '2026-11-25 12:00',
  comments: { '1': [{ author: '审校 <Li>', text: '术语请统一', resolved: false, at: '11-25' }] },
};
const html = reviewReportHtml(comparison, meta);
const doc = new DOMParser().parseFromString(html, 'text/html');

describe('core/diff reviewReportHtml', () => {
  it('is one document with inline styles, print styles and no external resources', () => {
    expect(html.startsWith('<!doctype html>')).to.equal(true);
    expect(doc.querySelector('style')?.textContent).to.contain('@media print');
    expect(doc.querySelectorAll('link, [src], [href]').length).to.equal(0);
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(csp?.getAttribute('content')).to.contain("default-src 'none'");
  });

  it('escapes every text: a <script> or onerror in a row is inert text', () => {
    expect(doc.querySelectorAll('script, img, .note b').length).to.equal(0);
    expect(doc.querySelectorAll('[onerror]').length).to.equal(0);
    expect(doc.title).to.equal(`Review report: Doc </title>${HOSTILE}`);
    expect(doc.body.textContent).to.contain(HOSTILE);
    expect(doc.body.textContent).to.contain('Note with "quotes" & <b>tags</b>');
    expect(doc.body.textContent).to.contain('审校 <Li>');
  });

  it('marks deletions and insertions with <del>/<ins>, struck and underlined when rendered', async () => {
    const rows = [...doc.querySelectorAll('tbody tr')].filter((tr) => tr.querySelector('td.num'));
    const first = rows[0];
    const texts = (sel: string) => [...first.querySelectorAll(sel)].map((e) => e.textContent);
    expect(texts('td.text del')).to.deep.equal(['能', 'AI']);
    expect(texts('td.text ins')).to.deep.equal(['慧', 'machine intelligence']);
    const frame = document.createElement('iframe');
    frame.srcdoc = html;
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    document.body.append(frame);
    await loaded;
    const fdoc = frame.contentDocument!;
    const del = fdoc.querySelector('td.text del')!;
    const ins = fdoc.querySelector('td.text ins')!;
    const view = frame.contentWindow!;
    expect(view.getComputedStyle(del).textDecorationLine).to.equal('line-through');
    expect(view.getComputedStyle(ins).textDecorationLine).to.equal('underline');
    expect((view as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    frame.remove();
  });

  it('puts lang attributes on text cells', () => {
    const cells = [...doc.querySelectorAll('tbody td.text')].map((td) => td.getAttribute('lang'));
    expect(cells).to.deep.equal([
      'zh-Hans',
      'en',
      'zh-Hans',
      'en',
      'zh-Hans',
      'en',
      'zh-Hans',
      'en',
    ]);
  });

  it('shows change types, status changes, notes, comments and counts', () => {
    const rows = [...doc.querySelectorAll('table.rows tbody tr')];
    const cellText = (tr: Element, i: number) => tr.children[i].textContent;
    expect(rows.map((tr) => cellText(tr, 1))).to.deep.equal([
      'modifiedtext',
      'modifiedtext',
      'removedtext',
      'addedtext',
    ]);
    expect(cellText(rows[0], 4)).to.equal('translated → reviewed');
    expect(cellText(rows[0], 6)).to.contain('术语请统一').and.contain('[open]');
    const summary = Object.fromEntries(
      [...doc.querySelectorAll('table.summary tr')].map((tr) => [
        tr.querySelector('th')?.textContent,
        tr.querySelector('td')?.textContent,
      ]),
    );
    expect(summary['Rows compared']).to.equal('4');
    expect(summary['Rows changed (including rejected)']).to.equal('4');
    expect(summary['removed']).to.equal('1');
  });

  it('prints each comment’s LQA issue and the quality section, escaped', () => {
    const withIssue = reviewReportHtml(comparison, {
      ...meta,
      comments: {
        '1': [
          {
            author: 'Rex',
            text: '应为 summit',
            resolved: true,
            issue: 'Terminology · Major <b>',
          },
        ],
      },
      quality: {
        title: 'Quality (LQA)',
        figures: [
          ['Points per 1,000 words', '50.0'],
          ['Result', 'FAIL'],
        ],
        table: [
          ['Category', 'Minor', 'Major', 'Critical', 'Points'],
          ['Terminology', '0', '1', '0', '5'],
        ],
        note: 'Minor 1, Major 5, Critical 10.',
      },
    });
    const d = new DOMParser().parseFromString(withIssue, 'text/html');
    expect(d.querySelector('.comment .issue')?.textContent).to.equal('Terminology · Major <b>');
    const q = d.querySelector('section.quality')!;
    expect(q.querySelector('h2')?.textContent).to.equal('Quality (LQA)');
    expect(q.querySelector('tbody tr td')?.textContent).to.equal('50.0');
    expect([...q.querySelectorAll('tr')].map((tr) => tr.textContent)).to.include('Terminology0105');
    expect(d.querySelectorAll('.issue b').length, 'no markup from a label').to.equal(0);
    const csv = reviewReportCsv(comparison, {
      comments: {
        '1': [{ author: 'Rex', text: '应为 summit', resolved: false, issue: '术语 · 严重' }],
      },
    });
    expect(csv).to.contain('Rex [open] {术语 · 严重}: 应为 summit');
  });

  it('uses the labels the caller passes', () => {
    const zh: ReportLabels = {
      ...EN_REPORT_LABELS,
      title: '审校报告',
      types: { ...EN_REPORT_LABELS.types, modified: '已修改' },
    };
    const d = new DOMParser().parseFromString(
      reviewReportHtml(comparison, { ...meta, labels: zh, lang: 'zh-CN' }),
      'text/html',
    );
    expect(d.querySelector('h1')?.textContent).to.equal('审校报告');
    expect(d.documentElement.lang).to.equal('zh-CN');
    expect(d.querySelector('table.rows tbody tr td:nth-child(2) strong')?.textContent).to.equal(
      '已修改',
    );
  });
});

/** A strict RFC 4180 reader, to check what a spreadsheet would get. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let cell = '';
  let cells: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      for (i++; i < text.length; i++) {
        if (text[i] === '"' && text[i + 1] === '"') cell += text[i++];
        else if (text[i] === '"') break;
        else cell += text[i];
      }
      i++;
    } else if (text[i] === ',') {
      cells.push(cell);
      cell = '';
      i++;
    } else if (text.startsWith('\r\n', i)) {
      cells.push(cell);
      rows.push(cells);
      cells = [];
      cell = '';
      i += 2;
    } else cell += text[i++];
  }
  if (cell || cells.length) throw new Error('CSV does not end with CRLF');
  return rows;
}

describe('core/diff reviewReportCsv', () => {
  // [cell value, field as written]
  const cases: [string, string][] = [
    ['plain', 'plain'],
    ['普通文本', '普通文本'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['\nx', `"'\nx"`],
    ['=HYPERLINK("a","b")', `"'=HYPERLINK(""a"",""b"")"`],
    ['a=b', 'a=b'],
  ];
  for (const [value, written] of cases) {
    it(`csvCell(${JSON.stringify(value)})`, () => {
      expect(csvCell(value)).to.equal(written);
    });
  }

  it('writes a UTF-8 BOM, CRLF rows, a header and one line per row', () => {
    const csv = reviewReportCsv(comparison);
    expect(csv.charCodeAt(0)).to.equal(0xfeff);
    const rows = parseCsv(csv.slice(1));
    expect(rows.map((r) => r.length)).to.deep.equal([16, 16, 16, 16, 16]);
    expect(rows[0].slice(0, 8)).to.deep.equal([
      '#',
      'Change',
      'Kinds',
      'Status A',
      'Status B',
      'Decision',
      'Decided by',
      'Decided at',
    ]);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[3], r[4]])).to.deep.equal([
      ['1', 'modified', 'translated', 'reviewed'],
      ['2', 'modified', 'translated', 'translated'],
      ['3 (in A)', 'removed', 'translated', ''],
      ['3', 'added', '', 'translated'],
    ]);
    expect(rows[1][12]).to.equal('We discussed [-AI-]{+machine intelligence+}.');
    expect(rows[2][11]).to.equal(`Plain & simple. ${HOSTILE}`);
    expect(rows[4][11]).to.equal(`'=HYPERLINK("http://example.com","x")`);
  });
});

describe('core/diff: inline codes in reports', () => {
  const codes = [
    { kind: 'open' as const, id: '1', tag: 'bpt', data: '<b>' },
    { kind: 'close' as const, id: '1', tag: 'ept', data: '</b>' },
  ];
  const a = [row('1', 'a', '点击\uE000保存\uE001。', 'Click \uE000Save\uE001.')];
  const b = [row('1', 'a', '点击\uE000保存\uE001。', '\uE000Click\uE001 Save.')];
  const labelled = withCodeLabels(compareRows(a, b), (id) => (id === '1' ? codes : undefined));

  it('writes each placeholder as its label, in the texts and in the diff', () => {
    const r = labelled.rows[0];
    expect(r.a[0].target).to.equal('Click ⟨1Save1⟩.');
    expect(r.b[0].source).to.equal('点击⟨1保存1⟩。');
    expect(r.target.parts.map((p) => p.text).join('')).not.to.match(/[\uE000-\uF8FF]/u);
    const csv = reviewReportCsv(labelled, { labels: EN_REPORT_LABELS });
    expect(csv).to.contain('⟨1Click1⟩ Save.');
    expect(csv).not.to.match(/[\uE000-\uF8FF]/u);
  });

  it('leaves rows without codes as they are', () => {
    const plain = compareRows(A, B);
    const same = withCodeLabels(plain, () => undefined);
    expect(same.rows[0]).to.equal(plain.rows[0]);
  });
});

describe('core/diff reports: a record of the review', () => {
  // Seven rows compared: rows 2 and 4 accepted, row 5 approved, row 6 rejected (so equal to A
  // again), row 7 still undecided; rows 1 and 3 untouched.
  const a = Array.from({ length: 7 }, (_, i) =>
    row(`id-${i + 1}-uuid`, `k${i}`, `第${i + 1}句。`, `Sentence ${i + 1}.`),
  );
  const b = a.map((r, i) =>
    [1, 3].includes(i)
      ? { ...r, target: `${r.target} Edited.`, status: 'reviewed' as const }
      : i === 4
        ? { ...r, target: 'Sentence five.', status: 'approved' as const }
        : i === 6
          ? { ...r, target: 'Sentence 7?', status: 'draft' as const }
          : r,
  );
  const c = compareRows(a, b);
  const decision = (kind: ReportDecision['kind'], status: ReportDecision['status']) => ({
    kind,
    status,
    by: 'Ann (Reviewer)',
    at: '2026-12-01 10:00',
  });
  const decisions = new Map<string, ReportDecision>([
    ['id-2-uuid', decision('accepted', 'reviewed')],
    ['id-4-uuid', decision('accepted', 'reviewed')],
    ['id-5-uuid', decision('status', 'approved')],
    ['id-6-uuid', decision('rejected', 'translated')],
  ]);
  const shown = filterRows(c.rows, { onlyChanged: true, keep: decisions });
  const comments = { 'id-6-uuid': [{ author: 'Li', text: '保留原译', resolved: false, at: 'x' }] };
  const d = new DOMParser().parseFromString(
    reviewReportHtml(c, { ...meta, comments, rows: shown, decisions }),
    'text/html',
  );
  const cells = (tr: Element) => [...tr.children].map((td) => td.textContent ?? '');

  // [#, change, decision cell]: every decided row, by its number in the document
  const expected: [string, string, string][] = [
    ['2', 'modifiedtext', 'AcceptedAnn (Reviewer)2026-12-01 10:00'],
    ['4', 'modifiedtext', 'AcceptedAnn (Reviewer)2026-12-01 10:00'],
    ['5', 'modifiedtext', 'Status set: approvedAnn (Reviewer)2026-12-01 10:00'],
    ['6', 'unchanged', 'RejectedAnn (Reviewer)2026-12-01 10:00'],
    ['7', 'modifiedtext', ''],
  ];
  const listed = [...d.querySelectorAll('table.rows tbody tr')];
  expected.forEach(([n, change, dec], i) => {
    it(`HTML lists row ${n} (${change}) with its decision "${dec}"`, () => {
      const got = cells(listed[i]);
      expect([got[0], got[1], got[5]]).to.deep.equal([n, change, dec]);
    });
  });

  it('HTML prints no internal ids, and the comments of the rejected row', () => {
    expect(d.body.textContent).not.to.contain('uuid');
    expect(cells(listed[3])[6]).to.contain('保留原译');
    expect(d.querySelector('thead')?.textContent).to.contain('Decision');
  });

  // [summary heading, value]: totals of the whole comparison, not of the rows listed
  const totals: [string, string][] = [
    ['Rows compared', '7'],
    // The review bar counts rows that differ now (4 here): the report counts the rejected row
    // too, so its total equals accepted + status set + rejected + undecided, and says so.
    ['Rows changed (including rejected)', '5'],
    ['Accepted', '2'],
    ['Status set', '1'],
    ['Rejected', '1'],
    ['Undecided', '1'],
    ['Rows in this report', '5'],
  ];
  const summary = Object.fromEntries(
    [...d.querySelectorAll('table.summary tr')].map((tr) => [
      tr.querySelector('th')?.textContent,
      tr.querySelector('td')?.textContent,
    ]),
  );
  for (const [k, v] of totals) {
    it(`summary: ${k} ${v}`, () => expect(summary[k]).to.equal(v));
  }

  it('CSV has the same rows: number, decision, who, when and comments', () => {
    const lines = parseCsv(reviewReportCsv(c, { rows: shown, decisions, comments }).slice(1));
    expect(lines.slice(1).map((l) => [l[0], l[5], l[6], l[7]])).to.deep.equal([
      ['2', 'Accepted', 'Ann (Reviewer)', '2026-12-01 10:00'],
      ['4', 'Accepted', 'Ann (Reviewer)', '2026-12-01 10:00'],
      ['5', 'Status set: approved', 'Ann (Reviewer)', '2026-12-01 10:00'],
      ['6', 'Rejected', 'Ann (Reviewer)', '2026-12-01 10:00'],
      ['7', '', '', ''],
    ]);
    expect(lines[4][15]).to.equal('Li (x) [open]: 保留原译');
    expect(lines.flat().join('')).not.to.contain('uuid');
  });
});
