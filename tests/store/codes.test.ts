import { expect } from '@open-wc/testing';
import type { InlineCode } from '../../src/core/model.js';
import { seed, translator, useDb } from './helpers.js';

const codes: InlineCode[] = [{ kind: 'standalone', id: '1', tag: 'ph', data: '<br/>' }];

describe('store: inline codes on rows', () => {
  const db = useDb();

  it('keeps the codes of imported rows through creation, an edit and a reopen', async () => {
    const ws = await db.open();
    const { doc } = await seed(ws, 0);
    const [withCodes, plain] = await ws.segments.bulkCreate(doc.id, [
      { source: '换行\uE000后', target: 'After \uE000 break', codes },
      { source: '无标记', target: 'No tags', codes: [] },
    ]);
    expect(withCodes.codes).to.deep.equal(codes);
    expect(plain).not.to.have.property('codes');
    const r = await ws.edit(withCodes.id, { target: 'Edited \uE000' }, withCodes.rev, translator);
    expect(r.ok).to.equal(true);
    ws.close();
    const again = await db.open();
    const [stored] = await again.segments.all(doc.id);
    expect(stored.target).to.equal('Edited \uE000');
    expect(stored.codes).to.deep.equal(codes);
  });

  it('renumbers the second row’s codes when two rows with codes are merged, and keeps them on split', async () => {
    const ws = await db.open();
    const { doc } = await seed(ws, 0);
    const bold: InlineCode[] = [
      { kind: 'open', id: '1', tag: 'bpt', data: '<b>' },
      { kind: 'close', id: '1', tag: 'ept', data: '</b>' },
    ];
    const [a, b] = await ws.segments.bulkCreate(doc.id, [
      { source: '换行\uE000后。', target: 'After \uE000 break.', codes },
      { source: '\uE000粗体\uE001。', target: '\uE000Bold\uE001.', codes: bold },
    ]);
    const merged = await ws.structure.merge(a.id, b.id, translator);
    const row = merged.changed[0];
    expect(row.codes).to.deep.equal([...codes, ...bold]);
    // The second row's placeholders now point past the first row's single code.
    expect(row.source).to.equal('换行\uE000后。\uE001粗体\uE002。');
    expect(row.target).to.equal('After \uE000 break. \uE001Bold\uE002.');
    const split = await ws.structure.split(
      row.id,
      '换行\uE000后。'.length,
      'After \uE000 break.'.length,
      translator,
    );
    for (const r of split.changed) expect(r.codes).to.deep.equal([...codes, ...bold]);
  });
});
