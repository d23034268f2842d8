import { expect } from '@open-wc/testing';
import { snapSplit } from '../../src/core/split-snap.js';
import type { LangCode } from '../../src/core/text/lang.js';

/** The text with `|` where the caret is; the expected halves joined by `|` (or null: no cut). */
const cases: [LangCode, string, string | null, string?][] = [
  // A caret inside a word goes to the nearer edge of the word, never into it.
  ['en', 'We use open sourc|e tools every day.', 'We use open source |tools every day.', 'word'],
  ['en', 'We use open so|urce tools every day.', 'We use open |source tools every day.', 'word'],
  // A clause boundary near the caret wins over the nearer word boundary.
  ['en', 'He came home, and th|en he slept.', 'He came home, |and then he slept.', 'clause'],
  // …but not when it is far off: then the word the caret is in.
  [
    'en',
    'He came, and then he slept very soundly through the whole long n|ight until noon.',
    'He came, and then he slept very soundly through the whole long |night until noon.',
    'word',
  ],
  // A sentence boundary inside the text wins over a clause boundary.
  ['en', 'It rained. Th|en, the sun came out.', 'It rained. |Then, the sun came out.', 'sentence'],
  ['zh', '他回到家，然后睡|了一觉。', '他回到家，|然后睡了一觉。', 'clause'],
  ['zh', '下雨了。太阳出|来了。', '下雨了。|太阳出来了。', 'sentence'],
  // Chinese without punctuation inside: a dictionary word boundary, never mid-word.
  ['zh', '我们使用开源软|件工具', '我们使用开源|软件工具', 'word'],
  // Closing quotes stay with the clause they close.
  ['zh', '他说：“好，”然后走|了。', '他说：“好，”|然后走了。', 'clause'],
  // One word: nothing to cut.
  ['en', 'Sup|ercalifragilistic', null],
  ['en', '|Hello world', 'Hello |world', 'word'],
];

describe('core/split-snap', () => {
  for (const [lang, spec, expected, kind] of cases) {
    it(`${lang}: ${spec}`, () => {
      const caret = spec.indexOf('|');
      const text = spec.replace('|', '');
      const snap = snapSplit(text, caret, lang);
      if (expected === null && kind === undefined) {
        expect(snap).to.equal(undefined);
        return;
      }
      expect(snap, 'a boundary').to.not.equal(undefined);
      if (expected !== null) {
        expect(`${text.slice(0, snap!.offset)}|${text.slice(snap!.offset)}`).to.equal(expected);
      }
      expect(snap!.kind).to.equal(kind);
    });
  }

  it('near the edge of a sentence with a neighbour in the row, splits between the sentences', () => {
    const text = '馆内藏书超过二十万册。';
    const both = { start: true, end: true };
    expect(snapSplit(text, 1, 'zh', both)).to.deep.equal({ offset: 0, kind: 'sentence' });
    expect(snapSplit(text, text.length - 1, 'zh', both)).to.deep.equal({
      offset: text.length,
      kind: 'sentence',
    });
    // No sentence before it: the caret near the start cuts at the nearest word instead.
    expect(snapSplit(text, 1, 'zh', { start: false, end: true })?.kind).to.equal('word');
  });

  it('never cuts inside a Chinese dictionary word', () => {
    const text = '我们使用开源软件工具';
    const words = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)];
    const starts = new Set(words.map((w) => w.index));
    for (let caret = 1; caret < text.length; caret++) {
      const snap = snapSplit(text, caret, 'zh');
      expect(snap && starts.has(snap.offset), `caret ${caret}`).to.equal(true);
    }
  });
});
