// Renaming and deleting a team document's versions on one instance (PGlite): who may (the
// version's author, the project's owner; never another editor nor a viewer), the name checked as
// when saving, both written to the audit log, and announced to everyone in the document.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AuditEntry, ServerNotice, VersionInfo } from '../../src/core/team/index.js';
import { api, connect, waitFor, type Instance, type Shared } from './helpers.js';
import { withSharedProject } from './shared-instance.js';

let server: Instance;
let s: Shared;

const base = () => `/api/projects/${s.project}/documents/${s.doc}/versions`;
const save = async (token: string, name: string) => {
  const r = await api<VersionInfo>(server.http, base(), { token, body: { name } });
  assert.equal(r.status, 200, JSON.stringify(r.data));
  return r.data;
};
const list = async () => (await api<VersionInfo[]>(server.http, base(), { token: s.owner })).data;
const rename = (token: string, id: string, name: unknown) =>
  api<VersionInfo & { error?: string }>(server.http, `${base()}/${id}`, {
    method: 'PATCH',
    token,
    body: { name },
  });
const remove = (token: string, id: string) =>
  api<{ ok?: boolean; error?: string }>(server.http, `${base()}/${id}`, {
    method: 'DELETE',
    token,
  });
const audit = async () =>
  (
    await api<AuditEntry[]>(server.http, `/api/projects/${s.project}/documents/${s.doc}/audit`, {
      token: s.owner,
    })
  ).data;

describe('renaming and deleting versions', { timeout: 120_000 }, () => {
  withSharedProject('bt-team-versions', 5, (i, shared) => {
    server = i;
    s = shared;
  });

  it('lists who saved each version by user id', async () => {
    const v = await save(s.tokens.translator, 'Tina 1');
    assert.equal(typeof v.authorId, 'string');
    const listed = (await list()).find((x) => x.id === v.id)!;
    assert.equal(listed.authorId, v.authorId);
    assert.equal(listed.author, 'Tina');
  });

  // who → [may rename, may delete] a translator's version
  const WHO: [string, () => string, boolean][] = [
    ['its author (a translator)', () => s.tokens.translator, true],
    ['the owner (a reviewer who did not save it)', () => s.owner, true],
    ['another editor (a reviewer)', () => s.tokens.reviewer, false],
    ['a viewer', () => s.tokens.viewer, false],
  ];
  for (const [who, token, may] of WHO)
    it(`${who} ${may ? 'may' : 'may not'} rename and delete a translator’s version`, async () => {
      const v = await save(s.tokens.translator, `Draft of ${who}`);
      const r = await rename(token(), v.id, '  Renamed  ');
      assert.equal(r.status, may ? 200 : 403, JSON.stringify(r.data));
      const named = (await list()).find((x) => x.id === v.id)!;
      assert.equal(named.name, may ? 'Renamed' : `Draft of ${who}`);
      if (may) assert.deepEqual({ ...r.data }, { ...named });
      const d = await remove(token(), v.id);
      assert.equal(d.status, may ? 200 : 403, JSON.stringify(d.data));
      assert.equal(
        (await list()).some((x) => x.id === v.id),
        !may,
      );
      if (!may) assert.match(d.data.error!, /owner|viewers/);
    });

  it('checks the new name as saving does, and answers 404 for a version it does not have', async () => {
    const v = await save(s.tokens.reviewer, 'Rex 1');
    for (const bad of ['', '   ', 'x'.repeat(121), 42, null]) {
      const r = await rename(s.tokens.reviewer, v.id, bad);
      assert.equal(r.status, 400, `name ${JSON.stringify(bad)}`);
    }
    assert.equal((await rename(s.tokens.reviewer, v.id, 'x'.repeat(120))).status, 200);
    assert.equal((await rename(s.owner, 'no-such-version', 'A')).status, 404);
    assert.equal((await remove(s.owner, 'no-such-version')).status, 404);
    assert.equal((await remove(s.tokens.reviewer, v.id)).status, 200);
    assert.equal((await remove(s.tokens.reviewer, v.id)).status, 404, 'deleted once only');
    assert.equal((await rename(s.tokens.reviewer, v.id, 'B')).status, 404);
    // Another document's route does not reach it either.
    const other = await api(server.http, `/api/projects/${s.project}/documents/d2/versions/x`, {
      method: 'DELETE',
      token: s.owner,
    });
    assert.equal(other.status, 404);
  });

  it('writes both to the audit log with who did it', async () => {
    const v = await save(s.tokens.translator, 'Before');
    assert.equal((await rename(s.owner, v.id, 'After')).status, 200);
    assert.equal((await remove(s.tokens.translator, v.id)).status, 200);
    const entries = await audit();
    const renamed = entries.find((e) => e.action === 'rename-version' && e.detail.id === v.id);
    assert.ok(renamed, 'a rename-version entry');
    assert.equal(renamed.name, 'Olga');
    assert.equal(renamed.role, 'reviewer');
    assert.deepEqual(renamed.detail, { id: v.id, from: 'Before', to: 'After' });
    const deleted = entries.find((e) => e.action === 'delete-version' && e.detail.id === v.id);
    assert.ok(deleted, 'a delete-version entry');
    assert.equal(deleted.name, 'Tina');
    assert.deepEqual(deleted.detail, { id: v.id, name: 'After' });
    // A refused attempt changes nothing and is not recorded as done.
    const w = await save(s.tokens.translator, 'Kept');
    await remove(s.tokens.reviewer, w.id);
    const after = await audit();
    assert.ok(!after.some((e) => e.action === 'delete-version' && e.detail.id === w.id));
  });

  it('the versions a project was shared with are the owner’s alone to manage', async () => {
    const project = `p${Math.random().toString(36).slice(2, 10)}`;
    const r = await api<{ token: string }>(server.http, '/api/projects', {
      body: {
        project: { id: project, name: 'T', sourceLang: 'zh-Hans', targetLang: 'en' },
        owner: { name: 'Olga', role: 'translator' },
        documents: [
          {
            id: 'd1',
            name: 'Doc',
            order: 0,
            segments: [],
            versions: [{ id: 'local', name: 'Old', author: 'Olga', createdAt: 5, segments: [] }],
          },
        ],
      },
    });
    assert.equal(r.status, 200);
    const owner = r.data.token;
    const p = `/api/projects/${project}/documents/d1/versions`;
    const [old] = (await api<VersionInfo[]>(server.http, p, { token: owner })).data;
    assert.equal(old.authorId, null, 'no author id: it was saved before the project was shared');
    // The first project's owner has no say here: the token is another project's.
    const foreign = await api(server.http, `${p}/${old.id}`, { method: 'DELETE', token: s.owner });
    assert.equal(foreign.status, 403);
    const ok = await api<VersionInfo>(server.http, `${p}/${old.id}`, {
      method: 'PATCH',
      token: owner,
      body: { name: 'Old, renamed' },
    });
    assert.equal(ok.status, 200);
    assert.equal(ok.data.name, 'Old, renamed');
    assert.equal(ok.data.createdAt, 5);
  });

  it('tells everyone in the document that a version was renamed or deleted', async () => {
    const v = await save(s.tokens.translator, 'To go');
    const c = connect([server.url], s.documentName, s.tokens.viewer);
    try {
      await waitFor(c.synced, 10_000, 'the viewer to sync');
      assert.equal((await rename(s.tokens.translator, v.id, 'Going')).status, 200);
      assert.equal((await remove(s.tokens.translator, v.id)).status, 200);
      const seen = () =>
        c.notices.filter(
          (n): n is Extract<ServerNotice, { type: 'versions' }> => n.type === 'versions',
        );
      await waitFor(() => seen().length >= 2, 5000, 'both notices');
      assert.deepEqual(seen(), [
        { type: 'versions', renamed: v.id },
        { type: 'versions', deleted: v.id },
      ]);
    } finally {
      c.destroy();
    }
  });
});
