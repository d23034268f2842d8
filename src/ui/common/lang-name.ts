// A file's language tag as a translator reads it: the app's own two languages by the names the
// rest of the UI gives them, any other by the browser's name for it in the UI language
// (be → Belarusian / 白俄罗斯语), the bare tag only when the browser has no name for it.
import { toAppLang } from '../../core/formats/langs.js';
import { i18n, t } from '../../i18n/index.js';

export function langName(tag: string): string {
  const app = toAppLang(tag);
  if (app) return t(`lang.${app}`);
  try {
    return new Intl.DisplayNames([i18n.language], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag; // not a well-formed tag
  }
}
