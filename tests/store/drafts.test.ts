import { expect } from '@open-wc/testing';
import type { AlignDraft } from '../../src/store/index.js';
import { DB_VERSION } from '../../src/store/index.js';
import { rawOpen, rawPut, useDb, createV2 } from './helpers.js';

const draft = (over: Partial<AlignDraft> = {}): AlignDraft => ({
  name: 'Chapter 1',
  sourceLang: 'zh-Hans',
  targetLang: 'en',
  sourceText: '他来了。她走了。',
  targetText: 'He came. She left.',
  rows: [
    { source: ['他来了。'], target: ['He came.'], confidence: 0.9, paragraphStart: true },
    {
      source: ['她走了。'],
      target: ['She left.'],
      confidence: 1,
      paragraphStart: false,
      checked: true,
    },
  ],
  active: 1,
  topRow: 12,
  ...over,
});

/** The schema of release 2, built by hand: v1's stores plus what v2 added. */
describe('store: alignment drafts', () => {
  const db = useDb();

  it('keeps the draft across connections, replaces it, and deletes it', async () => {
    const ws = await db.open();
    expect(await ws.drafts.get()).to.equal(undefined);
    await ws.drafts.put(draft());
    ws.close();
    const again = await db.open();
    const got = await again.drafts.get();
    expect(got).to.deep.include(draft());
    expect(got?.rows[1].checked).to.equal(true);
    await again.drafts.put(draft({ active: 0, topRow: 0 }));
    expect((await again.drafts.get())?.active).to.equal(0);
    await again.drafts.delete();
    expect(await again.drafts.get()).to.equal(undefined);
  });

  it('reports a damaged draft and ignores it rather than failing', async () => {
    (await db.open()).close();
    const reports: string[] = [];
    const raw = await rawOpen(db.name(), DB_VERSION);
    await rawPut(raw, 'alignDrafts', { id: 'current', name: 'x', rows: 'not rows' });
    raw.close();
    const again = await db.open();
    again.onCorrupt((c) => reports.push(`${c.store}:${c.key}`));
    expect(await again.drafts.get()).to.equal(undefined);
    expect(reports).to.deep.equal(['alignDrafts:current']);
  });

  it('a draft is no part of a backup', async () => {
    const ws = await db.open();
    await ws.drafts.put(draft());
    const backup = (await ws.exportBackup()) as unknown as Record<string, unknown>;
    expect(JSON.stringify(backup)).to.not.contain('他来了');
  });
});

describe('store: migration from schema v2', () => {
  const db = useDb();

  it('opens a v2 database with its settings kept, and drafts can be saved in it', async () => {
    const v2 = await rawOpen(db.name(), 2, createV2);
    await rawPut(v2, 'settings', { key: 'author', value: 'Li' });
    v2.close();
    const ws = await db.open();
    expect(await ws.settings.get('author')).to.equal('Li');
    await ws.drafts.put(draft());
    expect((await ws.drafts.get())?.name).to.equal('Chapter 1');
  });
});
