import { expect } from '@open-wc/testing';
import { compareRows } from '../../src/core/diff/index.js';
import { decisionPatches, snapshotOf } from '../../src/core/review.js';
import { initI18n, loadAllStrings } from '../../src/i18n/index.js';
import { openServices, type Services } from '../../src/state/index.js';
import { deleteWorkspace } from '../../src/store/index.js';

let n = 0;

/** A Services on its own database with one open project of three rows. */
async function bench() {
  const name = `bt-state-review-${Date.now()}-${n++}`;
  const wb = await openServices(name);
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
  await wb.document.open(project.id);
  return { wb, name, docId: document.id };
}

const targets = (wb: Services) => wb.document.current!.segments.map((s) => s.target);

describe('Services: review', () => {
  const opened: { wb: Services; name: string }[] = [];
  before(() => initI18n('en').then(loadAllStrings));
  afterEach(async () => {
    for (const { wb, name } of opened.splice(0)) {
      wb.close();
      await deleteWorkspace(name);
    }
  });

  it('remembers role and name, and records edits with them', async () => {
    const b = await bench();
    opened.push(b);
    const { wb } = b;
    await wb.session.setAuthor('  王芳 ');
    await wb.session.setRole('reviewer');
    expect(wb.session.who).to.deep.include({ role: 'reviewer', author: '王芳' });
    const stored = await wb.ws.settings.getAll();
    expect([stored.role, stored.author]).to.deep.equal(['reviewer', '王芳']);
    const id = wb.document.current!.segments[0].id;
    wb.document.edit(id, 'target', 'Hi.');
    await wb.document.flush();
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
    await wb.review.saveVersion('译者稿');
    const [ids0, ids1, ids2] = wb.document.current!.segments.map((s) => s.id);
    for (const [id, text] of [
      [ids0, 'Hi.'],
      [ids1, 'Goodbye.'],
      [ids2, 'Thank you.'],
    ])
      wb.document.edit(id, 'target', text);
    await wb.document.flush();
    await wb.review.loadVersion(wb.review.state.versions[0].id);
    const version = wb.review.state.loadedVersions[wb.review.state.versions[0].id];
    expect(version.segments.map((s) => s.target)).to.deep.equal(['Hello.', 'Bye.', 'Thanks.']);

    const compare = () =>
      compareRows(version.segments, wb.document.current!.segments.map(snapshotOf), {
        sourceLang: 'zh-Hans',
        targetLang: 'en',
      });
    const rows = compare().rows;
    await wb.review.applyReview(decisionPatches([rows[1]], 'reject'), 'review.notice.reject');
    expect(targets(wb)).to.deep.equal(['Hi.', 'Bye.', 'Thank you.']);
    expect(wb.notices.state.notice?.key).to.equal('review.notice.reject');
    const rev = (await wb.ws.history.page(ids1, 0, 5)).find((r) => r.field === 'target')!;
    expect([rev.field, rev.before, rev.after]).to.deep.equal(['target', 'Goodbye.', 'Bye.']);

    await wb.review.applyReview(decisionPatches(compare().rows, 'accept'), 'review.notice.accept');
    expect(wb.document.current!.segments.map((s) => s.status)).to.deep.equal([
      'reviewed',
      'translated',
      'reviewed',
    ]);
    await wb.document.undo(); // accept all is one step: the edited rows are drafts again
    expect(wb.document.current!.segments.map((s) => s.status)).to.deep.equal([
      'draft',
      'translated',
      'draft',
    ]);
    await wb.document.undo(); // so is the rejection
    expect(targets(wb)).to.deep.equal(['Hi.', 'Goodbye.', 'Thank you.']);
  });

  it('compares with the decisions read from the history: who and when, rejected rows kept', async () => {
    const b = await bench();
    opened.push(b);
    const { wb } = b;
    await wb.review.saveVersion('译者稿');
    const vId = wb.review.state.versions[0].id;
    const [id0, id1, id2] = wb.document.current!.segments.map((s) => s.id);
    wb.document.edit(id0, 'target', 'Hi.');
    wb.document.edit(id1, 'target', 'Goodbye.');
    wb.document.edit(id2, 'target', 'Thank you.');
    await wb.document.flush();
    await wb.review.loadVersion(vId);
    const sides = { a: vId, b: 'now' };
    const compare = () =>
      wb.review.compare(
        wb.review.state.loadedVersions[vId].segments,
        wb.document.current!.segments.map(snapshotOf),
        { sourceLang: 'zh-Hans', targetLang: 'en' },
        sides,
      );
    await compare();
    expect(wb.review.state.decisions.size).to.equal(0);

    await wb.session.setAuthor('安');
    await wb.session.setRole('reviewer');
    const rows = wb.review.state.comparison!.rows;
    const t0 = Date.now();
    await wb.review.applyReview(decisionPatches([rows[1]], 'reject'));
    await wb.review.applyReview(decisionPatches([rows[2]], 'accept'));
    await compare();
    const s = wb.review.state;
    expect(s.comparing.status).to.equal('done');
    expect(s.comparison!.rows.map((r) => r.type)).to.deep.equal([
      'modified',
      'unchanged',
      'modified',
    ]);
    const got = [id0, id1, id2].map((id) => {
      const d = s.decisions.get(id);
      return d && [d.kind, d.status, d.author, d.role, d.at >= t0];
    });
    expect(got).to.deep.equal([
      undefined,
      ['rejected', 'translated', '安', 'reviewer', true],
      ['accepted', 'reviewed', '安', 'reviewer', true],
    ]);
    const again = await wb.review.decisionsOf(s.comparison!.rows, sides);
    expect([...again.keys()]).to.deep.equal([id1, id2]);
  });

  it('adds comments with the author and resolves them, kept across a reload', async () => {
    const b = await bench();
    opened.push(b);
    const { wb } = b;
    await wb.session.setAuthor('安');
    await wb.session.setRole('reviewer');
    const id = wb.document.current!.segments[1].id;
    await wb.review.addComment(id, '语气太随意');
    await wb.review.addComment(id, '   ');
    const [c] = wb.document.current!.segments[1].comments!;
    expect([c.author, c.role, c.text, c.resolved]).to.deep.equal([
      '安',
      'reviewer',
      '语气太随意',
      false,
    ]);
    await wb.review.resolveComment(id, c.id, true);
    await wb.document.open(wb.document.current!.project.id);
    expect(wb.document.current!.segments[1].comments!.map((x) => x.resolved)).to.deep.equal([true]);
    await wb.review.setStatuses([id], 'approved');
    expect(wb.document.current!.segments[1].status).to.equal('approved');
  });

  it('logs a reviewer’s LQA issue (a translator’s comment stays a comment); only its reviewer withdraws it; undoable', async () => {
    const b = await bench();
    opened.push(b);
    const { wb } = b;
    const id = wb.document.current!.segments[0].id;
    const comments = () => wb.document.current!.segments[0].comments ?? [];
    await wb.session.setAuthor('Tina');
    await wb.session.setRole('translator');
    await wb.review.addComment(id, '已改', { category: 'terminology', severity: 'major' });
    expect(comments()[0].issue, 'a translator logs no issue').to.equal(undefined);

    await wb.session.setAuthor('Rex');
    await wb.session.setRole('reviewer');
    await wb.review.addComment(id, '应为 summit', { category: 'terminology', severity: 'major' });
    const logged = comments()[1];
    expect(logged.issue).to.deep.equal({ category: 'terminology', severity: 'major' });

    await wb.session.setAuthor('Ann');
    await wb.review.withdrawIssue(id, logged.id, true);
    expect(comments()[1].withdrawn, 'another reviewer cannot withdraw it').to.equal(undefined);
    await wb.session.setAuthor('Rex');
    await wb.review.withdrawIssue(id, logged.id, true);
    expect(comments()[1].withdrawn).to.equal(true);

    await wb.document.undo();
    expect(comments()[1].withdrawn).to.equal(undefined);
    await wb.document.open(wb.document.current!.project.id);
    expect(comments()[1].issue).to.deep.equal({ category: 'terminology', severity: 'major' });
  });
});
