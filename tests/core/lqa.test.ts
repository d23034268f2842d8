import { expect } from '@open-wc/testing';
import {
  CATEGORY_IDS,
  DEFAULT_THRESHOLD,
  isIssue,
  lqaScore,
  topOf,
  type Issue,
} from '../../src/core/lqa.js';
import type { ReviewComment, Segment } from '../../src/core/model.js';

type Row = Pick<Segment, 'source' | 'target' | 'status' | 'comments'>;

let n = 0;
const issue = (category: string, severity: Issue['severity'], over: Partial<ReviewComment> = {}) =>
  ({
    id: `c${n++}`,
    author: 'Rex',
    role: 'reviewer',
    at: 1,
    text: '…',
    resolved: false,
    issue: { category, severity },
    ...over,
  }) as ReviewComment;
const plain: ReviewComment = {
  id: 'p',
  author: 'Tina',
  role: 'translator',
  at: 1,
  text: 'a plain comment',
  resolved: false,
};
const row = (source: string, comments?: ReviewComment[]): Row => ({
  source,
  target: 'x',
  status: 'translated',
  comments,
});
// 100 English words and 1,000 Han characters (= 600 words at 0.6 a character).
const WORDS_100 = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
const HAN_1000 = '汉'.repeat(1000);

describe('core/lqa: lqaScore', () => {
  // name, rows, threshold → [words, issues, points, per 1,000, pass]
  const table: [string, Row[], number | undefined, [number, number, number, number, boolean]][] = [
    ['no rows', [], undefined, [0, 0, 0, 0, true]],
    ['no issues', [row(WORDS_100)], undefined, [100, 0, 0, 0, true]],
    ['a plain comment is no issue', [row(WORDS_100, [plain])], undefined, [100, 0, 0, 0, true]],
    [
      'one minor in 100 words',
      [row(WORDS_100, [issue('style', 'minor')])],
      undefined,
      [100, 1, 1, 10, true],
    ],
    [
      'minor + major in 100 words fails',
      [row(WORDS_100, [issue('style', 'minor'), issue('terminology', 'major')])],
      undefined,
      [100, 2, 6, 60, false],
    ],
    [
      'critical counts 10',
      [row(WORDS_100, [issue('accuracy.omission', 'critical')])],
      200,
      [100, 1, 10, 100, true],
    ],
    [
      'a resolved issue still counts',
      [row(WORDS_100, [issue('language.spelling', 'major', { resolved: true })])],
      undefined,
      [100, 1, 5, 50, false],
    ],
    [
      'a withdrawn issue does not',
      [row(WORDS_100, [issue('language.spelling', 'major', { withdrawn: true })])],
      undefined,
      [100, 0, 0, 0, true],
    ],
    [
      'Han characters count 0.6 of a word',
      [row(HAN_1000, [issue('locale.numbers', 'major')])],
      undefined,
      [600, 1, 5, 5e3 / 600, true],
    ],
    [
      'mixed rows add up',
      [row(HAN_1000), row(WORDS_100, [issue('markup', 'major')])],
      undefined,
      [700, 1, 5, 5e3 / 700, true],
    ],
    [
      'issues on an empty document fail',
      [row('', [issue('other', 'minor')])],
      undefined,
      [0, 1, 1, Infinity, false],
    ],
    [
      'at the threshold passes',
      [row(WORDS_100, [issue('style', 'minor')])],
      10,
      [100, 1, 1, 10, true],
    ],
    [
      'just over it fails',
      [row(WORDS_100, [issue('style', 'minor'), issue('style', 'minor')])],
      19.9,
      [100, 2, 2, 20, false],
    ],
  ];
  for (const [name, rows, threshold, [words, issues, points, per, pass]] of table)
    it(name, () => {
      const s = lqaScore(rows, threshold === undefined ? {} : { threshold });
      expect([s.words, s.issues, s.points, s.perThousand, s.pass]).to.deep.equal([
        words,
        issues,
        points,
        per,
        pass,
      ]);
      expect(s.threshold).to.equal(threshold ?? DEFAULT_THRESHOLD);
    });

  it('totals by top-level category and by severity, withdrawn issues apart', () => {
    const s = lqaScore([
      row(WORDS_100, [
        issue('accuracy.omission', 'major'),
        issue('accuracy', 'minor'),
        issue('locale.dates', 'critical'),
        issue('terminology', 'major', { withdrawn: true }),
        plain,
      ]),
      row(WORDS_100, [issue('accuracy.addition', 'major', { resolved: true })]),
    ]);
    expect(s.byCategory.accuracy).to.deep.equal({ minor: 1, major: 2, critical: 0 });
    expect(s.byCategory.locale).to.deep.equal({ minor: 0, major: 0, critical: 1 });
    expect(s.byCategory.terminology).to.deep.equal({ minor: 0, major: 0, critical: 0 });
    expect(s.pointsByCategory).to.deep.equal({
      accuracy: 11,
      terminology: 0,
      language: 0,
      style: 0,
      locale: 10,
      markup: 0,
      other: 0,
    });
    expect(s.bySeverity).to.deep.equal({ minor: 1, major: 2, critical: 1 });
    expect([s.issues, s.withdrawn, s.points]).to.deep.equal([4, 1, 21]);
  });

  it('ignores an issue field that is not an issue of the model', () => {
    const bogus = {
      ...plain,
      issue: { category: 'accuracy', severity: 'huge' },
    } as unknown as ReviewComment;
    expect(lqaScore([row(WORDS_100, [bogus])]).issues).to.equal(0);
  });
});

describe('core/lqa: the model', () => {
  // value → is an issue
  const table: [unknown, boolean][] = [
    [{ category: 'terminology', severity: 'major' }, true],
    [{ category: 'accuracy.omission', severity: 'critical' }, true],
    [{ category: 'language.punctuation', severity: 'minor' }, true],
    [{ category: 'terminology', severity: 'blocker' }, false],
    [{ category: 'accuracy.omision', severity: 'minor' }, false],
    [{ category: 'terminology' }, false],
    [{ severity: 'minor' }, false],
    [null, false],
    ['terminology', false],
  ];
  for (const [value, ok] of table)
    it(`isIssue(${JSON.stringify(value)}) → ${ok}`, () => expect(isIssue(value)).to.equal(ok));

  it('has the MQM-like categories, subcategories under their dimension', () => {
    expect(CATEGORY_IDS).to.include.members([
      'accuracy.mistranslation',
      'accuracy.omission',
      'accuracy.addition',
      'terminology',
      'language.grammar',
      'language.spelling',
      'language.punctuation',
      'style',
      'locale.numbers',
      'locale.dates',
      'locale.units',
      'markup',
      'other',
    ]);
    expect(['accuracy.omission', 'locale', 'nonsense'].map(topOf)).to.deep.equal([
      'accuracy',
      'locale',
      'other',
    ]);
  });
});
