// The TM a team project is shared with (real IndexedDB; the server's answer stood in by a
// function): the share carries the TM the project writes to as TMX, within its limit; a member's
// device brings it in once, into a TM of its own that the project then reads and writes; a
// project shared without one, a server away, a file it cannot read, an import cut short and two
// tabs at once each end as a user would want.
import { expect } from '@open-wc/testing';
import { deleteDB } from 'idb';
import type { SharedTm } from '../../src/core/team/index.js';
import type { TmUnit } from '../../src/core/tm/types.js';
import { NoticeService } from '../../src/state/notices.js';
import { pullTeamTm, tmToShare, type TeamTmContext } from '../../src/state/team-tm.js';
import { deleteWorkspace, openWorkspace, type Workspace } from '../../src/store/index.js';
import { TeamLinks } from '../../src/store/team-links.js';

const PROJECT = { id: 'p1', name: 'Novel', sourceLang: 'zh-Hans', targetLang: 'en' } as const;
const unit = (id: string, source: string, target: string): TmUnit => ({
  id,
  source,
  target,
  author: 'Lin',
  createdAt: 1_700_000_000_000,
  changedAt: 1_700_000_000_000,
});
const UNITS = [
  unit('u1', '新图书馆周一正式开放。', 'The new library opened on Monday.'),
  unit('u2', '馆内藏书超过二十万册。', 'It holds more than 200,000 books & maps.'),
  unit('u3', '市政府投入了三千万元。', 'The city invested 30 million yuan.'),
];

describe('the TM a team project is shared with', () => {
  let lin: Workspace;
  let tina: Workspace;
  let names: string[];
  let links: TeamLinks;
  let notices: NoticeService;

  const open = async (name: string) => {
    names.push(name);
    return openWorkspace(name);
  };
  /** Lin's project, writing to a TM of its pair with UNITS in it; what a share carries of it. */
  const linsShare = async () => {
    const tm = await lin.tm.create({ name: 'Lin main', sourceLang: 'zh-Hans', targetLang: 'en' });
    for (const u of UNITS) await lin.tm.putUnit(tm.id, u);
    await lin.tm.setLinks({ projectId: 'p1', read: [tm.id], write: tm.id });
    return { tm, share: await tmToShare(lin, PROJECT) };
  };
  const context = (shared: () => Promise<SharedTm | undefined>): TeamTmContext => ({
    ws: tina,
    links,
    notices,
    project: PROJECT,
    name: 'Novel (team)',
    fetch: shared,
    open: () => false,
  });
  const tinasTms = async () => (await tina.tm.list()).filter((t) => t.name === 'Novel (team)');
  const sources = async (tmId: string) =>
    (await tina.tm.page(tmId, undefined, 100)).units.map((u) => u.source).sort();

  beforeEach(async () => {
    names = [];
    const id = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
    lin = await open(`bt-team-tm-lin-${id}`);
    tina = await open(`bt-team-tm-tina-${id}`);
    links = await TeamLinks.open(tina.name);
    await links.put({
      projectId: 'p1',
      serverUrls: ['ws://team.example'],
      token: 't',
      role: 'translator',
      userId: 'u-tina',
      name: 'Tina',
      documents: { d1: 'p1/d1' },
      joinedAt: 1,
    });
    notices = new NoticeService();
  });
  afterEach(async () => {
    links.close();
    lin.close();
    tina.close();
    for (const n of names) {
      await deleteWorkspace(n);
      await deleteDB(`${n}-team`);
    }
  });

  it('a share carries the TM the project writes to, as TMX with every unit', async () => {
    const { tm, share } = await linsShare();
    expect(share.tmId).to.equal(tm.id);
    expect(share.shared!.name).to.equal('Lin main');
    expect(share.shared!.units).to.equal(3);
    expect(share.shared!.tmx).to.match(/^<\?xml[^>]*>\s*<tmx /);
    expect(share.shared!.tmx.match(/<tu[\s>]/g)).to.have.length(3);
    expect(share.shared!.tmx).to.contain('馆内藏书超过二十万册。');
    expect(share.shared!.tmx).to.contain('books &amp; maps');
  });

  it('carries no TM that is empty, of the other direction, or over the limit', async () => {
    const empty = await lin.tm.create({ name: 'Empty', sourceLang: 'zh-Hans', targetLang: 'en' });
    await lin.tm.setLinks({ projectId: 'p1', read: [empty.id], write: empty.id });
    expect(await tmToShare(lin, PROJECT)).to.deep.equal({});
    const back = await lin.tm.create({ name: 'Back', sourceLang: 'en', targetLang: 'zh-Hans' });
    await lin.tm.putUnit(back.id, unit('b1', 'Hello.', '你好。'));
    await lin.tm.setLinks({ projectId: 'p1', read: [back.id], write: back.id });
    expect(await tmToShare(lin, PROJECT)).to.deep.equal({});
    const { tm } = await linsShare();
    expect(await tmToShare(lin, PROJECT, 200)).to.deep.equal({
      tooBig: { name: tm.name, count: 3 },
    });
  });

  it('measures the TMX against the limit to the byte', async () => {
    const { share } = await linsShare();
    const bytes = new TextEncoder().encode(share.shared!.tmx).length;
    expect((await tmToShare(lin, PROJECT, bytes)).shared?.tmx).to.equal(share.shared!.tmx);
    expect((await tmToShare(lin, PROJECT, bytes - 1)).tooBig).to.deep.equal({
      name: 'Lin main',
      count: 3,
    });
  });

  it('a member’s device brings it in once, into a TM the project reads and writes', async () => {
    const { share } = await linsShare();
    let asked = 0;
    const ctx = context(async () => {
      asked++;
      return share.shared;
    });
    await pullTeamTm(ctx);
    const [tm, ...more] = await tinasTms();
    expect(more, 'one team TM').to.deep.equal([]);
    expect(tm!.size).to.equal(3);
    expect(await sources(tm!.id)).to.deep.equal(UNITS.map((u) => u.source).sort());
    expect(await tina.tm.links('p1')).to.deep.include({ read: [tm!.id], write: tm!.id });
    expect(await links.get('p1')).to.deep.include({ tmId: tm!.id, tmDone: true });
    expect(notices.state.notice).to.deep.include({ key: 'team.notice.tmArrived' });
    await pullTeamTm(ctx);
    expect(asked, 'not fetched again').to.equal(1);
    expect((await tinasTms()).length).to.equal(1);
  });

  it('keeps what the project read, and tells an open project to serve the TM', async () => {
    const { share } = await linsShare();
    const own = await tina.tm.create({
      name: 'Tina main',
      sourceLang: 'zh-Hans',
      targetLang: 'en',
    });
    await tina.tm.setLinks({ projectId: 'p1', read: [own.id], write: own.id });
    const calls: string[] = [];
    await pullTeamTm({
      ...context(async () => share.shared),
      open: () => true,
      memory: {
        load: async () => void calls.push('load'),
        setLinks: async (read, write) => void calls.push(`setLinks ${read.join(',')} → ${write}`),
      },
    });
    const [tm] = await tinasTms();
    expect(calls).to.deep.equal(['load', `setLinks ${own.id},${tm!.id} → ${tm!.id}`]);
  });

  it('two tabs at once bring it in once', async () => {
    const { share } = await linsShare();
    await Promise.all([
      pullTeamTm(context(async () => share.shared)),
      pullTeamTm(context(async () => share.shared)),
    ]);
    const tms = await tinasTms();
    expect(tms.length).to.equal(1);
    expect(tms[0]!.size).to.equal(3);
  });

  it('an import cut short is done again into the same TM', async () => {
    const { share } = await linsShare();
    // As a tab closed mid-import leaves it: the TM made and remembered, nothing committed.
    const made = await tina.tm.create({
      name: 'Novel (team)',
      sourceLang: 'zh-Hans',
      targetLang: 'en',
    });
    await links.put({ ...(await links.get('p1'))!, tmId: made.id });
    await pullTeamTm(context(async () => share.shared));
    const tms = await tinasTms();
    expect(tms.map((t) => t.id)).to.deep.equal([made.id]);
    expect(tms[0]!.size).to.equal(3);
  });

  it('a project shared without a TM is asked once; a server away is asked again', async () => {
    await pullTeamTm(
      context(async () => {
        throw new Error('offline');
      }),
    );
    expect((await links.get('p1'))!.tmDone).to.equal(undefined);
    await pullTeamTm(context(async () => undefined));
    expect((await links.get('p1'))!.tmDone).to.equal(true);
    expect(await tinasTms()).to.deep.equal([]);
  });

  it('a TMX it cannot read leaves no empty TM behind, says so, and is not tried again', async () => {
    const bad: SharedTm = { name: 'Lin main', units: 2, tmx: '<tmx version="1.4"><body><tu>' };
    await pullTeamTm(context(async () => bad));
    expect(await tinasTms()).to.deep.equal([]);
    expect(notices.state.notice).to.deep.include({ kind: 'error', key: 'team.notice.tmFailed' });
    expect((await links.get('p1'))!.tmDone).to.equal(true);
    expect(await tina.tm.links('p1')).to.equal(undefined);
  });
});
