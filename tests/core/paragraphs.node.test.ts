// A text segmented into paragraphs of sentences: its counts, its sentences with their paragraph
// starts, and the rows of a text without a translation.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { flattenParagraphs, sentenceCounts, untranslatedRows } from '../../src/core/paragraphs.js';

// Paragraphs as text: sentences split by " ", paragraphs by " | ".
const parse = (x: string): string[][] => (x ? x.split(' | ').map((p) => p.split(' ')) : []);

describe('core/paragraphs', () => {
  const cases: [string, number, number, string, number[]][] = [
    // paragraphs, paragraph count, sentence count, sentences, paragraph starts
    ['', 0, 0, '', []],
    ['一。', 1, 1, '一。', [0]],
    ['一。 二。 三。', 1, 3, '一。/二。/三。', [0]],
    ['一。 二。 | 三。', 2, 3, '一。/二。/三。', [0, 2]],
    ['A. | B. | C. D.', 3, 4, 'A./B./C./D.', [0, 1, 2]],
  ];
  for (const [text, paragraphs, sentences, flat, starts] of cases)
    it(JSON.stringify(text), () => {
      const p = parse(text);
      assert.deepEqual(sentenceCounts(p), { paragraphs, sentences });
      const f = flattenParagraphs(p);
      assert.equal(f.sentences.join('/'), flat);
      assert.deepEqual([...f.starts], starts);
    });

  it('an empty paragraph opens nothing of its own', () => {
    const f = flattenParagraphs([['A.'], [], ['B.']]);
    assert.deepEqual([...f.starts], [0, 1]);
    assert.deepEqual(f.sentences, ['A.', 'B.']);
  });

  it('rows without a translation: one a sentence, certain, paragraph starts kept', () => {
    const f = flattenParagraphs(parse('一。 二。 | 三。'));
    assert.deepEqual(untranslatedRows(f.sentences, f.starts), [
      { source: ['一。'], target: [], confidence: 1, paragraphStart: true },
      { source: ['二。'], target: [], confidence: 1, paragraphStart: false },
      { source: ['三。'], target: [], confidence: 1, paragraphStart: true },
    ]);
  });
});
