// Notices: information goes by itself, an error stays; leaving a page takes information along.
import { aTimeout, expect } from '@open-wc/testing';
import { NoticeService } from '../../src/state/notices.js';
import { AppError } from '../../src/state/errors.js';

describe('NoticeService', () => {
  it('lets information go after a while (longer with an action) and keeps errors', async () => {
    const n = new NoticeService({ info: 30, action: 90 });
    n.info('notice.versionSaved', { name: 'v1' });
    expect(n.state.notice?.key).to.equal('notice.versionSaved');
    await aTimeout(60);
    expect(n.state.notice).to.equal(undefined);

    n.info('notice.projectDeleted', {}, { key: 'common.undo', run: () => undefined });
    await aTimeout(60);
    expect(n.state.notice?.key).to.equal('notice.projectDeleted');
    await aTimeout(60);
    expect(n.state.notice).to.equal(undefined);

    n.error(new AppError('quota', 'full'));
    await aTimeout(150);
    expect(n.state.notice).to.deep.include({ kind: 'error', key: 'errors.quota' });
  });

  it('a newer notice is not cut short by the older one going', async () => {
    const n = new NoticeService({ info: 40, action: 40 });
    n.info('notice.merged');
    await aTimeout(25);
    n.info('notice.split');
    await aTimeout(25);
    expect(n.state.notice?.key).to.equal('notice.split');
  });

  it('leaving a page takes information along, not an error', () => {
    const n = new NoticeService();
    n.info('notice.versionSaved', { name: 'v1' });
    n.leavePage();
    expect(n.state.notice).to.equal(undefined);
    n.error(new AppError('undo', 'conflict'));
    n.leavePage();
    expect(n.state.notice?.key).to.equal('errors.undo');
  });
});
