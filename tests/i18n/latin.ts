// Finds English left on a Chinese screen; shared by the tests that switch the UI to Chinese.
import { SHORTCUTS } from '../../src/ui/grid/keymap.js';
import { NEXT_KEYS, PREV_KEYS } from '../../src/ui/review/bt-review-bar.js';

// With the UI in Chinese and Chinese-only data, any Latin word left on screen (text, or a name a
// screen reader reads out) is a string that did not come from locales/. Key names are allowed.
const ALLOWED = new Set([
  'English',
  // Names of file formats, encodings and the programs the export options are for.
  ...['TMX', 'XLIFF', 'XML', 'TSV', 'CSV', 'HTML', 'DOCX'],
  ...['UTF', 'BOM', 'GB', 'GBK', 'Big', 'LE', 'BE'],
  ...['Word', 'Excel', 'Windows', 'memoQ', 'Trados'],
  // Language tags as files write them.
  ...['zh', 'CN', 'TW', 'Hans', 'Hant', 'BCP'],
  // Extensions of the file names the import and export dialogs show.
  ...['tmx', 'xlf', 'csv', 'txt', 'docx'],
  ...SHORTCUTS.flatMap((s) => s.keys.match(/[A-Za-z]{2,}/g) ?? []),
  ...`${NEXT_KEYS} ${PREV_KEYS}`.split(/[^A-Za-z]+/),
]);

export function visibleStrings(root: Node, out: string[] = []): string[] {
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) {
      const p = n.parentElement;
      if (p && p.tagName !== 'STYLE' && p.tagName !== 'SCRIPT') out.push(n.textContent ?? '');
      return;
    }
    if (n instanceof Element) {
      for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
        const v = n.getAttribute(a);
        if (v) out.push(v);
      }
      if (n.shadowRoot) walk(n.shadowRoot);
    }
    n.childNodes.forEach(walk);
  };
  walk(root);
  return out;
}

export const latinWords = (strings: string[]) =>
  strings.flatMap((s) => s.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !ALLOWED.has(w));
