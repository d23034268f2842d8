// A file's language tag in words of the UI language: the app's own name for Chinese and English,
// the browser's name for any other (fr → French, 法语), the tag itself when neither knows it.
import { toAppLang } from '../../core/formats/langs.js';
import { i18n, t } from '../../i18n/index.js';

export function langWords(tag: string): string {
  if (!tag) return t('exchange.import.unknownLang');
  const app = toAppLang(tag);
  if (app) return t(`lang.${app}`);
  try {
    const names = new Intl.DisplayNames([i18n.language || 'en'], { type: 'language' });
    const name = names.of(tag);
    // An unknown tag comes back as itself.
    return name && name.toLowerCase() !== tag.toLowerCase() ? name : tag;
  } catch {
    return tag; // not a well-formed tag
  }
}
