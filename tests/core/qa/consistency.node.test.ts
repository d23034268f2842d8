// Consistency over the document, one line per case: the rows, the direction, and which rows get
// which finding (row:check).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument, type QaContext } from '../../../src/core/qa/index.js';
import { contentKey } from '../../../src/core/qa/checks/consistency.js';

const ZE: QaContext = { sourceLang: 'zh', targetLang: 'en' };
const EZ: QaContext = { sourceLang: 'en', targetLang: 'zh' };

const rows = (pairs: [string, string][]) =>
  pairs.map(([source, target], i) => ({ id: String(i), source, target }));
const found = (pairs: [string, string][], ctx: QaContext) =>
  checkDocument(rows(pairs), ctx)
    .filter((f) => f.check.startsWith('inconsistent'))
    .map((f) => `${f.row}:${f.check}`);

const LORD = 'And the LORD spake unto Moses, saying,';
const STONES = '红玛瑙与别样的宝石，可以镶嵌在以弗得和胸牌上。';
type Case = [string, [string, string][], QaContext, string[]];
const CASES: Case[] = [
  // Sources that differ only in articles, prepositions, conjunctions, auxiliaries of tense.
  [
    'prepositions and "And" (parallel verses)',
    [
      ['Onyx stones, and stones to be set in the ephod, and in the breastplate.', STONES],
      ['And onyx stones, and stones to be set for the ephod, and for the breastplate.', STONES],
    ],
    EZ,
    [],
  ],
  [
    '"shall be" against a comma',
    [
      [
        'And the second row shall be an emerald, a sapphire, and a diamond.',
        '第二行是绿宝石，蓝宝石，金钢石，',
      ],
      [
        'And the second row, an emerald, a sapphire, and a diamond.',
        '第二行是绿宝石，蓝宝石，金钢石，',
      ],
    ],
    EZ,
    [],
  ],
  [
    'a Chinese preposition (对 / 向)',
    [
      ['耶和华对摩西和亚伦说，', LORD],
      ['耶和华向摩西和亚伦说，', LORD],
    ],
    ZE,
    [],
  ],
  // What carries meaning is still a finding.
  [
    'a noun dropped',
    [
      [
        'And the second row shall be an emerald, a sapphire, and a diamond.',
        '第二行是绿宝石，蓝宝石，金钢石，',
      ],
      [
        'And the second row shall be an emerald, a sapphire, and a.',
        '第二行是绿宝石，蓝宝石，金钢石，',
      ],
    ],
    EZ,
    ['0:inconsistent-source', '1:inconsistent-source'],
  ],
  [
    'a negation',
    [
      ['He will not come to the meeting today.', '他今天会来开会。'],
      ['He will come to the meeting today.', '他今天会来开会。'],
    ],
    EZ,
    ['0:inconsistent-source', '1:inconsistent-source'],
  ],
  [
    'a modal',
    [
      ['You can take the train to the city.', '你坐火车进城。'],
      ['You take the train to the city.', '你坐火车进城。'],
    ],
    EZ,
    ['0:inconsistent-source', '1:inconsistent-source'],
  ],
  [
    'a Chinese adverb (也)',
    [
      ['他明天也去北京开会。', 'He is going to Beijing for a meeting tomorrow.'],
      ['他明天去北京开会。', 'He is going to Beijing for a meeting tomorrow.'],
    ],
    ZE,
    ['0:inconsistent-source', '1:inconsistent-source'],
  ],
  // A formula in two wordings, each recurring with the one translation: kept on purpose.
  [
    'two wordings, each recurring',
    [
      ['耶和华晓谕摩西说，', LORD],
      ['耶和华对摩西说，', LORD],
      ['耶和华晓谕摩西说，', LORD],
      ['耶和华对摩西说，', LORD],
    ],
    ZE,
    [],
  ],
  [
    'a wording seen once beside a recurring one: only its row',
    [
      ['耶和华晓谕摩西说，', LORD],
      ['耶和华晓谕摩西说，', LORD],
      ['耶和华晓谕亚伦说，', LORD],
    ],
    ZE,
    ['2:inconsistent-source'],
  ],
  // Two translations of one source are reported on every row, recurring or not.
  [
    'one source translated two ways, each recurring',
    [
      [LORD, '耶和华晓谕摩西说，'],
      [LORD, '耶和华对摩西说，'],
      [LORD, '耶和华晓谕摩西说，'],
      [LORD, '耶和华对摩西说，'],
    ],
    EZ,
    [
      '0:inconsistent-translation',
      '1:inconsistent-translation',
      '2:inconsistent-translation',
      '3:inconsistent-translation',
    ],
  ],
];

describe('consistency', () => {
  for (const [name, pairs, ctx, want] of CASES) {
    it(name, () => assert.deepEqual(found(pairs, ctx), want));
  }

  it('reads a source as its meaning-bearing words', () => {
    assert.equal(
      contentKey('And the LORD spake unto Moses, saying,', 'en'),
      'lord spake moses saying',
    );
    assert.equal(contentKey('耶和华对摩西说，', 'zh'), contentKey('耶和华向摩西说。', 'zh'));
    assert.notEqual(contentKey('耶和华对摩西说，', 'zh'), contentKey('耶和华晓谕摩西说，', 'zh'));
  });
});
