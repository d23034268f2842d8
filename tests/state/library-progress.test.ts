// The library's progress (LibraryState.progress): read with the projects, and following rows
// written in another tab of the same workspace, without reading rows.
import { expect } from '@open-wc/testing';
import { openWorkspace } from '../../src/store/index.js';
import { openProject, useServices, type TestServices } from './helpers.js';

/** Resolves once the library's state satisfies `ok`, or fails after `ms`. */
function until(s: TestServices, ok: () => boolean, ms = 5000): Promise<void> {
  if (ok()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (off(), reject(new Error('library progress never came'))), ms);
    const off = s.library.subscribe(() => {
      if (!ok()) return;
      clearTimeout(timer);
      off();
      resolve();
    });
  });
}

describe('LibraryService: progress', () => {
  const open = useServices();

  it("lists each project's counts, and follows another tab's confirming", async () => {
    const a = await open();
    const id = await openProject(a, [
      { source: '第一句。', target: 'One.' },
      { source: '第二句。', target: '' },
      { source: '第三句。', target: 'Three.', status: 'translated' },
    ]);
    const counts = () => a.library.state.progress.get(id);
    expect(counts()).to.deep.include({ rows: 3, withTarget: 2, sourceChars: 9 });
    expect(counts()?.status.translated).to.equal(1);
    // Another tab confirms a row: this one's library follows, no reload.
    // (A connection of its own: services on the same name share this page's.)
    const b = await openWorkspace(a.dbName);
    const doc = (await b.documents.list(id))[0];
    const row = (await b.segments.all(doc.id))[0];
    await b.edit(row.id, { status: 'translated' }, row.rev, { role: 'translator', author: 'B' });
    await until(a, () => counts()?.status.translated === 2);
    b.close();
    expect(counts()?.status.draft).to.equal(0);
  });
});
