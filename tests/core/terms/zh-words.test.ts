// The same word-boundary cases in Chromium: the grid matches terms with the browser's ICU, whose
// Chinese dictionary may cut a text differently from Node's.
import { expect } from '@open-wc/testing';
import { TermIndex, type TermEntry } from '../../../src/core/terms/index.js';
import { MUST_MATCH, MUST_NOT_MATCH } from './zh-words.cases.js';

const entry = (term: string): TermEntry => ({
  id: '1',
  terms: {
    'zh-Hans': [{ text: term, status: 'preferred' }],
    en: [{ text: 't', status: 'preferred' }],
  },
});

const found = (term: string, text: string) =>
  new TermIndex('zh-Hans', 'en', [entry(term)]).find(text).map((h) => [h.source, h.start]);

describe('terms in the browser: a Chinese term keeps to the words of the text', () => {
  for (const [term, text] of MUST_MATCH)
    it(`${term} is found in ${text}`, () =>
      expect(found(term, text)).to.deep.equal([[term, text.indexOf(term)]]));

  for (const [term, text] of MUST_NOT_MATCH)
    it(`${term} is not found in ${text}`, () => expect(found(term, text)).to.deep.equal([]));
});
