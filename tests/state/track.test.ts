// Track changes in the grid, through the Services on the browser's real IndexedDB.
import { expect } from '@open-wc/testing';
import { trackState } from '../../src/core/track.js';
import { initI18n, loadAllStrings } from '../../src/i18n/index.js';
import { openServices, type Services } from '../../src/state/index.js';
import { deleteWorkspace } from '../../src/store/index.js';

let n = 0;

/** A Services on its own database with one open project of four translated rows. */
async function bench() {
  const name = `bt-state-track-${Date.now()}-${n++}`;
  const wb = await openServices(name);
  const { project, document } = await wb.ws.projects.create({
    name: '修订',
    sourceLang: 'zh-Hans',
    targetLang: 'en',
  });
  await wb.ws.segments.bulkCreate(document.id, [
    { source: '你好。', target: 'Hello.', status: 'translated' },
    { source: '再见。', target: 'Bye.', status: 'translated' },
    { source: '谢谢。', target: 'Thanks.', status: 'translated' },
    { source: '请坐。', target: 'Sit down.', status: 'translated' },
  ]);
  await wb.document.open(project.id);
  return { wb, name, projectId: project.id };
}

const rows = (wb: Services) => wb.document.current!.segments.map((s) => [s.target, s.status]);
/** Each row's track state against the chosen version, as the grid shows it. */
const states = (wb: Services) =>
  wb.document.current!.segments.map((s) => {
    const st = trackState(s, wb.review.state.since!.rows.get(s.id));
    return st.change === 'unchanged' ? '=' : st.accepted ? 'accepted' : 'undecided';
  });

describe('Services: track changes in the grid', () => {
  const opened: { wb: Services; name: string }[] = [];
  before(() => initI18n('en').then(loadAllStrings));
  afterEach(async () => {
    for (const { wb, name } of opened.splice(0)) {
      wb.close();
      await deleteWorkspace(name);
    }
  });

  it('rejects one change, accepts another, each one undoable step kept across a reload', async () => {
    const b = await bench();
    opened.push(b);
    const { wb } = b;
    await wb.review.saveVersion('Translator draft');
    const [id0, id1, id2] = wb.document.current!.segments.map((s) => s.id);
    wb.document.edit(id0, 'target', 'Hi.');
    wb.document.edit(id1, 'target', 'Goodbye.');
    await wb.document.flush();
    await wb.document.setStatus(id1, 'draft');
    await wb.review.setChangedSince(wb.review.state.versions[0].id);
    expect(states(wb)).to.deep.equal(['undecided', 'undecided', '=', '=']);

    await wb.session.setRole('reviewer');
    await wb.review.decideTracked([id0], 'reject');
    expect(rows(wb)[0]).to.deep.equal(['Hello.', 'translated']);
    expect(wb.notices.state.notice?.key).to.equal('review.track.notice.reject');
    expect(wb.notices.state.notice?.action?.key).to.equal('common.undo');
    const rev = (await wb.ws.history.page(id0, 0, 5)).find((r) => r.field === 'target')!;
    expect([rev.field, rev.before, rev.after, rev.role]).to.deep.equal([
      'target',
      'Hi.',
      'Hello.',
      'reviewer',
    ]);

    await wb.review.decideTracked([id1, id2], 'accept');
    expect(rows(wb)[1]).to.deep.equal(['Goodbye.', 'reviewed']);
    expect(wb.notices.state.notice?.key).to.equal('review.notice.accept');
    expect(wb.notices.state.notice?.params).to.deep.equal({ count: 1 });
    expect(states(wb)).to.deep.equal(['=', 'accepted', '=', '=']);

    await wb.document.undo(); // the accept
    expect(rows(wb)[1]).to.deep.equal(['Goodbye.', 'draft']);
    await wb.document.redo();

    // A reload keeps both decisions: nothing but the rows themselves is stored.
    await wb.document.open(b.projectId);
    await wb.review.setChangedSince(wb.review.state.versions[0].id);
    expect(rows(wb).slice(0, 2)).to.deep.equal([
      ['Hello.', 'translated'],
      ['Goodbye.', 'reviewed'],
    ]);
    expect(states(wb)).to.deep.equal(['=', 'accepted', '=', '=']);

    // The translator edits the accepted row again: a draft, undecided at once, even before it
    // is confirmed; confirmed, still undecided.
    await wb.session.setRole('translator');
    wb.document.edit(id1, 'target', 'Goodbye!');
    expect(rows(wb)[1]).to.deep.equal(['Goodbye!', 'draft']);
    expect(states(wb)).to.deep.equal(['=', 'undecided', '=', '=']);
    await wb.document.confirm(id1);
    expect(states(wb)).to.deep.equal(['=', 'undecided', '=', '=']);
  });

  it('accepts or rejects many rows as one step; rows that cannot be set back are skipped', async () => {
    const b = await bench();
    opened.push(b);
    const { wb } = b;
    await wb.review.saveVersion('v1');
    const ids = wb.document.current!.segments.map((s) => s.id);
    wb.document.edit(ids[0], 'target', 'Hi.');
    wb.document.edit(ids[3], 'target', 'Please sit.');
    await wb.document.flush();
    // Rows 2 and 3 merged into row 2: it cannot be set back row by row.
    await wb.document.mergeWithNext(ids[1]);
    await wb.review.setChangedSince(wb.review.state.versions[0].id);
    expect(wb.document.current!.segments.map((s) => s.target)).to.deep.equal([
      'Hi.',
      'Bye. Thanks.',
      'Please sit.',
    ]);

    await wb.session.setRole('reviewer');
    await wb.review.decideTracked(
      wb.document.current!.segments.map((s) => s.id),
      'reject',
    );
    expect(wb.document.current!.segments.map((s) => s.target)).to.deep.equal([
      'Hello.',
      'Bye. Thanks.',
      'Sit down.',
    ]);
    expect(wb.notices.state.notice?.params).to.deep.equal({ count: 2 });
    await wb.document.undo(); // both rejections at once
    expect(wb.document.current!.segments.map((s) => s.target)).to.deep.equal([
      'Hi.',
      'Bye. Thanks.',
      'Please sit.',
    ]);

    await wb.review.decideTracked(
      wb.document.current!.segments.map((s) => s.id),
      'accept',
    );
    expect(wb.document.current!.segments.map((s) => s.status)).to.deep.equal([
      'reviewed',
      'reviewed',
      'reviewed',
    ]);
    // Nothing left to accept: says so and writes nothing.
    await wb.review.decideTracked([ids[0]], 'accept');
    expect(wb.notices.state.notice?.key).to.equal('review.notice.nothing');
  });

  it('keeps track changes on across a reload, against the same version', async () => {
    const b = await bench();
    opened.push(b);
    const { wb } = b;
    await wb.review.saveVersion('Draft');
    await wb.review.setChangedSince(wb.review.state.versions[0].id);
    await wb.document.open(b.projectId);
    expect(wb.review.state.since?.id).to.equal(wb.review.state.versions[0].id);
    // Turned off, it stays off.
    await wb.review.setChangedSince('');
    await wb.document.open(b.projectId);
    expect(wb.review.state.since).to.equal(undefined);
    // A version deleted meanwhile is not chosen again.
    await wb.review.setChangedSince(wb.review.state.versions[0].id);
    await wb.review.deleteVersion(wb.review.state.versions[0].id);
    await wb.document.open(b.projectId);
    expect(wb.review.state.since).to.equal(undefined);
  });

  it('does nothing while no version is chosen', async () => {
    const b = await bench();
    opened.push(b);
    const { wb } = b;
    const id = wb.document.current!.segments[0].id;
    wb.document.edit(id, 'target', 'Hi.');
    await wb.document.flush();
    await wb.review.decideTracked([id], 'reject');
    expect(rows(wb)[0]).to.deep.equal(['Hi.', 'draft']);
  });
});
