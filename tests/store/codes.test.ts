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
});
