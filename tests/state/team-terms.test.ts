// A team project's termbase kept in step with this device's (real IndexedDB, a plain Y.Doc
// standing for the shared document): each side gets what the other lacks, the later changed
// copy of an entry wins, others' changes reach the store as they come and this device's edits
// (through the store, as Add term and the entry editor make them) reach the document; a viewer
// only reads; a new team termbase is read by the project and takes its new terms; a share
// carries the termbase new terms go to.
import { expect, waitUntil } from '@open-wc/testing';
import * as Y from 'yjs';
import type { TermEntry } from '../../src/core/terms/types.js';
import { termsOf, TEAM_TERMS_MAX } from '../../src/core/team/terms.js';
import { TeamTerms, teamTermbase, termsToShare } from '../../src/state/team-terms.js';
import { deleteWorkspace, openWorkspace, type Workspace } from '../../src/store/index.js';

const LOCAL = Symbol('local');
const PROJECT = { id: 'p1', sourceLang: 'zh-Hans', targetLang: 'en' } as const;
const entry = (id: string, zh: string, en: string, at: number): TermEntry => ({
  id,
  terms: {
    'zh-Hans': [{ text: zh, status: 'preferred', author: 'Tina', changedAt: at }],
    en: [{ text: en, status: 'preferred', author: 'Tina', changedAt: at }],
  },
  createdAt: at,
});
const english = (e: TermEntry | undefined) => e?.terms.en?.[0]?.text;

describe('TeamTerms', () => {
  let ws: Workspace;
  let name: string;
  let tb: string;
  const local = async () =>
    Object.fromEntries((await ws.termbases.entries(tb)).map((e) => [e.id, english(e)]));
  const shared = (doc: Y.Doc) =>
    Object.fromEntries([...termsOf(doc)].map(([id, e]) => [id, english(e)]));
  beforeEach(async () => {
    name = `bt-team-terms-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    ws = await openWorkspace(name);
    tb = (await ws.termbases.create({ name: 'Team', sourceLang: 'zh-Hans', targetLang: 'en' })).id;
  });
  afterEach(async () => {
    ws.close();
    await deleteWorkspace(name);
  });

  it('gives each side what the other lacks; of two copies the later changed wins', async () => {
    const doc = new Y.Doc();
    termsOf(doc).set('e1', entry('e1', '数据库', 'database', 5));
    termsOf(doc).set('e3', entry('e3', '服务器', 'server', 5));
    termsOf(doc).set('e4', entry('e4', '网络', 'network', 9));
    await ws.termbases.applyEntries(tb, [
      entry('e2', '内存', 'memory', 6),
      entry('e3', '服务器', 'server host', 8),
      entry('e4', '网络', 'net', 7),
    ]);
    const t = new TeamTerms(doc, ws, LOCAL, true, async () => tb);
    t.start();
    t.reconcile();
    await t.settled();
    const all = { e1: 'database', e2: 'memory', e3: 'server host', e4: 'network' };
    expect(await local()).to.deep.equal(all);
    expect(shared(doc)).to.deep.equal(all);
    expect((await ws.termbases.get(tb))!.entryCount).to.equal(4);
    t.stop();
  });

  it('brings others’ changes to the store and sends this device’s edits', async () => {
    const doc = new Y.Doc();
    const t = new TeamTerms(doc, ws, LOCAL, true, async () => tb);
    t.start();
    // Someone else's (any origin but this device's).
    doc.transact(() => termsOf(doc).set('e1', entry('e1', '数据库', 'database', 1)), 'remote');
    await waitUntil(async () => (await local()).e1 === 'database', 'the remote entry');
    doc.transact(() => termsOf(doc).delete('e1'), 'remote');
    await waitUntil(async () => (await local()).e1 === undefined, 'the remote deletion');
    // A malformed entry is not taken in.
    doc.transact(() => termsOf(doc).set('e9', { id: 'e9' } as TermEntry), 'remote');
    // This device's own, through the store as the terms service makes them.
    await ws.termbases.putEntry(tb, entry('e5', '缓存', 'cache', 2));
    await waitUntil(() => english(termsOf(doc).get('e5')) === 'cache', 'the local entry sent');
    await ws.termbases.putEntry(tb, entry('e5', '缓存', 'cache memory', 3));
    await waitUntil(() => english(termsOf(doc).get('e5')) === 'cache memory', 'the edit sent');
    await ws.termbases.removeEntry(tb, 'e5');
    await waitUntil(() => !termsOf(doc).has('e5'), 'the deletion sent');
    await t.settled();
    expect(await local()).to.deep.equal({});
    // Another termbase's entries stay on this device.
    const other = await ws.termbases.create({
      name: 'Mine',
      sourceLang: 'zh-Hans',
      targetLang: 'en',
    });
    await ws.termbases.putEntry(other.id, entry('e6', '私有', 'private', 4));
    await t.settled();
    expect(termsOf(doc).has('e6')).to.equal(false);
    t.stop();
  });

  it('a deletion made while nothing watched is the team’s, unless the entry changed after it', async () => {
    const team = (
      await ws.termbases.create({
        name: 'Novel (team)',
        sourceLang: 'zh-Hans',
        targetLang: 'en',
        team: 'p1',
      })
    ).id;
    const doc = new Y.Doc();
    termsOf(doc).set('e1', entry('e1', '数据库', 'database', 5));
    termsOf(doc).set('e2', entry('e2', '内存', 'memory', 5));
    await ws.termbases.applyEntries(team, [termsOf(doc).get('e1')!, termsOf(doc).get('e2')!]);
    // Deleted here with no team code running (from another project's tab, say)…
    await ws.termbases.removeEntry(team, 'e1');
    await ws.termbases.removeEntry(team, 'e2');
    // …while a teammate corrected e2, after that deletion.
    termsOf(doc).set('e2', entry('e2', '内存', 'RAM', Date.now() + 60_000));
    const t = new TeamTerms(doc, ws, LOCAL, true, async () => team);
    t.start();
    t.reconcile();
    await t.settled();
    const here = Object.fromEntries(
      (await ws.termbases.entries(team)).map((e) => [e.id, english(e)]),
    );
    expect(shared(doc)).to.deep.equal({ e2: 'RAM' });
    expect(here).to.deep.equal({ e2: 'RAM' });
    expect((await ws.termbases.get(team))!.removed, 'the deletions settled').to.deep.equal({});
    t.stop();
  });

  it('a viewer reads the team’s terms and sends nothing', async () => {
    const doc = new Y.Doc();
    termsOf(doc).set('e1', entry('e1', '数据库', 'database', 5));
    // A later copy of the viewer's own does not win over the team's.
    await ws.termbases.applyEntries(tb, [
      entry('e2', '内存', 'memory', 6),
      entry('e1', '数据库', 'db', 9),
    ]);
    const t = new TeamTerms(doc, ws, LOCAL, false, async () => tb);
    t.start();
    t.reconcile();
    await t.settled();
    expect(await local()).to.deep.equal({ e1: 'database', e2: 'memory' });
    await ws.termbases.putEntry(tb, entry('e3', '缓存', 'cache', 7));
    await t.settled();
    expect(shared(doc)).to.deep.equal({ e1: 'database' });
    t.stop();
  });

  it('makes a team termbase the project reads beside its own and writes new terms to', async () => {
    const first = await teamTermbase(ws, PROJECT, undefined, 'Novel (team)');
    expect(first.made).to.equal(true);
    expect((await ws.termbases.get(first.id))!.team, 'marked as the team’s').to.equal('p1');
    const choice = await ws.termbases.forProject('p1');
    expect(choice!.read).to.deep.equal([tb, first.id]);
    expect(choice!.write).to.equal(first.id);
    const again = await teamTermbase(ws, PROJECT, first.id, 'Novel (team)');
    expect(again).to.deep.equal({ id: first.id, made: false });
  });

  it('two tabs opening the project at once end with one team termbase, not two', async () => {
    // Each tab's call comes before either has saved its link: the second must find the first's.
    const [a, b] = await Promise.all([
      teamTermbase(ws, PROJECT, undefined, 'Novel (team)'),
      teamTermbase(ws, PROJECT, undefined, 'Novel (team)'),
    ]);
    expect(a.id).to.equal(b.id);
    expect([a.made, b.made].sort()).to.deep.equal([false, true]);
    const marked = (await ws.termbases.list()).filter((t) => t.team === 'p1');
    expect(marked.map((t) => t.id)).to.deep.equal([a.id]);
    // A link that lost its id (or never saved it) finds the marked one too.
    expect(await teamTermbase(ws, PROJECT, 'gone', 'Novel (team)')).to.deep.equal({
      id: a.id,
      made: false,
    });
  });

  it('shares the termbase new terms go to, unless it is too big for a team document', async () => {
    await ws.termbases.putEntry(tb, entry('e1', '数据库', 'database', 5));
    const share = await termsToShare(ws, PROJECT);
    expect(share.termbaseId).to.equal(tb);
    expect(share.entries.map((e) => e.id)).to.deep.equal(['e1']);
    const big = await ws.termbases.create(
      { name: 'Huge', sourceLang: 'zh-Hans', targetLang: 'en' },
      Array.from({ length: TEAM_TERMS_MAX + 1 }, (_, i) => entry(`h${i}`, '词', 'word', 1)),
    );
    await ws.termbases.setForProject({ projectId: 'p1', read: [tb, big.id], write: big.id });
    const none = await termsToShare(ws, PROJECT);
    expect(none.entries).to.deep.equal([]);
    expect(none.termbaseId).to.equal(undefined);
    expect(none.tooMany).to.deep.equal({ name: 'Huge', count: TEAM_TERMS_MAX + 1 });
  });
});
