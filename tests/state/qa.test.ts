// The QA service on real checks, a real Worker and a real IndexedDB.
import { expect, waitUntil } from '@open-wc/testing';
import { initI18n, loadAllStrings } from '../../src/i18n/index.js';
import { openProject, useServices } from './helpers.js';
import type { Services } from '../../src/state/index.js';
import type { QaService } from '../../src/state/qa.js';

type WithQa = Services & { dbName: string; qa: QaService };

const ROWS = [
  {
    source: '公司去年收入三千五百万元。',
    target: 'Last year the company earned 3.4 million yuan.',
  },
  { source: '我们有三个苹果。', target: 'We have three apples.' },
  { source: '会议在下午召开。', target: 'The meeting is held in the afternoon.' },
  { source: '会议在下午召开。', target: 'The meeting takes place in the afternoon.' },
  { source: '他说：“好的。”', target: 'He said: "Fine.' },
];

const found = (s: WithQa) =>
  s.qa.state.findings.map((f) => `${f.row + 1}:${f.check}${f.ignored ? ':ignored' : ''}`);
const rowId = (s: Services, n: number) => s.document.current!.segments[n - 1].id;

describe('Services: quality checks', () => {
  const services = useServices();
  /** Services with the QA service loaded (before any document is open). */
  const open = async (...args: Parameters<typeof services>): Promise<WithQa> => {
    const s = await services(...args);
    return Object.assign(s, { qa: await s.loadQa() });
  };
  before(() => initI18n('en').then(loadAllStrings));

  it('reports the termbase’s terms a row ignores, checked as typed and in a full run', async () => {
    const s = await open();
    await openProject(s, [
      { source: '开源峰会在杭州开幕。', target: 'The summit opened in Hangzhou.' },
      { source: '我们有三个苹果。', target: 'We have three apples.' },
    ]);
    await s.terms.addTerm({ source: '开源峰会', target: 'open-source summit' });
    await waitUntil(() => s.terms.state.index !== undefined, 'the termbase is read');
    await s.qa.checkAll();
    expect(found(s)).to.deep.equal(['1:term']);
    // Fixing the row clears it, as typed (row checks run here, the termbase too).
    s.document.edit(rowId(s, 1), 'target', 'The open-source summit opened in Hangzhou.');
    await s.qa.openErrors();
    await waitUntil(() => found(s).length === 0, `the finding went: ${found(s).join(' ')}`);
    // Saved before the services close, or the page would refuse to leave (a failed save).
    await s.document.flush();
  });

  it('checks every row in a Worker, with progress, and numbers findings by row', async () => {
    const s = await open();
    await openProject(s, ROWS);
    expect(s.qa.state.checkedAll).to.equal(false);
    const seen: string[] = [];
    const off = s.qa.subscribe((st) => seen.push(st.job.status));
    await s.qa.checkAll();
    off();
    expect(seen).to.include('running');
    expect(s.qa.state.job.status).to.equal('done');
    expect(s.qa.state.checkedAll).to.equal(true);
    expect(found(s)).to.deep.equal([
      '1:number',
      '3:inconsistent-translation',
      '4:inconsistent-translation',
      '5:quotes',
    ]);
    expect(s.qa.state.counts).to.deep.equal({ errors: 2, warnings: 2, ignored: 0 });
    expect(s.qa.state.byRow.get(rowId(s, 1))).to.deep.equal({ errors: 1, warnings: 0 });
    expect(s.qa.state.byRow.has(rowId(s, 2))).to.equal(false);
  });

  it('checks a row again as it is typed into: a fixed number disappears, a new error appears', async () => {
    const s = await open();
    await openProject(s, ROWS);
    await s.qa.checkAll();
    s.document.edit(rowId(s, 1), 'target', 'Last year the company earned 35 million yuan.');
    await waitUntil(() => !found(s).includes('1:number'), 'the fixed number is still reported');
    s.document.edit(rowId(s, 2), 'target', 'We have four apples.');
    await waitUntil(() => found(s).includes('2:number'), 'the changed number is not reported');
    await s.document.flush();
  });

  it('checks a typed row knowing the rows around it: a quote a later row closes runs on', async () => {
    const s = await open();
    await openProject(s, [
      { source: '我从来不关心他。', target: 'I never cared about him.' },
      { source: '把我养大的人才是我父亲。', target: 'My father is the man who raised me. "' },
      { source: '会议在下午召开。', target: 'The meeting is held in the afternoon.' },
    ]);
    await s.qa.checkAll();
    // Opened here and closed in row 2: a speech over two sentences, in the full run as typed.
    s.document.edit(rowId(s, 1), 'target', '"I never cared about him.');
    s.document.edit(rowId(s, 3), 'target', '"The meeting is held in the afternoon.');
    await waitUntil(() => found(s).includes('3:quotes'), 'the stray quote is not reported');
    expect(found(s)).to.not.include('1:quotes');
    await s.qa.checkAll();
    expect(found(s).filter((f) => f.endsWith(':quotes'))).to.deep.equal(['3:quotes']);
    await s.document.flush();
  });

  it('before a full run, checks the rows changed since the document opened', async () => {
    // The service loads after the first paint: here after the document has opened.
    const plain = await services();
    await openProject(plain, ROWS);
    const s = Object.assign(plain, { qa: await plain.loadQa() });
    s.document.edit(rowId(s, 2), 'target', 'We have  four apples.');
    await waitUntil(() => found(s).length === 2, 'the edited row was not checked');
    expect(found(s)).to.deep.equal(['2:number', '2:spacing']);
    expect(s.qa.state.checkedAll).to.equal(false);
    await s.document.flush();
  });

  it('keeps an ignore, with who and when, across a reload until the row changes', async () => {
    const s = await open();
    await s.session.setAuthor('王芳');
    await openProject(s, ROWS);
    await s.qa.checkAll();
    const quote = s.qa.state.findings.find((f) => f.check === 'quotes')!;
    await s.qa.ignore([quote]);
    expect(found(s)).to.include('5:quotes:ignored');
    expect(s.qa.state.counts.errors).to.equal(1);
    expect(s.qa.state.byRow.has(quote.rowId)).to.equal(false);

    // Another session on the same workspace (a reload) finds it ignored, by whom and when.
    const again = await open(s.dbName, { separate: true });
    await again.document.open(s.document.current!.project.id);
    await again.qa.checkAll();
    const kept = again.qa.state.findings.find((f) => f.check === 'quotes')!;
    expect(kept.ignored?.by).to.equal('王芳');
    expect(kept.ignored?.at).to.be.closeTo(Date.now(), 60_000);

    // The row changes (still with the unpaired quote): the finding counts again.
    again.document.edit(quote.rowId, 'target', 'He said: "Fine!');
    await waitUntil(() => found(again).includes('5:quotes'), 'the ignore outlived the change');
    // Taken back by hand, it counts again too.
    await s.qa.unignore([quote]);
    expect(found(s)).to.include('5:quotes');
    await again.document.flush();
  });

  it('runs only the checks a project keeps, at its severities, and remembers them', async () => {
    const s = await open();
    const id = await openProject(s, ROWS);
    await s.qa.checkAll();
    await s.qa.setSettings({ enabled: { quotes: false }, severity: { number: 'warning' } });
    await waitUntil(() => s.qa.state.job.status === 'done' && !found(s).includes('5:quotes'));
    expect(s.qa.state.findings.find((f) => f.check === 'number')?.severity).to.equal('warning');
    expect(s.qa.state.counts.errors).to.equal(0);
    const again = await open(s.dbName, { separate: true });
    await again.document.open(id);
    await waitUntil(() => again.qa.state.settings.enabled.quotes === false);
    expect(again.qa.state.settings.severity).to.deep.equal({ number: 'warning' });
  });

  it('counts the open errors for the export warning, checking every row first', async () => {
    const s = await open();
    await openProject(s, ROWS);
    expect(await s.qa.openErrors()).to.equal(2);
    expect(s.qa.state.checkedAll).to.equal(true);
  });

  it('after a confirm, checks the consistency between rows again', async () => {
    const s = await open();
    await openProject(s, ROWS);
    await s.qa.checkAll();
    s.document.edit(rowId(s, 4), 'target', 'The meeting is held in the afternoon.');
    await s.document.confirm(rowId(s, 4));
    await waitUntil(
      () => !found(s).some((f) => f.includes('inconsistent')),
      'the rows made consistent are still reported',
      { timeout: 8000 },
    );
    await s.document.flush();
  });
});
