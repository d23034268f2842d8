import { expect } from '@open-wc/testing';
import {
  bitextStream,
  exportAs,
  FormatError,
  importFile,
  readBitextStream,
  type FormatId,
  type PairBatch,
} from '../../../src/core/formats/index.js';
import { enc, sample } from './helpers.js';

/** The text in pieces of `size` characters (1 splits every surrogate pair and every tag). */
function* pieces(text: string, size: number): Generator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

function read(file: string, text: string, size: number, batchSize: number, targetLang?: string) {
  const batches: PairBatch[] = [];
  const stream = bitextStream(file, { batchSize, targetLang, onBatch: (b) => batches.push(b) });
  for (const piece of pieces(text, size)) stream.write(piece);
  const summary = stream.end();
  return { batches, summary };
}

describe('formats: XML read as a stream', () => {
  // format, file name, chunk size, batch size
  const CASES: [FormatId, string, number, number][] = [
    ['tmx', 's.tmx', 1, 1],
    ['tmx', 's.tmx', 7, 3],
    ['tmx', 's.tmx', 100_000, 1000],
    ['xliff12', 's.xlf', 1, 2],
    ['xliff12', 's.xlf', 13, 1000],
    ['xliff2', 's.xlf', 1, 4],
    ['xliff2', 's.xlf', 64, 1000],
  ];
  for (const [format, file, size, batchSize] of CASES)
    it(`${format} in chunks of ${size}, batches of ${batchSize}: the pairs of a whole import`, () => {
      const text = exportAs(format, sample, { now: 0 }) as string;
      const whole = importFile(file, enc(text));
      const { batches, summary } = read(file, text, size, batchSize, 'en');
      const sizes = batches.map((b) => b.reduce((n, run) => n + run.pairs.length, 0));
      expect(Math.max(...sizes)).to.be.at.most(batchSize);
      const streamed = summary.documents.map((d, i) => ({
        name: d.name,
        pairs: batches.flatMap((b) =>
          b.filter((run) => run.document === i).flatMap((r) => r.pairs),
        ),
      }));
      expect(streamed).to.deep.equal(whole.documents);
      expect(summary.documents.map((d) => d.pairs)).to.deep.equal(
        whole.documents.map((d) => d.pairs.length),
      );
      expect([summary.format, summary.sourceLang, summary.targetLang]).to.deep.equal([
        whole.format,
        whole.sourceLang,
        whole.targetLang,
      ]);
      expect(summary.warnings).to.deep.equal(whole.warnings);
    });

  it('TMX without a target language chooses it from the first batch, and says so if the rest disagrees', () => {
    const tu = (lang: string) =>
      `<tu><tuv xml:lang="en"><seg>A</seg></tuv><tuv xml:lang="${lang}"><seg>x</seg></tuv></tu>`;
    const text = `<tmx version="1.4"><header srclang="en"/><body>${tu('fr')}${tu('fr')}${tu('de')}${tu('de')}${tu('de')}</body></tmx>`;
    expect(importFile('t.tmx', enc(text)).targetLang).to.equal('de');
    const { summary } = read('t.tmx', text, 10, 2);
    expect(summary.targetLang).to.equal('fr');
    expect(summary.warnings.join('\n')).to.match(
      /chosen from the first 2 units, but the file has more de/,
    );
  });

  it('an async iterable of chunks', async () => {
    const text = exportAs('tmx', sample, { now: 0 }) as string;
    async function* chunks() {
      yield* pieces(text, 50);
    }
    let pairs = 0;
    const summary = await readBitextStream('a.tmx', chunks(), {
      onBatch: (b) => (pairs += b.reduce((n, run) => n + run.pairs.length, 0)),
    });
    expect([pairs, summary.documents.length]).to.deep.equal([7, 2]);
  });

  // name, text, message
  const REFUSED: [string, string, RegExp][] = [
    [
      'entity declaration split over chunks',
      '<?xml version="1.0"?>\n<!DOCTYPE tmx [\n<!ENTITY a "b">]>\n<tmx/>',
      /^x\.tmx:3: entity declarations/,
    ],
    ['another root', '<html><body/></html>', /^x\.tmx:1: neither TMX nor XLIFF/],
    ['unclosed', '<tmx version="1.4"><body>\n<tu>', /^x\.tmx:2: not well-formed XML/],
  ];
  for (const [name, text, message] of REFUSED)
    it(`refused: ${name}`, () => {
      let error: unknown;
      try {
        read('x.tmx', text, 5, 10);
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(FormatError);
      expect((error as FormatError).message).to.match(message);
    });
});
