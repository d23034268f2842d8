// A file's language tag as a translator reads it: the app's own two languages by the names the
// rest of the UI gives them, any other by the browser's name for it in the UI language
// (be → Belarusian / 白俄罗斯语), the bare tag only when the browser has no name for it.
import { toAppLang } from '../../core/formats/langs.js';
import { i18n, t } from '../../i18n/index.js';

export function langName(tag: string): string {
  if (!tag) return t('exchange.import.unknownLang');
  const app = toAppLang(tag);
  if (app) return t(`lang.${app}`);
  try {
    const name = new Intl.DisplayNames([i18n.language || 'en'], { type: 'language' }).of(tag);
    // An unknown tag comes back as itself (in whatever case the browser gives it).
    return name && name.toLowerCase() !== tag.toLowerCase() ? name : tag;
  } catch {
    return tag; // not a well-formed tag
  }
}
