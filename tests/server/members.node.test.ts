// Taking access back, on one instance (PGlite): the owner revokes an invite link and removes a
// member; the server refuses the member's token from then on — on the open connection (told why,
// then closed), on a new connection and on the API — while everyone else keeps working. And a
// saved version is announced to everyone in the document.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { InviteInfo, Member, ServerNotice, VersionInfo } from '../../src/core/team/index.js';
import { api, connect, textOf, waitFor, type Instance, type Shared } from './helpers.js';
import { withSharedProject } from './shared-instance.js';
import { authAnswer, raw } from './raw.js';

let server: Instance;
let s: Shared;

const members = async (token: string) =>
  (await api<Member[]>(server.http, `/api/projects/${s.project}/members`, { token })).data;

describe('removing members and revoking invite links', { timeout: 120_000 }, () => {
  withSharedProject(
    'bt-team-members',
    10,
    (i, shared) => {
      server = i;
      s = shared;
    },
    { TEAM_MEMBER_CHECK_MS: '500' },
  );

  it('lists and revokes invite links; a revoked link can no longer be accepted', async () => {
    const base = `/api/projects/${s.project}/invites`;
    const made = await api<{ code: string }>(server.http, base, {
      token: s.owner,
      body: { role: 'translator' },
    });
    const listed = await api<InviteInfo[]>(server.http, base, { token: s.owner });
    assert.ok(listed.data.some((i) => i.code === made.data.code && i.role === 'translator'));
    // Only the owner sees or revokes links.
    assert.equal((await api(server.http, base, { token: s.tokens.reviewer })).status, 403);
    const notOwner = await api(server.http, `${base}/${made.data.code}`, {
      method: 'DELETE',
      token: s.tokens.reviewer,
    });
    assert.equal(notOwner.status, 403);
    const revoked = await api(server.http, `${base}/${made.data.code}`, {
      method: 'DELETE',
      token: s.owner,
    });
    assert.equal(revoked.status, 200);
    const after = await api<InviteInfo[]>(server.http, base, { token: s.owner });
    assert.ok(!after.data.some((i) => i.code === made.data.code));
    const accept = await api<{ error: string }>(
      server.http,
      `/api/invites/${made.data.code}/accept`,
      { body: { name: 'Late' } },
    );
    assert.equal(accept.status, 410);
    assert.match(accept.data.error, /revoked/);
  });

  it('announces a saved version to everyone in the document', async () => {
    const v = connect([server.url], s.documentName, s.tokens.viewer);
    try {
      await waitFor(v.synced, 10_000, 'the viewer to sync');
      const made = await api<VersionInfo>(
        server.http,
        `/api/projects/${s.project}/documents/${s.doc}/versions`,
        { token: s.tokens.reviewer, body: { name: 'Review 1' } },
      );
      assert.equal(made.status, 200);
      await waitFor(
        () => v.notices.some((n) => n.type === 'version' && n.version.id === made.data.id),
        5000,
        'the version notice',
      );
      const n = v.notices.find((x) => x.type === 'version') as Extract<
        ServerNotice,
        { type: 'version' }
      >;
      assert.deepEqual(
        { name: n.version.name, author: n.version.author, rows: n.version.rows },
        { name: 'Review 1', author: 'Rex', rows: 10 },
      );
    } finally {
      v.destroy();
    }
  });

  it('removes a member: their open connection is told and closed, their token refused from then on', async () => {
    const t = connect([server.url], s.documentName, s.tokens.translator);
    const r = connect([server.url], s.documentName, s.tokens.reviewer);
    try {
      await waitFor(() => t.synced() && r.synced(), 10_000, 'both to sync');
      const tina = (await members(s.owner)).find((m) => m.name === 'Tina');
      assert.ok(tina, 'the translator is a member');
      // Only the owner removes, and the owner cannot remove themselves.
      const byReviewer = await api(
        server.http,
        `/api/projects/${s.project}/members/${tina.userId}`,
        { method: 'DELETE', token: s.tokens.reviewer },
      );
      assert.equal(byReviewer.status, 403);
      const ownerId = (await members(s.owner)).find((m) => m.owner)!.userId;
      const self = await api(server.http, `/api/projects/${s.project}/members/${ownerId}`, {
        method: 'DELETE',
        token: s.owner,
      });
      assert.equal(self.status, 400);

      const removed = await api<{ closed: number }>(
        server.http,
        `/api/projects/${s.project}/members/${tina.userId}`,
        { method: 'DELETE', token: s.owner },
      );
      assert.equal(removed.status, 200);
      assert.equal(removed.data.closed, 1);
      await waitFor(
        () => t.notices.some((n) => n.type === 'removed') && t.closes.includes(4401),
        5000,
        'the removed translator to be told and closed',
      );
      // The provider reconnects on its own: the server now refuses the sign-in.
      let failed = '';
      t.provider.on('authenticationFailed', ({ reason }: { reason: string }) => (failed = reason));
      await waitFor(() => failed !== '', 10_000, 'the reconnect to be refused');
      assert.equal(failed, 'removed');

      // A raw client with the same token is denied; so is the API.
      const rc = await raw(server.url, s.documentName, s.tokens.translator);
      assert.equal(authAnswer(rc.received), 'denied');
      rc.ws.close();
      const info = await api(server.http, `/api/projects/${s.project}`, {
        token: s.tokens.translator,
      });
      assert.equal(info.status, 403);
      assert.ok(!(await members(s.owner)).some((m) => m.name === 'Tina'));

      // Everyone else keeps working.
      textOf(r.doc, 'r2').insert(0, 'Still here. ');
      await waitFor(r.synced, 5000, 'the reviewer’s edit acknowledged');
      assert.equal(r.closes.length, 0);
      const audit = await api<{ action: string; detail: { name?: string } }[]>(
        server.http,
        `/api/projects/${s.project}/documents/${s.doc}/audit`,
        { token: s.owner },
      );
      assert.ok(audit.data.some((a) => a.action === 'remove-member' && a.detail.name === 'Tina'));
    } finally {
      t.destroy();
      r.destroy();
    }
  });
});
