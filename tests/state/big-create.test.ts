// A project of more rows than one transaction should hold is written in batches under a pending
// marker: it appears whole or not at all, and one a closed tab left half-written is removed at
// the next start. Against the browser's real IndexedDB.
import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import type { Services } from '../../src/state/index.js';
import { CREATE_BATCH } from '../../src/state/library.js';
import { useServices } from './helpers.js';

const N = CREATE_BATCH * 2 + 500;
const rows = Array.from({ length: N }, (_, i) => ({ source: `第${i}句。`, target: `Row ${i}.` }));
const create = (s: Services) =>
  s.library.create({ name: '大文件', sourceLang: 'zh-Hans', targetLang: 'en', rows });

/** Everything stored, read past the store's own filters (rows one a record and in chunks). */
async function stored(dbName: string) {
  const db = await openDB(dbName);
  const chunks = (await db.getAll('segmentChunks')) as { rows: unknown[] }[];
  const out = {
    projects: await db.getAll('projects'),
    documents: await db.count('documents'),
    segments: (await db.count('segments')) + chunks.reduce((n, c) => n + c.rows.length, 0),
  };
  db.close();
  return out;
}

/** Fails every write after the first `ok` writes that touch the rows (the tab "closes"). */
const failAfter = (s: Services, ok: number) => {
  let n = 0;
  s.ws.injectFault((stores) =>
    stores.includes('segments') && n++ >= ok ? new DOMException('gone', 'AbortError') : undefined,
  );
};

describe('state/library: creating a big project in batches', () => {
  const open = useServices();

  it('writes every row in order with progress, and lists the project only at the end', async () => {
    const s = await open();
    const seen: number[] = [];
    let listedWhileRunning = false;
    s.library.subscribe((state) => {
      if (state.creating.status !== 'running' || state.creating.progress >= 1) return;
      seen.push(state.creating.progress);
      void s.ws.projects.list().then((l) => (listedWhileRunning ||= l.length > 0));
    });
    const id = (await create(s))!;
    expect(id).to.be.a('string');
    expect(seen.filter((p) => p > 0 && p < 1).length).to.be.greaterThan(1);
    expect(seen).to.deep.equal([...seen].sort((a, b) => a - b));
    expect(listedWhileRunning).to.equal(false);
    expect(s.library.state.projects.map((p) => p.id)).to.deep.equal([id]);
    const [doc] = await s.ws.documents.list(id);
    const all = await s.ws.segments.all(doc.id);
    expect(all.map((r) => r.source)).to.deep.equal(rows.map((r) => r.source));
  });

  it('leaves nothing behind when a batch fails half-way', async () => {
    const s = await open();
    let n = 0;
    // The second batch fails once (storage full); deleting what was written then succeeds.
    s.ws.injectFault((stores) =>
      stores.includes('segments') && n++ === 1
        ? new DOMException('full', 'QuotaExceededError')
        : undefined,
    );
    expect(await create(s)).to.equal(undefined);
    expect(s.notices.state.notice).to.deep.include({ kind: 'error', key: 'errors.quota' });
    expect(s.library.state.projects).to.deep.equal([]);
    expect(await stored(s.dbName)).to.deep.equal({ projects: [], documents: 0, segments: 0 });
  });

  it('a project a closed tab left half-written is never listed and is gone at the next start', async () => {
    const s = await open();
    failAfter(s, 1);
    expect(await create(s)).to.equal(undefined);
    const left = await stored(s.dbName);
    expect(left.projects).to.have.length(1);
    expect(left.segments).to.equal(CREATE_BATCH);
    expect(await s.ws.projects.list()).to.deep.equal([]);
    expect(await s.ws.projects.get(left.projects[0].id)).to.equal(undefined);
    s.close();
    const next = await open(s.dbName);
    expect(next.library.state.projects).to.deep.equal([]);
    expect(await stored(s.dbName)).to.deep.equal({ projects: [], documents: 0, segments: 0 });
  });

  it('leaves alone a project another tab is still writing', async () => {
    const s = await open();
    failAfter(s, 1);
    await create(s);
    const [pending] = (await stored(s.dbName)).projects;
    // Another tab holds the project's lock while it writes.
    let release = () => undefined as void;
    const held = new Promise<void>((r) => (release = r));
    let acquired: () => void = () => undefined;
    const locked = new Promise<void>((r) => (acquired = r));
    void navigator.locks.request(`bt.creating.${pending.id}`, () => {
      acquired();
      return held;
    });
    await locked;
    const other = await open(s.dbName, { separate: true });
    expect(other.library.state.projects).to.deep.equal([]);
    expect((await stored(s.dbName)).projects).to.have.length(1);
    release();
  });
});
