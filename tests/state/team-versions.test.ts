// A team document's versions on this device follow the server — renamed there, renamed here;
// deleted there, dropped here — on the browser's real IndexedDB, and only the server's copies of
// that document: a version saved only here, and another project's, stay. Renaming or deleting
// goes to the server first: refused or offline, nothing here changes. The server is a small
// in-page stand-in for its HTTP API (its own rules are tested in tests/server/).
import { expect } from '@open-wc/testing';
import type { VersionInfo } from '../../src/core/team/index.js';
import { initI18n, loadAllStrings } from '../../src/i18n/index.js';
import { ApiError, versionFailureKey } from '../../src/state/team-api.js';
import { TeamVersions } from '../../src/state/team-versions.js';
import type { TeamLink } from '../../src/store/team-links.js';
import { openProject, useServices, type TestServices } from './helpers.js';

const ROWS = [
  { source: '你好。', target: 'Hello.' },
  { source: '再见。', target: 'Bye.' },
];

interface Stored extends VersionInfo {
  segments: unknown[];
}

/** The versions routes of one document, answering like the server; `down` answers nothing. */
class FakeServer {
  versions = new Map<string, Stored>();
  down = false;
  refuse = 0;
  calls: string[] = [];
  private realFetch = window.fetch;

  constructor(
    private project: string,
    private doc: string,
  ) {}

  add(id: string, name: string, authorId: string | null = 'u-tina', createdAt = Date.now()) {
    this.versions.set(id, {
      id,
      name,
      author: 'Tina',
      authorId,
      createdAt,
      rows: 2,
      segments: ROWS.map((r, i) => ({
        id: `row${i}`,
        order: `a${i}`,
        source: r.source,
        target: r.target,
        status: 'draft',
        note: '',
      })),
    });
  }

  install() {
    const base = `http://team.test/api/projects/${this.project}/documents/${this.doc}/versions`;
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      const method = init?.method ?? 'GET';
      this.calls.push(`${method} ${url.slice(base.length) || '/'}`);
      if (this.down) throw new TypeError('Failed to fetch');
      if (!url.startsWith(base)) return json(404, { error: 'no such route' });
      if (this.refuse) return json(this.refuse, { error: 'refused' });
      const id = decodeURIComponent(url.slice(base.length + 1));
      if (!id && method === 'GET') return json(200, [...this.versions.values()].map(infoOf));
      const v = this.versions.get(id);
      if (!v) return json(404, { error: 'no such version' });
      if (method === 'GET') return json(200, v);
      if (method === 'DELETE') {
        this.versions.delete(id);
        return json(200, { ok: true });
      }
      if (method === 'PATCH') {
        v.name = (JSON.parse(String(init!.body)) as { name: string }).name.trim();
        return json(200, infoOf(v));
      }
      return json(404, { error: 'no such route' });
    };
  }

  uninstall() {
    window.fetch = this.realFetch;
  }
}

const infoOf = (v: Stored): VersionInfo => ({
  id: v.id,
  name: v.name,
  author: v.author,
  authorId: v.authorId,
  createdAt: v.createdAt,
  rows: v.rows,
});

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

const names = async (s: TestServices, docId: string) =>
  (await s.ws.versions.list(docId)).map((v) => v.name).sort();

describe('TeamVersions (a team document’s versions on this device)', () => {
  before(() => initI18n('en').then(loadAllStrings));
  const open = useServices();
  let server: FakeServer | undefined;
  afterEach(() => server?.uninstall());

  async function team(role: TeamLink['role'] = 'translator', userId = 'u-tina', owner = false) {
    const s = await open();
    const projectId = await openProject(s, ROWS);
    const docId = s.document.current!.doc.id;
    server = new FakeServer(projectId, docId);
    server.install();
    const link: TeamLink = {
      projectId,
      serverUrls: ['ws://team.test'],
      token: 't',
      role,
      userId,
      name: 'Tina',
      documents: { [docId]: `team.${projectId}.${docId}` },
      joinedAt: 0,
      owner,
    };
    const versions = new TeamVersions({
      ws: s.ws,
      link,
      docId,
      whenSent: () => Promise.resolve(true),
    });
    return { s, docId, projectId, versions, server: server! };
  }

  it('follows a rename and a delete made elsewhere, and leaves local and other projects’ versions', async () => {
    const { s, docId, versions, server } = await team();
    server.add('s1', 'Draft 1');
    server.add('s2', 'Draft 2 (wrong)');
    expect((await versions.pull()).added).to.equal(2);
    // A version saved only on this device (not the server's), and another project's copy.
    await s.ws.versions.save(docId, 'Mine', 'Tina');
    const other = await s.library.create({
      name: 'Other',
      sourceLang: 'zh-Hans',
      targetLang: 'en',
      rows: ROWS,
    });
    const otherDoc = (await s.ws.documents.list(other!))[0].id;
    await s.ws.versions.keep(
      { id: 'o1', docId: otherDoc, name: 'Theirs', author: 'X', createdAt: 1, segments: [] },
      // Marked with the id the deleted version has on this server: still another project's.
      { projectId: other!, versionId: 's2' },
    );
    expect(await names(s, docId)).to.deep.equal(['Draft 1', 'Draft 2 (wrong)', 'Mine']);

    // Elsewhere: s1 renamed, s2 deleted.
    server.versions.get('s1')!.name = 'Draft 1 (checked)';
    server.versions.delete('s2');
    const got = await versions.pull();
    expect(got.added).to.equal(0);
    expect(got.renamed).to.equal(1);
    expect(got.dropped.map((v) => v.name)).to.deep.equal(['Draft 2 (wrong)']);
    expect(await names(s, docId)).to.deep.equal(['Draft 1 (checked)', 'Mine']);
    expect(await names(s, otherDoc)).to.deep.equal(['Theirs']);
    expect((await s.ws.versions.get('s1'))!.segments).to.have.length(2);
    // In step now: a second pull changes nothing.
    const again = await versions.pull();
    expect([again.added, again.renamed, again.dropped.length]).to.deep.equal([0, 0, 0]);
  });

  it('the sharer’s originals (kept under their own ids) follow too', async () => {
    const { s, docId, versions, server } = await team('reviewer', 'u-olga', true);
    const mine = await s.ws.versions.save(docId, 'Before sharing', 'Olga');
    // The share sent it up: the server holds it under its own id, with no author id.
    server.versions.set('srv-1', {
      id: 'srv-1',
      name: 'Before sharing, renamed',
      author: 'Olga',
      authorId: null,
      createdAt: mine.createdAt,
      rows: 2,
      segments: [],
    });
    const got = await versions.pull();
    expect(got.added, 'not fetched again').to.equal(0);
    const [kept] = await s.ws.versions.list(docId);
    expect(kept.id).to.equal(mine.id);
    expect(kept.name).to.equal('Before sharing, renamed');
    expect(kept.team).to.deep.equal({
      projectId: kept.team!.projectId,
      versionId: 'srv-1',
      authorId: null,
    });
    expect(versions.mayManage(kept), 'the owner manages the shared originals').to.equal(true);
    await versions.delete(mine.id);
    expect(server.versions.has('srv-1')).to.equal(false);
    expect(await s.ws.versions.list(docId)).to.deep.equal([]);
  });

  it('renames and deletes on the server first, then here', async () => {
    const { s, docId, versions, server } = await team();
    server.add('s1', 'A');
    server.add('s2', 'B');
    await versions.pull();
    await versions.rename('s1', 'A, renamed');
    expect(server.versions.get('s1')!.name).to.equal('A, renamed');
    await versions.delete('s2');
    expect(server.versions.has('s2')).to.equal(false);
    expect(await names(s, docId)).to.deep.equal(['A, renamed']);
    expect(server.calls).to.include.members(['PATCH /s1', 'DELETE /s2']);
  });

  for (const [what, set, key] of [
    ['refused (403)', (f: FakeServer) => (f.refuse = 403), 'team.notice.versionNotAllowed'],
    ['gone (404)', (f: FakeServer) => (f.refuse = 404), 'team.notice.versionGone'],
    ['offline', (f: FakeServer) => (f.down = true), 'team.notice.versionChangeOffline'],
  ] as const)
    it(`${what}: nothing changes here, and the message says why`, async () => {
      const { s, docId, versions, server } = await team();
      server.add('s1', 'A');
      await versions.pull();
      set(server);
      let failure: unknown;
      await versions.rename('s1', 'B').catch((e) => (failure = e));
      expect(failure).to.be.instanceOf(ApiError);
      expect(versionFailureKey(failure)).to.equal(key);
      failure = undefined;
      await versions.delete('s1').catch((e) => (failure = e));
      expect(versionFailureKey(failure)).to.equal(key);
      expect(await names(s, docId)).to.deep.equal(['A']);
    });

  it('offers rename and delete to the version’s author and the owner only', async () => {
    for (const [role, userId, owner, want] of [
      ['translator', 'u-tina', false, true],
      ['reviewer', 'u-rex', false, false],
      ['reviewer', 'u-olga', true, true],
      ['viewer', 'u-tina', false, false],
    ] as const) {
      const { s, docId, versions, server } = await team(role, userId, owner);
      server.add('s1', 'A', 'u-tina');
      await versions.pull();
      const [v] = await s.ws.versions.list(docId);
      expect(versions.mayManage(v), `${role} ${userId}`).to.equal(want);
      server.uninstall();
    }
  });

  it('a grid tracking changes since a version deleted elsewhere falls back, with a notice', async () => {
    const { s, docId, versions, server } = await team();
    server.add('s1', 'Review 1');
    server.add('s2', 'Review 2');
    await versions.pull();
    await s.review.refreshVersions();
    await s.review.setChangedSince('s2');
    expect(s.review.state.since?.id).to.equal('s2');
    server.versions.delete('s2');
    const got = await versions.pull();
    await s.review.versionsDeleted(got.dropped);
    expect(s.review.state.since).to.equal(undefined);
    expect(s.review.state.versions.map((v) => v.id)).to.deep.equal(['s1']);
    expect(s.notices.state.notice).to.deep.include({
      key: 'notice.versionGone',
      params: { name: 'Review 2' },
    });
    // And after a reload it is not chosen again.
    await s.document.open(s.document.current!.project.id);
    expect(s.review.state.since).to.equal(undefined);
    expect(docId).to.be.a('string');
  });
});
