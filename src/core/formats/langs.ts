// Language labels in files lie (an "en" source full of Chinese): count the script of the text
// ourselves and correct the label, with a warning, when they disagree.
import type { Lang, Pair } from '../model.js';
import type { ImportResult } from './types.js';

export type Script = 'han' | 'kana' | 'latin' | 'unknown';

/** Which script most letters of these texts are in: Han ideographs vs Latin letters. */
export function detectScript(texts: Iterable<string>): Script {
  let han = 0;
  let latin = 0;
  let kana = 0;
  for (const t of texts) {
    for (const ch of t) {
      const c = ch.codePointAt(0) ?? 0;
      if (c >= 0x3040 && c <= 0x30ff) kana++;
      else if (
        (c >= 0x3400 && c <= 0x9fff) ||
        (c >= 0xf900 && c <= 0xfaff) ||
        (c >= 0x20000 && c <= 0x3ffff)
      )
        han++;
      else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f))
        latin++;
    }
    if (han + latin > 20000) break;
  }
  if (han === 0 && latin === 0 && kana === 0) return 'unknown';
  // Japanese writes kanji among kana; Chinese has no kana at all.
  if (kana * 10 >= han + kana && kana * 3 >= latin) return 'kana';
  // A Chinese sentence often carries a few Latin letters (names, %{placeholders}); one Han
  // character stands for more than one Latin letter, hence the weight.
  return han * 3 >= latin ? 'han' : 'latin';
}

export function isChinese(tag: string): boolean {
  return /^(zh|cmn|yue)(-|$)/i.test(tag.trim());
}

/** The app's two languages, from any BCP 47 tag (zh-CN, ZH-hans, en-US…). */
export function toAppLang(tag: string): Lang | undefined {
  if (isChinese(tag)) return 'zh-Hans';
  if (/^en(-|$)/i.test(tag.trim())) return 'en';
  return undefined;
}

/** Primary-language match, case-insensitive: `en` matches `EN-gb`. */
export function sameLanguage(a: string, b: string): boolean {
  const p = (t: string) => t.trim().toLowerCase().split(/[-_]/)[0];
  return p(a) === p(b);
}

function corrected(label: string, script: Script, side: string, warnings: string[]): string {
  if (script === 'han' && label && !isChinese(label)) {
    warnings.push(`${side} is labelled "${label}" but its text is Chinese: treated as zh-Hans`);
    return 'zh-Hans';
  }
  if (script === 'latin' && isChinese(label)) {
    warnings.push(`${side} is labelled "${label}" but its text is in Latin letters: treated as en`);
    return 'en';
  }
  if (!label) return script === 'han' ? 'zh-Hans' : script === 'latin' ? 'en' : '';
  return label;
}

const LETTER = /[\p{L}]/u;

/**
 * Last step of every import: correct lying language labels and stop counting targets that are
 * plain copies of their source as translated.
 */
export function finishImport(result: ImportResult, copiesUntranslated = false): ImportResult {
  const pairs: Pair[] = result.documents.flatMap((d) => d.pairs);
  result.sourceLang = corrected(
    result.sourceLang,
    detectScript(pairs.map((p) => p.source)),
    'the source',
    result.warnings,
  );
  result.targetLang = corrected(
    result.targetLang,
    // Copies of the source say nothing about the target language.
    detectScript(pairs.filter((p) => p.target !== p.source).map((p) => p.target)),
    'the target',
    result.warnings,
  );
  let copies = 0;
  for (const p of pairs) {
    if (!copiesUntranslated) break;
    if (p.target && p.target === p.source && LETTER.test(p.source) && p.status !== 'new') {
      if (p.status === undefined || p.status === 'translated' || p.status === 'draft') {
        p.status = 'new';
        copies++;
      }
    }
  }
  if (copies)
    result.warnings.push(
      `${copies} target(s) are copies of their source: marked as not translated`,
    );
  return result;
}
