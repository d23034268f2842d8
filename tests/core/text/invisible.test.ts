import { expect } from '@open-wc/testing';
import {
  hasInvisible,
  INVISIBLES,
  invisibleParts,
  visibleControls,
} from '../../../src/core/text/invisible.js';

describe('core/text/invisible: hidden characters as markers', () => {
  // [name, text, as one string shows it]
  const cases: [string, string, string][] = [
    ['plain text unchanged', 'abc.jpg 你好', 'abc.jpg 你好'],
    ['an override cannot reverse a file name', 'abc\u202Egpj.exe', 'abc⟦RLO⟧gpj.exe'],
    ['embeddings and pop', '\u202A\u202B\u202C\u202D', '⟦LRE⟧⟦RLE⟧⟦PDF⟧⟦LRO⟧'],
    ['isolates', '\u2066a\u2069\u2067b\u2069\u2068c\u2069', '⟦LRI⟧a⟦PDI⟧⟦RLI⟧b⟦PDI⟧⟦FSI⟧c⟦PDI⟧'],
    ['marks', 'a\u200Eb\u200Fc\u061Cd', 'a⟦LRM⟧b⟦RLM⟧c⟦ALM⟧d'],
    ['zero-width in a word', 'pay\u200Bpal\u200C\u200D\u2060', 'pay⟦ZWSP⟧pal⟦ZWNJ⟧⟦ZWJ⟧⟦WJ⟧'],
    ['a BOM inside text', '甲\uFEFF乙', '甲⟦ZWNBSP⟧乙'],
    ['astral characters kept whole', '𠀀\u200B😀', '𠀀⟦ZWSP⟧😀'],
    ['an ordinary space and NBSP are not hidden', 'a b\u00A0c', 'a b\u00A0c'],
  ];
  for (const [name, text, shown] of cases) {
    it(name, () => {
      expect(visibleControls(text)).to.equal(shown);
      expect(hasInvisible(text)).to.equal(text !== shown);
      // The parts always join back to the text itself.
      const joined = invisibleParts(text)
        .map((p) => ('hidden' in p ? p.hidden.char : p.text))
        .join('');
      expect(joined).to.equal(text);
    });
  }

  it('names each character by its code point', () => {
    const [, rlo] = invisibleParts('a\u202Eb');
    expect(rlo).to.deep.equal({
      hidden: { char: '\u202E', label: 'RLO', code: 'U+202E', name: 'RIGHT-TO-LEFT OVERRIDE' },
    });
    expect(INVISIBLES.get('\u061C')?.code).to.equal('U+061C');
    expect(INVISIBLES.size).to.equal(17);
  });
});
