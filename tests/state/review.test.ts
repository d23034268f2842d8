import { expect } from '@open-wc/testing';
import { compareRows } from '../../src/core/diff/index.js';
import { decisionPatches, snapshotOf } from '../../src/core/review.js';
import { initI18n } from '../../src/i18n/index.js';
import { Workbench } from '../../src/state/workbench.js';
import { deleteWorkspace } from '../../src/store/index.js';

let n = 0;

/** A Workbench on its own database with one open project of three rows. */
async function bench() {
  const name = `bt-state-review-${Date.now()}-${n++}`;
  const wb = await Workbench.open(name);
  const { project, document } = await wb.ws.projects.create({
    name: '评审',
    sourceLang: 'zh-Hans',
    targetLang: 'en',
  });
  await wb.ws.segments.bulkCreate(document.id, [
    { source: '你好。', target: 'Hello.', status: 'translated' },
    { source: '再见。', target: 'Bye.', status: 'translated' },
    { source: '谢谢。', target: 'Thanks.', status: 'translated' },
  ]);
  await wb.openProject(project.id);
  return { wb, name, docId: document.id };
}

const targets = (wb: Workbench) => wb.current!.segments.map((s) => s.target);

describe('Workbench: review', () => {
  const opened: { wb: Workbench; name: string }[] = [];
  before(() => initI18n('en'));
  afterEach(async () => {
    for (const { wb, name } of opened.splice(0)) {
      wb.ws.close();
      await deleteWorkspace(name);
    }
  });

  it('remembers role and name, and records edits with them', async () => {
    const b = await bench();
    opened.push(b);
    const { wb } = b;
    await wb.setAuthor('  王芳 ');
    await wb.setRole('reviewer');
    expect(wb.who).to.deep.equal({ role: 'reviewer', author: '王芳' });
    const stored = await wb.ws.settings.getAll();
    expect([stored.role, stored.author]).to.deep.equal(['reviewer', '王芳']);
    const id = wb.current!.segments[0].id;
    wb.edit(id, 'target', 'Hi.');
    await wb.flush();
    // The text, and the status it takes back to draft (it was translated), both with the name.
    const revs = await wb.ws.history.page(id, 0, 5);
    expect(revs.map((r) => [r.field, r.role, r.author, r.after])).to.have.deep.members([
      ['target', 'reviewer', '王芳', 'Hi.'],
      ['status', 'reviewer', '王芳', 'draft'],
    ]);
  });

  it('loads a version once, rejects one change and accepts the rest as undoable steps', async () => {
    const b = await bench();
    opened.push(b);
    const { wb } = b;
    await wb.saveVersion('译者稿');
    const [ids0, ids1, ids2] = wb.current!.segments.map((s) => s.id);
    for (const [id, text] of [
      [ids0, 'Hi.'],
      [ids1, 'Goodbye.'],
      [ids2, 'Thank you.'],
    ])
      wb.edit(id, 'target', text);
    await wb.flush();
    await wb.loadVersion(wb.versions[0].id);
    const version = wb.loadedVersions[wb.versions[0].id];
    expect(version.segments.map((s) => s.target)).to.deep.equal(['Hello.', 'Bye.', 'Thanks.']);

    const compare = () =>
      compareRows(version.segments, wb.current!.segments.map(snapshotOf), {
        sourceLang: 'zh-Hans',
        targetLang: 'en',
      });
    const rows = compare().rows;
    await wb.applyReview(decisionPatches([rows[1]], 'reject'), 'review.notice.reject');
    expect(targets(wb)).to.deep.equal(['Hi.', 'Bye.', 'Thank you.']);
    expect(wb.notice?.key).to.equal('review.notice.reject');
    const rev = (await wb.ws.history.page(ids1, 0, 5)).find((r) => r.field === 'target')!;
    expect([rev.field, rev.before, rev.after]).to.deep.equal(['target', 'Goodbye.', 'Bye.']);

    await wb.applyReview(decisionPatches(compare().rows, 'accept'), 'review.notice.accept');
    expect(wb.current!.segments.map((s) => s.status)).to.deep.equal([
      'reviewed',
      'translated',
      'reviewed',
    ]);
    await wb.undo(); // accept all is one step: the edited rows are drafts again
    expect(wb.current!.segments.map((s) => s.status)).to.deep.equal([
      'draft',
      'translated',
      'draft',
    ]);
    await wb.undo(); // so is the rejection
    expect(targets(wb)).to.deep.equal(['Hi.', 'Goodbye.', 'Thank you.']);
  });

  it('adds comments with the author and resolves them, kept across a reload', async () => {
    const b = await bench();
    opened.push(b);
    const { wb } = b;
    await wb.setAuthor('安');
    await wb.setRole('reviewer');
    const id = wb.current!.segments[1].id;
    await wb.addComment(id, '语气太随意');
    await wb.addComment(id, '   ');
    const [c] = wb.current!.segments[1].comments!;
    expect([c.author, c.role, c.text, c.resolved]).to.deep.equal([
      '安',
      'reviewer',
      '语气太随意',
      false,
    ]);
    await wb.resolveComment(id, c.id, true);
    await wb.openProject(wb.current!.project.id);
    expect(wb.current!.segments[1].comments!.map((x) => x.resolved)).to.deep.equal([true]);
    await wb.setStatuses([id], 'approved');
    expect(wb.current!.segments[1].status).to.equal('approved');
  });
});
