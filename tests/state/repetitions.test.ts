// Auto-propagation on the browser's real IndexedDB: a confirmed translation fills the untouched
// rows with the same source as drafts, in one undoable step, and never someone's work.
import { expect } from '@open-wc/testing';
import { initI18n, loadAllStrings } from '../../src/i18n/index.js';
import { openProject, useServices, type TestServices } from './helpers.js';

const ROWS = [
  { source: '点击确定。', target: '' },
  { source: '点击取消。', target: '' },
  { source: '点击确定。', target: '' },
  { source: '点击确定。', target: 'Press OK.' }, // a draft: someone's work
  { source: ' 点击确定。 ', target: '' }, // spacing aside, the same sentence
  { source: '点击确定。', target: 'OK.', status: 'translated' as const },
];

const shown = (s: TestServices) =>
  s.document.current!.segments.map((r) => `${r.target}|${r.status}`);
const stored = async (s: TestServices) =>
  (await s.ws.segments.all(s.document.current!.doc.id)).map((r) => `${r.target}|${r.status}`);

describe('DocumentService: repetitions filled on confirm', () => {
  before(() => initI18n('en').then(loadAllStrings));
  const open = useServices();

  it('fills the untouched repetitions as drafts, stores them, and undoes them as one step', async () => {
    const s = await open();
    await openProject(s, ROWS);
    const [a] = s.document.current!.segments;
    s.document.edit(a.id, 'target', 'Click OK.');
    await s.document.confirm(a.id);
    const after = [
      'Click OK.|translated',
      '|new',
      'Click OK.|draft',
      'Press OK.|draft',
      'Click OK.|draft',
      'OK.|translated',
    ];
    expect(shown(s)).to.deep.equal(after);
    expect(await stored(s)).to.deep.equal(after);
    const notice = s.notices.state.notice!;
    expect(notice).to.deep.include({ key: 'notice.repetitionsFilled', params: { count: 2 } });
    // The notice's Undo takes the filled rows back and leaves the confirm.
    await notice.action!.run();
    await s.document.flush();
    const undone = [
      'Click OK.|translated',
      '|new',
      '|new',
      'Press OK.|draft',
      '|new',
      'OK.|translated',
    ];
    expect(shown(s)).to.deep.equal(undone);
    expect(await stored(s)).to.deep.equal(undone);
    // A sentence said once fills nothing and says nothing.
    s.notices.dismiss();
    const b = s.document.current!.segments[1]!;
    s.document.edit(b.id, 'target', 'Click Cancel.');
    await s.document.confirm(b.id);
    expect(shown(s)[1]).to.equal('Click Cancel.|translated');
    expect(s.notices.state.notice?.key).to.not.equal('notice.repetitionsFilled');
  });

  it('fills them too when the row is confirmed from the status menu, by either role', async () => {
    const s = await open();
    await openProject(s, ROWS);
    const [a] = s.document.current!.segments;
    s.document.edit(a.id, 'target', 'Click OK.');
    await s.document.setStatus(a.id, 'draft');
    expect(shown(s)[2]).to.equal('|new');
    await s.document.setStatus(a.id, 'translated');
    expect(shown(s)[2]).to.equal('Click OK.|draft');
    await s.document.undo();
    await s.session.setRole('reviewer');
    await s.document.setStatus(a.id, 'approved');
    expect(shown(s).slice(0, 3)).to.deep.equal(['Click OK.|approved', '|new', 'Click OK.|draft']);
  });

  it('shows the filled rows in a second tab, and the notice there undoes nothing of theirs', async () => {
    const a = await open();
    const id = await openProject(a, ROWS);
    const b = await open(a.dbName, { separate: true });
    await b.document.open(id);
    const [r1] = a.document.current!.segments;
    a.document.edit(r1.id, 'target', 'Click OK.');
    await a.document.confirm(r1.id);
    // The other tab hears of the change and reads the rows again.
    const deadline = Date.now() + 5000;
    while (shown(b)[2] !== 'Click OK.|draft' && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    expect(shown(b)).to.deep.equal(shown(a));
    expect(b.notices.state.notice?.key).to.not.equal('notice.repetitionsFilled');
  });

  it('fills nothing in a document opened to view only', async () => {
    const s = await open();
    await openProject(s, ROWS);
    const [a] = s.document.current!.segments;
    s.document.edit(a.id, 'target', 'Click OK.');
    await s.document.flush();
    s.document.setReadOnly(true);
    await s.document.confirm(a.id);
    expect(shown(s)[2]).to.equal('|new');
  });

  it('updates the drafts an earlier confirm filled when the row is corrected, and only those', async () => {
    const s = await open();
    await openProject(s, ROWS);
    const rows = () => s.document.current!.segments;
    s.document.edit(rows()[0].id, 'target', 'Click OK.');
    await s.document.confirm(rows()[0].id);
    // Someone edits one of the filled drafts: theirs now.
    s.document.edit(rows()[4].id, 'target', 'Click OK!');
    // The translator corrects the confirmed row, pauses (autosave writes it), then confirms.
    s.document.edit(rows()[0].id, 'target', 'Choose OK.');
    await s.document.flush();
    s.notices.dismiss();
    await s.document.confirm(rows()[0].id);
    const after = [
      'Choose OK.|translated',
      '|new',
      'Choose OK.|draft',
      'Press OK.|draft',
      'Click OK!|draft',
      'OK.|translated',
    ];
    expect(shown(s)).to.deep.equal(after);
    expect(await stored(s)).to.deep.equal(after);
    const notice = s.notices.state.notice!;
    expect(notice).to.deep.include({ key: 'notice.repetitionsFilled', params: { count: 1 } });
    // Undo takes back the update and leaves the confirm.
    await notice.action!.run();
    const undone = ['Choose OK.|translated', '|new', 'Click OK.|draft'];
    expect(shown(s).slice(0, 3)).to.deep.equal(undone);
    expect((await stored(s)).slice(0, 3)).to.deep.equal(undone);
  });

  it('updates them after a reload too, on Ctrl+Enter right after typing or from the menu', async () => {
    const s = await open();
    const id = await openProject(s, ROWS);
    const [first] = s.document.current!.segments;
    s.document.edit(first.id, 'target', 'Click OK.');
    await s.document.confirm(first.id);
    // The row's history, not this page's memory, says what it was confirmed with.
    const again = await open(s.dbName);
    await again.document.open(id);
    again.document.edit(first.id, 'target', 'Choose OK.');
    await again.document.confirm(first.id);
    const filled = (text: string) => [
      `${text}|translated`,
      '|new',
      `${text}|draft`,
      'Press OK.|draft',
      `${text}|draft`,
      'OK.|translated',
    ];
    expect(shown(again)).to.deep.equal(filled('Choose OK.'));
    expect(again.notices.state.notice).to.deep.include({ params: { count: 2 } });
    again.document.edit(first.id, 'target', 'Select OK.');
    await again.document.setStatus(first.id, 'translated');
    expect(shown(again)).to.deep.equal(filled('Select OK.'));
    expect(await stored(again)).to.deep.equal(filled('Select OK.'));
  });

  it('fills the repetitions of the rows a bulk confirm confirms, undone with it in one step', async () => {
    const s = await open();
    await openProject(s, [...ROWS, { source: '点击取消。', target: '' }]);
    const rows = () => s.document.current!.segments;
    s.document.edit(rows()[0].id, 'target', 'Click OK.');
    s.document.edit(rows()[1].id, 'target', 'Click Cancel.');
    // Another translation of the same sentence, later in the document: the first row's wins.
    s.document.edit(rows()[2].id, 'target', 'Press OK');
    await s.document.flush();
    const before = shown(s);
    await s.document.bulk([rows()[2].id, rows()[1].id, rows()[0].id], 'confirm');
    const after = [
      'Click OK.|translated',
      'Click Cancel.|translated',
      'Press OK|translated',
      'Press OK.|draft',
      'Click OK.|draft',
      'OK.|translated',
      'Click Cancel.|draft',
    ];
    expect(shown(s)).to.deep.equal(after);
    expect(await stored(s)).to.deep.equal(after);
    const notice = s.notices.state.notice!;
    expect(notice).to.deep.include({ key: 'bulk.filled_confirm', params: { rows: 3, count: 2 } });
    await notice.action!.run();
    expect(shown(s)).to.deep.equal(before);
    expect(await stored(s)).to.deep.equal(before);
    // Setting a confirmed status in bulk is confirming too.
    await s.document.bulk([rows()[1].id], { status: 'translated' });
    expect(shown(s)[6]).to.equal('Click Cancel.|draft');
    expect(s.notices.state.notice).to.deep.include({
      key: 'bulk.filled_status',
      params: { rows: 1, count: 1 },
    });
  });

  it('a bulk confirm updates the drafts an earlier confirm filled', async () => {
    const s = await open();
    await openProject(s, ROWS);
    const rows = () => s.document.current!.segments;
    s.document.edit(rows()[0].id, 'target', 'Click OK.');
    await s.document.confirm(rows()[0].id);
    s.document.edit(rows()[0].id, 'target', 'Choose OK.');
    await s.document.bulk([rows()[0].id], 'confirm');
    expect(shown(s)).to.deep.equal([
      'Choose OK.|translated',
      '|new',
      'Choose OK.|draft',
      'Press OK.|draft',
      'Choose OK.|draft',
      'OK.|translated',
    ]);
  });

  it('neither a bulk confirm nor a confirm fills anything in a document opened to view only', async () => {
    const s = await open();
    await openProject(s, ROWS);
    const rows = () => s.document.current!.segments;
    s.document.edit(rows()[0].id, 'target', 'Click OK.');
    await s.document.confirm(rows()[0].id);
    s.document.edit(rows()[0].id, 'target', 'Choose OK.');
    await s.document.flush();
    s.document.setReadOnly(true);
    const before = await stored(s);
    await s.document.bulk([rows()[0].id], 'confirm');
    await s.document.confirm(rows()[0].id);
    expect(await stored(s)).to.deep.equal(before);
    expect(shown(s)[2]).to.equal('Click OK.|draft');
  });
});
