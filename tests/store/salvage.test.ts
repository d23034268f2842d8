// Recovery of a workspace built damaged by hand: what can be read is downloaded as a backup that
// restores, what cannot is counted, and leaving it out makes the workspace open clean. Real
// IndexedDB throughout.
import { expect } from '@open-wc/testing';
import {
  DB_VERSION,
  deleteWorkspace,
  leaveOutDamaged,
  openWorkspace,
  salvageWorkspace,
  StoreError,
  type Backup,
  type CorruptRecord,
  type SalvageReport,
  type Workspace,
} from '../../src/store/index.js';
import { rawOpen, rawPut, rawRowCount, seed, translator, useDb } from './helpers.js';
import { BACKUP_SCHEMA_VERSION } from '../../src/store/schema.js';

const counts = (r: SalvageReport) =>
  Object.fromEntries(Object.entries(r.counts).map(([k, c]) => [k, [c.kept, c.leftOut]]));

/** Every record a workspace holds, read the way the app reads it, with the damage it reports. */
async function readAsApp(ws: Workspace) {
  const reports: CorruptRecord[] = [];
  const off = ws.onCorrupt((c) => reports.push(c));
  const projects = await ws.projects.list();
  const rows = [];
  for (const p of projects)
    for (const d of await ws.documents.list(p.id)) rows.push(...(await ws.segments.all(d.id)));
  off();
  return { projects, rows, reports };
}

function storeCount(raw: IDBDatabase, store: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = raw.transaction(store).objectStore(store).count();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

describe('store: salvaging a workspace that cannot be read whole', () => {
  const db = useDb();
  const extra: string[] = [];
  afterEach(async () => {
    for (const name of extra.splice(0)) await deleteWorkspace(name);
  });
  const fresh = () => {
    const name = `${db.name()}-fresh-${extra.length}`;
    extra.push(name);
    return name;
  };

  /** A sound project (2 rows, a revision, a version, a setting) and damage of every sort. */
  async function damaged() {
    const ws = await db.open();
    const { project, doc, segs } = await seed(ws, 2);
    await ws.edit(segs[0].id, { target: 'One.' }, segs[0].rev, translator);
    await ws.versions.save(doc.id, '初稿', 'Li');
    await ws.settings.set('author', 'Li');
    const good = await ws.exportBackup();
    ws.close();
    const raw = await rawOpen(db.name(), DB_VERSION);
    // A project with a date no Date can hold, and the document and row that belong to it.
    await rawPut(raw, 'projects', { ...project, id: 'p-bad', createdAt: 1e308 });
    await rawPut(raw, 'documents', { ...doc, id: 'd-orphan', projectId: 'p-bad' });
    await rawPut(raw, 'segments', { ...good.segments[1], id: 's-orphan', docId: 'd-orphan' });
    // A row missing most of its fields.
    await rawPut(raw, 'segments', { id: 's-missing', docId: doc.id, order: 'zz' });
    // A sound row carrying a `__proto__` key (JSON.parse makes it an own key, as a file would).
    const proto = JSON.parse(
      JSON.stringify({ ...good.segments[1], id: 's-proto', order: 'zy', target: '原型' }).replace(
        '{',
        '{"__proto__":{"isAdmin":true},',
      ),
    ) as object;
    expect(Object.hasOwn(proto, '__proto__')).to.equal(true);
    await rawPut(raw, 'segments', proto);
    // A row with a value JSON cannot hold.
    await rawPut(raw, 'segments', { ...good.segments[1], id: 's-bigint', order: 'zx', x: 1n });
    // A setting under a prototype key.
    await rawPut(raw, 'settings', { key: '__proto__', value: { author: 'Mallory' } });
    raw.close();
    return { project, doc, good };
  }

  it('downloads every sound record as a backup that restores, and counts the rest', async () => {
    const { project, good } = await damaged();
    const { json, report } = await salvageWorkspace(db.name());
    expect(report.opened).to.equal(true);
    expect(report.version).to.equal(DB_VERSION);
    expect(report.unreadableStores).to.deep.equal([]);
    expect(counts(report)).to.deep.equal({
      projects: [1, 1],
      documents: [1, 1],
      segments: [3, 3],
      revisions: [1, 0],
      versions: [1, 0],
      settings: [1, 1],
      termbases: [0, 0],
      termEntries: [0, 0],
      projectTermbases: [0, 0],
      qaIgnored: [0, 0],
      qaSettings: [0, 0],
    });
    expect(report.orphaned).to.equal(2);
    expect(report.repaired).to.equal(1);

    const b = JSON.parse(json) as Backup;
    expect(b.format).to.equal('bitext-workbench-backup');
    expect(b.schemaVersion).to.equal(BACKUP_SCHEMA_VERSION);
    expect(b.segments.map((s) => s.id).sort()).to.deep.equal(
      [...good.segments.map((s) => s.id), 's-proto'].sort(),
    );
    expect(json).not.to.contain('__proto__');
    expect(b.versions[0].segments.length).to.equal(2);

    const ws = await openWorkspace(fresh());
    await ws.importBackup(json, 'replace');
    const app = await readAsApp(ws);
    expect(app.projects.map((p) => p.id)).to.deep.equal([project.id]);
    expect(app.rows.map((r) => r.target)).to.deep.equal(['One.', 'Source 1.', '原型']);
    expect(app.reports).to.deep.equal([]);
    expect(await ws.settings.get('author')).to.equal('Li');
    expect((await ws.versions.list(good.documents[0].id)).length).to.equal(1);
    ws.close();
  });

  it('leaves out what the salvage left out, and the workspace opens without damage', async () => {
    const { project } = await damaged();
    const { json } = await salvageWorkspace(db.name());
    const ws = await db.open();
    expect((await readAsApp(ws)).reports.length).to.be.greaterThan(0);
    ws.close();

    const done = await leaveOutDamaged(db.name());
    expect(done.counts.segments.leftOut).to.equal(3);

    const again = await db.open();
    const app = await readAsApp(again);
    expect(app.projects.map((p) => p.id)).to.deep.equal([project.id]);
    expect(app.rows.length).to.equal(3);
    expect(app.reports).to.deep.equal([]);
    // The database now holds exactly what was downloaded.
    const now = await again.exportBackup();
    expect({ ...now, exportedAt: 0 }).to.deep.equal({
      ...(JSON.parse(json) as Backup),
      exportedAt: 0,
    });
    again.close();
    const raw = await rawOpen(db.name(), DB_VERSION);
    expect(await rawRowCount(raw)).to.equal(3);
    expect(await storeCount(raw, 'documents')).to.equal(1);
    raw.close();
    const second = await salvageWorkspace(db.name());
    expect(Object.values(second.report.counts).every((c) => c.leftOut === 0)).to.equal(true);
    expect(second.report.repaired).to.equal(0);
  });

  it('carries termbases and QA data, leaving out the damaged and skipping what a backup skips', async () => {
    const ws = await db.open();
    const { project, doc, segs } = await seed(ws, 2);
    const term = (id: string, zh: string, en: string) => ({
      id,
      terms: {
        'zh-Hans': [{ text: zh, status: 'preferred' as const }],
        en: [{ text: en, status: 'preferred' as const }],
      },
      changedAt: 1000,
    });
    const tb = await ws.termbases.create(
      { name: '客户', sourceLang: 'zh-Hans', targetLang: 'en' },
      [term('e1', '开源', 'open source'), term('e2', '峰会', 'summit')],
    );
    await ws.termbases.setForProject({
      projectId: project.id,
      read: [tb.id, 'tb-gone'],
      write: tb.id,
    });
    const ignored = {
      id: `${segs[0].id}|x`,
      docId: doc.id,
      rowId: segs[0].id,
      check: 'quotes' as const,
      key: 'quotes',
      row: 'fp',
      by: 'Li',
      role: 'translator' as const,
      at: 1000,
    };
    await ws.qa.ignore([ignored]);
    await ws.qa.setSettings(project.id, { enabled: { quotes: false }, severity: {} });
    const before = {
      termbases: await ws.termbases.list(),
      entries: await ws.termbases.entries(tb.id),
      ignored: await ws.qa.ignored(doc.id),
      settings: await ws.qa.settings(project.id),
    };
    ws.close();
    const raw = await rawOpen(db.name(), DB_VERSION);
    // Damaged: an entry without its terms, an ignored finding without its row.
    await rawPut(raw, 'termEntries', { termbaseId: tb.id, id: 'e-bad', changedAt: 1 });
    await rawPut(raw, 'qaIgnored', { id: 'i-bad', docId: doc.id });
    // Sound but skipped, as a backup skips them (a deletion keeps them for its Undo): an entry of
    // a termbase that is gone, an ignored finding of a document that is gone.
    await rawPut(raw, 'termEntries', { ...term('e9', '旧', 'old'), termbaseId: 'tb-gone' });
    await rawPut(raw, 'qaIgnored', { ...ignored, id: 'i-gone', docId: 'd-gone' });
    raw.close();

    const { json, report } = await salvageWorkspace(db.name());
    expect(counts(report)).to.deep.include({
      termbases: [1, 0],
      termEntries: [2, 1],
      projectTermbases: [1, 0],
      qaIgnored: [1, 1],
      qaSettings: [1, 0],
    });
    const b = JSON.parse(json) as Backup;
    // The choice names only the termbase the file holds, as `exportBackup` writes it.
    expect(b.projectTermbases).to.deep.equal([
      { projectId: project.id, read: [tb.id], write: tb.id },
    ]);

    const restored = await openWorkspace(fresh());
    await restored.importBackup(json, 'replace');
    expect({
      termbases: await restored.termbases.list(),
      entries: await restored.termbases.entries(tb.id),
      ignored: await restored.qa.ignored(doc.id),
      settings: await restored.qa.settings(project.id),
    }).to.deep.equal(before);
    restored.close();

    await leaveOutDamaged(db.name());
    const check = await rawOpen(db.name(), DB_VERSION);
    // The damaged entry and finding are gone; the skipped ones stay for their Undo.
    expect(await storeCount(check, 'termEntries')).to.equal(3);
    expect(await storeCount(check, 'qaIgnored')).to.equal(2);
    check.close();
    const again = await salvageWorkspace(db.name());
    expect(Object.values(again.report.counts).every((c) => c.leftOut === 0)).to.equal(true);
  });

  it('reads a database a newer release wrote, and refuses to change it', async () => {
    const raw = await rawOpen(db.name(), DB_VERSION + 1, (d) => {
      d.createObjectStore('projects', { keyPath: 'id' });
      d.createObjectStore('documents', { keyPath: 'id' });
      d.createObjectStore('future', { keyPath: 'id' });
    });
    const p = {
      id: 'p1',
      name: '新版',
      sourceLang: 'zh-Hans',
      targetLang: 'en',
      createdAt: 1,
      updatedAt: 2,
      colour: 'blue',
    };
    await rawPut(raw, 'projects', p);
    raw.close();
    const opened = await openWorkspace(db.name()).then(
      () => null,
      (e: unknown) => e,
    );
    expect(opened).to.be.instanceOf(StoreError);

    const { json, report } = await salvageWorkspace(db.name());
    expect(report.version).to.equal(DB_VERSION + 1);
    expect(report.unreadableStores).to.include('segments');
    expect(report.counts.projects).to.deep.equal({ kept: 1, leftOut: 0 });
    const err = await leaveOutDamaged(db.name()).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).to.be.instanceOf(StoreError);
    expect((err as StoreError).kind).to.equal('invalid');

    const ws = await openWorkspace(fresh());
    await ws.importBackup(json, 'replace');
    expect(await ws.projects.list()).to.deep.equal([p]);
    ws.close();
  });

  it('names the stores a database lacks', async () => {
    const raw = await rawOpen(db.name(), DB_VERSION, (d) =>
      d.createObjectStore('projects', { keyPath: 'id' }),
    );
    raw.close();
    const { report } = await salvageWorkspace(db.name());
    expect(report.opened).to.equal(true);
    expect(report.unreadableStores).to.deep.equal([
      'documents',
      'segments',
      'revisions',
      'versions',
      'versionBodies',
      'settings',
    ]);
  });

  it('never creates a database that is not there', async () => {
    const name = fresh();
    const { json, report } = await salvageWorkspace(name);
    expect(report.opened).to.equal(false);
    expect((JSON.parse(json) as Backup).projects).to.deep.equal([]);
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.to.include(name);
    // So the app's own open still builds every store.
    const ws = await openWorkspace(name);
    expect(await ws.projects.list()).to.deep.equal([]);
    ws.close();
  });

  it('reads past a chunk boundary', async () => {
    const ws = await db.open();
    const { doc } = await seed(ws, 1203);
    ws.close();
    const raw = await rawOpen(db.name(), DB_VERSION);
    await rawPut(raw, 'segments', { id: 's-missing', docId: doc.id });
    raw.close();
    const { json, report } = await salvageWorkspace(db.name());
    expect(report.counts.segments).to.deep.equal({ kept: 1203, leftOut: 1 });
    expect((JSON.parse(json) as Backup).segments.length).to.equal(1203);
  });
});
