// A team project's quality-check settings on one instance (PGlite): one set for the whole team,
// kept from the sharer's device, changed by the owner only, cleaned as a device cleans its own,
// written to the audit log and announced to everyone in the project's documents.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { QaProjectSettings } from '../../src/core/qa/project-settings.js';
import type { AuditEntry } from '../../src/core/team/index.js';
import { api, connect, rows, waitFor, type Instance, type Shared } from './helpers.js';
import { withSharedProject } from './shared-instance.js';

let server: Instance;
let s: Shared;

const path = () => `/api/projects/${s.project}/qa-settings`;
const read = async (token: string) => api<QaProjectSettings>(server.http, path(), { token });
const write = (token: string, body: unknown) =>
  api<QaProjectSettings & { error?: string }>(server.http, path(), { method: 'PUT', token, body });

const SOME: QaProjectSettings = { enabled: { number: false }, severity: { tags: 'warning' } };

describe('a team project’s quality-check settings', { timeout: 120_000 }, () => {
  withSharedProject('bt-team-qa', 5, (i, shared) => {
    server = i;
    s = shared;
  });

  it('are the defaults for a project shared without any, for every member', async () => {
    for (const token of [s.owner, s.tokens.translator, s.tokens.viewer]) {
      const r = await read(token);
      assert.equal(r.status, 200);
      assert.deepEqual(r.data, { enabled: {}, severity: {} });
    }
  });

  it('the owner changes them, and every member reads the change', async () => {
    const r = await write(s.owner, SOME);
    assert.equal(r.status, 200, JSON.stringify(r.data));
    assert.deepEqual(r.data, SOME);
    assert.deepEqual((await read(s.tokens.reviewer)).data, SOME);
    assert.deepEqual((await read(s.tokens.viewer)).data, SOME);
  });

  for (const role of ['translator', 'reviewer', 'viewer'] as const)
    it(`a ${role} who is not the owner may not change them`, async () => {
      const before = (await read(s.owner)).data;
      const r = await write(s.tokens[role], { enabled: { spacing: false }, severity: {} });
      assert.equal(r.status, 403);
      assert.match(r.data.error!, /owner/);
      assert.deepEqual((await read(s.owner)).data, before);
    });

  it('keeps the review’s pass threshold with them, when it is one', async () => {
    const r = await write(s.owner, { ...SOME, lqaThreshold: 25 });
    assert.deepEqual(r.data, { ...SOME, lqaThreshold: 25 });
    assert.equal((await read(s.tokens.reviewer)).data.lqaThreshold, 25);
    for (const bad of [-1, 1001, '25', null]) {
      const b = await write(s.owner, { ...SOME, lqaThreshold: bad });
      assert.equal(b.status, 200);
      assert.equal('lqaThreshold' in b.data, false, JSON.stringify(bad));
    }
  });

  it('keeps only what it knows: unknown checks and severities are dropped', async () => {
    const r = await write(s.owner, {
      enabled: { number: false, nosuch: false, tags: 'no' },
      severity: { spacing: 'error', term: 'fatal', evil: 'warning' },
      extra: '<script>',
    });
    assert.equal(r.status, 200);
    assert.deepEqual(r.data, { enabled: { number: false }, severity: { spacing: 'error' } });
    assert.deepEqual((await read(s.tokens.translator)).data, r.data);
    for (const bad of [null, [], 'x', 3]) {
      const b = await api(server.http, path(), { method: 'PUT', token: s.owner, body: bad });
      assert.ok(b.status === 400, `${JSON.stringify(bad)}: ${b.status}`);
    }
    const broken = await fetch(server.http + path(), {
      method: 'PUT',
      headers: { Authorization: `Bearer ${s.owner}`, 'Content-Type': 'application/json' },
      body: '{"enabled":',
    });
    assert.equal(broken.status, 400);
    assert.deepEqual((await read(s.owner)).data, r.data, 'a refused body changes nothing');
  });

  it('writes the change to the audit log and tells everyone in the document', async () => {
    const c = connect([server.url], s.documentName, s.tokens.viewer);
    try {
      await waitFor(c.synced, 10_000, 'the viewer to sync');
      assert.equal((await write(s.owner, SOME)).status, 200);
      await waitFor(
        () => c.notices.some((n) => n.type === 'qa-settings'),
        5000,
        'the qa-settings notice',
      );
    } finally {
      c.destroy();
    }
    const entries = (
      await api<AuditEntry[]>(server.http, `/api/projects/${s.project}/documents/d1/audit`, {
        token: s.owner,
      })
    ).data;
    const e = entries.find((x) => x.action === 'qa-settings');
    assert.ok(e, 'a qa-settings entry');
    assert.equal(e.name, 'Olga');
    assert.deepEqual(e.detail, SOME);
  });

  it('a project shared with settings starts with them, cleaned', async () => {
    const project = `p${Math.random().toString(36).slice(2, 10)}`;
    const r = await api<{ token: string }>(server.http, '/api/projects', {
      body: {
        project: { id: project, name: 'T', sourceLang: 'zh-Hans', targetLang: 'en' },
        owner: { name: 'Olga', role: 'translator' },
        documents: [{ id: 'd1', name: 'Doc', order: 0, segments: rows(2) }],
        qaSettings: { enabled: { term: false, bogus: false }, severity: { number: 'warning' } },
      },
    });
    assert.equal(r.status, 200);
    const got = await api<QaProjectSettings>(server.http, `/api/projects/${project}/qa-settings`, {
      token: r.data.token,
    });
    assert.deepEqual(got.data, { enabled: { term: false }, severity: { number: 'warning' } });
    // Another project's token reaches neither.
    const foreign = await api(server.http, `/api/projects/${project}/qa-settings`, {
      method: 'PUT',
      token: s.owner,
      body: SOME,
    });
    assert.equal(foreign.status, 403);
  });
});
