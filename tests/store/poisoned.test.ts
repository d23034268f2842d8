// Files and stored records built to lock the user out: each restore is refused (or made harmless)
// and the workspace still opens afterwards. Real IndexedDB throughout.
import { expect } from '@open-wc/testing';
import {
  DB_VERSION,
  DEFAULT_SETTINGS,
  getWorkspace,
  StoreError,
  type Backup,
  type CorruptRecord,
  type Workspace,
} from '../../src/store/index.js';
import { rawOpen, rawPut, rawPutRow, seed, translator, useDb } from './helpers.js';

async function caught(p: Promise<unknown>): Promise<StoreError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e, 'expected a StoreError').to.be.instanceOf(StoreError);
  return e as StoreError;
}

/** What the app does on every start: the shared workspace, its settings and its library. */
async function reopen(name: string) {
  const ws = await getWorkspace(name);
  const settings = await ws.settings.getAll();
  const projects = await ws.projects.list();
  // The library shows dates: every one of them must be a date.
  for (const p of projects) new Date(p.updatedAt).toISOString();
  const rows = [];
  for (const p of projects)
    for (const d of await ws.documents.list(p.id)) rows.push(...(await ws.segments.all(d.id)));
  for (const r of rows) new Date(r.updatedAt).toISOString();
  ws.close();
  return { settings, projects, rows };
}

const json = (b: unknown) => JSON.stringify(b);

describe('store: poisoned backups and records', () => {
  const db = useDb();

  async function seeded(): Promise<{ ws: Workspace; good: Backup }> {
    const ws = await db.open();
    const { segs } = await seed(ws, 2);
    await ws.edit(segs[0].id, { target: 'One.' }, segs[0].rev, translator);
    return { ws, good: await ws.exportBackup() };
  }

  it('restores a backup whose settings hold `__proto__` and similar keys, and opens again', async () => {
    const { ws } = await seeded();
    await ws.settings.set('author', 'Li');
    const good = await ws.exportBackup();
    // JSON.parse makes "__proto__" an own key, exactly as a crafted file would.
    const text = json(good).replace(
      '"settings":[',
      '"settings":[{"key":"__proto__","value":{"polluted":true}},{"key":"constructor","value":1},' +
        '{"key":"toString","value":"x"},{"key":"uiLanguage","value":"zh-CN"},',
    );
    await ws.importBackup(text, 'replace');
    ws.close();
    const again = await reopen(db.name());
    expect(again.settings).to.deep.equal({
      ...DEFAULT_SETTINGS,
      author: 'Li',
      uiLanguage: 'zh-CN',
    });
    expect(Object.getPrototypeOf(again.settings)).to.equal(Object.prototype);
    expect(again.projects.length).to.equal(1);
  });

  it('reads settings stored with a prototype key or a bad value as their defaults', async () => {
    const ws = await db.open();
    await ws.settings.set('author', 'Li');
    const raw = await rawOpen(db.name(), DB_VERSION);
    await rawPut(raw, 'settings', { key: '__proto__', value: { author: 'Mallory' } });
    await rawPut(raw, 'settings', { key: 'hasOwnProperty', value: 'x' });
    await rawPut(raw, 'settings', { key: 'role', value: 'admin' });
    raw.close();
    const reports: CorruptRecord[] = [];
    ws.onCorrupt((c) => reports.push(c));
    const all = await ws.settings.getAll();
    expect(all).to.deep.equal({ ...DEFAULT_SETTINGS, author: 'Li' });
    expect(Object.getPrototypeOf(all)).to.equal(Object.prototype);
    expect(await ws.settings.get('role')).to.equal('translator');
    expect(reports.map((r) => r.key).sort()).to.deep.equal([
      '__proto__',
      'hasOwnProperty',
      'role',
      'role',
    ]);
  });

  it('refuses backups with dates no Date can hold, changes nothing and opens again', async () => {
    const { ws, good } = await seeded();
    const before = await ws.exportBackup();
    const [p] = good.projects;
    const [s] = good.segments;
    const [r] = good.revisions;
    const comment = {
      id: 'c',
      author: 'a',
      role: 'reviewer',
      at: 1e308,
      text: 't',
      resolved: false,
    };
    const cases: [string, unknown, RegExp][] = [
      ['project 1e308', { ...good, projects: [{ ...p, createdAt: 1e308 }] }, /createdAt/],
      [
        'project 8.64e15+1',
        { ...good, projects: [{ ...p, updatedAt: 8640000000000001 }] },
        /updatedAt/,
      ],
      ['negative date', { ...good, projects: [{ ...p, updatedAt: -1 }] }, /updatedAt/],
      [
        'segment',
        { ...good, segments: [{ ...s, updatedAt: 1e308 }, ...good.segments.slice(1)] },
        /updatedAt/,
      ],
      ['revision', { ...good, revisions: [{ ...r, at: 1e308 }] }, /\bat\b/],
      ['comment', { ...good, segments: [{ ...s, comments: [comment] }] }, /comments\[0\]\.at/],
      [
        'version',
        {
          ...good,
          versions: [
            { id: 'v', docId: s.docId, name: 'n', author: 'a', createdAt: 1e308, segments: [] },
          ],
        },
        /createdAt/,
      ],
      ['rev as huge count', { ...good, segments: [{ ...s, rev: 1e308 }] }, /rev/],
      ['link count', { ...good, segments: [{ ...s, link: { source: -1, target: 1 } }] }, /link/],
    ];
    for (const [what, b, field] of cases) {
      const err = await caught(ws.importBackup(json(b), 'replace'));
      expect(err.kind, what).to.equal('invalid');
      expect(err.message, what).to.match(field);
    }
    expect({ ...(await ws.exportBackup()), exportedAt: 0 }).to.deep.equal({
      ...before,
      exportedAt: 0,
    });
    ws.close();
    const again = await reopen(db.name());
    expect(again.projects.length).to.equal(1);
    expect(again.rows.length).to.equal(2);
  });

  it('leaves out records an older version restored with impossible dates, and opens', async () => {
    const { ws, good } = await seeded();
    const raw = await rawOpen(db.name(), DB_VERSION);
    await rawPut(raw, 'projects', { ...good.projects[0], id: 'bad', updatedAt: 1e308 });
    await rawPutRow(raw, { ...good.segments[1], updatedAt: 8640000000000001 });
    raw.close();
    const reports: CorruptRecord[] = [];
    ws.onCorrupt((c) => reports.push(c));
    expect((await ws.projects.list()).map((p) => p.id)).to.deep.equal([good.projects[0].id]);
    expect(reports.map((c) => c.key)).to.deep.equal(['bad']);
    ws.close();
    const again = await reopen(db.name());
    expect(again.rows.map((r) => r.id)).to.deep.equal([good.segments[0].id]);
  });

  it('keeps no `__proto__` key of a restored record', async () => {
    const { ws, good } = await seeded();
    const text = json(good).replace('{"id":', '{"__proto__":{"isAdmin":true},"id":');
    expect(text).to.contain('__proto__');
    await ws.importBackup(text, 'replace');
    const all = await ws.exportBackup();
    const records = [...all.projects, ...all.documents, ...all.segments, ...all.revisions];
    expect(records.some((x) => Object.hasOwn(x, '__proto__'))).to.equal(false);
    expect(records.every((x) => Object.getPrototypeOf(x) === Object.prototype)).to.equal(true);
  });

  it('names a huge bad value in a few words, not in full', async () => {
    const { ws, good } = await seeded();
    const big = 'x'.repeat(2_000_000);
    const err = await caught(
      ws.importBackup(json({ ...good, segments: [{ ...good.segments[0], status: big }] }), 'merge'),
    );
    expect(err.message).to.match(/^segments\[0\]: status is "x+…"$/);
    expect(err.message.length).to.be.lessThan(200);
  });

  it('names at most five problems of a file with thousands', async () => {
    const { ws, good } = await seeded();
    const segments = Array.from({ length: 5000 }, (_, i) => ({
      ...good.segments[0],
      id: `s${i}`,
      status: 'bogus',
    }));
    const err = await caught(ws.importBackup(json({ ...good, segments }), 'replace'));
    expect(err.message.split('; ').length).to.equal(5);
  });

  it('refuses a backup too big to restore before parsing it, saying how big', async () => {
    const { ws } = await seeded();
    // repeat() builds a rope: its length is known without the memory of a flat 300 MB string.
    const huge = '{"format":"bitext-workbench-backup"' + ' '.repeat(300 * 1024 * 1024) + '}';
    const err = await caught(ws.importBackup(huge, 'replace'));
    expect(err.kind).to.equal('invalid');
    expect(err.message).to.match(/301 MB.*larger than 256 MB/);
  });

  it('gives a reason when a restore is refused for lack of space', async () => {
    const { ws, good } = await seeded();
    // Chrome's QuotaExceededError often has no message at all.
    ws.injectFault(() => new DOMException('', 'QuotaExceededError'));
    const err = await caught(ws.importBackup(json(good), 'replace'));
    expect(err.kind).to.equal('quota');
    expect(err.message).to.match(/storage space/);
  });

  it('refuses imported rows that would read back as damaged, writing none of them', async () => {
    const ws = await db.open();
    const { doc } = await seed(ws, 1);
    const bad = { source: 'a', target: 'b', status: 'bogus' } as unknown as {
      source: string;
      target: string;
    };
    const err = await caught(ws.segments.bulkCreate(doc.id, [{ source: 'ok', target: 'ok' }, bad]));
    expect(err.kind).to.equal('invalid');
    expect(err.message).to.match(/row 2: status/);
    expect((await ws.segments.all(doc.id)).length).to.equal(1);
  });
});
