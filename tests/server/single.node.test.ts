// One team server on its embedded default (PGlite in a folder, no Redis): the default works and
// keeps documents across a restart; roles are enforced by the server; bad input, bad tokens,
// floods and oversized documents are refused with the shared document intact.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import * as Y from 'yjs';
import type { Version } from '../../src/core/model.js';
import {
  readRows,
  rowsOf,
  type AuditEntry,
  type Member,
  type ServerNotice,
  type VersionInfo,
} from '../../src/core/team/index.js';
import {
  api,
  connect,
  SECRET,
  share,
  startInstance,
  textOf,
  waitFor,
  type Instance,
  type Shared,
} from './helpers.js';
import { authAnswer, raw } from './raw.js';

const LIMITS = {
  TEAM_MAX_UPDATE_BYTES: String(64 * 1024),
  TEAM_MAX_DOCUMENT_BYTES: String(300 * 1024),
  TEAM_RATE: '50',
  TEAM_RATE_BURST: '100',
};
let dir: string;
let server: Instance;
let s: Shared;

/** A reviewer's view of the server's document, fresh from the server. */
async function serverRows(): Promise<ReturnType<typeof readRows>> {
  const c = connect([server.url], s.documentName, s.tokens.reviewer);
  try {
    await waitFor(c.synced, 10_000, 'a reviewer to sync');
    return readRows(c.doc);
  } finally {
    c.destroy();
  }
}

const refusedWith = (notices: ServerNotice[], code: string) =>
  notices.some((n) => n.type === 'refused' && n.code === code);

describe('team server on its embedded default (PGlite)', { timeout: 240_000 }, () => {
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bt-team-'));
    server = await startInstance({
      TEAM_DATA_DIR: dir,
      DATABASE_URL: '',
      REDIS_URL: '',
      ...LIMITS,
    });
    s = await share(server.http, 20);
  });
  after(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('syncs a translator’s edits to a reviewer, and keeps them across a restart', async () => {
    const t = connect([server.url], s.documentName, s.tokens.translator);
    const r = connect([server.url], s.documentName, s.tokens.reviewer);
    await waitFor(() => t.synced() && r.synced(), 15_000, 'both to sync');
    assert.equal(readRows(r.doc).length, 20);
    textOf(t.doc, 'r3').insert(0, 'Indeed. ');
    rowsOf(t.doc).get('r3')!.set('status', 'translated');
    await waitFor(
      () => textOf(r.doc, 'r3').toString() === 'Indeed. Sentence 3.',
      5000,
      'the edit on the reviewer',
    );
    await waitFor(t.synced, 5000, 'the translator’s changes acknowledged');
    t.destroy();
    r.destroy();
    await server.stop();
    server = await startInstance({
      TEAM_DATA_DIR: dir,
      DATABASE_URL: '',
      REDIS_URL: '',
      ...LIMITS,
    });
    const back = await serverRows();
    assert.equal(back.find((x) => x.id === 'r3')?.target, 'Indeed. Sentence 3.');
    assert.equal(back.find((x) => x.id === 'r3')?.status, 'translated');
  });

  it('freezes versions on the server, lists members, and keeps viewers from saving versions', async () => {
    const base = `/api/projects/${s.project}/documents/${s.doc}/versions`;
    const made = await api<VersionInfo>(server.http, base, {
      token: s.tokens.reviewer,
      body: { name: 'Review 1' },
    });
    assert.equal(made.status, 200);
    assert.equal(made.data.author, 'Rex');
    assert.equal(made.data.rows, 20);
    const list = await api<VersionInfo[]>(server.http, base, { token: s.tokens.viewer });
    assert.deepEqual(
      list.data.map((v) => v.name),
      ['Review 1'],
    );
    const full = await api<Version>(server.http, `${base}/${made.data.id}`, {
      token: s.tokens.translator,
    });
    assert.equal(full.data.segments.find((x) => x.id === 'r3')?.target, 'Indeed. Sentence 3.');
    const denied = await api(server.http, base, { token: s.tokens.viewer, body: { name: 'Nope' } });
    assert.equal(denied.status, 403);
    const who = await api<Member[]>(server.http, `/api/projects/${s.project}/members`, {
      token: s.tokens.viewer,
    });
    assert.deepEqual(
      who.data.map((m) => [m.name, m.role, m.owner]),
      [
        ['Olga', 'reviewer', true],
        ['Tina', 'translator', false],
        ['Rex', 'reviewer', false],
        ['Vic', 'viewer', false],
      ],
    );
    const notOwner = await api(server.http, `/api/projects/${s.project}/invites`, {
      token: s.tokens.reviewer,
      body: { role: 'reviewer' },
    });
    assert.equal(notOwner.status, 403);
  });

  it('refuses a translator’s forged approval and tells the client why', async () => {
    const t = connect([server.url], s.documentName, s.tokens.translator);
    await waitFor(t.synced, 10_000, 'the translator to sync');
    rowsOf(t.doc).get('r5')!.set('status', 'approved');
    await waitFor(() => refusedWith(t.notices, 'status'), 5000, 'the refusal');
    t.destroy();
    assert.equal((await serverRows()).find((x) => x.id === 'r5')?.status, 'draft');
    const audit = await api<AuditEntry[]>(
      server.http,
      `/api/projects/${s.project}/documents/${s.doc}/audit`,
      { token: s.owner },
    );
    assert.ok(
      audit.data.some(
        (a) =>
          a.action === 'refused' &&
          a.name === 'Tina' &&
          (a.detail as { code: string }).code === 'status',
      ),
    );
    assert.ok(
      audit.data.some((a) => a.action === 'change' && a.name === 'Tina'),
      'accepted changes are attributed',
    );
  });

  it('refuses a translator’s review decision, and takes a reviewer’s', async () => {
    const t = connect([server.url], s.documentName, s.tokens.translator);
    await waitFor(t.synced, 10_000, 'the translator to sync');
    rowsOf(t.doc)
      .get('r6')!
      .set('decision', { decision: 'accept', author: 'Tina', role: 'translator', at: 1 });
    await waitFor(() => refusedWith(t.notices, 'decision'), 5000, 'the refusal');
    t.destroy();
    const r = connect([server.url], s.documentName, s.tokens.reviewer);
    await waitFor(r.synced, 10_000, 'the reviewer to sync');
    assert.equal(readRows(r.doc).find((x) => x.id === 'r6')?.decision, undefined);
    rowsOf(r.doc)
      .get('r6')!
      .set('decision', { decision: 'accept', author: 'Rex', role: 'reviewer', at: 1 });
    rowsOf(r.doc).get('r6')!.set('status', 'approved');
    await waitFor(r.synced, 5000, 'the reviewer’s decision acknowledged');
    assert.deepEqual(r.notices, []);
    r.destroy();
    assert.equal((await serverRows()).find((x) => x.id === 'r6')?.status, 'approved');
  });

  it('carries a reviewer’s LQA issue, category and severity, to the translator; refuses a translator’s', async () => {
    const r = connect([server.url], s.documentName, s.tokens.reviewer);
    const t = connect([server.url], s.documentName, s.tokens.translator);
    await waitFor(() => r.synced() && t.synced(), 10_000, 'both to sync');
    const comment = {
      id: 'lqa1',
      author: 'Rex',
      role: 'reviewer',
      at: 1,
      text: '术语：应为 summit',
      resolved: false,
      issue: { category: 'terminology', severity: 'major' },
    };
    (rowsOf(r.doc).get('r8')!.get('comments') as Y.Map<unknown>).set('lqa1', comment);
    const onT = () => readRows(t.doc).find((x) => x.id === 'r8')?.comments?.[0];
    await waitFor(() => onT() !== undefined, 5000, 'the issue on the translator’s copy');
    assert.deepEqual(onT()!.issue, { category: 'terminology', severity: 'major' });
    await waitFor(r.synced, 5000, 'the reviewer’s issue acknowledged');
    assert.deepEqual(r.notices, []);

    (rowsOf(t.doc).get('r9')!.get('comments') as Y.Map<unknown>).set('lqa2', {
      ...comment,
      id: 'lqa2',
      author: 'Tina',
      role: 'translator',
    });
    await waitFor(() => refusedWith(t.notices, 'decision'), 5000, 'the refusal');
    r.destroy();
    t.destroy();
    const back = await serverRows();
    assert.equal(back.find((x) => x.id === 'r9')?.comments, undefined);
    assert.equal(back.find((x) => x.id === 'r8')?.comments?.[0].issue?.severity, 'major');
  });

  it('keeps a viewer read-only', async () => {
    const v = connect([server.url], s.documentName, s.tokens.viewer);
    await waitFor(v.synced, 10_000, 'the viewer to sync');
    textOf(v.doc, 'r7').insert(0, 'VANDAL ');
    await waitFor(() => refusedWith(v.notices, 'readOnly'), 5000, 'the refusal');
    v.destroy();
    assert.equal((await serverRows()).find((x) => x.id === 'r7')?.target, 'Sentence 7.');
  });

  it('refuses expired, tampered, foreign and garbage tokens', async () => {
    const key = new TextEncoder().encode(SECRET);
    const claims = { v: 1, name: 'Eve', role: 'reviewer', project: s.project };
    const expired = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('eve')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 10)
      .sign(key);
    const [h, , sig] = s.tokens.translator.split('.');
    const forged = Buffer.from(JSON.stringify({ ...claims, sub: 'eve', exp: 9e9 })).toString(
      'base64url',
    );
    const tampered = `${h}.${forged}.${sig}`;
    const otherKey = await new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('eve')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('not-the-secret-not-the-secret-xx'));
    const foreign = (await share(server.http, 2)).tokens.reviewer;
    for (const [what, token] of Object.entries({
      expired,
      tampered,
      otherKey,
      foreign,
      garbage: 'garbage',
    })) {
      const c = await raw(server.url, s.documentName, token);
      assert.equal(authAnswer(c.received), 'denied', what);
      c.ws.close();
    }
    const api401 = await api(server.http, `/api/projects/${s.project}/members`, {
      token: tampered,
    });
    assert.equal(api401.status, 401);
    const api403 = await api(server.http, `/api/projects/${s.project}/members`, { token: foreign });
    assert.equal(api403.status, 403);
  });
  it('closes a connection that sends a malformed update, with the document intact', async () => {
    const before = await serverRows();
    for (const junk of [
      new Uint8Array([1, 2, 3, 250, 251, 252, 7, 7, 7]),
      new Uint8Array(500).fill(255),
    ]) {
      const c = await raw(server.url, s.documentName, s.tokens.reviewer);
      assert.equal(authAnswer(c.received), 'authenticated');
      c.sendUpdate(junk);
      assert.equal((await c.closed).code, 4400);
    }
    // Not even a Hocuspocus message.
    const c = await raw(server.url, s.documentName, s.tokens.reviewer);
    c.send(new Uint8Array([255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 1]));
    assert.ok((await c.closed).code >= 4000);
    assert.deepEqual(await serverRows(), before);
  });

  it('refuses an update that leaves parts for later (missing dependencies)', async () => {
    const before = await serverRows();
    const c = connect([server.url], s.documentName, s.tokens.reviewer);
    await waitFor(c.synced, 10_000, 'sync');
    const detached = new Y.Doc();
    Y.applyUpdate(detached, Y.encodeStateAsUpdate(c.doc));
    c.destroy();
    const sv = Y.encodeStateVector(detached);
    textOf(detached, 'r8').insert(0, 'one ');
    const sv2 = Y.encodeStateVector(detached);
    textOf(detached, 'r8').insert(0, 'two ');
    // Only the second edit: it builds on the first, which the server never got.
    const second = Y.encodeStateAsUpdate(detached, sv2);
    assert.ok(Y.encodeStateAsUpdate(detached, sv).length > second.length);
    const r = await raw(server.url, s.documentName, s.tokens.reviewer);
    r.sendUpdate(second);
    assert.equal((await r.closed).code, 4400);
    assert.deepEqual(await serverRows(), before);
  });

  it('refuses an oversized update and a document past its size limit', async () => {
    const before = await serverRows();
    const big = new Y.Doc();
    const c = connect([server.url], s.documentName, s.tokens.reviewer, big);
    await waitFor(c.synced, 10_000, 'sync');
    c.destroy();
    const sv = Y.encodeStateVector(big);
    textOf(big, 'r9').insert(0, 'x'.repeat(100 * 1024));
    const r = await raw(server.url, s.documentName, s.tokens.reviewer);
    r.sendUpdate(Y.encodeStateAsUpdate(big, sv));
    assert.equal((await r.closed).code, 4413);
    assert.deepEqual(await serverRows(), before);
    // 60 KB at a time passes the message limit, until the document would pass 300 KB.
    let refusedAt = 0;
    for (let i = 1; i <= 8 && !refusedAt; i++) {
      const d = connect([server.url], s.documentName, s.tokens.reviewer);
      await waitFor(d.synced, 10_000, 'sync');
      textOf(d.doc, 'r9').insert(0, String(i % 10).repeat(60 * 1024));
      await waitFor(() => d.synced() || d.notices.length > 0, 10_000, 'an answer');
      if (refusedWith(d.notices, 'documentFull')) refusedAt = i;
      d.destroy();
    }
    assert.ok(refusedAt >= 4 && refusedAt <= 6, `refused at the ${refusedAt}th 60 KB`);
    assert.ok((await serverRows()).find((x) => x.id === 'r9')!.target.length < 300 * 1024);
  });

  it('rate-limits a flood from one client and keeps serving the others', async () => {
    const other = connect([server.url], s.documentName, s.tokens.translator);
    await waitFor(other.synced, 10_000, 'sync');
    const r = await raw(server.url, s.documentName, s.tokens.reviewer);
    const noop = Y.encodeStateAsUpdate(new Y.Doc());
    for (let i = 0; i < 1000; i++) r.sendUpdate(noop);
    const closed = await r.closed;
    assert.equal(closed.code, 4429);
    textOf(other.doc, 'r1').insert(0, 'Still here. ');
    await waitFor(other.synced, 5000, 'the other client still served');
    other.destroy();
    assert.match((await serverRows()).find((x) => x.id === 'r1')!.target, /^Still here\. /);
  });
});
