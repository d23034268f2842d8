// Termbases and the quality checks' per-project data in a workspace backup, on real IndexedDB:
// they come back after a wipe, an older backup without them still restores, and a damaged or
// crafted part is refused before anything is written.
import { expect } from '@open-wc/testing';
import { findingKey, ignoredId, rowFingerprint } from '../../src/core/qa/ignored.js';
import type { IgnoredFinding } from '../../src/core/qa/ignored.js';
import type { TermEntry } from '../../src/core/terms/types.js';
import { deleteWorkspace, StoreError, type Backup, type Workspace } from '../../src/store/index.js';
import { seed, useDb } from './helpers.js';

const entry = (id: string, zh: string, en: string, changedAt = 1000): TermEntry => ({
  id,
  terms: {
    'zh-Hans': [{ text: zh, status: 'preferred' }],
    en: [
      { text: en, status: 'preferred', pos: 'noun', author: 'Li', changedAt },
      { text: 'free software', status: 'forbidden' },
    ],
  },
  note: 'from the client',
  changedAt,
});

const ignoreOf = (docId: string, row: { id: string; source: string; target: string }) => {
  const key = findingKey({ check: 'term', params: { source: '开源', target: 'open source' } });
  const r: IgnoredFinding = {
    id: ignoredId(row.id, key),
    docId,
    rowId: row.id,
    check: 'term',
    key,
    row: rowFingerprint(row.source, row.target),
    by: 'Li',
    role: 'translator',
    at: 1000,
  };
  return r;
};

/** Everything a user chose and built around a project: a termbase, its choice, QA's data. */
async function workspaceWithTerms(ws: Workspace) {
  const { project, doc, segs } = await seed(ws, 2);
  const tb = await ws.termbases.create(
    { name: 'Client', sourceLang: 'zh-Hans', targetLang: 'en' },
    [entry('e1', '开源', 'open source'), entry('e2', '峰会', 'summit')],
  );
  await ws.termbases.setForProject({ projectId: project.id, read: [tb.id], write: tb.id });
  await ws.qa.ignore([ignoreOf(doc.id, segs[0])]);
  await ws.qa.setSettings(project.id, { enabled: { quotes: false }, severity: { term: 'error' } });
  return { project, doc, segs, tb };
}

/** What a user finds of these parts, read through the store's own API. */
async function termsAndQa(ws: Workspace, projectId: string, docId: string) {
  const termbases = await ws.termbases.list();
  return {
    termbases,
    entries: await Promise.all(termbases.map((t) => ws.termbases.entries(t.id))),
    choice: await ws.termbases.forProject(projectId),
    ignored: await ws.qa.ignored(docId),
    settings: await ws.qa.settings(projectId),
  };
}

async function refusal(p: Promise<unknown>): Promise<StoreError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e, 'expected a refusal').to.be.instanceOf(StoreError);
  expect((e as StoreError).kind).to.equal('invalid');
  return e as StoreError;
}

const without = (b: Backup, ...keys: (keyof Backup)[]) => {
  const copy: Record<string, unknown> = { ...b };
  for (const k of keys) delete copy[k];
  return copy;
};

describe('store: termbases and QA data in a backup', () => {
  const db = useDb();

  it('backup → wipe → restore brings back the termbase, the choice, ignores and settings', async () => {
    const ws = await db.open();
    const { project, doc, tb } = await workspaceWithTerms(ws);
    const before = await termsAndQa(ws, project.id, doc.id);
    expect(before.termbases.map((t) => [t.id, t.entryCount])).to.deep.equal([[tb.id, 2]]);
    const json = await ws.exportBackupJSON();

    ws.close();
    await deleteWorkspace(db.name());
    const fresh = await db.open();
    expect(await fresh.termbases.list()).to.deep.equal([]);

    const summary = await fresh.importBackup(json, 'replace');
    expect(summary).to.include({ projects: 1, termbases: 1, terms: 2 });
    expect(await termsAndQa(fresh, project.id, doc.id)).to.deep.equal(before);
    expect(before.settings).to.deep.equal({
      enabled: { quotes: false },
      severity: { term: 'error' },
    });
    expect(before.ignored.length).to.equal(1);
  });

  it('restores an older backup without these parts and leaves them as they are', async () => {
    const ws = await db.open();
    const { project, doc } = await workspaceWithTerms(ws);
    const before = await termsAndQa(ws, project.id, doc.id);
    const old = without(
      await ws.exportBackup(),
      'termbases',
      'termEntries',
      'projectTermbases',
      'qaIgnored',
      'qaSettings',
    );
    const summary = await ws.importBackup(JSON.stringify({ ...old, schemaVersion: 3 }), 'replace');
    expect(summary).to.include({ projects: 1, segments: 2, termbases: 0, terms: 0 });
    expect(await termsAndQa(ws, project.id, doc.id)).to.deep.equal(before);
    await ws.importBackup(old, 'merge');
    expect(await termsAndQa(ws, project.id, doc.id)).to.deep.equal(before);
  });

  it('replaces the termbases on a restore: one made since is gone, the file’s come back', async () => {
    const ws = await db.open();
    const { project, doc } = await workspaceWithTerms(ws);
    const json = await ws.exportBackupJSON();
    const before = await termsAndQa(ws, project.id, doc.id);
    await ws.termbases.create({ name: 'Later', sourceLang: 'zh-Hans', targetLang: 'en' }, [
      entry('x', '基金会', 'foundation'),
    ]);
    await ws.termbases.remove(before.termbases[0].id);
    await ws.importBackup(json, 'replace');
    expect(await termsAndQa(ws, project.id, doc.id)).to.deep.equal(before);
  });

  it('refuses a damaged or crafted part, names it, and changes nothing', async () => {
    const ws = await db.open();
    const { project, doc, tb } = await workspaceWithTerms(ws);
    const good = await ws.exportBackup();
    const before = { ...(await ws.exportBackup()), exportedAt: 0 };
    const [e] = good.termEntries!;
    const cases: [string, unknown, RegExp][] = [
      [
        'status',
        { ...good, termEntries: [{ ...e, terms: { en: [{ text: 'x', status: 'approved' }] } }] },
        /termEntries\[0\]: terms\.en\[0\]\.status is "approved"/,
      ],
      [
        'term date',
        { ...good, termEntries: [{ ...e, changedAt: 1e308 }] },
        /termEntries\[0\]: changedAt/,
      ],
      [
        'entry without termbase',
        { ...good, termEntries: [{ ...e, termbaseId: 'nowhere' }] },
        /term entry "e1" has no termbase/,
      ],
      ['entry twice', { ...good, termEntries: [e, e] }, /term entry "e1" appears twice/],
      [
        'termbase twice',
        { ...good, termbases: [good.termbases![0], good.termbases![0]] },
        /termbase ".+" appears twice/,
      ],
      [
        'entry count',
        { ...good, termbases: [{ ...good.termbases![0], entryCount: -1 }] },
        /termbases\[0\]: entryCount is -1/,
      ],
      [
        'choice of a termbase not in the file',
        { ...good, projectTermbases: [{ projectId: project.id, read: ['gone'], write: tb.id }] },
        /names termbase "gone"/,
      ],
      [
        'choice of a project not in the file',
        { ...good, projectTermbases: [{ projectId: 'nobody', read: [tb.id] }] },
        /termbase choice has no project/,
      ],
      ['termbases without entries', without(good, 'termEntries'), /termEntries is not a list/],
      ['entries as an object', { ...good, termEntries: {} }, /termEntries is not a list/],
      [
        'ignored finding of no document',
        { ...good, qaIgnored: [{ ...good.qaIgnored![0], docId: 'nowhere' }] },
        /ignored finding has no document/,
      ],
      [
        'ignored finding with a bad role',
        { ...good, qaIgnored: [{ ...good.qaIgnored![0], role: 'admin' }] },
        /qaIgnored\[0\]: role is "admin"/,
      ],
      [
        'settings with a bad severity',
        {
          ...good,
          qaSettings: [{ projectId: project.id, enabled: {}, severity: { term: 'fatal' } }],
        },
        /qaSettings\[0\]: severity\.term is "fatal"/,
      ],
      [
        'settings of no project',
        { ...good, qaSettings: [{ projectId: 'nobody', enabled: {}, severity: {} }] },
        /check settings have no project/,
      ],
    ];
    for (const [what, b, reason] of cases)
      for (const mode of ['replace', 'merge'] as const) {
        const err = await refusal(ws.importBackup(JSON.stringify(b), mode));
        expect(err.message, `${what} (${mode})`).to.match(reason);
      }
    expect({ ...(await ws.exportBackup()), exportedAt: 0 }).to.deep.equal(before);
    expect((await ws.termbases.entries(tb.id)).length).to.equal(2);
    expect((await ws.qa.ignored(doc.id)).length).to.equal(1);
  });

  it('keeps no `__proto__` language or check key of a restored part', async () => {
    const ws = await db.open();
    const { project, tb } = await workspaceWithTerms(ws);
    // JSON.parse makes "__proto__" an own key, exactly as a crafted file would.
    const text = (await ws.exportBackupJSON())
      .replace('"terms":{', '"terms":{"__proto__":[{"text":"x","status":"preferred"}],')
      .replace('"enabled":{', '"enabled":{"__proto__":{"polluted":true},');
    expect(text.match(/__proto__/g)?.length).to.equal(2);
    await ws.importBackup(text, 'replace');
    const entries = await ws.termbases.entries(tb.id);
    expect(entries.length).to.equal(2);
    for (const e of entries) {
      expect(Object.hasOwn(e.terms, '__proto__')).to.equal(false);
      expect(Object.getPrototypeOf(e.terms)).to.equal(Object.prototype);
    }
    expect(await ws.qa.settings(project.id)).to.deep.equal({
      enabled: { quotes: false },
      severity: { term: 'error' },
    });
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('merges: adds a termbase it lacks, takes newer entries, keeps its own choices', async () => {
    const ws = await db.open();
    const { project, doc, segs, tb } = await workspaceWithTerms(ws);
    const file = await ws.exportBackup();
    // Here, since the backup: the project reads nothing, checks quotes again, one entry changes.
    await ws.termbases.setForProject({ projectId: project.id, read: [] });
    await ws.qa.setSettings(project.id, { enabled: {}, severity: {} });
    await ws.termbases.putEntry(tb.id, entry('e2', '峰会', 'summit meeting', 5000));
    await ws.qa.unignore([ignoreOf(doc.id, segs[0]).id]);
    // In the file: a second termbase, and a newer e1.
    const other = { ...file.termbases![0], id: 'tb2', name: 'Other', entryCount: 99 };
    const merged: Backup = {
      ...file,
      termbases: [...file.termbases!, other],
      termEntries: [
        ...file.termEntries!.map((e) =>
          e.id === 'e1' ? { ...entry('e1', '开源', 'open-source', 9000), termbaseId: tb.id } : e,
        ),
        { ...entry('o1', '基金会', 'foundation'), termbaseId: 'tb2' },
      ],
    };
    const n = await ws.importBackup(JSON.stringify(merged), 'merge');
    expect(n).to.include({ termbases: 1, terms: 2 });
    const texts = async (id: string) =>
      (await ws.termbases.entries(id)).map((e) => e.terms.en[0].text);
    expect(await texts(tb.id)).to.deep.equal(['open-source', 'summit meeting']);
    expect(await texts('tb2')).to.deep.equal(['foundation']);
    expect((await ws.termbases.get('tb2'))?.entryCount).to.equal(1);
    expect(await ws.termbases.forProject(project.id)).to.deep.equal({
      projectId: project.id,
      read: [],
    });
    expect(await ws.qa.settings(project.id)).to.deep.equal({ enabled: {}, severity: {} });
    // An ignore taken back here is in the file: merge adds what the workspace lacks.
    expect((await ws.qa.ignored(doc.id)).length).to.equal(1);
  });

  it('leaves out what a deleted termbase or project left behind, so its backup restores', async () => {
    const ws = await db.open();
    const { project, tb } = await workspaceWithTerms(ws);
    const second = await seed(ws, 1);
    await ws.qa.setSettings(second.project.id, { enabled: { quotes: false }, severity: {} });
    await ws.projects.delete(second.project.id);
    await ws.termbases.remove(tb.id);
    const b = await ws.exportBackup();
    expect(b.termbases).to.deep.equal([]);
    expect(b.projectTermbases).to.deep.equal([{ projectId: project.id, read: [] }]);
    expect(b.qaSettings!.map((s) => s.projectId)).to.deep.equal([project.id]);
    const n = await ws.importBackup(JSON.stringify(b), 'replace');
    expect(n).to.include({ projects: 1, termbases: 0 });
  });
});
