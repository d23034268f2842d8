// A team document's changes from others, applied to the open document on the browser's real
// IndexedDB: shown at once, stored without an undo step, and merged into typing not yet saved.
import { expect } from '@open-wc/testing';
import { initI18n, loadAllStrings } from '../../src/i18n/index.js';
import { openProject, useServices } from './helpers.js';

const ROWS = [
  { source: '你好。', target: 'Hello' },
  { source: '再见。', target: '' },
];

describe('DocumentService.applyRemote (team documents)', () => {
  before(() => initI18n('en').then(loadAllStrings));
  const open = useServices();

  it('shows and stores another member’s change with no undo step of this user', async () => {
    const s = await open();
    await openProject(s, ROWS);
    const [, b] = s.document.current!.segments;
    const before = (await s.ws.segments.get(b.id))!;
    const row = { ...before, docId: undefined, rev: undefined };
    await s.document.applyRemote([{ ...row, target: 'Bye', status: 'draft' }], []);
    expect(s.document.row(b.id)!.target).to.equal('Bye');
    const stored = (await s.ws.segments.get(b.id))!;
    expect(stored.target).to.equal('Bye');
    expect(stored.rev).to.equal(before.rev + 1);
    expect(s.document.state.canUndo, 'nothing of this user to undo').to.equal(false);
  });

  it('stores another member’s LQA issue with its category and severity', async () => {
    const s = await open();
    await openProject(s, ROWS);
    const [a] = s.document.current!.segments;
    const row = { ...(await s.ws.segments.get(a.id))!, docId: undefined, rev: undefined };
    const comment = {
      id: 'lqa1',
      author: 'Rex',
      role: 'reviewer' as const,
      at: 1,
      text: '术语',
      resolved: false,
      issue: { category: 'terminology', severity: 'major' as const },
    };
    await s.document.applyRemote([{ ...row, comments: [comment] }], []);
    expect(s.document.row(a.id)!.comments).to.deep.equal([comment]);
    expect((await s.ws.segments.get(a.id))!.comments![0].issue).to.deep.equal({
      category: 'terminology',
      severity: 'major',
    });
  });

  it('merges into a row being typed in: the queued save carries the merged text', async () => {
    const s = await open();
    await openProject(s, ROWS);
    const [a] = s.document.current!.segments;
    s.document.edit(a.id, 'target', 'Hello there');
    const row = { ...s.document.row(a.id)!, docId: undefined, rev: undefined };
    // The shared document has both: this user's typing and someone's "Oh, " before it.
    await s.document.applyRemote([{ ...row, target: 'Oh, Hello there' }], []);
    expect(s.document.row(a.id)!.target).to.equal('Oh, Hello there');
    await s.document.flush();
    expect((await s.ws.segments.get(a.id))!.target).to.equal('Oh, Hello there');
    expect(s.document.state.save.state).to.equal('saved');
  });

  it('a confirm made while another member’s change is still being stored is written after it', async () => {
    const s = await open();
    await openProject(s, ROWS);
    const [a] = s.document.current!.segments;
    const row = { ...s.document.row(a.id)!, docId: undefined, rev: undefined };
    // Not awaited: the reviewer confirms the row as soon as the change shows, before it is stored.
    const storing = s.document.applyRemote(
      [{ ...row, target: 'Hello there', status: 'draft' }],
      [],
    );
    const confirming = s.document.confirm(a.id);
    await Promise.all([storing, confirming]);
    await s.document.flush();
    const stored = (await s.ws.segments.get(a.id))!;
    expect(stored.target).to.equal('Hello there');
    expect(stored.status).to.equal('translated');
    expect(s.document.row(a.id)!.status).to.equal('translated');
    expect(s.document.state.save.state, 'no conflict with the team’s own change').to.equal('saved');
  });

  it('removes rows the shared document no longer has', async () => {
    const s = await open();
    await openProject(s, ROWS);
    const [, b] = s.document.current!.segments;
    await s.document.applyRemote([], [b.id]);
    expect(s.document.current!.segments.map((r) => r.id)).to.not.include(b.id);
    expect(await s.ws.segments.get(b.id)).to.equal(undefined);
  });

  it('refuses every change of a viewer, and says why', async () => {
    const s = await open();
    await openProject(s, ROWS);
    const [a] = s.document.current!.segments;
    s.document.setReadOnly(true);
    s.document.edit(a.id, 'target', 'Changed');
    await s.document.confirm(a.id);
    expect(s.document.row(a.id)!.target).to.equal('Hello');
    expect(s.notices.state.notice?.key).to.equal('team.notice.viewOnly');
  });

  it('a change that arrives while the row is being saved is never replaced by what that save wrote', async () => {
    const s = await open();
    await openProject(s, ROWS);
    const [a] = s.document.current!.segments;
    s.document.edit(a.id, 'target', 'Hello there');
    const saving = s.document.flush();
    // The save is now being written (its IndexedDB transaction is under way).
    await null;
    await null;
    const row = { ...s.document.row(a.id)!, docId: undefined, rev: undefined };
    const shown: string[] = [];
    const off = s.document.subscribe((now) => {
      const r = now.current?.segments.find((x) => x.id === a.id);
      if (r) shown.push(r.status);
    });
    await s.document.applyRemote([{ ...row, status: 'reviewed' }], []);
    await saving;
    await s.document.flush();
    off();
    expect(shown, 'never shown as the save wrote it').to.not.include('draft');
    expect(s.document.row(a.id)!.status).to.equal('reviewed');
    expect((await s.ws.segments.get(a.id))!.status).to.equal('reviewed');
    expect(s.document.row(a.id)!.target).to.equal('Hello there');
  });
});
