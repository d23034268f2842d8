import { expect } from '@open-wc/testing';
import { DB_VERSION } from '../../src/store/index.js';
import { findingKey, ignoredId, rowFingerprint } from '../../src/core/qa/ignored.js';
import type { IgnoredFinding } from '../../src/core/qa/ignored.js';
import { rawOpen, rawPut, seed, useDb, createV2 } from './helpers.js';

/** The schema of release 2 (before quality checks), built by hand. */
const ignore = (docId: string, rowId: string, source: string, target: string): IgnoredFinding => {
  const key = findingKey({ check: 'number', params: { source: '3', target: '4' } });
  return {
    id: ignoredId(rowId, key),
    docId,
    rowId,
    check: 'number',
    key,
    row: rowFingerprint(source, target),
    by: 'Li',
    role: 'translator',
    at: 1000,
  };
};

describe('store: quality checks', () => {
  const db = useDb();

  it('opens a database written by v2 and finds everything, with the QA stores ready', async () => {
    expect(DB_VERSION).to.equal(10);
    const v2 = await rawOpen(db.name(), 2, createV2);
    await rawPut(v2, 'projects', {
      id: 'p1',
      name: 'Before QA',
      sourceLang: 'zh-Hans',
      targetLang: 'en',
      createdAt: 1,
      updatedAt: 1,
    });
    await rawPut(v2, 'documents', { id: 'd1', projectId: 'p1', name: 'Doc', order: 0 });
    await rawPut(v2, 'segments', {
      id: 's1',
      docId: 'd1',
      order: 'm',
      paragraphStart: true,
      source: '三个苹果。',
      target: 'Three apples.',
      status: 'translated',
      link: { source: 1, target: 1 },
      confidence: 1,
      note: '',
      updatedAt: 1,
      rev: 4,
    });
    await rawPut(v2, 'settings', { key: 'author', value: 'Wang' });
    v2.close();

    const ws = await db.open();
    expect((await ws.projects.list()).map((p) => p.name)).to.deep.equal(['Before QA']);
    const [s] = await ws.segments.all('d1');
    expect([s.target, s.rev]).to.deep.equal(['Three apples.', 4]);
    expect(await ws.settings.get('author')).to.equal('Wang');
    // The new stores start empty and take writes.
    expect(await ws.qa.ignored('d1')).to.deep.equal([]);
    expect(await ws.qa.settings('p1')).to.deep.equal({ enabled: {}, severity: {} });
    await ws.qa.ignore([ignore('d1', 's1', s.source, s.target)]);
    expect((await ws.qa.ignored('d1')).map((r) => r.rowId)).to.deep.equal(['s1']);
  });

  it('keeps ignores per document, with who and when, until taken back', async () => {
    const ws = await db.open();
    const a = await seed(ws, 2);
    const b = await seed(ws, 1);
    const [r1, r2] = a.segs;
    await ws.qa.ignore([
      ignore(a.doc.id, r1.id, r1.source, r1.target),
      ignore(a.doc.id, r2.id, r2.source, r2.target),
      ignore(b.doc.id, b.segs[0].id, 'x', 'y'),
    ]);
    const inA = await ws.qa.ignored(a.doc.id);
    expect(inA.map((r) => r.rowId).sort()).to.deep.equal([r1.id, r2.id].sort());
    expect(inA[0]).to.include({ by: 'Li', role: 'translator', at: 1000, check: 'number' });
    await ws.qa.unignore([inA[0].id]);
    expect(await ws.qa.ignored(a.doc.id)).to.have.length(1);
    expect(await ws.qa.ignored(b.doc.id)).to.have.length(1);
  });

  it('keeps each project its own settings, and reads damaged ones as the defaults', async () => {
    const ws = await db.open();
    const a = await seed(ws, 1);
    const b = await seed(ws, 1);
    const mine = {
      enabled: { length: false, spacing: false },
      severity: { number: 'warning' },
    } as const;
    await ws.qa.setSettings(a.project.id, mine);
    expect(await ws.qa.settings(a.project.id)).to.deep.equal(mine);
    expect(await ws.qa.settings(b.project.id)).to.deep.equal({ enabled: {}, severity: {} });
    ws.close();
    const raw = await rawOpen(db.name(), DB_VERSION);
    await rawPut(raw, 'qaSettings', {
      projectId: b.project.id,
      enabled: { 'no-such-check': false, empty: false, quotes: 'yes' },
      severity: { number: 'fatal', quotes: 'warning' },
    });
    raw.close();
    const again = await db.open();
    expect(await again.qa.settings(b.project.id)).to.deep.equal({
      enabled: { empty: false },
      severity: { quotes: 'warning' },
    });
  });
});
