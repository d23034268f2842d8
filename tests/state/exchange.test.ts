import { expect } from '@open-wc/testing';
import { importFile } from '../../src/core/formats/index.js';
import { importRows } from '../../src/core/exchange.js';
import type { ImportResult } from '../../src/core/formats/types.js';
import { projectBitext } from '../../src/state/exchange.js';
import type { Services } from '../../src/state/index.js';
import { useServices } from './helpers.js';

const create = (s: Services, name: string, result: ImportResult) =>
  s.library.create({ name, sourceLang: 'zh-Hans', targetLang: 'en', rows: importRows(result) });

const XLIFF = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="a.txt" source-language="zh-CN" target-language="en" datatype="plaintext"><body>
<trans-unit id="1"><source>你好<x id="1"/>世界</source><target state="signed-off">Hello <x id="1"/>world</target><note>问候</note></trans-unit>
</body></file>
<file original="b.txt" source-language="zh-CN" target-language="en" datatype="plaintext"><body>
<trans-unit id="2"><source>再见</source></trans-unit>
</body></file></xliff>`;

describe('state/exchange: a project from an imported file', () => {
  const open = useServices();
  const parsed = () => importFile('two.xlf', new TextEncoder().encode(XLIFF));

  it('creates one project whose rows keep statuses, notes and codes, and reads it back', async () => {
    const s = await open();
    const ws = s.ws;
    const id = (await create(s, '双文件', parsed()))!;
    const project = (await ws.projects.get(id))!;
    expect(project).to.deep.include({ name: '双文件', sourceLang: 'zh-Hans', targetLang: 'en' });
    const [doc, ...more] = await ws.documents.list(id);
    expect(more).to.have.length(0);
    const rows = await ws.segments.all(doc.id);
    expect(rows.map((r) => [r.target.replace(/\uE000/g, '•'), r.status, r.note])).to.deep.equal([
      // XLIFF 1.2 signed-off is our reviewed.
      ['Hello •world', 'reviewed', '问候'],
      ['', 'new', ''],
    ]);
    expect(rows[0].codes?.[0]).to.deep.include({ tag: 'x', kind: 'standalone' });
    const back = await projectBitext(ws, project);
    expect(back.documents[0].pairs[0].codes).to.deep.equal(rows[0].codes);
  });

  it('exports the rows the editor shows for the open document, unsaved edits included', async () => {
    const s = await open();
    const ws = s.ws;
    const id = (await create(s, 'x', parsed()))!;
    const project = (await ws.projects.get(id))!;
    const [doc] = await ws.documents.list(id);
    const rows = await ws.segments.all(doc.id);
    const shown = [{ ...rows[0], target: 'typed, not yet saved' }, rows[1]];
    const b = await projectBitext(ws, project, { docId: doc.id, segments: shown });
    expect(b.documents[0].pairs[0].target).to.equal('typed, not yet saved');
  });

  it('leaves no project behind when writing the rows fails', async () => {
    const s = await open();
    const ws = s.ws;
    const before = await ws.projects.list();
    // The rows' write fails once (as when storage runs out); the clean-up then succeeds.
    let failed = 0;
    ws.injectFault((stores) =>
      stores.includes('segments') && failed++ === 0
        ? new DOMException('full', 'QuotaExceededError')
        : undefined,
    );
    const id = await create(s, 'y', parsed());
    ws.injectFault(null);
    expect(id).to.equal(undefined);
    // The user is told in their words, and the library shows what is stored.
    expect(s.notices.state.notice).to.deep.include({ kind: 'error', key: 'errors.quota' });
    expect(s.library.state.creating.status).to.equal('failed');
    expect(await ws.projects.list()).to.deep.equal(before);
    expect(s.library.state.projects).to.deep.equal(before);
  });

  it('creates one project for a double click, and says when the rows are being written', async () => {
    const s = await open();
    const before = (await s.ws.projects.list()).length;
    const first = create(s, 'twice', parsed());
    expect(s.library.state.creating.status).to.equal('running');
    const second = await create(s, 'twice', parsed());
    expect(second).to.equal(undefined);
    expect(await first).to.be.a('string');
    expect(s.library.state.creating.status).to.equal('done');
    expect((await s.ws.projects.list()).length).to.equal(before + 1);
  });
});
