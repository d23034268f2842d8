// The typing journal on real IndexedDB and localStorage: what a tab that closed before its
// write finished left behind is written at the next start; an open tab's is left to it.
import { expect } from '@open-wc/testing';
import { holdLifeLock, replayJournals } from '../../src/state/journal.js';
import { openProject, useServices } from './helpers.js';

const key = (db: string, tab: string) => `bt.journal.${db}.${tab}`;

describe('typing journal', () => {
  const open = useServices();
  afterEach(() => {
    for (const k of Object.keys(localStorage))
      if (k.startsWith('bt.journal.')) localStorage.removeItem(k);
  });

  it('keeps a keystroke in localStorage at once, and drops it once IndexedDB has it', async () => {
    const s = await open();
    await openProject(s, [{ source: '你好。', target: '' }]);
    const [row] = s.document.current!.segments;
    const k = key(s.dbName, s.session.who.tab!);
    s.document.edit(row.id, 'target', 'Hel');
    // Synchronously, before anything else runs: a window closed now keeps it.
    expect(JSON.parse(localStorage.getItem(k)!)[row.id].patch).to.deep.equal({
      target: 'Hel',
      status: 'draft',
    });
    await s.document.flush();
    expect(localStorage.getItem(k)).to.equal(null);
  });

  it('writes what a closed tab journalled before anything reads the rows', async () => {
    const s = await open();
    const id = await openProject(s, [{ source: '你好。', target: '' }]);
    const [row] = s.document.current!.segments;
    s.close();
    // A tab that closed 10 ms after typing: its journal is all that holds the text.
    localStorage.setItem(
      key(s.dbName, 'closed-tab'),
      JSON.stringify({ [row.id]: { patch: { target: 'Hello' }, rev: row.rev, at: Date.now() } }),
    );
    const again = await open(s.dbName);
    await again.document.open(id);
    expect(again.document.current!.segments[0].target).to.equal('Hello');
    expect(localStorage.getItem(key(s.dbName, 'closed-tab'))).to.equal(null);
  });

  it("leaves an open tab's journal to that tab, and refuses fields typing never writes", async () => {
    const s = await open();
    await openProject(s, [{ source: '你好。', target: '' }]);
    const [row] = s.document.current!.segments;
    holdLifeLock('open-tab');
    localStorage.setItem(
      key(s.dbName, 'open-tab'),
      JSON.stringify({ [row.id]: { patch: { target: 'Theirs' }, rev: row.rev, at: Date.now() } }),
    );
    localStorage.setItem(
      key(s.dbName, 'gone-tab'),
      JSON.stringify({ [row.id]: { patch: { docId: 'elsewhere', rev: 99 }, rev: 1, at: 0 } }),
    );
    const written = await replayJournals(s.ws, s.dbName, s.session.who);
    expect(written).to.equal(0);
    expect((await s.ws.segments.get(row.id))!.target).to.equal('');
    expect((await s.ws.segments.get(row.id))!.docId).to.equal(row.docId);
    expect(localStorage.getItem(key(s.dbName, 'open-tab'))).to.not.equal(null);
  });

  it("keeps someone else's later change over older journalled typing", async () => {
    const s = await open();
    await openProject(s, [{ source: '你好。', target: '' }]);
    const [row] = s.document.current!.segments;
    const typedAt = Date.now() - 60_000;
    s.document.edit(row.id, 'target', 'Later, from another tab.');
    await s.document.flush();
    localStorage.setItem(
      key(s.dbName, 'old-tab'),
      JSON.stringify({ [row.id]: { patch: { target: 'Old' }, rev: row.rev, at: typedAt } }),
    );
    await replayJournals(s.ws, s.dbName, s.session.who);
    expect((await s.ws.segments.get(row.id))!.target).to.equal('Later, from another tab.');
  });
});
