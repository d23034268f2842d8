import { expect } from '@open-wc/testing';
import type { TermEntry } from '../../src/core/terms/types.js';
import { createV2WithProject, useDb } from './helpers.js';

const entry = (id: string, zh: string, en: string): TermEntry => ({
  id,
  terms: {
    'zh-Hans': [{ text: zh, status: 'preferred' }],
    en: [{ text: en, status: 'preferred' }],
  },
});

/** The schema of release 2, built by hand as that release's migrations left it. */
describe('store: termbases', () => {
  const db = useDb();

  it('creates a termbase with its entries in batches, reporting progress', async () => {
    const ws = await db.open();
    const progress: number[] = [];
    const entries = Array.from({ length: 5 }, (_, i) => entry(`e${i}`, `术语${i}`, `term ${i}`));
    const tb = await ws.termbases.create(
      { name: 'Client', sourceLang: 'zh-Hans', targetLang: 'en' },
      entries,
      { batchSize: 2, onProgress: (n) => progress.push(n) },
    );
    expect(progress).to.deep.equal([2, 4, 5]);
    expect((await ws.termbases.list()).map((t) => [t.name, t.entryCount])).to.deep.equal([
      ['Client', 5],
    ]);
    expect(await ws.termbases.entries(tb.id)).to.deep.equal(entries);
  });

  it('adds an entry, keeps termbases apart and removes one with its entries', async () => {
    const ws = await db.open();
    const a = await ws.termbases.create({ name: 'A', sourceLang: 'zh-Hans', targetLang: 'en' }, [
      entry('1', '开源', 'open source'),
    ]);
    const b = await ws.termbases.create({ name: 'B', sourceLang: 'zh-Hans', targetLang: 'en' }, [
      entry('1', '峰会', 'summit'),
    ]);
    await ws.termbases.putEntry(a.id, entry('2', '基金会', 'foundation'));
    expect((await ws.termbases.get(a.id))?.entryCount).to.equal(2);
    expect((await ws.termbases.entries(a.id)).map((e) => e.id)).to.deep.equal(['1', '2']);
    await ws.termbases.remove(a.id);
    expect((await ws.termbases.list()).map((t) => t.name)).to.deep.equal(['B']);
    expect(await ws.termbases.entries(a.id)).to.deep.equal([]);
    expect((await ws.termbases.entries(b.id)).map((e) => e.terms.en?.[0]?.text)).to.deep.equal([
      'summit',
    ]);
  });

  it('reads and deletes one entry of one termbase, counting it out once', async () => {
    const ws = await db.open();
    const a = await ws.termbases.create({ name: 'A', sourceLang: 'zh-Hans', targetLang: 'en' }, [
      entry('1', '开源', 'open source'),
      entry('2', '基金会', 'foundation'),
    ]);
    // The same entry id in another termbase is another entry.
    const b = await ws.termbases.create({ name: 'B', sourceLang: 'zh-Hans', targetLang: 'en' }, [
      entry('1', '峰会', 'summit'),
    ]);
    expect(await ws.termbases.getEntry(a.id, '1')).to.deep.equal(entry('1', '开源', 'open source'));
    expect(await ws.termbases.getEntry(a.id, 'nope')).to.equal(undefined);
    await ws.termbases.removeEntry(a.id, '1');
    // A second delete (another tab got there first) changes nothing.
    await ws.termbases.removeEntry(a.id, '1');
    expect((await ws.termbases.get(a.id))?.entryCount).to.equal(1);
    expect((await ws.termbases.entries(a.id)).map((e) => e.id)).to.deep.equal(['2']);
    expect(await ws.termbases.getEntry(a.id, '1')).to.equal(undefined);
    expect((await ws.termbases.entries(b.id)).map((e) => e.id)).to.deep.equal(['1']);
    expect((await ws.termbases.get(b.id))?.entryCount).to.equal(1);
  });

  it("remembers a project's termbases", async () => {
    const ws = await db.open();
    expect(await ws.termbases.forProject('p1')).to.equal(undefined);
    await ws.termbases.setForProject({ projectId: 'p1', read: ['a', 'b'], write: 'b' });
    expect(await ws.termbases.forProject('p1')).to.deep.equal({
      projectId: 'p1',
      read: ['a', 'b'],
      write: 'b',
    });
  });

  it('opens a database written by v2 and finds everything, with termbases ready', async () => {
    await createV2WithProject(db.name());
    const ws = await db.open();
    expect((await ws.projects.list()).map((p) => p.name)).to.deep.equal(['Old project']);
    expect(await ws.settings.get('author')).to.equal('Li');
    expect(await ws.termbases.list()).to.deep.equal([]);
    await ws.termbases.create({ name: 'New', sourceLang: 'zh-Hans', targetLang: 'en' }, [
      entry('1', '开源', 'open source'),
    ]);
    expect((await ws.termbases.list()).map((t) => t.name)).to.deep.equal(['New']);
  });
});
