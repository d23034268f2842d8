import { expect } from '@open-wc/testing';
import { alignInWorker, alignPiecesInWorker } from '../../src/workers/align-client.js';

const zh = ['1998年，他去了北京。', '那里很冷。', '他在那里住了三年。'];
const en = ['In 1998 he went to Beijing.', 'It was cold there.', 'He lived there for three years.'];

describe('workers/align-client', () => {
  it('aligns in a Worker and reports progress up to 1', async () => {
    const seen: number[] = [];
    const beads = await alignInWorker(
      { source: [zh], target: [en], sourceLang: 'zh', targetLang: 'en' },
      { onProgress: (f) => seen.push(f) },
    );
    expect(beads.map((b) => `${b.src}:${b.tgt}`)).to.deep.equal(['0:0', '1:1', '2:2']);
    expect(seen.length).to.be.greaterThan(0);
    expect(seen[seen.length - 1]).to.equal(1);
  });

  it('cancels: the promise rejects with an AbortError', async () => {
    const long = Array.from({ length: 3000 }, (_, i) => `第${i}句话说的是一件事。`);
    const longEn = Array.from({ length: 3000 }, (_, i) => `Sentence ${i} tells one thing.`);
    const ctl = new AbortController();
    const job = alignInWorker(
      { source: [long], target: [longEn], sourceLang: 'zh', targetLang: 'en', lexicon: false },
      { signal: ctl.signal },
    );
    ctl.abort();
    let error: unknown;
    try {
      await job;
    } catch (e) {
      error = e;
    }
    expect((error as DOMException | undefined)?.name).to.equal('AbortError');
  });

  it('an aborted signal rejects at once', async () => {
    const ctl = new AbortController();
    ctl.abort();
    let error: unknown;
    try {
      await alignInWorker(
        { source: [zh], target: [en], sourceLang: 'zh', targetLang: 'en' },
        { signal: ctl.signal },
      );
    } catch (e) {
      error = e;
    }
    expect((error as DOMException | undefined)?.name).to.equal('AbortError');
  });

  it('aligns pieces each on its own, with indices within each piece', async () => {
    const seen: number[] = [];
    const beads = await alignPiecesInWorker(
      {
        pieces: [
          { source: zh.slice(0, 2), target: en.slice(0, 2) },
          { source: zh.slice(2), target: [] },
        ],
        sourceLang: 'zh',
        targetLang: 'en',
      },
      { onProgress: (f) => seen.push(f) },
    );
    expect(beads.map((p) => p.map((b) => `${b.src}:${b.tgt}`))).to.deep.equal([
      ['0:0', '1:1'],
      ['0:'],
    ]);
    expect(seen[seen.length - 1]).to.equal(1);
  });
});
