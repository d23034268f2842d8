// Track changes in the grid, through the Workbench on the browser's real IndexedDB.
import { expect } from '@open-wc/testing';
import { trackState } from '../../src/core/track.js';
import { initI18n } from '../../src/i18n/index.js';
import { Workbench } from '../../src/state/workbench.js';
import { deleteWorkspace } from '../../src/store/index.js';

let n = 0;

/** A Workbench on its own database with one open project of four translated rows. */
async function bench() {
  const name = `bt-state-track-${Date.now()}-${n++}`;
  const wb = await Workbench.open(name);
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
  await wb.openProject(project.id);
  return { wb, name, projectId: project.id };
}

const rows = (wb: Workbench) => wb.current!.segments.map((s) => [s.target, s.status]);
/** Each row's track state against the chosen version, as the grid shows it. */
const states = (wb: Workbench) =>
  wb.current!.segments.map((s) => {
    const st = trackState(s, wb.since!.rows.get(s.id));
    return st.change === 'unchanged' ? '=' : st.accepted ? 'accepted' : 'undecided';
  });

describe('Workbench: track changes in the grid', () => {
  const opened: { wb: Workbench; name: string }[] = [];
  before(() => initI18n('en'));
  afterEach(async () => {
    for (const { wb, name } of opened.splice(0)) {
      wb.ws.close();
      await deleteWorkspace(name);
    }
  });

  it('rejects one change, accepts another, each one undoable step kept across a reload', async () => {
    const b = await bench();
    opened.push(b);
    const { wb } = b;
    await wb.saveVersion('Translator draft');
    const [id0, id1, id2] = wb.current!.segments.map((s) => s.id);
    wb.edit(id0, 'target', 'Hi.');
    wb.edit(id1, 'target', 'Goodbye.');
    await wb.flush();
    await wb.setStatus(id1, 'draft');
    await wb.setChangedSince(wb.versions[0].id);
    expect(states(wb)).to.deep.equal(['undecided', 'undecided', '=', '=']);

    await wb.setRole('reviewer');
    await wb.decideTracked([id0], 'reject');
    expect(rows(wb)[0]).to.deep.equal(['Hello.', 'translated']);
    expect(wb.notice?.key).to.equal('review.track.notice.reject');
    expect(wb.notice?.action?.key).to.equal('common.undo');
    const rev = (await wb.ws.history.page(id0, 0, 5)).find((r) => r.field === 'target')!;
    expect([rev.field, rev.before, rev.after, rev.role]).to.deep.equal([
      'target',
      'Hi.',
      'Hello.',
      'reviewer',
    ]);

    await wb.decideTracked([id1, id2], 'accept');
    expect(rows(wb)[1]).to.deep.equal(['Goodbye.', 'reviewed']);
    expect(wb.notice?.key).to.equal('review.notice.accept');
    expect(wb.notice?.params).to.deep.equal({ count: 1 });
    expect(states(wb)).to.deep.equal(['=', 'accepted', '=', '=']);

    await wb.undo(); // the accept
    expect(rows(wb)[1]).to.deep.equal(['Goodbye.', 'draft']);
    await wb.redo();

    // A reload keeps both decisions: nothing but the rows themselves is stored.
    await wb.openProject(b.projectId);
    await wb.setChangedSince(wb.versions[0].id);
    expect(rows(wb).slice(0, 2)).to.deep.equal([
      ['Hello.', 'translated'],
      ['Goodbye.', 'reviewed'],
    ]);
    expect(states(wb)).to.deep.equal(['=', 'accepted', '=', '=']);

    // The translator edits the accepted row again: a draft, undecided at once, even before it
    // is confirmed; confirmed, still undecided.
    await wb.setRole('translator');
    wb.edit(id1, 'target', 'Goodbye!');
    expect(rows(wb)[1]).to.deep.equal(['Goodbye!', 'draft']);
    expect(states(wb)).to.deep.equal(['=', 'undecided', '=', '=']);
    await wb.confirm(id1);
    expect(states(wb)).to.deep.equal(['=', 'undecided', '=', '=']);
  });

  it('accepts or rejects many rows as one step; rows that cannot be set back are skipped', async () => {
    const b = await bench();
    opened.push(b);
    const { wb } = b;
    await wb.saveVersion('v1');
    const ids = wb.current!.segments.map((s) => s.id);
    wb.edit(ids[0], 'target', 'Hi.');
    wb.edit(ids[3], 'target', 'Please sit.');
    await wb.flush();
    // Rows 2 and 3 merged into row 2: it cannot be set back row by row.
    await wb.mergeWithNext(ids[1]);
    await wb.setChangedSince(wb.versions[0].id);
    expect(wb.current!.segments.map((s) => s.target)).to.deep.equal([
      'Hi.',
      'Bye. Thanks.',
      'Please sit.',
    ]);

    await wb.decideTracked(
      wb.current!.segments.map((s) => s.id),
      'reject',
    );
    expect(wb.current!.segments.map((s) => s.target)).to.deep.equal([
      'Hello.',
      'Bye. Thanks.',
      'Sit down.',
    ]);
    expect(wb.notice?.params).to.deep.equal({ count: 2 });
    await wb.undo(); // both rejections at once
    expect(wb.current!.segments.map((s) => s.target)).to.deep.equal([
      'Hi.',
      'Bye. Thanks.',
      'Please sit.',
    ]);

    await wb.decideTracked(
      wb.current!.segments.map((s) => s.id),
      'accept',
    );
    expect(wb.current!.segments.map((s) => s.status)).to.deep.equal([
      'reviewed',
      'reviewed',
      'reviewed',
    ]);
    // Nothing left to accept: says so and writes nothing.
    await wb.decideTracked([ids[0]], 'accept');
    expect(wb.notice?.key).to.equal('review.notice.nothing');
  });

  it('keeps track changes on across a reload, against the same version', async () => {
    const b = await bench();
    opened.push(b);
    const { wb } = b;
    await wb.saveVersion('Draft');
    await wb.setChangedSince(wb.versions[0].id);
    await wb.openProject(b.projectId);
    expect(wb.since?.id).to.equal(wb.versions[0].id);
    // Turned off, it stays off.
    await wb.setChangedSince('');
    await wb.openProject(b.projectId);
    expect(wb.since).to.equal(undefined);
    // A version deleted meanwhile is not chosen again.
    await wb.setChangedSince(wb.versions[0].id);
    await wb.deleteVersion(wb.versions[0].id);
    await wb.openProject(b.projectId);
    expect(wb.since).to.equal(undefined);
  });

  it('does nothing while no version is chosen', async () => {
    const b = await bench();
    opened.push(b);
    const { wb } = b;
    const id = wb.current!.segments[0].id;
    wb.edit(id, 'target', 'Hi.');
    await wb.flush();
    await wb.decideTracked([id], 'reject');
    expect(rows(wb)[0]).to.deep.equal(['Hi.', 'draft']);
  });
});
