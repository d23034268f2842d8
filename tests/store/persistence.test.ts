import { expect } from '@open-wc/testing';
import { DB_VERSION } from '../../src/store/index.js';
import { getWorkspace, requestPersistence } from '../../src/store/index.js';
import { rawOpen, rawPut, seed, translator, useDb, rows } from './helpers.js';

describe('store: projects, documents and rows survive a reload', () => {
  const db = useDb();

  it('finds projects, documents and edited rows after closing and reopening', async () => {
    const ws = await db.open();
    const { project, doc, segs } = await seed(ws, 3);
    const res = await ws.edit(
      segs[1].id,
      { target: 'Edited.', status: 'translated' },
      segs[1].rev,
      translator,
    );
    expect(res.ok).to.equal(true);
    ws.close();

    const again = await db.open();
    expect((await again.projects.list()).map((p) => p.id)).to.deep.equal([project.id]);
    expect((await again.documents.list(project.id)).map((d) => d.name)).to.deep.equal(['Demo']);
    const back = await again.segments.all(doc.id);
    expect(back.map((s) => s.target)).to.deep.equal(['Source 0.', 'Edited.', 'Source 2.']);
    expect(back[1].status).to.equal('translated');
    expect(back[1].rev).to.equal(segs[1].rev + 1);
  });

  it('lists projects most recently edited first', async () => {
    const ws = await db.open();
    const a = await seed(ws, 1);
    await new Promise((r) => setTimeout(r, 5));
    await seed(ws, 1);
    await new Promise((r) => setTimeout(r, 5));
    await ws.edit(a.segs[0].id, { note: 'n' }, a.segs[0].rev, translator);
    const list = await ws.projects.list();
    expect(list[0].id).to.equal(a.project.id);
  });

  it('pages rows in document order through the index', async () => {
    const ws = await db.open();
    const { doc } = await seed(ws, 0);
    await ws.segments.bulkCreate(doc.id, rows(120));
    await ws.segments.bulkCreate(doc.id, rows(5, 'more'));
    expect(await ws.segments.count(doc.id)).to.equal(125);
    const first = await ws.segments.page(doc.id, 0, 50);
    expect(first.map((s) => s.source).slice(0, 2)).to.deep.equal(['源0。', '源1。']);
    const last = await ws.segments.page(doc.id, 100, 50);
    expect(last.length).to.equal(25);
    expect(last[0].source).to.equal('源100。');
    expect(last.at(-1)!.source).to.equal('more源4。');
    const after = await ws.segments.pageAfter(doc.id, first[49].order, 2);
    expect(after.map((s) => s.source)).to.deep.equal(['源50。', '源51。']);
  });

  it('renames, deletes a project with everything in it, and undoes the deletion', async () => {
    const ws = await db.open();
    const { project, doc, segs } = await seed(ws, 2);
    await ws.edit(segs[0].id, { target: 'x' }, segs[0].rev, translator);
    await ws.versions.save(doc.id, 'v1', 'Li');
    await ws.projects.rename(project.id, 'Renamed');
    expect((await ws.projects.get(project.id))?.name).to.equal('Renamed');
    const second = await ws.documents.create(project.id, 'Chapter 2');
    expect(second.order).to.equal(1);

    const gone = await ws.projects.delete(project.id);
    expect(await ws.projects.list()).to.deep.equal([]);
    expect(await ws.segments.count(doc.id)).to.equal(0);
    expect(await ws.versions.list(doc.id)).to.deep.equal([]);

    await ws.projects.restoreDeleted(gone);
    expect((await ws.documents.list(project.id)).length).to.equal(2);
    expect((await ws.segments.all(doc.id)).map((s) => s.target)).to.deep.equal(['x', 'Source 1.']);
    expect((await ws.history.page(segs[0].id, 0, 10)).length).to.equal(1);
    expect((await ws.versions.list(doc.id)).map((v) => v.name)).to.deep.equal(['v1']);
  });

  it('keeps settings, and falls back to defaults for damaged values', async () => {
    const ws = await db.open();
    expect(await ws.settings.get('role')).to.equal('translator');
    await ws.settings.set('author', '李雷');
    await ws.settings.set('uiLanguage', 'zh-CN');
    ws.close();
    const again = await db.open();
    expect(await again.settings.get('author')).to.equal('李雷');
    expect((await again.settings.getAll()).uiLanguage).to.equal('zh-CN');
    again.close();
    const raw = await rawOpen(db.name(), DB_VERSION);
    await rawPut(raw, 'settings', { key: 'role', value: 42 });
    raw.close();
    const third = await db.open();
    expect(await third.settings.get('role')).to.equal('translator');
  });
});

describe('store: shared connection and persistent storage', () => {
  const db = useDb();

  it('reuses one shared connection, and opens a new one after it closed', async () => {
    const a = await getWorkspace(db.name());
    const b = await getWorkspace(db.name());
    expect(b).to.equal(a);
    a.close();
    const c = await getWorkspace(db.name());
    expect(c).to.not.equal(a);
    expect(c.closed).to.equal(null);
    c.close();
  });

  it('reports what the browser decided about persistent storage', async () => {
    const res = await requestPersistence();
    expect(res.supported).to.equal(true);
    expect(res.persisted).to.equal(await navigator.storage.persisted());
  });
});
