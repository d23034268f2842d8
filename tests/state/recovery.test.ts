// The recovery service on workspaces damaged by hand, on real IndexedDB: what it diagnoses, that
// its download restores, and that after each way out `openServices` opens again.
import { expect } from '@open-wc/testing';
import { AppError, openServices } from '../../src/state/index.js';
import { RecoveryService } from '../../src/state/recovery.js';
import { DB_VERSION, deleteWorkspace } from '../../src/store/index.js';
import { rawOpen, rawPut } from '../store/helpers.js';
import { useServices } from './helpers.js';

const project = (id: string, name: string, over: object = {}) => ({
  id,
  name,
  sourceLang: 'zh-Hans',
  targetLang: 'en',
  createdAt: 1,
  updatedAt: 2,
  ...over,
});

async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => expect.fail('expected a rejection'),
    (e: unknown) => e,
  );
}

describe('state: recovery of a workspace that cannot be opened', () => {
  const open = useServices();
  const names: string[] = [];
  let n = 0;
  const fresh = () => {
    const name = `bt-recovery-${Date.now()}-${n++}`;
    names.push(name);
    return name;
  };
  afterEach(async () => {
    for (const name of names.splice(0)) await deleteWorkspace(name);
  });

  it('diagnoses damage, downloads what can be read, and opens without the rest', async () => {
    const s = await open();
    const name = s.dbName;
    const id = await s.library.create({
      name: '好项目',
      sourceLang: 'zh-Hans',
      targetLang: 'en',
      rows: [
        { source: '一。', target: 'One.' },
        { source: '二。', target: 'Two.' },
      ],
    });
    await s.document.open(id);
    const docId = s.document.current!.doc.id;
    s.close();
    const raw = await rawOpen(name, DB_VERSION);
    await rawPut(raw, 'projects', project('p-bad', '坏日期', { createdAt: 1e308 }));
    await rawPut(raw, 'segments', { id: 's-missing', docId, order: 'zz' });
    await rawPut(raw, 'termEntries', { termbaseId: 'tb', id: 'e-missing' });
    await rawPut(
      raw,
      'projects',
      JSON.parse(JSON.stringify(project('p-proto', '原型')).replace('{', '{"__proto__":{"x":1},')),
    );
    raw.close();

    const rec = new RecoveryService(name);
    const d = await rec.diagnose();
    expect(d.kind).to.equal('damaged');
    expect(d.counts.projects).to.deep.equal({ kept: 2, leftOut: 1 });
    expect(d.counts.segments).to.deep.equal({ kept: 2, leftOut: 1 });
    expect(d.leftOut).to.equal(3);
    // Of the later parts, only the one with records is shown.
    expect(d.shown).to.deep.equal([
      'projects',
      'documents',
      'segments',
      'revisions',
      'versions',
      'settings',
      'termEntries',
    ]);
    expect(d.readable).to.equal(true);
    expect(rec.state.diagnosis).to.equal(d);

    const other = await open();
    expect(await other.library.importBackup(await rec.downloadSalvage(), 'replace')).to.equal(true);
    expect(other.library.state.projects.map((p) => p.name).sort()).to.deep.equal([
      '原型',
      '好项目',
    ]);

    const left = await rec.openWithoutDamaged();
    expect(left.leftOut).to.equal(3);
    const again = await open(name, { separate: true });
    expect(again.library.state.projects.map((p) => p.name).sort()).to.deep.equal([
      '原型',
      '好项目',
    ]);
    await again.document.open(id);
    expect(again.document.current!.segments.map((r) => r.target)).to.deep.equal(['One.', 'Two.']);
    expect((await new RecoveryService(name).diagnose()).leftOut).to.equal(0);
  });

  it('says a newer release wrote the database, refuses to cut it, and can start empty', async () => {
    const name = fresh();
    const raw = await rawOpen(name, DB_VERSION + 1, (db) => {
      db.createObjectStore('projects', { keyPath: 'id' });
    });
    await rawPut(raw, 'projects', project('p1', '新版'));
    raw.close();
    const err = await rejection(openServices(name));

    const rec = new RecoveryService(name);
    const d = await rec.diagnose(err);
    expect(d.kind).to.equal('newer-version');
    expect(d.counts.projects.kept).to.equal(1);
    expect(JSON.parse(await rec.downloadSalvage())).to.have.nested.property(
      'projects[0].name',
      '新版',
    );

    const refused = await rejection(rec.openWithoutDamaged());
    expect(refused).to.be.instanceOf(AppError);
    expect(rec.state.failure).to.equal('invalid');
    expect(rec.state.busy).to.equal(false);

    await rec.startEmpty();
    const s = await open(name);
    expect(s.library.state.projects).to.deep.equal([]);
  });

  it('calls a database without its stores unknown, and can start empty', async () => {
    const name = fresh();
    const raw = await rawOpen(name, DB_VERSION, (db) => {
      db.createObjectStore('projects', { keyPath: 'id' });
    });
    await rawPut(raw, 'projects', project('p1', '残缺'));
    raw.close();
    const err = await rejection(openServices(name));

    const rec = new RecoveryService(name);
    const d = await rec.diagnose(err);
    expect(d.kind).to.equal('unknown');
    expect(d.counts.projects).to.deep.equal({ kept: 1, leftOut: 0 });
    await rejection(rec.openWithoutDamaged());
    await rec.startEmpty();
    const s = await open(name);
    expect(s.library.state.projects).to.deep.equal([]);
  });
});
