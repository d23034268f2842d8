// What an import or export changed or left out. Each kind is worded once here, in English (the
// CLI prints it, logs keep it), under a code the UI words from locales/ (`formatWarning.<code>`,
// the same {{params}}). A warning stays a string, so it crosses the Worker and reaches the CLI as
// before; `readWarning` gets its code and params back from it.

export const FORMAT_WARNINGS = {
  'single-cell-rows': '{{count}} row(s) have only one cell: imported with an empty target',
  'docx-no-table': 'a document without a table: one source row per paragraph',
  'text-no-translation': 'plain text without translations: one source row per line',
  'source-labelled-chinese':
    'the source is labelled "{{label}}" but its text is Chinese: treated as zh-Hans',
  'target-labelled-chinese':
    'the target is labelled "{{label}}" but its text is Chinese: treated as zh-Hans',
  'source-labelled-latin':
    'the source is labelled "{{label}}" but its text is in Latin letters: treated as en',
  'target-labelled-latin':
    'the target is labelled "{{label}}" but its text is in Latin letters: treated as en',
  'target-language-unstated':
    'the file names no target language and its translations are written in the same script as its source: is it a Chinese–English file?',
  'copies-untranslated': '{{count}} target(s) are copies of their source: marked as not translated',
  'tmx-target-guessed':
    'the target language {{chosen}} was chosen from the first {{units}} units, but the file has more {{other}}',
  'tmx-no-source': '{{count}} translation unit(s) have no {{lang}} variant: skipped',
  'tmx-other-languages':
    '{{count}} translation unit(s) hold other languages than {{source}} and {{target}}: ignored',
  'tmx-empty': 'the TMX holds no translation units',
  'tmx-source-empty': '{{count}} row(s) have no source text: left out of the TMX',
  'xliff-no-source-language': '<file> at line {{line}} has no source-language',
  'xliff-untranslatable': '{{count}} unit(s) marked translate="no": left out',
  'xliff-invalid-state':
    '{{count}} target(s) have state="{{state}}", which XLIFF 1.2 does not define: status guessed',
  'xliff2-no-segment':
    'unit "{{unit}}" (line {{line}}) has no <segment>, which XLIFF 2 requires: skipped',
  'xliff2-reordered': 'unit "{{unit}}" re-orders its targets: joined into one pair in target order',
  'xliff2-no-target-language':
    'the file has targets but no trgLang (required by XLIFF 2): target language unknown',
  'xliff2-invalid-state':
    '{{count}} segment(s) have state="{{state}}", which XLIFF 2 does not define: status guessed',
  'removed-from-source': '{{row}} source: removed {{count}} character(s) that XML does not allow',
  'removed-from-target': '{{row}} target: removed {{count}} character(s) that XML does not allow',
  'removed-from-note': '{{row}} note: removed {{count}} character(s) that XML does not allow',
  'removed-from-name': 'document name: removed {{count}} character(s) that XML does not allow',
  'removed-from-term': 'term: removed {{count}} character(s) that XML does not allow',
} as const;

export type FormatWarningCode = keyof typeof FORMAT_WARNINGS;
export type WarningParams = Record<string, string | number>;

/** The English text of a warning (what `warnings` arrays hold). */
export function warning(code: FormatWarningCode, params: WarningParams = {}): string {
  return FORMAT_WARNINGS[code].replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k]));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each template as a pattern that takes a text apart again (params may hold any text). */
const PATTERNS = (Object.keys(FORMAT_WARNINGS) as FormatWarningCode[]).map((code) => {
  const names: string[] = [];
  const source = FORMAT_WARNINGS[code]
    .split(/(\{\{\w+\}\})/)
    .map((part) => {
      const m = /^\{\{(\w+)\}\}$/.exec(part);
      if (!m) return escape(part);
      names.push(m[1]);
      return '([\\s\\S]*?)';
    })
    .join('');
  return { code, names, re: new RegExp(`^${source}$`) };
});

/** The code and params of a warning's text; undefined for a text no template words. */
export function readWarning(
  text: string,
): { code: FormatWarningCode; params: WarningParams } | undefined {
  for (const { code, names, re } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const params: WarningParams = {};
    // Counts go back to numbers, so the UI picks the right plural form.
    names.forEach((n, i) => (params[n] = n === 'count' ? Number(m[i + 1]) : m[i + 1]));
    return { code, params };
  }
  return undefined;
}
