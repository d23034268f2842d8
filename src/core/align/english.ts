// English side of the evidence: word tokens, stopwords and a light stemmer. The same stemmer
// runs when the lexicon is built (scripts/build-lexicon.mjs) and when a sentence is read, so a
// gloss "to walk" and a text "walked" meet as the same key "walk".

const STOPWORDS = new Set(
  (
    'a an the and or but nor so yet of in on at to for from by with as into onto upon about ' +
    'than then that this these those there here is am are was were be been being have has had ' +
    "do does did will would shall should can could may might must it its it's i me my mine we " +
    'us our ours you your yours he him his she her hers they them their theirs what which who ' +
    'whom whose when where why how not no if also just very too only all any some such own ' +
    'same other each every both few more most much many s t d ll m re ve o up out over under ' +
    "again further once off down one's oneself myself yourself himself herself itself ourselves " +
    'themselves let get got'
  ).split(' '),
);

const isVowel = (c: string): boolean => 'aeiou'.includes(c);

/** Undo a doubled final consonant left by removing a suffix ("running" → "runn" → "run"). */
function undouble(w: string): string {
  const n = w.length;
  if (n > 2 && w[n - 1] === w[n - 2] && !isVowel(w[n - 1]!) && !'lsz'.includes(w[n - 1]!)) {
    return w.slice(0, -1);
  }
  return w;
}

/**
 * A deliberately small suffix stripper. It needs to be consistent, not linguistically right:
 * both sides of every comparison go through it.
 */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ied') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('ing') && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length > 4) w = undouble(w.slice(0, -2));
  if (w.endsWith('ly') && w.length > 4) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

export const isStopword = (w: string): boolean => STOPWORDS.has(w.toLowerCase());

/** Latin words (letters, inner apostrophes and hyphens) in a text, in order. */
export function latinWords(text: string): string[] {
  return text.match(/[A-Za-z]+(?:['’][A-Za-z]+)*/g) ?? [];
}

/**
 * Irregular past forms and plurals → the form a dictionary gloss uses, for reading text only:
 * glosses are base forms ("say", "come"), narrative text is past tense ("said", "came"), and no
 * suffix rule joins them. Left out where the past form is mostly a word of its own (rose, lay,
 * bit, wound); saw, found and left are read as see, find, leave, since narrative uses them so
 * (mac-dev +0.004/+0.002 F1 with them, nothing elsewhere). Clipped words likewise read as the
 * full word glosses use (lab → laboratory for 实验室; mac-dev en→zh +0.001); "plane" is left, as
 * it is also 平面. Glosses keep `contentStems` as it is, so the lexicon does not change.
 */
const IRREGULAR = new Map<string, string>(
  (
    'said:say came:come went:go gone:go took:take taken:take told:tell seen:see began:begin ' +
    'begun:begin felt:feel sat:sit thought:think knew:know known:know heard:hear made:make ' +
    'became:become brought:bring bought:buy caught:catch gave:give given:give held:hold ' +
    'kept:keep led:lead lost:lose meant:mean met:meet paid:pay ran:run sent:send shot:shoot ' +
    'slept:sleep spoke:speak spoken:speak stood:stand struck:strike taught:teach threw:throw ' +
    'thrown:throw understood:understand wore:wear worn:wear won:win wrote:write written:write ' +
    'ate:eat eaten:eat drank:drink drove:drive driven:drive fell:fall fallen:fall flew:fly ' +
    'forgot:forget forgotten:forget grew:grow grown:grow hid:hide hidden:hide hung:hang ' +
    'laid:lay rode:ride rang:ring sang:sing sank:sink shook:shake shaken:shake sold:sell ' +
    'spent:spend stole:steal swam:swim tore:tear woke:wake broke:break broken:break ' +
    'chose:choose chosen:choose drew:draw drawn:draw fought:fight fled:flee froze:freeze ' +
    'built:build dealt:deal dug:dig fed:feed knelt:kneel leapt:leap lent:lend slid:slide ' +
    'sprang:spring stuck:stick swept:sweep swore:swear wept:weep sought:seek ' +
    'saw:see found:find left:leave going:go used:use arose:arise arisen:arise awoke:awake bore:bear ' +
    'beheld:behold bent:bend bled:bleed blew:blow blown:blow bred:breed burnt:burn clung:cling ' +
    'crept:creep dreamt:dream flung:fling forbade:forbid forgave:forgive forgiven:forgive ' +
    'leant:lean learnt:learn mistook:mistake overcame:overcome overheard:overhear risen:rise ' +
    'ridden:ride shone:shine shrank:shrink slung:sling smelt:smell sped:speed spilt:spill ' +
    'spat:spit spun:spin stank:stink stung:sting strode:stride strove:strive stolen:steal ' +
    'sung:sing sunk:sink swung:swing sworn:swear torn:tear trod:tread wove:weave woven:weave ' +
    'woken:wake wrung:wring withdrew:withdraw withdrawn:withdraw undertook:undertake ' +
    'upheld:uphold bitten:bite bade:bid ' +
    'children:child men:man women:woman feet:foot teeth:tooth mice:mouse geese:goose ' +
    'wives:wife knives:knife lives:life wolves:wolf halves:half thieves:thief shelves:shelf ' +
    'lab:laboratory labs:laboratory phone:telephone phones:telephone bike:bicycle ' +
    'bikes:bicycle fridge:refrigerator maths:mathematics math:mathematics info:information ' +
    'dorm:dormitory gym:gymnasium'
  )
    .split(' ')
    .map((p) => p.split(':') as [string, string]),
);

const CONTRACTION = /'(?:s|ll|re|ve|m|d)$/;

function stemsOf(text: string, irregular: boolean): string[] {
  const out: string[] = [];
  for (const w of latinWords(text)) {
    const lw = w.replace(/’/g, "'").toLowerCase();
    // Negated auxiliaries ("haven't", "didn't") are function words like their positive forms.
    if (lw.length < 2 || STOPWORDS.has(lw) || lw.endsWith("n't")) continue;
    // Contracted function words ("that's", "you're", "i'll") are function words too.
    if (CONTRACTION.test(lw) && STOPWORDS.has(lw.slice(0, lw.indexOf("'")))) continue;
    out.push(stem((irregular && IRREGULAR.get(lw)) || lw));
  }
  return out;
}

/** Stemmed content words of an English text (stopwords and digits left out). */
export const contentStems = (text: string): string[] => stemsOf(text, false);

/** Stems of a sentence being aligned: as contentStems, irregular forms read as their base. */
export const textStems = (text: string): string[] => stemsOf(text, true);
