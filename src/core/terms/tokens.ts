// Terms and texts cut into the same normalised tokens, so a term is found wherever its tokens
// follow each other: a Han character is a token of its own (Chinese has no spaces to wait for),
// a run of letters or digits is one token, lower-cased, singular and without a verb's ending
// (Summits → summit, deployed → deploy; see wordKey), spaces,
// line breaks and hyphens only separate (open-source = Open Source), other punctuation is a token
// (so a term never runs across a comma). Offsets are UTF-16, into the original text.

export interface Token {
  key: string;
  start: number;
  end: number;
  /** An acronym as written: two or more letters, all capitals (IT, US, PIN). */
  caps?: true;
  /** A Han (or kana, hangul) character: where word boundaries are ChineseWords' to tell. */
  han?: true;
  /** A word's letters and digits, lower-cased, before keying: joined to read e-mail as email. */
  word?: string;
  /** A word right after a hyphen (or a soft hyphen): Fi in Wi-Fi. */
  hyphen?: true;
}

const HYPHENS = new Set(['-', '\u00AD', '\u2010', '\u2011']);

const HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /[\s\u00AD\u2010\u2011\u200B\u2060-]/u;
const SINGLE_QUOTE = /^[\u2018\u2019\u201A\u201B\u2032]$/u;
const DOUBLE_QUOTE = /^[\u201C\u201D\u201E\u201F\u2033]$/u;

type Kind = 0 | 1 | 2 | 3; // space, word, han, punctuation

/** Kind and normalised form of one code point (full-width Latin reads as Latin). */
function classify(ch: string): [Kind, string] {
  const c = ch.charCodeAt(0);
  if (c < 0x80) {
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) return [1, ch];
    if (c >= 0x41 && c <= 0x5a) return [1, String.fromCharCode(c + 32)];
    if (c <= 0x20 || c === 0x2d || c === 0x7f) return [0, ''];
    return [3, ch];
  }
  const n = ch.normalize('NFKC').toLowerCase();
  if (HAN.test(n)) return [2, n];
  if (SPACE.test(n)) return [0, ''];
  if (WORD.test(n)) return [1, n];
  // Typographic quotes read as typed ones: a termbase's user's guide is found in user’s guide.
  if (SINGLE_QUOTE.test(n)) return [3, "'"];
  if (DOUBLE_QUOTE.test(n)) return [3, '"'];
  return [3, n];
}

/**
 * Plurals no ending rule reaches, common in technical and legal text. Only whole words: -ices and
 * -ves are mostly regular (devices, archives), so indices and leaves are listed one by one; data
 * and media stay as they are, since a text uses them as singulars too.
 */
const IRREGULAR = new Map(
  Object.entries({
    children: 'child',
    people: 'person',
    men: 'man',
    women: 'woman',
    feet: 'foot',
    teeth: 'tooth',
    mice: 'mouse',
    geese: 'goose',
    criteria: 'criterion',
    phenomena: 'phenomenon',
    curricula: 'curriculum',
    indices: 'index',
    matrices: 'matrix',
    vertices: 'vertex',
    appendices: 'appendix',
    axes: 'axis',
    crises: 'crisis',
    theses: 'thesis',
    leaves: 'leaf',
    lives: 'life',
    knives: 'knife',
    wives: 'wife',
    halves: 'half',
    shelves: 'shelf',
    selves: 'self',
    wolves: 'wolf',
    thieves: 'thief',
    calves: 'calf',
    loaves: 'loaf',
    chairmen: 'chairman',
    firemen: 'fireman',
    policemen: 'policeman',
    gentlemen: 'gentleman',
    fishermen: 'fisherman',
    foremen: 'foreman',
    freshmen: 'freshman',
    middlemen: 'middleman',
    workmen: 'workman',
    repairmen: 'repairman',
    cameramen: 'cameraman',
  }),
);

/**
 * Endings of Greek and compound plurals that are plurals wherever they occur: analyses,
 * hypotheses, diagnoses; salesmen, spokeswomen.
 */
const PLURAL_ENDINGS: [plural: string, singular: string, minLength: number][] = [
  ['yses', 'ysis', 6],
  ['theses', 'thesis', 7],
  ['gnoses', 'gnosis', 8],
  ['women', 'woman', 6],
  ['smen', 'sman', 6],
];

/**
 * A word's singular: enough English morphology for terms (summits, policies, boxes; analyses,
 * children, indices).
 */
export function singular(w: string): string {
  const n = w.length;
  const irregular = IRREGULAR.get(w);
  if (irregular) return irregular;
  for (const [plural, one, min] of PLURAL_ENDINGS)
    if (n >= min && w.endsWith(plural)) return w.slice(0, -plural.length) + one;
  if (n <= 3 || w.charCodeAt(n - 1) !== 0x73 /* s */) return w;
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
  if (w.endsWith('ies') && n > 4) return w.slice(0, -3) + 'y';
  if (/(?:ch|sh|x|z|ss)es$/.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}

const VOWEL = /[aeiouy]/;

/** A verb's -ed, -ied or -ing taken off when what is left still has a vowel (string, shred stay). */
function stripVerb(w: string): string {
  const n = w.length;
  if (n > 4 && w.endsWith('ied')) return w.slice(0, -3) + 'y';
  if (n > 5 && w.endsWith('ing') && VOWEL.test(w.slice(0, -3))) return w.slice(0, -3);
  // -eed is mostly the word itself (need, speed, exceed), not a past form.
  if (n > 4 && w.endsWith('ed') && !w.endsWith('eed') && VOWEL.test(w.slice(0, -2)))
    return w.slice(0, -2);
  return w;
}

/**
 * The same key for a word's base and its inflections, which need not be a word: a doubled last
 * consonant is made single and a last e dropped in every word alike, so stop and stopped, make and
 * making, install and installed, control and controlled meet. Derivations (deployment, user) stay
 * apart; so do short words, where a guess would join US with use.
 */
function squash(w: string): string {
  const n = w.length;
  if (n > 3 && w[n - 1] === w[n - 2] && !VOWEL.test(w[n - 1]!)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e') && !w.endsWith('ee')) w = w.slice(0, -1);
  return w;
}

/** British spellings American English writes otherwise, whole words. */
const BRITISH = new Map(
  Object.entries({
    grey: 'gray',
    aluminium: 'aluminum',
    mould: 'mold',
    programme: 'program',
    licence: 'license',
    defence: 'defense',
    offence: 'offense',
    pretence: 'pretense',
    practise: 'practice',
    ageing: 'aging',
    judgement: 'judgment',
    acknowledgement: 'acknowledgment',
    enrolment: 'enrollment',
    fulfil: 'fulfill',
    skilful: 'skillful',
    jewellery: 'jewelry',
    manoeuvre: 'maneuver',
  }),
);

/**
 * A British spelling as American English writes it (localisation = localization, colour = color,
 * centre = center, analyse = analyze, catalogue = catalog), so a termbase in one finds a text in
 * the other. Both sides are read the same way, so a key need not be a word; what matters is that
 * no two words meet, hence the lengths (four stays apart from for, prise from prize).
 */
function american(w: string): string {
  const n = w.length;
  if (n < 5) return w;
  const whole = BRITISH.get(w);
  if (whole) return whole;
  if (n >= 6 && w.endsWith('our')) return w.slice(0, -3) + 'or';
  if (w.endsWith('tre')) return w.slice(0, -3) + 'ter';
  if (n >= 7 && w.endsWith('ogue')) return w.slice(0, -4) + 'og';
  // organise, organised, organisation; analyse, analysed (every word passes here: no regex).
  for (const end of IS_ENDINGS) {
    const at = n - end.length - 2;
    if (at < 3 || w.charCodeAt(at + 1) !== 0x73 /* s */ || !w.endsWith(end)) continue;
    const c = w.charCodeAt(at);
    if (c === 0x69 /* i */ && at >= 4) return w.slice(0, at) + 'iz' + end;
    if (c === 0x79 /* y */ && end.length <= 3) return w.slice(0, at) + 'yz' + end;
  }
  return w;
}

/** What follows the s of -ise and -yse, longest first. */
const IS_ENDINGS = ['ation', 'ing', 'ers', 'ed', 'es', 'er', 'e'];

/**
 * The key of one word: singular, in American spelling, then (plain Latin words) the verb's
 * inflection taken off. Recognition reads words this way; checks that a spelling is the one a
 * termbase asks for read them by `inflectionKey`.
 */
export function wordKey(word: string): string {
  return keyOfWord(word, true);
}

/**
 * `wordKey` without the spelling: colours meets colour but not color. A termbase that forbids
 * one spelling for the other (a British client's localisation over localization) is obeyed.
 */
export function inflectionKey(word: string): string {
  return keyOfWord(word, false);
}

function keyOfWord(word: string, spelling: boolean): string {
  let k = singular(word);
  if (!/^[a-z]+$/.test(k)) return k;
  if (spelling) k = american(k);
  // Until nothing changes (a few rounds at most): embedded → embed → emb, as embed → emb.
  for (let i = 0; i < 3; i++) {
    const next = squash(stripVerb(k));
    if (next === k) break;
    k = next;
  }
  // Coloured is colour only now.
  return spelling ? american(k) : k;
}

/**
 * The tokens of a text, with their offsets. `keyOfWord` makes a word's key: `wordKey` to find
 * terms, `singular` to tell two spellings of one term apart (see termKey). `points`: whether an
 * abbreviation's points are inside its word (U.S. = US); QA reads them as written.
 */
export function tokenize(
  text: string,
  keyOfWord: (w: string) => string = wordKey,
  points = true,
): Token[] {
  const out: Token[] = [];
  let word = '';
  let wordStart = 0;
  let upper = 0;
  let lower = 0;
  const flush = (end: number) => {
    if (!word) return;
    const t: Token = { key: keyOfWord(word), start: wordStart, end, word };
    if (HYPHENS.has(text[wordStart - 1] ?? '')) t.hyphen = true;
    if (upper >= 2 && lower === 0) t.caps = true;
    out.push(t);
    word = '';
    upper = lower = 0;
  };
  /** Where the word's letters since its start or its last inner point begin (U.S.: 0, then 2). */
  let partStart = 0;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i) ?? 0;
    const len = cp > 0xffff ? 2 : 1;
    const ch = len === 1 ? text[i]! : text.slice(i, i + 2);
    // An abbreviation's points are inside its word, so U.S. is the term US (and Ph.D. PhD): a
    // point between letters where the letters on one side are one (node.js and end.The stay
    // apart), and the point after such a word's last letter.
    if (points && ch === '.' && word && isLetter(text, i - 1)) {
      const inner = isLetter(text, i + 1) && (i - partStart === 1 || !isLetter(text, i + 2));
      if (inner || (partStart > wordStart && i - partStart === 1)) {
        partStart = i + 1;
        i++;
        continue;
      }
    }
    const [kind, norm] = classify(ch);
    // A possessive is the word it is of, as an inflection is: the user's guide and the users'
    // guide hold the term user guide (the apostrophe, and its s, stay in the word's offsets).
    if (norm === "'" && word && isLetter(text, i - 1)) {
      if ((text.charCodeAt(i + 1) | 0x20) === 0x73 /* s */ && !isWordChar(text, i + 2)) {
        i += 2;
        continue;
      }
      if ((text.charCodeAt(i - 1) | 0x20) === 0x73 && !isWordChar(text, i + 1)) {
        i++;
        continue;
      }
    }
    if (kind === 1) {
      if (!word) wordStart = partStart = i;
      word += norm;
      // Lower-casing changed it: a capital (Ａ and A alike); unchanged letters are small or caseless.
      if (norm !== ch.normalize('NFKC')) upper++;
      else if (norm !== norm.toUpperCase()) lower++;
    } else {
      flush(i);
      if (kind === 2) out.push({ key: norm, start: i, end: i + len, han: true });
      else if (kind === 3) out.push({ key: norm, start: i, end: i + len });
    }
    i += len;
  }
  flush(text.length);
  return out;
}

/** Whether the UTF-16 unit at `i` is a letter, a digit or a mark of any script. */
const isWordChar = (text: string, i: number): boolean => i < text.length && WORD.test(text[i]!);

/** Whether the UTF-16 unit at `i` is a Latin letter (A–Z, a–z). */
function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i) | 0x20;
  return c >= 0x61 && c <= 0x7a;
}

/**
 * Whether two terms are one spelling (Open source = open-source, summits = summit), for merging
 * a termbase's duplicates: plurals only, not a verb's endings, since build and building, or
 * process and processing, are often two concepts of their own.
 */
export function termKey(text: string): string {
  return keyOf(tokenize(text, singular).map((t) => t.key));
}

export const SEP = '\u0001';
export const keyOf = (keys: readonly string[]): string => keys.join(SEP);
