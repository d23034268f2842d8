// A viewer's team document is read-only from the moment its first rows show, not only once the
// team service (started after the first paint) has read the team links. Real IndexedDB.
import { expect } from '@open-wc/testing';
import { initI18n, loadAllStrings } from '../../src/i18n/index.js';
import { TeamLinks, type TeamLink } from '../../src/store/team-links.js';
import { openProject, useServices } from './helpers.js';

const link = (projectId: string, docId: string, role: TeamLink['role']): TeamLink => ({
  projectId,
  serverUrls: ['ws://127.0.0.1:9'],
  token: 't',
  role,
  userId: 'u1',
  name: 'Zhao',
  documents: { [docId]: 'doc-1' },
  joinedAt: 1,
});

describe('view-only team documents', () => {
  before(() => initI18n('en').then(loadAllStrings));
  const open = useServices();

  /** `readOnly` as it stood when each document's first rows were shown. */
  async function readOnlyAtFirstRows(role: TeamLink['role'] | 'removed' | undefined) {
    const s = await open();
    const id = await openProject(s, [{ source: '你好。', target: 'Hello' }]);
    const docId = s.document.current!.doc.id;
    const local = await openProject(s, [{ source: '再见。', target: 'Bye' }]);
    const links = await TeamLinks.open(s.dbName);
    if (role === 'removed') {
      await links.put(link(id, docId, 'viewer'));
      await links.put({ ...link(id, docId, 'viewer'), removedAt: 2 });
    } else if (role) await links.put(link(id, docId, role));
    links.close();
    const seen: { doc: string; readOnly: boolean }[] = [];
    const off = s.document.subscribe((st) => {
      const doc = st.current?.doc.id;
      if (doc && seen.at(-1)?.doc !== doc) seen.push({ doc, readOnly: !!st.readOnly });
    });
    await s.document.open(local);
    await s.document.open(id);
    off();
    return seen.map((x) => x.readOnly);
  }

  it('opens a viewer’s document read-only with its first rows, and the next local one editable', async () => {
    expect(await readOnlyAtFirstRows('viewer')).to.deep.equal([false, true]);
  });

  it('leaves a translator’s team document, and one whose member was removed, editable', async () => {
    expect(await readOnlyAtFirstRows('translator')).to.deep.equal([false, false]);
    expect(await readOnlyAtFirstRows('removed')).to.deep.equal([false, false]);
    expect(await readOnlyAtFirstRows(undefined)).to.deep.equal([false, false]);
  });
});
