import { expect } from '@open-wc/testing';
import {
  decodeLexicon,
  encodeLexicon,
  parseLexicon,
  zhWords,
} from '../../../src/core/align/index.js';

// The binary form must answer every question as the text it was made from does.
describe('core/align binary lexicon', () => {
  const text =
    '# a note\n中国\tchina\n研究\tresearch study\n中\tmiddle\n中国\tcountry china\nbad line\n' +
    '空\t\n𠀀字\trare\n@张\tzhang\n@中\tzhong\n';
  const lex = decodeLexicon(encodeLexicon(text));

  const glosses: [string, string[] | undefined][] = [
    ['中国', ['country', 'china']], // listed twice: the last line wins, as in a Map
    ['研究', ['research', 'study']],
    ['中', ['middle']],
    ['𠀀字', ['rare']], // a character outside the BMP is two code units
    ['空', undefined], // no value: not a word
    ['bad line', undefined],
    ['# a note', undefined],
    ['国', undefined],
    ['', undefined],
  ];
  for (const [word, g] of glosses) {
    it(`glosses(${JSON.stringify(word)}) = ${JSON.stringify(g)}, has = ${g !== undefined}`, () => {
      expect(lex.glosses(word)).to.deep.equal(g);
      expect(lex.has(word)).to.equal(g !== undefined);
      expect(lex.hasAt(`x${word}y`, 1, word.length)).to.equal(g !== undefined);
    });
  }

  it('counts words and knows their lengths by first code unit', () => {
    expect(lex.size).to.equal(4);
    expect(lex.maxLength).to.equal(3);
    expect(lex.lengthsFrom('中'.charCodeAt(0))).to.equal((1 << 1) | (1 << 2));
    expect(lex.lengthsFrom('𠀀'.charCodeAt(0))).to.equal(1 << 3);
    expect(lex.lengthsFrom('国'.charCodeAt(0))).to.equal(0);
  });

  it('keeps the readings lines and their syllables', () => {
    expect(lex.readings('张')).to.deep.equal(['zhang']);
    expect(lex.readings('国')).to.equal(undefined);
    expect([...lex.syllables]).to.deep.equal(['zhang', 'zhong']);
  });

  it('reads sentences as the text form does', () => {
    expect(zhWords('他在中国研究。', lex)).to.deep.equal(['中国', '研究']);
    expect(zhWords('他在中国研究。', parseLexicon(text))).to.deep.equal(['中国', '研究']);
  });

  it('finds every span of a text that is a word, and only those (prefix filters, one-character cache)', () => {
    const words = ['中国', '中国人', '中间', '国人', '人', '中', '研究生院', '研究', '生', '𠀀字'];
    const big = decodeLexicon(encodeLexicon(words.map((w) => `${w}\tx\n`).join('')));
    const text = '中国人在中间研究生院研究国人中𠀀字生中';
    let found = 0;
    for (let at = 0; at < text.length; at++) {
      for (let len = 1; at + len <= text.length && len <= 5; len++) {
        const word = text.slice(at, at + len);
        const k = big.indexAt(text, at, len);
        expect(k >= 0, word).to.equal(words.includes(word));
        expect(big.hasAt(text, at, len), word).to.equal(words.includes(word));
        if (k >= 0) {
          found++;
          // The same word gives the same index wherever it stands.
          expect(big.indexAt(`${word}。`, 0, len)).to.equal(k);
        }
      }
    }
    expect(found).to.be.above(15);
  });

  it('reads bytes that do not start on a 4-byte boundary', () => {
    const bytes = encodeLexicon(text);
    const shifted = new Uint8Array(bytes.length + 1).subarray(1);
    shifted.set(bytes);
    expect(decodeLexicon(shifted).glosses('研究')).to.deep.equal(['research', 'study']);
  });

  it('refuses bytes of another format', () => {
    expect(() => decodeLexicon(new TextEncoder().encode('中国\tchina\n'))).to.throw(
      /not a bitext lexicon/,
    );
  });

  it('an empty lexicon knows nothing', () => {
    const empty = decodeLexicon(encodeLexicon(''));
    expect(empty.size).to.equal(0);
    expect(empty.has('中')).to.equal(false);
    expect(zhWords('中国', empty)).to.deep.equal([]);
  });
});
