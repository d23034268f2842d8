// The document service on the browser's real IndexedDB: what a keystroke, a confirm, a merge or
// split, undo/redo (also across a reload) and a version restore do to the rows the grid shows
// and to what is stored; and how a failure is told.
import { expect } from '@open-wc/testing';
import { initI18n, loadAllStrings } from '../../src/i18n/index.js';
import { openProject, useServices, type TestServices } from './helpers.js';

const ROWS = [
  { source: '你好。', target: 'Hello.', status: 'translated' as const },
  { source: '再见。', target: '' },
  { source: '谢谢。你好。', target: 'Thanks. Hello.' },
];

const shown = (s: TestServices) => s.document.current!.segments.map((r) => r.target);
const stored = async (s: TestServices) =>
  (await s.ws.segments.all(s.document.current!.doc.id)).map((r) => r.target);

describe('DocumentService', () => {
  before(() => initI18n('en').then(loadAllStrings));
  const open = useServices();

  it('tells a listener added after a document opened (a late service) of that document', async () => {
    const s = await open();
    const id = await openProject(s, ROWS);
    const told: (string | undefined)[] = [];
    s.document.onOpen((d) => void told.push(d?.project.id));
    expect(told, 'told at once of the open document').to.deep.equal([id]);
    await s.document.open(undefined);
    expect(told).to.deep.equal([id, undefined]);
    // Added while nothing is open: nothing to tell yet.
    const later: unknown[] = [];
    s.document.onOpen((d) => void later.push(d));
    expect(later).to.deep.equal([]);
  });

  it('shows a keystroke at once, stores it on flush, and makes a confirmed row a draft', async () => {
    const s = await open();
    await openProject(s, ROWS);
    const [a] = s.document.current!.segments;
    s.document.edit(a.id, 'target', 'Hi.');
    expect(shown(s)[0]).to.equal('Hi.');
    expect(s.document.row(a.id)!.status).to.equal('draft');
    expect(s.document.state.save.state).to.equal('saving');
    await s.document.flush();
    expect((await stored(s))[0]).to.equal('Hi.');
    expect(s.document.state.save.state).to.equal('saved');
  });

  it('confirms as the role says: translated for a translator, reviewed for a reviewer', async () => {
    const s = await open();
    await openProject(s, ROWS);
    const [, b, c] = s.document.current!.segments;
    s.document.edit(b.id, 'target', 'Bye.');
    await s.document.confirm(b.id);
    expect(s.document.row(b.id)!.status).to.equal('translated');
    await s.session.setRole('reviewer');
    await s.document.confirm(c.id);
    expect(s.document.row(c.id)!.status).to.equal('reviewed');
    const rows = await s.ws.segments.all(s.document.current!.doc.id);
    expect(rows.map((r) => r.status)).to.deep.equal(['translated', 'translated', 'reviewed']);
  });

  it('refuses to confirm a row with no translation, says so, and leaves its status', async () => {
    const s = await open();
    await openProject(s, ROWS);
    const [, b] = s.document.current!.segments;
    s.document.edit(b.id, 'target', '  ');
    await s.document.flush();
    await s.document.confirm(b.id);
    expect(s.document.row(b.id)!.status).to.equal('draft');
    expect(s.notices.state.notice).to.deep.include({
      key: 'notice.confirmEmpty',
      params: { n: 2 },
    });
    const rows = await s.ws.segments.all(s.document.current!.doc.id);
    expect(rows[1].status).to.equal('draft');
  });

  it('never loses typed text to undo, however soon copy source or confirm follows it', async () => {
    const s = await open();
    await openProject(s, ROWS);
    const [, b] = s.document.current!.segments;
    s.document.edit(b.id, 'target', 'Typed, not yet saved.');
    // At once, before autosave's second has passed (Ctrl+Insert).
    await s.document.copySource(b.id);
    expect(shown(s)[1]).to.equal('再见。');
    await s.document.undo();
    expect(shown(s)[1]).to.equal('Typed, not yet saved.');
    await s.document.redo();
    expect(shown(s)[1]).to.equal('再见。');
    await s.document.undo();
    await s.document.undo();
    expect(shown(s)[1]).to.equal('');
  });

  it('makes a confirmed row a draft again when Replace all or a restored revision changes it', async () => {
    const s = await open();
    await openProject(s, ROWS);
    const [a] = s.document.current!.segments;
    expect(a.status).to.equal('translated');
    await s.document.replaceAll({
      query: 'Hello',
      replacement: 'Hi',
      scope: 'target',
      matchCase: true,
      wholeWord: false,
      regex: false,
    });
    expect(s.document.row(a.id)!.status).to.equal('draft');
    await s.document.confirm(a.id);
    expect(s.document.row(a.id)!.status).to.equal('translated');
    // Put back the text from before the replacement: a change that needs confirming again.
    const revs = await s.ws.history.page(a.id, 0, 20);
    const replaced = revs.find((r) => r.field === 'target' && r.after === 'Hi.')!;
    await s.document.restoreRevision(replaced.id!, 'before');
    expect(s.document.row(a.id)).to.deep.include({ target: 'Hello.', status: 'draft' });
  });

  it('leaves reviewed, approved and rejected, and accepting or rejecting, to a reviewer', async () => {
    const s = await open();
    await openProject(s, ROWS);
    const [a, b] = s.document.current!.segments;
    await s.document.setStatus(b.id, 'approved');
    expect(s.document.row(b.id)!.status).to.equal('new');
    expect(s.notices.state.notice).to.deep.include({
      kind: 'error',
      key: 'notice.roleStatus',
      params: { status: 'approved' },
    });
    await s.review.saveVersion('v1');
    s.document.edit(a.id, 'target', 'Hi.');
    await s.document.flush();
    await s.review.setChangedSince(s.review.state.versions[0].id);
    await s.review.decideTracked([a.id], 'reject');
    expect(s.document.row(a.id)!.target).to.equal('Hi.');
    expect(s.notices.state.notice?.key).to.equal('notice.roleDecide');
    await s.review.setStatuses([b.id], 'reviewed');
    expect(s.document.row(b.id)!.status).to.equal('new');
    // A reviewer may.
    await s.session.setRole('reviewer');
    await s.document.setStatus(b.id, 'approved');
    expect(s.document.row(b.id)!.status).to.equal('approved');
    await s.review.decideTracked([a.id], 'reject');
    expect(s.document.row(a.id)!.target).to.equal('Hello.');
  });

  it('changes many rows as one undoable step: confirm, status, copy source, clear', async () => {
    const s = await open();
    await openProject(s, ROWS);
    const ids = s.document.current!.segments.map((r) => r.id);
    const statuses = () => s.document.current!.segments.map((r) => r.status);
    // Row 2 has no translation: confirming skips it.
    await s.document.bulk(ids, 'confirm');
    expect(statuses()).to.deep.equal(['translated', 'new', 'translated']);
    expect(s.notices.state.notice).to.deep.include({
      key: 'bulk.done_confirm',
      params: { count: 1 },
    });
    await s.document.bulk([ids[1], ids[2]], 'copySource');
    expect(shown(s)).to.deep.equal(['Hello.', '再见。', '谢谢。你好。']);
    expect(statuses()).to.deep.equal(['translated', 'draft', 'draft']);
    await s.document.bulk(ids, 'clear');
    expect(await stored(s)).to.deep.equal(['', '', '']);
    // Each was one step.
    await s.document.undo();
    expect(shown(s)).to.deep.equal(['Hello.', '再见。', '谢谢。你好。']);
    await s.document.undo();
    await s.document.undo();
    // Row 3 came in as a draft (it had a translation).
    expect(statuses()).to.deep.equal(['translated', 'new', 'draft']);
    // A translator cannot set Approved, in bulk either; a reviewer can.
    await s.document.bulk(ids, { status: 'approved' });
    expect(s.notices.state.notice?.key).to.equal('notice.roleStatus');
    await s.session.setRole('reviewer');
    await s.document.bulk(ids, { status: 'approved' });
    expect(statuses()).to.deep.equal(['approved', 'approved', 'approved']);
  });

  it('merges and splits as undoable steps, and redoes them', async () => {
    const s = await open();
    await openProject(s, ROWS);
    const [a] = s.document.current!.segments;
    await s.document.mergeWithNext(a.id);
    expect(s.document.current!.segments.map((r) => r.source)).to.deep.equal([
      '你好。再见。',
      '谢谢。你好。',
    ]);
    expect(s.notices.state.notice?.key).to.equal('notice.merged');
    const c = s.document.current!.segments[1];
    // Split the source after its first sentence; the translation at its nearest boundary.
    await s.document.split(c.id, 'source', 3);
    expect(s.document.current!.segments.map((r) => [r.source, r.target])).to.deep.equal([
      ['你好。再见。', 'Hello.'],
      ['谢谢。', 'Thanks.'],
      ['你好。', 'Hello.'],
    ]);
    await s.document.undo();
    await s.document.undo();
    expect(s.document.current!.segments.map((r) => r.source)).to.deep.equal(
      ROWS.map((r) => r.source),
    );
    expect(s.document.state.canRedo).to.equal(true);
    await s.document.redo();
    expect(s.document.current!.segments).to.have.length(2);
  });

  it('undoes and redoes across a reload', async () => {
    const s = await open();
    const id = await openProject(s, ROWS);
    const [a] = s.document.current!.segments;
    s.document.edit(a.id, 'target', 'Hi there.');
    await s.document.flush();
    s.close();
    // The page is reloaded: new services on the same database.
    const again = await open(s.dbName);
    await again.document.open(id);
    expect(shown(again)[0]).to.equal('Hi there.');
    expect(again.document.state.canUndo).to.equal(true);
    await again.document.undo();
    expect(shown(again)[0]).to.equal('Hello.');
    expect((await stored(again))[0]).to.equal('Hello.');
    await again.document.redo();
    expect((await stored(again))[0]).to.equal('Hi there.');
  });

  it('replaces in every row as one step and says how many', async () => {
    const s = await open();
    await openProject(s, ROWS);
    await s.document.replaceAll({
      query: 'Hello',
      replacement: 'Hi',
      scope: 'target',
      matchCase: true,
      wholeWord: false,
      regex: false,
    });
    expect(shown(s)).to.deep.equal(['Hi.', '', 'Thanks. Hi.']);
    expect(s.document.state.replaced).to.deep.equal({ count: 2, rows: 2 });
    await s.document.undo();
    expect(await stored(s)).to.deep.equal(['Hello.', '', 'Thanks. Hello.']);
  });

  it('replaces one match (the find bar’s Replace) as one undoable step, making the row a draft', async () => {
    const s = await open();
    await openProject(s, ROWS);
    const [, , c] = s.document.current!.segments;
    await s.document.confirm(c.id);
    const req = { query: 'hello', replacement: 'Hi', scope: 'target' as const };
    const opts = { matchCase: false, wholeWord: false, regex: false };
    // "Thanks. Hello.": the match at 8, not the one in row 1.
    await s.document.replaceMatch({ ...req, ...opts, id: c.id, start: 8 });
    expect(shown(s)).to.deep.equal(['Hello.', '', 'Thanks. Hi.']);
    expect(s.document.row(c.id)!.status).to.equal('draft');
    // No match starts there any more: nothing changes.
    await s.document.replaceMatch({ ...req, ...opts, id: c.id, start: 8 });
    expect(shown(s)).to.deep.equal(['Hello.', '', 'Thanks. Hi.']);
    await s.document.undo();
    expect(await stored(s)).to.deep.equal(['Hello.', '', 'Thanks. Hello.']);
    expect(s.document.row(c.id)!.status).to.equal('translated');
  });

  it('restores a version as one undoable step', async () => {
    const s = await open();
    await openProject(s, ROWS);
    await s.review.saveVersion('Draft');
    const [a] = s.document.current!.segments;
    s.document.edit(a.id, 'target', 'Changed.');
    await s.document.flush();
    await s.review.restoreVersion(s.review.state.versions[0].id);
    expect(shown(s)[0]).to.equal('Hello.');
    expect(s.notices.state.notice).to.deep.include({
      key: 'notice.versionRestored',
      params: { count: 1 },
    });
    await s.document.undo();
    expect((await stored(s))[0]).to.equal('Changed.');
  });

  it('tells a failed undo in its own words when another tab changed the row since', async () => {
    const s = await open();
    const id = await openProject(s, ROWS);
    const [a] = s.document.current!.segments;
    s.document.edit(a.id, 'target', 'Mine.');
    await s.document.flush();
    // Another tab (its own connection) edits the same row afterwards.
    const other = await open(s.dbName, { separate: true });
    await other.document.open(id);
    other.document.edit(a.id, 'target', 'Theirs.');
    await other.document.flush();
    await s.document.undo();
    const notice = s.notices.state.notice!;
    expect(notice.kind).to.equal('error');
    expect(notice.key).to.equal('errors.undo');
    // Nothing was overwritten.
    expect((await stored(other))[0]).to.equal('Theirs.');
  });

  it("undoes only this tab's own steps: another tab's edit stays, and stays undoable there", async () => {
    const a = await open();
    const id = await openProject(a, ROWS);
    const b = await open(a.dbName, { separate: true });
    await b.document.open(id);
    const [r1, r2] = a.document.current!.segments;
    b.document.edit(r1.id, 'target', 'From B.');
    await b.document.flush();
    a.document.edit(r2.id, 'target', 'From A.');
    await a.document.flush();
    // B undoes: its own row 1 goes back; A's row 2 (the newer step) is untouched.
    await b.document.undo();
    expect(await stored(b)).to.deep.equal(['Hello.', 'From A.', 'Thanks. Hello.']);
    expect(b.document.state.canUndo).to.equal(false);
    // A's own step is still A's to undo, and B's redo is still B's.
    expect(a.document.state.canUndo).to.equal(true);
    await a.document.undo();
    expect((await stored(a))[1]).to.equal('');
    await b.document.redo();
    expect((await stored(b))[0]).to.equal('From B.');
  });

  it('tells listeners only when the state changed, with the old and new snapshot', async () => {
    const s = await open();
    await openProject(s, ROWS);
    const [a] = s.document.current!.segments;
    const seen: [unknown, unknown][] = [];
    const off = s.document.subscribe((now, before) => seen.push([now.save, before.save]));
    s.document.edit(a.id, 'target', 'H');
    s.document.edit(a.id, 'target', 'Hi');
    // Same text again: no change, no call.
    const calls = seen.length;
    s.document.edit(a.id, 'target', 'Hi');
    expect(seen.length).to.equal(calls);
    off();
    s.document.edit(a.id, 'target', 'Hi!');
    expect(seen.length).to.equal(calls);
    await s.document.flush();
  });
});
