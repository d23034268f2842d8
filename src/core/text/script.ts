// Simplified or Traditional Chinese, told from the characters: a short list of common characters
// written differently in the two standards (这/這, 们/們, 说/說 …) decides, by which side has more.

// Pairs of [simplified, traditional] forms among the most frequent characters that differ.
const PAIRS =
  '这這们們说說国國会會来來时時为為个個对對发發过過还還进進动動后後从從经經现現样樣' +
  '开開关關问問间間长長东東书書车車见見让讓学學实實点點业業体體机機电電话話认認' +
  '题題写寫语語应應几幾没沒钱錢办辦种種济濟产產华華门門边邊处處传傳决決区區' +
  '难難与與员員头頭战戰线線总總将將军軍观觀报報单單网網场場万萬岁歲听聽';

const SIMPLIFIED = new Set<string>();
const TRADITIONAL = new Set<string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  SIMPLIFIED.add(PAIRS[i]);
  TRADITIONAL.add(PAIRS[i + 1]);
}

export type ChineseScript = 'Hans' | 'Hant';

/**
 * The script of Chinese text, or undefined when it shows neither (no telling characters, or a
 * tie). Reads at most the first `limit` characters: enough to decide, cheap on a big document.
 */
export function chineseScript(texts: Iterable<string>, limit = 200_000): ChineseScript | undefined {
  let hans = 0;
  let hant = 0;
  let seen = 0;
  for (const text of texts) {
    for (const ch of text) {
      if (SIMPLIFIED.has(ch)) hans++;
      else if (TRADITIONAL.has(ch)) hant++;
    }
    seen += text.length;
    if (seen > limit) break;
  }
  if (hans === hant) return undefined;
  return hant > hans ? 'Hant' : 'Hans';
}
