// English segmentation rules as data. Order matters: exceptions (break: false) come before the
// general rules they qualify. To add an abbreviation, add it to a list below (or pass it in
// SegmentOptions.abbreviations); to add a rule, put a SegRule where it should take precedence.
import { abbreviationRule, CLOSERS, ELLIPSIS, EMAIL, OPENERS, PROTECT_WEB } from './common.js';
import type { RuleSet, SegmentOptions, SegRule } from './types.js';

/** Abbreviations that (almost) never end a sentence: titles, Latin, references. */
export const EN_ABBREVIATIONS: readonly string[] = [
  ...['Mr.', 'Mrs.', 'Ms.', 'Messrs.', 'Mmes.', 'Dr.', 'Drs.', 'Prof.', 'Profs.', 'St.', 'Ste.'],
  ...['Mt.', 'Ft.', 'Capt.', 'Cpt.', 'Sgt.', 'Lt.', 'Col.', 'Gen.', 'Maj.', 'Cmdr.', 'Adm.'],
  ...['Gov.', 'Sen.', 'Rep.', 'Rev.', 'Hon.', 'Pres.', 'Supt.', 'Fr.', 'Mme.', 'Mlle.'],
  ...['e.g.', 'i.e.', 'cf.', 'vs.', 'viz.', 'approx.', 'ca.', 'esp.', 'incl.', 'resp.'],
  ...['Fig.', 'Figs.', 'Vol.', 'Vols.', 'pp.', 'Ch.', 'Sec.', 'Art.', 'Eq.', 'ext.', 'Ext.'],
  ...['Tel.', 'tel.', 'PS.', 'P.S.', 'Ph.D.', 'M.D.', 'B.A.', 'M.A.', 'B.Sc.', 'M.Sc.'],
];

/**
 * Company suffixes. Letterheads and signatures often write a company's name in capitals
 * ("ACME CORP."), so these also match in capitals, unlike other abbreviations.
 */
export const EN_COMPANY_SUFFIXES: readonly string[] = [
  ...['Inc.', 'Ltd.', 'Co.', 'Corp.', 'Cos.', 'Bros.', 'LLC.', 'LLP.', 'Pvt.', 'Plc.'],
];

/** Abbreviations that may end a sentence: they end one only before a typical sentence opener. */
export const EN_WEAK_ABBREVIATIONS: readonly string[] = [
  ...['etc.', 'Jr.', 'Sr.', 'Esq.'],
  ...EN_COMPANY_SUFFIXES,
  ...['a.m.', 'p.m.', 'al.', 'Ave.', 'Blvd.', 'Rd.', 'Dept.', 'Univ.', 'Assn.'],
  ...['Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.'],
  ...['Dec.', 'Mon.', 'Tue.', 'Tues.', 'Wed.', 'Thu.', 'Thur.', 'Thurs.', 'Fri.', 'Sat.', 'Sun.'],
  ...['p.', 'ft.', 'lb.', 'lbs.', 'oz.', 'hr.', 'hrs.'],
];

/** Words that usually open a sentence; after a weak abbreviation or an initial they end one. */
export const EN_SENTENCE_OPENERS: readonly string[] = [
  ...['The', 'A', 'An', 'This', 'That', 'These', 'Those', 'There', 'It', 'He', 'She', 'We'],
  ...['They', 'You', 'My', 'Our', 'His', 'Her', 'Their', 'Its', 'But', 'And', 'So', 'Then'],
  ...['However', 'In', 'On', 'At', 'If', 'When', 'What', 'Why', 'How', 'Who', 'Where', 'Please'],
  ...['Thanks', 'Thank', 'As', 'For', 'After', 'Before', 'Also', 'All', 'Some', 'Many', 'Most'],
];

/** Verbs that follow a quotation when the speaker is named after it ("Help!" Wang cried). */
export const EN_SPEECH_VERBS: readonly string[] = [
  ...['said', 'asked', 'cried', 'replied', 'shouted', 'answered', 'whispered', 'muttered'],
  ...['yelled', 'exclaimed', 'called', 'protested', 'snapped', 'added', 'says', 'asks'],
];

const alt = (words: readonly string[]): string => words.join('|');

/** Prepositions that make a following date part of the sentence ("sent on 5/1/2001"). */
const DATE_PREPOSITIONS = `[Oo]n|[Aa]t|[Bb]y|[Ss]ince|[Uu]ntil|[Ff]rom|[Oo]f|[Tt]o|[Bb]efore|[Aa]fter`;

/**
 * A numeric date, then a clock time with AM/PM: how mail clients and forums stamp a message. A
 * clock time alone ("at 10:30 AM in the hall") is part of a sentence.
 */
const STAMP = `\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\s{1,10}\\d{1,2}:\\d{2}(?::\\d{2})?\\s?[AaPp]\\.?[Mm]\\.?`;

/** A typical end of sentence: terminators, then closing quotes or brackets. */
const END = `[.!?‼⁇⁈⁉]{1,10}[${CLOSERS}]{0,4}`;

export function enRuleSet(options: SegmentOptions = {}): RuleSet {
  const openers = alt(EN_SENTENCE_OPENERS);
  const strong = abbreviationRule(
    [...EN_ABBREVIATIONS, ...(options.abbreviations ?? [])],
    `\\s`,
    'Titles and Latin abbreviations: "Dr. Sha", "e.g. this".',
  );
  const weak = abbreviationRule(
    [...EN_WEAK_ABBREVIATIONS, ...EN_COMPANY_SUFFIXES.map((a) => a.toUpperCase())],
    `\\s+(?!(?:${openers})\\b)`,
    'May end a sentence, but only before a word that usually opens one: "Inc. The".',
  );
  // A number after an abbreviation is no list item ("5 vs. 3. It passed", "on Jan. 5. They").
  const afterNoAbbreviation = `(?<!\\b(?:${alt(
    [...EN_ABBREVIATIONS, ...EN_WEAK_ABBREVIATIONS].map((a) =>
      a.slice(0, -1).replace(/[.]/g, '\\.'),
    ),
  )}))`;
  const rules: (SegRule | null)[] = [
    ...(options.rules ?? []),
    {
      break: false,
      before: `\\p{N}[.,:]`,
      after: `\\p{N}`,
      note: 'Decimals, versions, times and phone numbers: 3.14, 2.0.1, 10:30.',
    },
    {
      break: false,
      before: `[:;,]\\?{1,10}`,
      after: `.`,
      note: 'A "?" straight after a colon or comma is a character lost in conversion, not a question ("Phone:? 555").',
    },
    {
      break: false,
      before: `(?<![\\p{L}\\p{N}.'’-])(?:No|Nos|NO|no)\\.`,
      after: `\\s*\\p{N}`,
      note: '"No." is "number" only before a number: "No. 5", but "No. Not that one".',
    },
    strong,
    weak,
    {
      break: false,
      before: `(?<![\\p{L}\\p{N}.'’-])(?:\\p{L}\\.){2,10}`,
      after: `\\s+(?!(?:${openers})\\b)`,
      note: 'Dotted initialisms and run-together initials: U.S., P.S., A.B. Smith.',
    },
    {
      break: false,
      before: `(?<![\\p{L}\\p{N}.'’-])\\p{Lu}\\.`,
      after: `\\s+(?!(?:${openers})\\b)[\\p{Lu}\\p{N}]`,
      note: 'Initials before a name or a number: J. R. Smith, Anna K. Lee, N. 5th Ave.',
    },
    {
      break: false,
      before: `(?:^|${afterNoAbbreviation}[.!?:;]\\s{1,10})\\(?\\p{N}{1,3}[.)]`,
      after: `\\s`,
      note: 'List numbering at the start of a paragraph or sentence: "1. Preheat" (not "vs. 3. It").',
    },
    {
      break: false,
      before: `(?<![\\p{L}\\p{N}])(\\p{L}[\\p{L}'’-]{0,30})\\s?${ELLIPSIS}`,
      after: `\\s*\\1`,
      note: 'A stammer repeats the word after the ellipsis: "I... I can\'t".',
    },
    {
      break: true,
      before: `[\\p{L}\\p{N},)'"”’]\\s?${ELLIPSIS}[${CLOSERS}]{0,4}`,
      after: `\\s*[${OPENERS}]?[\\p{Lu}\\p{N}]`,
      note: 'An ellipsis ends a sentence when a capital follows; before lower case it trails off.',
    },
    {
      break: false,
      before: `[!?]{1,10}[${CLOSERS}]{1,4}`,
      after: `\\s+(?!(?:${openers})\\b)\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)? (?:${alt(EN_SPEECH_VERBS)})\\b`,
      note: 'A named speaker after an exclamation or question: "Help!" Wang cried.',
    },
    {
      break: true,
      before: `[\\p{L}\\p{N}$%°)\\]][${CLOSERS}]{0,4}\\s?${END}`,
      after: `\\s+(?:[${OPENERS}]{0,4}[\\p{Lu}\\p{N}]|[-=*_~]{3})`,
      note: 'The general rule: a full stop, question or exclamation mark, then a capital. Web text puts a space before it or a quotation mark after it: "word". The".',
    },
    {
      break: true,
      before: `[\\p{L}\\p{N}][${CLOSERS}]{0,4}\\s?(?:\\.|\\.?[!?]{1,10})`,
      after: `\\s+[\\p{Ll}]`,
      note: 'Web text often starts sentences in lower case; quoted speech before "he said" does not.',
    },
    {
      break: true,
      before: `\\p{Ll}{2,}[.!?]{1,10}`,
      after: `\\p{Lu}(?:\\p{Ll}|\\s)`,
      note: 'A missing space after the full stop: "the price.It was", "later..We".',
    },
    {
      break: true,
      before: `\\p{L}[!?]{1,10}`,
      after: `\\p{L}{2}`,
      note: 'A missing space after a question or exclamation mark: "alone??cos".',
    },
    {
      break: true,
      before: `(?:^|\\s)(?:-{3,200}|={3,200}|\\*{3,200}|_{3,200}|~{3,200})|${END}\\s?\\s(?:-{2,9}|\\*{3,9})`,
      after: `\\s+[^\\s\\p{Ll}]`,
      note: 'Separator lines in mail and posts ("-----", "***", a signature\'s "--") stand apart.',
    },
    {
      break: true,
      before: `@[^\\s<>]+>`,
      after: `\\s+\\p{Lu}`,
      note: 'A mail header line ends with the address in angle brackets: "<a@b.com> Subject:".',
    },
    {
      break: true,
      before: EMAIL,
      after: `\\s+(?:\\p{Lu}|[-=*_~]{3})`,
      note: 'An address on its own line in a signature or header: "a@b.com Visit us".',
    },
    {
      break: true,
      before: `(?:https?://|www\\.)[^\\s<>"]{0,2000}[\\p{L}\\p{N}/_=&-]`,
      after: `\\s+(?:https?://|www\\.|\\p{Lu})`,
      note: 'A web address standing alone, as in a list of links: "http://a http://b".',
    },
    {
      break: true,
      before: `(?:^|\\b[AaPp][Mm]\\s{1,10}|:\\s{1,10})[^.!?:\\s][^.!?:]{0,40}\\s[-–]`,
      after: `\\s+\\p{Lu}`,
      note: 'A salutation or a news dateline closed by a dash: "Anna - Thanks", "PARIS (Reuters) - The".',
    },
    {
      break: true,
      before: `^(?:Hi|Hello|Hey|Dear|Greetings|Good (?:[Mm]orning|[Aa]fternoon|[Ee]vening))(?:\\s{1,10}\\p{Lu}[\\p{L}.'-]{0,30}){0,3}\\s?[,:!]`,
      after: `\\s+\\p{Lu}`,
      note: 'A greeting opening a message: "Hi, Sure", "Dear Team, We".',
    },
    {
      break: true,
      before: `[—–-]{1,4}[${CLOSERS}]{1,4}`,
      after: `\\s+[${OPENERS}]`,
      note: 'Speech broken off with a dash, then the next speaker: "So we—" "Not now."',
    },
    {
      break: true,
      before: `(?:^|\\s)(?:[:;=]'?-?[()DPp3\\]\\[]|<3|\\^_?\\^)`,
      after: `\\s+\\S`,
      note: 'Emoticons close a sentence in web text: "see you :) Bye".',
    },
    {
      break: true,
      before: STAMP,
      after: `\\s+\\S`,
      note: 'A date-and-time stamp ends a header line: "Anna Lee 03/04/2021 09:15 AM Hello".',
    },
    {
      break: true,
      before: `\\S(?<!(?:^|\\s)(?:${DATE_PREPOSITIONS}))`,
      after: `\\s+\\d{1,2}/\\d{1,2}/\\d{2,4}\\s+\\d{1,2}:\\d{2}`,
      note: 'Mail headers: the sender line ends before the date stamp (but "sent on 5/1/2001 9:00").',
    },
    {
      break: true,
      before: `(?:^|\\s)(?:(?:Best|Kind|Kindest|Warm|Warmest)\\s{1,10}[Rr]egards|Regards|Thanks|Thank you|Sincerely|Cheers|Yours truly|Best),`,
      after: `\\s+\\p{Lu}`,
      note: 'A closing before the signature: "Best regards, Anna".',
    },
  ];
  return {
    lang: 'en',
    rules: rules.filter((r): r is SegRule => r !== null),
    protect: PROTECT_WEB,
    quotes: [],
  };
}
