// A version made elsewhere (a team server's) kept on this device as it is: listed in time order
// among the others, read back whole, restored like one saved here.
import { expect } from '@open-wc/testing';
import { reviewer, seed, useDb } from './helpers.js';

describe('store: versions kept from a team server', () => {
  const db = useDb();

  it('keeps its id, name, author and time; lists, reads and restores it', async () => {
    const ws = await db.open();
    const { doc, segs } = await seed(ws, 2);
    const local = await ws.versions.save(doc.id, 'Here', 'Li');
    const frozen = segs.map(({ id, order, source, status, note }) => ({
      id,
      order,
      source,
      target: `Server ${id}`,
      status,
      note,
    }));
    const server = {
      id: 'server-uuid-1',
      docId: doc.id,
      name: '审校 1',
      author: 'Wang',
      createdAt: local.createdAt - 60_000,
      segments: frozen,
    };
    await ws.versions.keep(server);
    // Kept twice (told twice): still one.
    await ws.versions.keep(server);
    const list = await ws.versions.list(doc.id);
    expect(list.map((v) => [v.id, v.name, v.author, v.segmentCount])).to.deep.equal([
      [local.id, 'Here', 'Li', 2],
      ['server-uuid-1', '审校 1', 'Wang', 2],
    ]);
    expect(await ws.versions.get('server-uuid-1')).to.deep.equal(server);
    const r = await ws.versions.restore('server-uuid-1', reviewer);
    expect(r.changedRows).to.equal(2);
    expect((await ws.segments.all(doc.id)).map((s) => s.target)).to.deep.equal(
      frozen.map((s) => s.target),
    );
  });
});
