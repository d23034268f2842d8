import { expect } from '@open-wc/testing';
import {
  alignAnchoredInWorker,
  alignInWorker,
  alignInWorkerWithStats,
  alignWorkersStarted,
  warmAlignWorker,
  type AlignInput,
} from '../../src/workers/align-client.js';

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

  it('aligns around anchors, keeping each exactly', async () => {
    const seen: number[] = [];
    // A person joined the first two sentences against the first translation: the rest adapts
    // (the third sentence takes both translations left).
    const beads = await alignAnchoredInWorker(
      {
        source: zh,
        target: en,
        anchors: [{ src: [0, 2], tgt: [0, 1] }],
        sourceLang: 'zh',
        targetLang: 'en',
      },
      { onProgress: (f) => seen.push(f) },
    );
    expect(beads.map((b) => `${b.src}:${b.tgt}`)).to.deep.equal(['0,1:0', '2:1,2']);
    expect(beads[0]!.confidence).to.equal(1);
    expect(seen[seen.length - 1]).to.equal(1);
  });

  it('keeps the Worker and its lexicon for the next job', async () => {
    const input: AlignInput = { source: [zh], target: [en], sourceLang: 'zh', targetLang: 'en' };
    const first = await alignInWorkerWithStats(input);
    const startedAfterFirst = alignWorkersStarted();
    const second = await alignInWorkerWithStats(input);
    expect(alignWorkersStarted()).to.equal(startedAfterFirst);
    expect(second.stats.jobs).to.equal(first.stats.jobs + 1);
    expect(second.stats.lexiconFetches).to.equal(1);
    expect(second.beads.map((b) => `${b.src}:${b.tgt}`)).to.deep.equal(['0:0', '1:1', '2:2']);
  });

  it('after a cancel the next job runs in a fresh Worker', async () => {
    const ctl = new AbortController();
    const job = alignInWorker(
      { source: [zh], target: [en], sourceLang: 'zh', targetLang: 'en' },
      { signal: ctl.signal },
    );
    ctl.abort();
    await job.catch(() => undefined);
    const before = alignWorkersStarted();
    const r = await alignInWorkerWithStats({
      source: [zh],
      target: [en],
      sourceLang: 'zh',
      targetLang: 'en',
    });
    expect(alignWorkersStarted()).to.equal(before + 1);
    expect(r.stats.jobs).to.equal(1);
  });

  it('the warmed Worker (lexicon loading) is the one that runs the next job', async () => {
    const ctl = new AbortController();
    // Drop any kept Worker so the warm-up starts a fresh one.
    const job = alignInWorker(
      { source: [zh], target: [en], sourceLang: 'zh', targetLang: 'en' },
      { signal: ctl.signal },
    );
    ctl.abort();
    await job.catch(() => undefined);
    warmAlignWorker();
    const warmed = alignWorkersStarted();
    const r = await alignInWorkerWithStats({
      source: [zh],
      target: [en],
      sourceLang: 'zh',
      targetLang: 'en',
    });
    expect(alignWorkersStarted()).to.equal(warmed);
    expect(r.stats.jobs).to.equal(1);
    expect(r.stats.lexiconFetches).to.equal(1);
    expect(r.beads.length).to.equal(3);
  });
});
