// Language labels in files lie (an "en" source full of Chinese): count the script of the text
// ourselves and correct the label, with a warning, when they disagree.
import type { Lang, Pair } from '../model.js';
import type { ImportResult } from './types.js';
import { warning } from './warnings.js';

export type Script = 'han' | 'kana' | 'latin' | 'unknown';

/**
 * Counts the scripts of texts given one at a time, up to about 20,000 letters: enough to decide,
 * and the same answer whether a file is read whole or as a stream.
 */
export class ScriptCounter {
  private han = 0;
  private latin = 0;
  private kana = 0;

  get full(): boolean {
    return this.han + this.latin > 20000;
  }

  add(t: string): void {
    if (this.full) return;
    for (const ch of t) {
      const c = ch.codePointAt(0) ?? 0;
      if (c >= 0x3040 && c <= 0x30ff) this.kana++;
      else if (
        (c >= 0x3400 && c <= 0x9fff) ||
        (c >= 0xf900 && c <= 0xfaff) ||
        (c >= 0x20000 && c <= 0x3ffff)
      )
        this.han++;
      else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f))
        this.latin++;
    }
  }

  /** Which script most letters are in: Han ideographs vs Latin letters. */
  script(): Script {
    const { han, latin, kana } = this;
    if (han === 0 && latin === 0 && kana === 0) return 'unknown';
    // Japanese writes kanji among kana; Chinese has no kana at all.
    if (kana * 10 >= han + kana && kana * 3 >= latin) return 'kana';
    // A Chinese sentence often carries a few Latin letters (names, %{placeholders}); one Han
    // character stands for more than one Latin letter, hence the weight.
    return han * 3 >= latin ? 'han' : 'latin';
  }
}

/** Which script most letters of these texts are in: Han ideographs vs Latin letters. */
export function detectScript(texts: Iterable<string>): Script {
  const counter = new ScriptCounter();
  for (const t of texts) {
    counter.add(t);
    if (counter.full) break;
  }
  return counter.script();
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

/**
 * Language names a spreadsheet's header row uses instead of tags (中文 | English), as tags; only
 * the app's two languages and the Chinese scripts, matched whole and case-insensitively.
 */
const LANGUAGE_NAMES: Record<string, string> = {
  中文: 'zh',
  汉语: 'zh',
  漢語: 'zh',
  汉文: 'zh',
  简体中文: 'zh-Hans',
  中文简体: 'zh-Hans',
  简体: 'zh-Hans',
  繁体中文: 'zh-Hant',
  繁體中文: 'zh-Hant',
  中文繁體: 'zh-Hant',
  英文: 'en',
  英语: 'en',
  英語: 'en',
  chinese: 'zh',
  'simplified chinese': 'zh-Hans',
  'chinese (simplified)': 'zh-Hans',
  'traditional chinese': 'zh-Hant',
  'chinese (traditional)': 'zh-Hant',
  english: 'en',
};

const languageNameTag = (cell: string): string | undefined =>
  LANGUAGE_NAMES[cell.trim().toLowerCase()];

const LANG_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/**
 * The language a spreadsheet header cell names its column by, as a tag: a tag (zh-CN), a
 * language's name (中文, "Chinese (Simplified)"), or a name with its tag (英文 (en-US));
 * undefined for any other cell.
 */
export function headerLanguage(raw: string): string | undefined {
  const cell = raw.trim();
  const whole = languageNameTag(cell);
  if (whole) return whole;
  if (LANG_TAG.test(cell) && cell.length <= 12) return cell;
  const m = /^(.*?)\s*[(（]([^)）]*)[)）]$/.exec(cell);
  const named = m ? languageNameTag(m[1] ?? '') : undefined;
  return named && (m?.[2]?.trim() || named);
}

/** Primary-language match, case-insensitive: `en` matches `EN-gb`. */
export function sameLanguage(a: string, b: string): boolean {
  const p = (t: string) => t.trim().toLowerCase().split(/[-_]/)[0];
  return p(a) === p(b);
}

/**
 * The language of one side of a file: its label, unless the text says otherwise (a side
 * labelled "en" written in Han characters is zh-Hans, one labelled Chinese in Latin letters
 * is en); the script alone when there is no label (kana is Japanese, not Chinese).
 */
export function sideLanguage(label: string, script: Script): string {
  if (script === 'han' && label && !isChinese(label)) return 'zh-Hans';
  if (script === 'latin' && isChinese(label)) return 'en';
  if (label) return label;
  return script === 'han' ? 'zh-Hans' : script === 'latin' ? 'en' : script === 'kana' ? 'ja' : '';
}

function corrected(
  label: string,
  script: Script,
  side: 'source' | 'target',
  warnings: string[],
): string {
  const lang = sideLanguage(label, script);
  if (label && lang !== label)
    warnings.push(
      warning(lang === 'en' ? `${side}-labelled-latin` : `${side}-labelled-chinese`, { label }),
    );
  return lang;
}

const LETTER = /[\p{L}]/u;

/**
 * Last step of every import, one pair at a time so a stream can use it: correct lying language
 * labels and stop counting targets that are plain copies of their source as translated.
 */
export class ImportFinisher {
  private source = new ScriptCounter();
  private target = new ScriptCounter();
  private copies = 0;

  constructor(private readonly copiesUntranslated = false) {}

  /** Call for every pair, in order, before anyone else sees it (it may change its status). */
  add(p: Pair): void {
    this.source.add(p.source);
    // Copies of the source say nothing about the target language.
    if (p.target !== p.source) this.target.add(p.target);
    if (!this.copiesUntranslated) return;
    if (p.target && p.target === p.source && LETTER.test(p.source) && p.status !== 'new') {
      if (p.status === undefined || p.status === 'translated' || p.status === 'draft') {
        p.status = 'new';
        this.copies++;
      }
    }
  }

  /** Corrects the labels of `result` and adds the warnings, once every pair was added. */
  finish<R extends Pick<ImportResult, 'sourceLang' | 'targetLang' | 'warnings'>>(result: R): R {
    const unstated = !result.targetLang.trim();
    result.sourceLang = corrected(
      result.sourceLang,
      this.source.script(),
      'source',
      result.warnings,
    );
    result.targetLang = corrected(
      result.targetLang,
      this.target.script(),
      'target',
      result.warnings,
    );
    // No target language named, and translations in the source's own script: an English–French
    // file would otherwise read as English → English without a word (the direction is then the
    // user's guess), so say what was found.
    const target = this.target.script();
    if (unstated && target !== 'unknown' && target === this.source.script())
      result.warnings.push(warning('target-language-unstated'));
    if (this.copies) result.warnings.push(warning('copies-untranslated', { count: this.copies }));
    return result;
  }
}

/** `ImportFinisher` over a complete result. */
export function finishImport(result: ImportResult, copiesUntranslated = false): ImportResult {
  const finisher = new ImportFinisher(copiesUntranslated);
  for (const d of result.documents) for (const p of d.pairs) finisher.add(p);
  return finisher.finish(result);
}
