import { expect } from '@open-wc/testing';
import { marks } from '../../../src/core/align/features.js';

// Quotation marks that open and close, in both scripts; apostrophes are no quotations.
const CASES: [string, string[]][] = [
  ['小玄子道：“很好！”', ['mark:!', 'mark:q<', 'mark:q>']],
  ['小玄子摇手笑道：“今天不打了，明天再来。', ['mark:q<']],
  ['明天再来。”', ['mark:q>']],
  ["'At you!'", ['mark:!', 'mark:q<', 'mark:q>']],
  ["'No more for today!", ['mark:!', 'mark:q<']],
  ["Tomorrow, if you like.'", ['mark:q>']],
  ["'You what?' snapped the eunuch.", ['mark:?', 'mark:q<', 'mark:q>']],
  ["Trinket's heart sank, and he didn't say a word.", []],
  ['Qiyao’s mother didn’t say a word.', []],
  ['‘It’s late.’', ['mark:q<', 'mark:q>']],
  ['He said, "Come here."', ['mark:q<', 'mark:q>']],
  ['The so-called ‘book’ part.', ['mark:q<', 'mark:q>']],
  ['他去了北京。', []],
  // Speech that trails off, in either script.
  ['韦小宝道：“这个…… 这个……”', ['mark:q<', 'mark:q>', 'mark:…']],
  ["'I... I... can't remember.'", ['mark:q<', 'mark:q>', 'mark:…']],
  ['I met this . . . little eunuch.', ['mark:…']],
  ['It ended at 3.5 metres.', []],
];

describe('core/align marks', () => {
  for (const [text, want] of CASES) {
    it(`${text} → ${want.join(' ') || 'none'}`, () => {
      expect(marks(text)).to.deep.equal(want);
    });
  }
});
