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
});
