// The scaled set-up: two server instances sharing one Redis and one PostgreSQL (started by
// scripts/services.mjs). Edits cross instances, merge by character, survive going offline,
// an instance killed mid-typing, a restart of everything, and the database going away.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import * as Y from 'yjs';
import { readRows, type Member, type VersionInfo } from '../../src/core/team/index.js';
import { startServices, type Services } from '../../scripts/services.mjs';
import {
  api,
  connect,
  share,
  startInstance,
  targets,
  textOf,
  waitFor,
  type Client,
  type Instance,
  type Shared,
} from './helpers.js';

let services: Services | undefined;
let skip: string | undefined;
let a: Instance;
let b: Instance;
let s: Shared;
const clients: Client[] = [];
const env = () => ({ DATABASE_URL: services!.databaseUrl, REDIS_URL: services!.redisUrl });
const client = (urls: string[], token = s.tokens.translator) => {
  const c = connect(urls, s.documentName, token);
  clients.push(c);
  return c;
};
const same = (x: Client, y: Client) =>
  JSON.stringify(targets(x.doc)) === JSON.stringify(targets(y.doc));

/** The document as PostgreSQL holds it. */
async function stored(): Promise<Y.Doc> {
  const db = new pg.Client({ connectionString: services!.databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query('SELECT state FROM team_documents WHERE name = $1', [
      s.documentName,
    ]);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, rows[0].state);
    return doc;
  } finally {
    await db.end();
  }
}

/** Types `text` into a row one character at a time, as a person would. */
async function type(
  c: Client,
  row: string,
  text: string,
  at: (t: Y.Text) => number,
  every = 15,
  onChar?: (i: number) => void,
) {
  for (let i = 0; i < text.length; i++) {
    const t = textOf(c.doc, row);
    t.insert(at(t), text[i]);
    onChar?.(i);
    await new Promise((r) => setTimeout(r, every));
  }
}

describe('two team server instances sharing Redis and PostgreSQL', { timeout: 300_000 }, () => {
  before(async () => {
    const got = await startServices();
    if ('skip' in got) {
      skip = got.skip;
      return;
    }
    services = got;
    [a, b] = await Promise.all([startInstance(env()), startInstance(env())]);
    s = await share(a.http, 30);
  });
  after(async () => {
    for (const c of clients) c.destroy();
    await Promise.all([a?.stop(), b?.stop()]);
    await services?.stop();
  });

  it('carries an edit from one instance to the other within a second', async (t) => {
    if (skip) return t.skip(`PostgreSQL/Redis not available: ${skip}`);
    const x = client([a.url]);
    const y = client([b.url]);
    await waitFor(() => x.synced() && y.synced(), 20_000, 'both clients to sync');
    // A first edit warms both instances' paths; the measured one follows.
    textOf(x.doc, 'r0').insert(0, 'warm ');
    await waitFor(
      () => textOf(y.doc, 'r0').toString().startsWith('warm '),
      5000,
      'the warm-up edit',
    );
    textOf(x.doc, 'r1').insert(0, 'Hello ');
    await waitFor(
      () => textOf(y.doc, 'r1').toString() === 'Hello Sentence 1.',
      1000,
      'the edit on the other instance',
    );
  });

  it('tells the other instance’s clients of a version renamed or deleted on this one', async (t) => {
    if (skip) return t.skip(`PostgreSQL/Redis not available: ${skip}`);
    const own = await share(a.http, 5);
    const onB = connect([b.url], own.documentName, own.tokens.viewer);
    clients.push(onB);
    await waitFor(() => onB.synced(), 20_000, 'the client on B to sync');
    const base = `/api/projects/${own.project}/documents/${own.doc}/versions`;
    const made = await api<VersionInfo>(a.http, base, {
      token: own.tokens.reviewer,
      body: { name: 'Through A' },
    });
    assert.equal(made.status, 200);
    // A holds no connection to the document: the notices must still reach B (through Redis).
    const renamed = await api(a.http, `${base}/${made.data.id}`, {
      method: 'PATCH',
      token: own.tokens.reviewer,
      body: { name: 'Renamed on A' },
    });
    assert.equal(renamed.status, 200);
    const deleted = await api(a.http, `${base}/${made.data.id}`, {
      method: 'DELETE',
      token: own.owner,
    });
    assert.equal(deleted.status, 200);
    const seen = (k: 'renamed' | 'deleted') =>
      onB.notices.some((n) => n.type === 'versions' && n[k] === made.data.id);
    await waitFor(() => seen('renamed') && seen('deleted'), 5000, 'both notices on B');
    const listed = await api<VersionInfo[]>(b.http, base, { token: own.tokens.viewer });
    assert.deepEqual(listed.data, []);
  });

  it('tells the other instance’s clients of a version, and closes a member removed on the other instance', async (t) => {
    if (skip) return t.skip(`PostgreSQL/Redis not available: ${skip}`);
    // A project of its own: this one loses its translator.
    const own = await share(a.http, 5);
    const onB = connect([b.url], own.documentName, own.tokens.translator);
    const viewerOnB = connect([b.url], own.documentName, own.tokens.viewer);
    clients.push(onB, viewerOnB);
    await waitFor(() => onB.synced() && viewerOnB.synced(), 20_000, 'both clients on B to sync');
    const made = await api<VersionInfo>(
      a.http,
      `/api/projects/${own.project}/documents/${own.doc}/versions`,
      { token: own.tokens.reviewer, body: { name: 'Through A' } },
    );
    assert.equal(made.status, 200);
    await waitFor(
      () => viewerOnB.notices.some((n) => n.type === 'version' && n.version.id === made.data.id),
      5000,
      'the version notice on B',
    );
    const members = await api<Member[]>(a.http, `/api/projects/${own.project}/members`, {
      token: own.owner,
    });
    const tina = members.data.find((m) => m.name === 'Tina')!;
    const removed = await api<{ closed: number }>(
      a.http,
      `/api/projects/${own.project}/members/${tina.userId}`,
      { method: 'DELETE', token: own.owner },
    );
    assert.equal(removed.status, 200);
    // A holds none of her connections; B finds hers at its next sweep (every 2 s).
    assert.equal(removed.data.closed, 0);
    await waitFor(() => onB.closes.includes(4401), 6000, 'B to close the removed member');
    assert.ok(onB.notices.some((n) => n.type === 'removed'));
    assert.equal(viewerOnB.closes.length, 0, 'the others stay connected');
  });

  it('merges the same sentence typed on both instances with no character lost', async (t) => {
    if (skip) return t.skip(`PostgreSQL/Redis not available: ${skip}`);
    const x = client([a.url]);
    const y = client([b.url]);
    await waitFor(() => x.synced() && y.synced(), 20_000, 'both clients to sync');
    const left = 'abcdefghijklmnopqrst';
    const right = 'ABCDEFGHIJKLMNOPQRST';
    await Promise.all([type(x, 'r2', left, () => 0), type(y, 'r2', right, (txt) => txt.length)]);
    await waitFor(() => same(x, y) && x.synced() && y.synced(), 5000, 'both to agree');
    const merged = textOf(x.doc, 'r2').toString();
    for (const ch of left + right) assert.ok(merged.includes(ch), `${ch} kept in ${merged}`);
    assert.equal(merged.length, 'Sentence 2.'.length + 40);
  });

  it('brings both clients’ offline edits everywhere and to the server', async (t) => {
    if (skip) return t.skip(`PostgreSQL/Redis not available: ${skip}`);
    const x = client([a.url]);
    const y = client([b.url]);
    await waitFor(() => x.synced() && y.synced(), 20_000, 'both clients to sync');
    x.goOffline();
    y.goOffline();
    textOf(x.doc, 'r3').insert(0, 'X-offline ');
    textOf(y.doc, 'r3').insert(textOf(y.doc, 'r3').length, ' Y-offline');
    textOf(x.doc, 'r4').insert(0, 'only X ');
    textOf(y.doc, 'r5').insert(0, 'only Y ');
    await new Promise((r) => setTimeout(r, 300));
    assert.ok(!same(x, y), 'apart while offline');
    x.goOnline();
    y.goOnline();
    await waitFor(() => same(x, y) && x.synced() && y.synced(), 10_000, 'both to agree');
    const want = {
      r3: 'X-offline Sentence 3. Y-offline',
      r4: 'only X Sentence 4.',
      r5: 'only Y Sentence 5.',
    };
    for (const [row, text] of Object.entries(want)) assert.equal(targets(x.doc)[row], text);
    await new Promise((r) => setTimeout(r, 1500)); // the store debounce (200 ms) and its maximum (1 s)
    const db = targets(await stored());
    for (const [row, text] of Object.entries(want))
      assert.equal(db[row], text, `${row} in PostgreSQL`);
  });

  it('moves clients to the other instance when one is killed mid-typing, losing nothing', async (t) => {
    if (skip) return t.skip(`PostgreSQL/Redis not available: ${skip}`);
    const x = client([a.url, b.url]);
    const y = client([b.url, a.url]);
    await waitFor(() => x.synced() && y.synced(), 20_000, 'both clients to sync');
    const text = 'The quick brown fox jumps over the lazy dog';
    let killed: Promise<void> | undefined;
    await type(
      x,
      'r6',
      text,
      (txt) => txt.length,
      20,
      (i) => {
        if (i === 15) killed = a.kill();
      },
    );
    await killed;
    await waitFor(
      () => same(x, y) && x.synced() && y.synced(),
      15_000,
      'both to agree on the surviving instance',
    );
    assert.equal(textOf(y.doc, 'r6').toString(), 'Sentence 6.' + text);
    a = await startInstance(env(), a.port);
  });

  it('brings the document back from PostgreSQL after every instance restarted', async (t) => {
    if (skip) return t.skip(`PostgreSQL/Redis not available: ${skip}`);
    const x = client([a.url, b.url]);
    await waitFor(x.synced, 20_000, 'sync');
    textOf(x.doc, 'r7').insert(0, 'Before the restart. ');
    await waitFor(x.synced, 5000, 'acknowledged');
    const before = targets(x.doc);
    for (const c of clients.splice(0)) c.destroy();
    await Promise.all([a.stop(), b.stop()]);
    [a, b] = await Promise.all([startInstance(env(), a.port), startInstance(env(), b.port)]);
    const y = client([b.url]);
    await waitFor(y.synced, 20_000, 'sync after the restart');
    assert.deepEqual(targets(y.doc), before);
    assert.equal(readRows(y.doc).length, 30);
  });

  it('keeps serving while PostgreSQL is down, says so, and stores everything when it returns', async (t) => {
    if (skip) return t.skip(`PostgreSQL/Redis not available: ${skip}`);
    const x = client([a.url]);
    const y = client([b.url]);
    await waitFor(() => x.synced() && y.synced(), 20_000, 'both clients to sync');
    services!.stopPostgres();
    try {
      textOf(x.doc, 'r8').insert(0, 'During the outage. ');
      await waitFor(
        () => textOf(y.doc, 'r8').toString().startsWith('During the outage. '),
        5000,
        'sync without the database',
      );
      await waitFor(
        () => [...a.logs, ...b.logs].some((l) => l.includes('database unavailable')),
        10_000,
        'the outage in the log',
      );
      // Every client leaves: the documents must stay in memory, not be unloaded unsaved.
      for (const c of clients.splice(0)) c.destroy();
      await new Promise((r) => setTimeout(r, 1000));
    } finally {
      services!.startPostgres();
    }
    await waitFor(
      () => [...a.logs, ...b.logs].some((l) => l.includes('stored a document kept in memory')),
      20_000,
      'the store after the outage',
    );
    assert.match(targets(await stored()).r8, /^During the outage\. /);
  });
});
