// A big document's rows, against the browser's real IndexedDB: written from batches that come one
// at a time (all or nothing, whatever the batches add up to), and read whole in pages.
import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import { createStreamed } from '../../src/store/create-streamed.js';
import { Connection } from '../../src/store/connection.js';
import type { SegmentInit } from '../../src/store/index.js';
import { rows, useDb } from './helpers.js';

const init = { name: '大文件', sourceLang: 'zh-Hans', targetLang: 'en' } as const;

async function* batches(all: SegmentInit[], size: number) {
  for (let i = 0; i < all.length; i += size) yield all.slice(i, i + size);
}

/** Everything stored, read past the store's own filters. */
async function stored(dbName: string) {
  const db = await openDB(dbName);
  const out = { projects: await db.count('projects'), segments: await db.count('segments') };
  db.close();
  return out;
}

describe('store: big documents', () => {
  const db = useDb();
  /** A connection of its own, as the import Worker opens one. */
  let opened: Connection[] = [];
  const conn = async () => {
    const c = await Connection.open(db.name());
    opened.push(c);
    return c;
  };
  afterEach(() => {
    for (const c of opened) c.shut('closed');
    opened = [];
  });

  it('creates a project from batches as they come, with progress, in order', async () => {
    const ws = await db.open();
    const all = rows(12_345);
    const seen: number[] = [];
    const { project, document } = await createStreamed(
      await conn(),
      init,
      all.length,
      batches(all, 5000),
      { onProgress: (n) => seen.push(n) },
    );
    expect(seen).to.deep.equal([5000, 10_000, 12_345]);
    expect((await ws.projects.list()).map((p) => p.id)).to.deep.equal([project.id]);
    const back = await ws.segments.all(document.id);
    expect(back.map((r) => r.source)).to.deep.equal(all.map((r) => r.source));
  });

  // [what the batches hold, against the total announced]
  const wrong: [string, number, number][] = [
    ['fewer rows than announced', 9000, 10_000],
    ['more rows than announced', 11_000, 10_000],
    ['more rows in a batch after the announced total', 10_001, 10_000],
  ];
  for (const [what, n, total] of wrong) {
    it(`leaves nothing behind when the batches hold ${what}`, async () => {
      const ws = await db.open();
      let err: unknown;
      await createStreamed(await conn(), init, total, batches(rows(n), 5000)).catch(
        (e) => (err = e),
      );
      expect(err, 'refused').to.be.an('error');
      expect(await ws.projects.list()).to.deep.equal([]);
      expect(await stored(db.name())).to.deep.equal({ projects: 0, segments: 0 });
    });
  }

  it('leaves nothing behind when reading the batches fails half-way', async () => {
    await db.open();
    async function* failing() {
      yield rows(5000);
      throw new Error('the file could not be read');
    }
    let err: unknown;
    await createStreamed(await conn(), init, 10_000, failing()).catch((e) => (err = e));
    expect((err as Error).message).to.contain('could not be read');
    expect(await stored(db.name())).to.deep.equal({ projects: 0, segments: 0 });
  });

  it('reads a document of more rows than one page whole and in order, rows sharing what they can', async () => {
    const ws = await db.open();
    const all = rows(23_456);
    all[0] = { ...all[0], note: '注', status: 'reviewed', paragraphStart: true };
    const { document } = await createStreamed(await conn(), init, all.length, batches(all, 5000));
    const back = await ws.segments.all(document.id);
    expect(back.map((r) => r.source)).to.deep.equal(all.map((r) => r.source));
    expect(back[0]).to.deep.include({ note: '注', status: 'reviewed', paragraphStart: true });
    expect(back[1]).to.deep.include({ note: '', status: 'draft', paragraphStart: false });
    expect(back[1]).not.to.have.property('codes');
    // One link object for all the 1-1 rows (frozen: a row's link is replaced, never changed).
    expect(back[5].link).to.equal(back[20_000].link);
    expect(Object.isFrozen(back[5].link)).to.equal(true);
    // What is read is what the store holds.
    expect(await ws.segments.get(back[12_345].id)).to.deep.equal(back[12_345]);
  });

  it('reads rows that share an order key across page boundaries once each', async () => {
    const ws = await db.open();
    const { document } = await ws.projects.create(init, rows(3));
    // Rows written by hand with the same order key: 12,000 of one key (more than a page), and
    // groups of three around the page boundaries.
    const [model] = await ws.segments.all(document.id);
    const raw = await openDB(db.name());
    const tx = raw.transaction('segments', 'readwrite');
    const want: string[] = [];
    for (let i = 0; i < 21_000; i++) {
      const order = i < 12_000 ? 'm' : `n${String(Math.floor(i / 3)).padStart(6, '0')}`;
      const id = `x${String(i).padStart(6, '0')}`;
      void tx.store.put({ ...model, id, order, docId: document.id });
      want.push(id);
    }
    await tx.done;
    raw.close();
    const back = await ws.segments.all(document.id);
    const ids = back.map((r) => r.id).filter((id) => id.startsWith('x'));
    expect(ids.length).to.equal(want.length);
    expect(new Set(ids).size).to.equal(want.length);
    expect([...ids].sort()).to.deep.equal(want);
  });
});
