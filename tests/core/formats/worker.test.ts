import { expect } from '@open-wc/testing';
import { FormatError, exportAs } from '../../../src/core/formats/index.js';
import { ImportClient } from '../../../src/workers/import-client.js';
import { enc, sample } from './helpers.js';

describe('formats: import in a Worker', () => {
  let client: ImportClient;
  beforeEach(() => {
    client = new ImportClient();
  });
  afterEach(() => client.terminate());

  it('returns the whole result', async () => {
    const r = await client.import('a.tmx', enc(exportAs('tmx', sample) as string));
    expect(r.documents.map((d) => d.pairs.length)).to.deep.equal([6, 1]);
    expect(r.format).to.equal('tmx');
  });

  it('rejects with a FormatError naming file and line, and returns nothing', async () => {
    let caught: unknown;
    try {
      await client.import('bad.xlf', enc('<xliff version="1.2">\n<file>\n</xliff>'));
    } catch (e) {
      caught = e;
    }
    expect(caught).to.be.instanceOf(FormatError);
    expect((caught as FormatError).message).to.match(/^bad\.xlf:3: not well-formed XML/);
    expect((caught as FormatError).line).to.equal(3);
  });

  it('handles several imports at once', async () => {
    const [a, b] = await Promise.all([
      client.import('a.csv', enc('原文,译文\n甲,A\n')),
      client.import('b.tsv', enc('乙\tB\n')),
    ]);
    expect([a.documents[0]?.pairs[0]?.source, b.documents[0]?.pairs[0]?.source]).to.deep.equal([
      '甲',
      '乙',
    ]);
  });
});
