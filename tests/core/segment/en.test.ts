import { expect } from '@open-wc/testing';
import { segmentParagraph } from '../../../src/core/segment/index.js';

// One case per line: input paragraph, expected sentences.
const cases: [string, string[]][] = [
  ['Mr. Smith went to Washington. He liked it.', ['Mr. Smith went to Washington.', 'He liked it.']],
  [
    "Dr. Sha prays at St. Joseph's Church. It is old.",
    ["Dr. Sha prays at St. Joseph's Church.", 'It is old.'],
  ],
  [
    'The U.S. Department of State is big. It has staff.',
    ['The U.S. Department of State is big.', 'It has staff.'],
  ],
  [
    'Take fruit, e.g. apples, i.e. pears. Then stop.',
    ['Take fruit, e.g. apples, i.e. pears.', 'Then stop.'],
  ],
  ['Use I.E. Davis Hall. Then go.', ['Use I.E. Davis Hall.', 'Then go.']],
  [
    'Acme Inc. merged with Enron Corp. yesterday.',
    ['Acme Inc. merged with Enron Corp. yesterday.'],
  ],
  ['They bought Acme Inc. The deal closed.', ['They bought Acme Inc.', 'The deal closed.']],
  ['See No. 5 on the list. No. Not that one.', ['See No. 5 on the list.', 'No.', 'Not that one.']],
  [
    'It happened on Sept. 11 in New York. People remember.',
    ['It happened on Sept. 11 in New York.', 'People remember.'],
  ],
  ['Apples vs. Oranges is a classic. Fine.', ['Apples vs. Oranges is a classic.', 'Fine.']],
  ['Forward the J. M. Huber guaranty. Thanks.', ['Forward the J. M. Huber guaranty.', 'Thanks.']],
  [
    'Bush nominated Jennifer M. Anderson for a term.',
    ['Bush nominated Jennifer M. Anderson for a term.'],
  ],
  ['A painting by W.H.S. Koerner hangs here.', ['A painting by W.H.S. Koerner hangs here.']],
  [
    'Prices rose 24.44 points. Version 2.0.1 is out.',
    ['Prices rose 24.44 points.', 'Version 2.0.1 is out.'],
  ],
  ['We met at 10 a.m. (CDT) in the hall.', ['We met at 10 a.m. (CDT) in the hall.']],
  ['I waited... Then he came.', ['I waited...', 'Then he came.']],
  ['I waited . . . Then he came.', ['I waited . . .', 'Then he came.']],
  ['I waited… and waited.', ['I waited… and waited.']],
  ["'I... I can't remember.'", ["'I... I can't remember.'"]],
  ['He said "Stop." Then he left.', ['He said "Stop."', 'Then he left.']],
  ["'Stop!' He ran. 'Why?'", ["'Stop!'", 'He ran.', "'Why?'"]],
  ['"Help!" he cried.', ['"Help!" he cried.']],
  ['"Can you print it?" Wang asked.', ['"Can you print it?" Wang asked.']],
  ['"Is it done?" He asked again.', ['"Is it done?"', 'He asked again.']],
  [
    "It was the 'cake room'. The table was full.",
    ["It was the 'cake room'.", 'The table was full.'],
  ],
  ['1. Preheat the oven. 2. Mix the flour.', ['1. Preheat the oven.', '2. Mix the flour.']],
  [
    'Visit http://www.google.com/search?q=x. Then leave.',
    ['Visit http://www.google.com/search?q=x.', 'Then leave.'],
  ],
  ['Mail john.doe@example.com today. Thanks.', ['Mail john.doe@example.com today.', 'Thanks.']],
  ['Posted via Newsfeed.Com today.', ['Posted via Newsfeed.Com today.']],
  ['I love the quality.You will too.', ['I love the quality.', 'You will too.']],
  ['Really?! No way!!! Yes.', ['Really?!', 'No way!!!', 'Yes.']],
  ['call them at 303-832-8160. they miss you.', ['call them at 303-832-8160.', 'they miss you.']],
  ['It is all about the $$$. Work hard.', ['It is all about the $$$.', 'Work hard.']],
  ['The end of the line . Next one.', ['The end of the line .', 'Next one.']],
  ["'But I—' 'You what?'", ["'But I—'", "'You what?'"]],
  ['see you soon :) Bye now', ['see you soon :)', 'Bye now']],
  [
    'Sean Boyle 08/17/2000 11:21 AM I spoke to Bruce.',
    ['Sean Boyle', '08/17/2000 11:21 AM', 'I spoke to Bruce.'],
  ],
  ['Posted by Nook at 3/9/2005 11:16:00 PM', ['Posted by Nook at 3/9/2005 11:16:00 PM']],
  ['Hi, Yes the storage is open.', ['Hi,', 'Yes the storage is open.']],
  ['Call me. Regards, Debra', ['Call me.', 'Regards,', 'Debra']],
  ['Fax:? 203.674.7723 today', ['Fax:? 203.674.7723 today']],
  ['A line without any punctuation', ['A line without any punctuation']],
];

describe('core/segment: English rules', () => {
  for (const [input, expected] of cases) {
    it(`${input} → ${expected.length}`, () => {
      expect(segmentParagraph(input, 'en')).to.deep.equal(expected);
    });
  }

  it('takes extra abbreviations from the caller', () => {
    const text = 'Mx. Lee arrived. She sat.';
    expect(segmentParagraph(text, 'en')).to.deep.equal(['Mx.', 'Lee arrived.', 'She sat.']);
    expect(segmentParagraph(text, 'en', { abbreviations: ['Mx.'] })).to.deep.equal([
      'Mx. Lee arrived.',
      'She sat.',
    ]);
  });

  it('takes extra rules from the caller, before the built-in ones', () => {
    const rules = [{ break: true, before: ';', after: '\\s' }];
    expect(segmentParagraph('One; two.', 'en')).to.deep.equal(['One; two.']);
    expect(segmentParagraph('One; two.', 'en', { rules })).to.deep.equal(['One;', 'two.']);
    const keep = [{ break: false, before: '\\bFig\\.', after: '\\s' }];
    expect(segmentParagraph('See Fig. Two. Done.', 'en', { rules: keep })).to.deep.equal([
      'See Fig. Two.',
      'Done.',
    ]);
  });
});
