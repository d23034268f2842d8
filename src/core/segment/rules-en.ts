// English segmentation rules as data. Order matters: exceptions (break: false) come before the
// general rules they qualify. To add an abbreviation, add it to a list below (or pass it in
// SegmentOptions.abbreviations); to add a rule, put a SegRule where it should take precedence.
import { abbreviationRule, CLOSERS, ELLIPSIS, OPENERS, PROTECT_WEB } from './common.js';
import type { RuleSet, SegmentOptions, SegRule } from './types.js';

/** Abbreviations that (almost) never end a sentence: titles, Latin, references. */
export const EN_ABBREVIATIONS: readonly string[] = [
  ...['Mr.', 'Mrs.', 'Ms.', 'Messrs.', 'Mmes.', 'Dr.', 'Drs.', 'Prof.', 'Profs.', 'St.', 'Ste.'],
  ...['Mt.', 'Ft.', 'Capt.', 'Cpt.', 'Sgt.', 'Lt.', 'Col.', 'Gen.', 'Maj.', 'Cmdr.', 'Adm.'],
  ...['Gov.', 'Sen.', 'Rep.', 'Rev.', 'Hon.', 'Pres.', 'Supt.', 'Fr.', 'Mme.', 'Mlle.'],
  ...['e.g.', 'i.e.', 'cf.', 'vs.', 'viz.', 'approx.', 'ca.', 'esp.', 'incl.', 'resp.'],
  ...['Fig.', 'Figs.', 'Vol.', 'Vols.', 'pp.', 'Ch.', 'Sec.', 'Art.', 'Eq.', 'ext.', 'Ext.'],
  ...['Tel.', 'tel.', 'Ph.D.', 'M.D.', 'B.A.', 'M.A.', 'B.Sc.', 'M.Sc.'],
];

/** Abbreviations that may end a sentence: they end one only before a typical sentence opener. */
export const EN_WEAK_ABBREVIATIONS: readonly string[] = [
  ...['etc.', 'Inc.', 'Ltd.', 'Co.', 'Corp.', 'Cos.', 'Bros.', 'LLC.', 'Jr.', 'Sr.', 'Esq.'],
  ...['a.m.', 'p.m.', 'al.', 'Ave.', 'Blvd.', 'Rd.', 'Dept.', 'Univ.', 'Assn.', 'PVT.'],
  ...['Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.'],
  ...['Dec.', 'Mon.', 'Tue.', 'Tues.', 'Wed.', 'Thu.', 'Thur.', 'Thurs.', 'Fri.', 'Sat.', 'Sun.'],
  ...['No.', 'Nos.', 'p.', 'ft.', 'in.', 'lb.', 'lbs.', 'oz.', 'min.', 'max.', 'hr.', 'hrs.'],
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
  ...['yelled', 'exclaimed', 'called', 'protested', 'snapped', 'laughed', 'added', 'says', 'asks'],
];

const alt = (words: readonly string[]): string => words.join('|');

/** A typical end of sentence: terminators, then closing quotes or brackets. */
const END = `[.!?‼⁇⁈⁉]+[${CLOSERS}]*`;

export function enRuleSet(options: SegmentOptions = {}): RuleSet {
  const openers = alt(EN_SENTENCE_OPENERS);
  const strong = abbreviationRule(
    [...EN_ABBREVIATIONS, ...(options.abbreviations ?? [])],
    `\\s`,
    'Titles and Latin abbreviations: "Dr. Sha", "e.g. this".',
  );
  const weak = abbreviationRule(
    EN_WEAK_ABBREVIATIONS,
    `\\s+(?!(?:${openers})\\b)`,
    'May end a sentence, but only before a word that usually opens one: "Inc. The".',
  );
  const rules: (SegRule | null)[] = [
    ...(options.rules ?? []),
    {
      break: false,
      before: `\\p{N}[.,:]`,
      after: `\\p{N}`,
      note: 'Decimals, versions, times and phone numbers: 24.44, 2.0.1, 10:30.',
    },
    {
      break: false,
      before: `[:;,]\\?+`,
      after: `.`,
      note: 'A question mark straight after a colon is mangled space in mail ("Fax:? 203").',
    },
    strong,
    weak,
    {
      break: false,
      before: `(?<![\\p{L}\\p{N}.'’-])(?:\\p{L}\\.){2,}`,
      after: `\\s+(?!(?:${openers})\\b)`,
      note: 'Dotted initialisms: U.S., P.S., W.H.S. Koerner.',
    },
    {
      break: false,
      before: `(?<![\\p{L}\\p{N}.'’-])\\p{Lu}\\.`,
      after: `\\s+(?!(?:${openers})\\b)\\p{Lu}`,
      note: 'Initials before a name: J. M. Huber, Jennifer M. Anderson.',
    },
    {
      break: false,
      before: `(?:^|[.!?:;]\\s+)\\(?\\p{N}{1,3}[.)]`,
      after: `\\s`,
      note: 'List numbering at the start of a paragraph or sentence: "1. Preheat".',
    },
    {
      break: false,
      before: `(?<![\\p{L}\\p{N}])(\\p{L}[\\p{L}'’-]*)\\s?${ELLIPSIS}`,
      after: `\\s*\\1`,
      note: 'A stammer repeats the word after the ellipsis: "I... I can\'t".',
    },
    {
      break: true,
      before: `[\\p{L}\\p{N},)'"”’]\\s?${ELLIPSIS}[${CLOSERS}]*`,
      after: `\\s*[${OPENERS}]?[\\p{Lu}\\p{N}]`,
      note: 'An ellipsis ends a sentence when a capital follows; before lower case it trails off.',
    },
    {
      break: false,
      before: `[!?]+[${CLOSERS}]+`,
      after: `\\s+\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)? (?:${alt(EN_SPEECH_VERBS)})\\b`,
      note: 'A named speaker after an exclamation or question: "Help!" Wang cried.',
    },
    {
      break: true,
      before: `[\\p{L}\\p{N}]${END}`,
      after: `\\s+[${OPENERS}]*[\\p{Lu}\\p{N}]`,
      note: 'The general rule: a full stop, question or exclamation mark, then a capital.',
    },
    {
      break: true,
      before: `[)\\]]${END}`,
      after: `\\s+[${OPENERS}]*[\\p{Lu}\\p{N}]`,
      note: 'The same after a closing bracket: "(see below). Next".',
    },
    {
      break: true,
      before: `[\\p{L}\\p{N}][.!?]+`,
      after: `\\s+[\\p{Ll}]`,
      note: 'Web text often starts sentences in lower case; quoted speech before "he said" does not.',
    },
    {
      break: true,
      before: `\\p{Ll}{2,}[.!?]+`,
      after: `\\p{Lu}\\p{Ll}`,
      note: 'A missing space after the full stop: "quality.You".',
    },
    {
      break: true,
      before: `[—–-]+[${CLOSERS}]+`,
      after: `\\s+[${OPENERS}]`,
      note: 'Speech broken off with a dash, then the next speaker: "but I—" "You what?"',
    },
    {
      break: true,
      before: `(?:^|\\s)(?:[:;=]'?-?[()DPp3\\]\\[]|<3|\\^_?\\^)`,
      after: `\\s+\\S`,
      note: 'Emoticons close a sentence in web text: "see you :) Bye".',
    },
    {
      break: true,
      before: `\\b\\d{1,2}:\\d{2}(?::\\d{2})?\\s?[AaPp]\\.?[Mm]\\.?`,
      after: `\\s+\\S`,
      note: 'Mail headers: "08/16/2000 12:05 PM" stands alone.',
    },
    {
      break: true,
      before: `\\S`,
      after: `\\s+\\d{1,2}/\\d{1,2}/\\d{2,4}\\s+\\d{1,2}:\\d{2}`,
      note: 'Mail headers: the sender line ends before the date stamp.',
    },
    {
      break: true,
      before: `(?:^|[.!?]\\s+)(?:(?:Best|Kind|Warm|Warmest)\\s+)?(?:[Rr]egards|Thanks|Thank you|Sincerely|Cheers|Yours truly|Best),`,
      after: `\\s+\\p{Lu}`,
      note: 'A closing before the signature: "Regards, Debra".',
    },
  ];
  return {
    lang: 'en',
    rules: rules.filter((r): r is SegRule => r !== null),
    protect: PROTECT_WEB,
    quotes: [],
  };
}
