import { expect } from '@open-wc/testing';
import { segmentParagraph } from '../../../src/core/segment/index.js';

// One case per line: input paragraph, expected sentences.
const cases: [string, string[]][] = [
  ['Mr. Smith went to Washington. He liked it.', ['Mr. Smith went to Washington.', 'He liked it.']],
  [
    "Dr. Chen prays at St. Mary's Church. It is old.",
    ["Dr. Chen prays at St. Mary's Church.", 'It is old.'],
  ],
  [
    'The U.S. Postal Service is big. It has staff.',
    ['The U.S. Postal Service is big.', 'It has staff.'],
  ],
  [
    'Take fruit, e.g. apples, i.e. pears. Then stop.',
    ['Take fruit, e.g. apples, i.e. pears.', 'Then stop.'],
  ],
  ['Take the bus, I.E. Route 9. Then go.', ['Take the bus, I.E. Route 9.', 'Then go.']],
  [
    'Acme Inc. merged with Globex Corp. yesterday.',
    ['Acme Inc. merged with Globex Corp. yesterday.'],
  ],
  ['They bought Acme Inc. The deal closed.', ['They bought Acme Inc.', 'The deal closed.']],
  ['She works at ACME PVT. LTD. in Pune.', ['She works at ACME PVT. LTD. in Pune.']],
  ['They sold ACME CORP. The deal closed.', ['They sold ACME CORP.', 'The deal closed.']],
  ['See No. 5 on the list. No. Not that one.', ['See No. 5 on the list.', 'No.', 'Not that one.']],
  [
    'It opened on Sept. 14 in Boston. People came.',
    ['It opened on Sept. 14 in Boston.', 'People came.'],
  ],
  ['Apples vs. Oranges is a classic. Fine.', ['Apples vs. Oranges is a classic.', 'Fine.']],
  ['Send the J. R. Smith letters. Thanks.', ['Send the J. R. Smith letters.', 'Thanks.']],
  ['The board named Anna K. Lee as chair.', ['The board named Anna K. Lee as chair.']],
  ['Turn at N. 5th Ave. and stop.', ['Turn at N. 5th Ave. and stop.']],
  ['A poem by A.B. Smith hangs here.', ['A poem by A.B. Smith hangs here.']],
  [
    'Prices rose 3.14 points. Version 2.0.1 is out.',
    ['Prices rose 3.14 points.', 'Version 2.0.1 is out.'],
  ],
  ['We met at 9 a.m. (EST) in the lobby.', ['We met at 9 a.m. (EST) in the lobby.']],
  ['I waited... Then he came.', ['I waited...', 'Then he came.']],
  ['I waited . . . Then he came.', ['I waited . . .', 'Then he came.']],
  ['I waited… and waited.', ['I waited… and waited.']],
  ["'We... We can't stay.'", ["'We... We can't stay.'"]],
  ['He said "Stop." Then he left.', ['He said "Stop."', 'Then he left.']],
  ["'Stop!' He ran. 'Why?'", ["'Stop!'", 'He ran.', "'Why?'"]],
  ['"Wait!" he cried.', ['"Wait!" he cried.']],
  ['"Can you print it?" Chen asked.', ['"Can you print it?" Chen asked.']],
  ['"Is it done?" He asked again.', ['"Is it done?"', 'He asked again.']],
  ["It was the 'tea room'. The table was full.", ["It was the 'tea room'.", 'The table was full.']],
  ['1. Preheat the oven. 2. Mix the flour.', ['1. Preheat the oven.', '2. Mix the flour.']],
  // A number after an abbreviation ends its sentence; it is no list item.
  ['The vote was 5 vs. 3. It passed.', ['The vote was 5 vs. 3.', 'It passed.']],
  ['They met on Jan. 5. They agreed.', ['They met on Jan. 5.', 'They agreed.']],
  [
    'Visit http://www.google.com/search?q=x. Then leave.',
    ['Visit http://www.google.com/search?q=x.', 'Then leave.'],
  ],
  ['Mail john.doe@example.com today. Thanks.', ['Mail john.doe@example.com today.', 'Thanks.']],
  ['Posted via Example.Com today.', ['Posted via Example.Com today.']],
  ['We liked the price.It was fair.', ['We liked the price.', 'It was fair.']],
  ['Really?! No way!!! Yes.', ['Really?!', 'No way!!!', 'Yes.']],
  ['call them at 555-010-1234. they miss you.', ['call them at 555-010-1234.', 'they miss you.']],
  ['We paid in $$$. Save hard.', ['We paid in $$$.', 'Save hard.']],
  ['The end of the line . Next one.', ['The end of the line .', 'Next one.']],
  ["'So we—' 'Not now.'", ["'So we—'", "'Not now.'"]],
  ['see you soon :) Bye now', ['see you soon :)', 'Bye now']],
  [
    'Anna Lee 03/04/2021 09:15 AM I called the bank.',
    ['Anna Lee', '03/04/2021 09:15 AM', 'I called the bank.'],
  ],
  ['Posted by Tom at 5/6/2021 10:20:00 PM', ['Posted by Tom at 5/6/2021 10:20:00 PM']],
  [
    'We met at 10:30 AM in the hall. It was cold.',
    ['We met at 10:30 AM in the hall.', 'It was cold.'],
  ],
  [
    'PARIS (Reuters) - The talks ended. Both sides left.',
    ['PARIS (Reuters) -', 'The talks ended.', 'Both sides left.'],
  ],
  ['Hi, Sure we can meet.', ['Hi,', 'Sure we can meet.']],
  ['Call me. Best regards, Anna', ['Call me.', 'Best regards,', 'Anna']],
  ['Phone:? 555.010.1234 today', ['Phone:? 555.010.1234 today']],
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
