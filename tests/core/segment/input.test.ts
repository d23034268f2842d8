import { expect } from '@open-wc/testing';
import {
  segmentParagraph,
  segmentText,
  sentenceSpans,
  type LangCode,
} from '../../../src/core/segment/index.js';
import { normalizeText } from '../../../src/core/text/index.js';

const squash = (s: string): string => s.replace(/\s+/g, '');

describe('core/segment: paragraphs and bad input', () => {
  // One case per line: language, text, expected paragraphs of sentences.
  const texts: [LangCode, string, string[][]][] = [
    ['en', 'First line\nSecond line', [['First line'], ['Second line']]],
    ['en', 'One.\r\nTwo.\rThree.', [['One.'], ['Two.'], ['Three.']]],
    ['en', 'Ends without a stop\nNext. Line.', [['Ends without a stop'], ['Next.', 'Line.']]],
    ['zh', '第一段。\n\n\n第二段！还有。', [['第一段。'], ['第二段！', '还有。']]],
    ['zh', '', []],
    ['en', '   \n\t\n', []],
  ];
  for (const [lang, text, expected] of texts) {
    it(`segmentText(${JSON.stringify(text)}, ${lang})`, () => {
      expect(segmentText(text, lang)).to.deep.equal(expected);
    });
  }

  // One case per line: language, paragraph, expected sentences.
  const paragraphs: [LangCode, string, string[]][] = [
    ['en', '', []],
    ['zh', '   ', []],
    ['zh', '。。。！！', ['。。。！！']],
    ['en', '...!!! ???', ['...!!! ???']],
    ['en', '. . .', ['. . .']],
    ['zh', '”。“', ['”。', '“']],
  ];
  for (const [lang, text, expected] of paragraphs) {
    it(`segmentParagraph(${JSON.stringify(text)}, ${lang})`, () => {
      expect(segmentParagraph(text, lang)).to.deep.equal(expected);
    });
  }

  it('drops NUL characters once the text is normalised', () => {
    expect(segmentText(normalizeText('One.\0 Two.\r\nThree.'), 'en')).to.deep.equal([
      ['One.', 'Two.'],
      ['Three.'],
    ]);
  });

  it('keeps every character of binary garbage, in order', () => {
    let seed = 7;
    const chars: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      chars.push(String.fromCharCode(seed % 65536));
    }
    const text = chars.join('').replace(/[\r\n\u2028\u2029]/g, ' ');
    for (const lang of ['en', 'zh'] as const) {
      expect(squash(segmentParagraph(text, lang).join(''))).to.equal(squash(text));
    }
  });

  it('segments a 100,000-line input, one paragraph per line', () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => `Line ${i}. Dr. No said hi!`);
    const out = segmentText(lines.join('\n'), 'en');
    expect(out.length).to.equal(100_000);
    expect(out[99_999]).to.deep.equal(['Line 99999.', 'Dr. No said hi!']);
  });

  it('does not rescan long runs of one character (200,000 in one line)', () => {
    for (const ch of ['a', '.', '…', '-', ' ', '。', '. ', 'A. ', '! ']) {
      const text = ch.repeat(200_000);
      expect(squash(segmentParagraph(text, 'en').join(''))).to.equal(squash(text));
      expect(squash(segmentParagraph(text, 'zh').join(''))).to.equal(squash(text));
    }
  });

  it('gives spans that point at the sentences in the text', () => {
    const text = '  Hello there.  How are you?  ';
    const spans = sentenceSpans(text, 'en');
    expect(spans).to.deep.equal([
      [2, 14],
      [16, 28],
    ]);
    expect(spans.map(([s, e]) => text.slice(s, e))).to.deep.equal(segmentParagraph(text, 'en'));
  });
});
