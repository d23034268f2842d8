// A team document's ignored findings kept in step with this device's store (real IndexedDB, a
// plain Y.Doc standing for the shared document): each side gets what the other lacks when the
// document opens, the later of two ignores wins, others' changes reach the store as they come,
// this device's go to the document, and a viewer only reads.
import { expect, waitUntil } from '@open-wc/testing';
import * as Y from 'yjs';
import type { IgnoredFinding } from '../../src/core/qa/ignored.js';
import { ignoredOf } from '../../src/core/team/schema.js';
import { TeamIgnores } from '../../src/state/team-ignores.js';
import { deleteWorkspace, openWorkspace, type Workspace } from '../../src/store/index.js';

const LOCAL = Symbol('local');
const rec = (rowId: string, by: string, at: number): IgnoredFinding => ({
  id: `${rowId}\nnumber:[]`,
  docId: 'd1',
  rowId,
  check: 'number',
  key: 'number:[]',
  row: '1.1.x',
  by,
  role: 'translator',
  at,
});
const ids = async (ws: Workspace) => (await ws.qa.ignored('d1')).map((r) => r.id).sort();

describe('TeamIgnores', () => {
  let ws: Workspace;
  let name: string;
  beforeEach(async () => {
    name = `bt-team-ignores-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    ws = await openWorkspace(name);
  });
  afterEach(async () => {
    ws.close();
    await deleteWorkspace(name);
  });

  it('gives each side what the other lacks when the document opens; the later ignore wins', async () => {
    const doc = new Y.Doc();
    ignoredOf(doc).set('r1\nnumber:[]', rec('r1', 'Rex', 5));
    ignoredOf(doc).set('r3\nnumber:[]', rec('r3', 'Rex', 5));
    await ws.qa.ignore([rec('r2', 'Tina', 6), { ...rec('r3', 'Tina', 9) }]);
    const t = new TeamIgnores(doc, ws, 'd1', LOCAL, true);
    await t.start();
    expect(await ids(ws)).to.deep.equal(['r1\nnumber:[]', 'r2\nnumber:[]', 'r3\nnumber:[]']);
    expect([...ignoredOf(doc).keys()].sort()).to.deep.equal(await ids(ws));
    expect(ignoredOf(doc).get('r3\nnumber:[]')!.by, 'the later ignore').to.equal('Tina');
    t.stop();
  });

  it('brings others’ ignores and un-ignores to the store, and sends this device’s', async () => {
    const doc = new Y.Doc();
    const t = new TeamIgnores(doc, ws, 'd1', LOCAL, true);
    await t.start();
    // Someone else's (any origin but this device's).
    doc.transact(() => ignoredOf(doc).set('r4\nnumber:[]', rec('r4', 'Rex', 1)), 'remote');
    await waitUntil(async () => (await ids(ws)).includes('r4\nnumber:[]'), 'the remote ignore');
    doc.transact(() => ignoredOf(doc).delete('r4\nnumber:[]'), 'remote');
    await waitUntil(async () => (await ids(ws)).length === 0, 'the remote un-ignore');
    // This device's own go to the document and are not written back.
    t.ignore([rec('r5', 'Tina', 2)]);
    expect([...ignoredOf(doc).keys()]).to.deep.equal(['r5\nnumber:[]']);
    t.unignore(['r5\nnumber:[]']);
    expect(ignoredOf(doc).size).to.equal(0);
    // A record of the wrong shape is not taken in.
    doc.transact(
      () => ignoredOf(doc).set('r6\nnumber:[]', { id: 'r6\nnumber:[]' } as IgnoredFinding),
      'remote',
    );
    await new Promise((r) => setTimeout(r, 50));
    expect(await ids(ws)).to.deep.equal([]);
    t.stop();
  });

  it('a viewer reads the team’s ignores and sends nothing', async () => {
    const doc = new Y.Doc();
    ignoredOf(doc).set('r1\nnumber:[]', rec('r1', 'Rex', 5));
    await ws.qa.ignore([rec('r2', 'Vic', 6)]);
    const t = new TeamIgnores(doc, ws, 'd1', LOCAL, false);
    await t.start();
    expect(await ids(ws)).to.deep.equal(['r1\nnumber:[]', 'r2\nnumber:[]']);
    expect([...ignoredOf(doc).keys()]).to.deep.equal(['r1\nnumber:[]']);
    t.ignore([rec('r3', 'Vic', 7)]);
    expect(ignoredOf(doc).size).to.equal(1);
    t.stop();
  });
});
