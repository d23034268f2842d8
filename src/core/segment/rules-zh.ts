// Chinese segmentation rules as data, in the same form as the English ones (see types.ts).
// Order matters: exceptions (break: false) come before the general rules they qualify.
import { abbreviationRule, CLOSERS, ELLIPSIS, PROTECT_WEB } from './common.js';
import { EN_ABBREVIATIONS } from './rules-en.js';
import type { RuleSet, SegmentOptions, SegRule } from './types.js';

/**
 * Words that continue a sentence after a closing quotation mark ("他说：“好。”然后走了。"):
 * the quotation is part of the sentence, not the end of it.
 */
export const ZH_CONTINUATIONS: readonly string[] = ['然后', '便', '就', '才', '随即', '随后'];

/** Full-width and half-width sentence terminators (the ideographic full stop has a half-width form ｡). */
const TERM = `[。！？｡!?‼⁇⁈⁉]`;
/** Closing marks may be separated from the terminator by one space in converted text. */
const CLOSE = `(?:\\s?[${CLOSERS}])`;
/** What may follow a sentence end: anything but more closing marks or terminators. */
const NEXT = `\\s*[^\\s${CLOSERS}。！？｡!?…⋯]`;
const HAN = `\\p{Script=Han}`;

export function zhRuleSet(options: SegmentOptions = {}): RuleSet {
  const abbr = abbreviationRule(
    [...EN_ABBREVIATIONS, ...(options.abbreviations ?? [])],
    `\\s*\\S`,
    'English abbreviations inside Chinese text: "Dr. 王".',
  );
  const rules: (SegRule | null)[] = [
    ...(options.rules ?? []),
    {
      break: false,
      before: `\\p{N}[.．]`,
      after: `\\p{N}`,
      note: 'Decimals and versions: 3.14, 3.0.',
    },
    {
      break: false,
      before: `(?:^|${TERM}${CLOSE}{0,4}\\s{0,10})\\p{N}{1,3}[.．、]`,
      after: `.`,
      note: 'Numbered headings and list items: "7. 总结".',
    },
    abbr,
    {
      break: false,
      before: `(?<![\\p{L}\\p{N}.])\\p{Lu}\\.`,
      after: `\\s*\\p{Lu}`,
      note: 'Latin initials inside Chinese: "J. K. 罗琳" is not cut at the dots.',
    },
    {
      break: false,
      before: `${TERM}{1,10}${CLOSE}{1,4}`,
      after: `\\s*(?:${ZH_CONTINUATIONS.join('|')})`,
      note: 'A quotation that continues the sentence: 他说：“好。”然后走了。',
    },
    {
      break: false,
      before: `${TERM}{1,10}\\s?[》〉]`,
      after: `.`,
      note: 'A title that ends in punctuation does not end the sentence: 《你好。世界！》这本书。',
    },
    {
      break: false,
      before: TERM,
      after: `\\s*${ELLIPSIS}`,
      note: 'An ellipsis straight after a full stop trails that sentence: "。 ……".',
    },
    ...(options.semicolon
      ? [
          {
            break: true,
            before: `[；;]${CLOSE}{0,4}`,
            after: NEXT,
            note: '；ends a sentence (option).',
          },
        ]
      : []),
    {
      break: true,
      before: `${TERM}{1,10}${CLOSE}{0,4}`,
      after: NEXT,
      note: 'The general rule: 。！？ and their half-width forms, with their closing quotes.',
    },
    {
      break: true,
      before: `(?:${ELLIPSIS}|——)${CLOSE}{1,4}`,
      after: NEXT,
      note: 'Speech that trails off or breaks off ends when its quotation closes: “可是……”',
    },
    {
      break: false,
      before: ELLIPSIS,
      after: `.`,
      inQuote: true,
      note: 'Inside a quotation an ellipsis is a hesitation: “你…… 你……”',
    },
    {
      break: true,
      before: `[${HAN}\\p{L}\\p{N}${CLOSERS}。！？]\\s?${ELLIPSIS}`,
      after: `[“‘「『${HAN}]`,
      note: 'In narration an ellipsis that runs straight into the next clause ends a sentence.',
    },
    {
      break: true,
      before: `[${HAN}${CLOSERS}]\\.`,
      after: `\\s*[“‘「『${HAN}]`,
      note: 'A half-width full stop typed after Chinese text.',
    },
  ];
  return {
    lang: 'zh',
    rules: rules.filter((r): r is SegRule => r !== null),
    protect: [...PROTECT_WEB, `《[^《》\\n]{1,100}》`, `〈[^〈〉\\n]{1,100}〉`],
    quotes: [
      ['“', '”'],
      ['「', '」'],
    ],
  };
}
