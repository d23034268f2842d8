import { expect } from '@open-wc/testing';
import enMain from '../../locales/en/translation.json';
import zhMain from '../../locales/zh-CN/translation.json';
import enReview from '../../locales/en/review.json';
import zhReview from '../../locales/zh-CN/review.json';
import enExchange from '../../locales/en/exchange.json';
import zhExchange from '../../locales/zh-CN/exchange.json';
import enTerms from '../../locales/en/more/terms.json';
import zhTerms from '../../locales/zh-CN/more/terms.json';
import enMemory from '../../locales/en/more/memory.json';
import zhMemory from '../../locales/zh-CN/more/memory.json';
import enQa from '../../locales/en/more/qa.json';
import zhQa from '../../locales/zh-CN/more/qa.json';
import enQaPanel from '../../locales/en/more/qaPanel.json';
import zhQaPanel from '../../locales/zh-CN/more/qaPanel.json';
import en_formatError from '../../locales/en/more/formatError.json';
import zh_formatError from '../../locales/zh-CN/more/formatError.json';
import en_formatWarning from '../../locales/en/more/formatWarning.json';
import zh_formatWarning from '../../locales/zh-CN/more/formatWarning.json';
import en_recovery from '../../locales/en/more/recovery.json';
import zh_recovery from '../../locales/zh-CN/more/recovery.json';
import en_newProject from '../../locales/en/more/newProject.json';
import zh_newProject from '../../locales/zh-CN/more/newProject.json';
import en_alignCheck from '../../locales/en/more/alignCheck.json';
import zh_alignCheck from '../../locales/zh-CN/more/alignCheck.json';
import en_align from '../../locales/en/more/align.json';
import zh_align from '../../locales/zh-CN/more/align.json';
import en_encoding from '../../locales/en/more/encoding.json';
import zh_encoding from '../../locales/zh-CN/more/encoding.json';
import en_backupRefused from '../../locales/en/more/backupRefused.json';
import zh_backupRefused from '../../locales/zh-CN/more/backupRefused.json';
import en_shortcuts from '../../locales/en/more/shortcuts.json';
import zh_shortcuts from '../../locales/zh-CN/more/shortcuts.json';
import en_panel from '../../locales/en/more/panel.json';
import zh_panel from '../../locales/zh-CN/more/panel.json';
import en_find from '../../locales/en/more/find.json';
import zh_find from '../../locales/zh-CN/more/find.json';
import enTeam from '../../locales/en/more/team.json';
import zhTeam from '../../locales/zh-CN/more/team.json';
import en_ask from '../../locales/en/more/ask.json';
import zh_ask from '../../locales/zh-CN/more/ask.json';
import en_lqa from '../../locales/en/more/lqa.json';
import zh_lqa from '../../locales/zh-CN/more/lqa.json';

const en = {
  ...enMain,
  review: enReview,
  exchange: enExchange,
  qa: enQa,
  qaPanel: enQaPanel,
  terms: enTerms,
  memory: enMemory,
  team: enTeam,
  find: en_find,
  shortcuts: en_shortcuts,
  panel: en_panel,
  align: en_align,
  encoding: en_encoding,
  backupRefused: en_backupRefused,
  formatError: en_formatError,
  formatWarning: en_formatWarning,
  recovery: en_recovery,
  newProject: en_newProject,
  alignCheck: en_alignCheck,
  ask: en_ask,
  lqa: en_lqa,
};
const zh = {
  ...zhMain,
  review: zhReview,
  exchange: zhExchange,
  qa: zhQa,
  qaPanel: zhQaPanel,
  terms: zhTerms,
  memory: zhMemory,
  team: zhTeam,
  find: zh_find,
  shortcuts: zh_shortcuts,
  panel: zh_panel,
  align: zh_align,
  encoding: zh_encoding,
  backupRefused: zh_backupRefused,
  formatError: zh_formatError,
  formatWarning: zh_formatWarning,
  recovery: zh_recovery,
  newProject: zh_newProject,
  alignCheck: zh_alignCheck,
  ask: zh_ask,
  lqa: zh_lqa,
};
import { initI18n, initialLanguage, loadAllStrings, t } from '../../src/i18n/index.js';
import { FORMAT_ERRORS } from '../../src/core/formats/types.js';
import { FORMAT_WARNINGS } from '../../src/core/formats/warnings.js';

type Tree = { [k: string]: string | Tree };
const keys = (o: Tree, p = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [p + k] : keys(v, `${p}${k}.`)));
const leaf = (o: Tree, key: string): string =>
  key.split('.').reduce<Tree | string>((a, k) => (a as Tree)[k], o) as string;
const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('locales', () => {
  it('English and Chinese have exactly the same keys', () => {
    expect(keys(zh as Tree).sort()).to.deep.equal(keys(en as Tree).sort());
  });

  it('every Chinese string uses the same {{placeholders}} as its English one', () => {
    for (const k of keys(en as Tree)) {
      expect(vars(leaf(zh as Tree, k)), k).to.deep.equal(vars(leaf(en as Tree, k)));
    }
  });

  it('no string is empty', () => {
    for (const k of keys(en as Tree)) {
      expect(leaf(en as Tree, k).trim(), `en ${k}`).not.to.equal('');
      expect(leaf(zh as Tree, k).trim(), `zh ${k}`).not.to.equal('');
    }
  });

  it('words every FormatError code in both languages, from exactly the params it carries', () => {
    // `unknown`: the reason given for an error that is not a FormatError.
    const codes = [...Object.keys(FORMAT_ERRORS), 'unknown'].sort();
    expect(Object.keys(en.formatError).sort(), 'en').to.deep.equal(codes);
    expect(Object.keys(zh.formatError).sort(), 'zh-CN').to.deep.equal(codes);
    for (const [code, params] of Object.entries(FORMAT_ERRORS)) {
      const k = `formatError.${code}`;
      expect(vars(leaf(en as Tree, k)), k).to.deep.equal([...params].sort());
    }
  });

  it('words every import/export warning in both languages, from exactly the params it carries', () => {
    for (const [code, template] of Object.entries(FORMAT_WARNINGS)) {
      const params = vars(template);
      // A warning with a count has plural forms.
      const ks = params.includes('count') ? [`${code}_one`, `${code}_other`] : [code];
      for (const k of ks) {
        expect(vars(leaf(en as Tree, `formatWarning.${k}`)), `en ${k}`).to.deep.equal(params);
        expect(vars(leaf(zh as Tree, `formatWarning.${k}`)), `zh ${k}`).to.deep.equal(params);
      }
    }
  });

  it('says 1 row, 1 pair, 1 paragraph in English: numbers take their plural forms', async () => {
    await initI18n('en');
    await loadAllStrings();
    const cases: [string, Record<string, unknown>, string][] = [
      ['exchange.import.create', { count: 1 }, 'Create project with 1 row'],
      ['exchange.import.create', { count: 3 }, 'Create project with 3 rows'],
      ['exchange.import.document', { name: 'a', count: 1 }, 'a: 1 pair'],
      [
        'newProject.preview',
        { side: 'Source', paragraphs: 1, sentences: 2 },
        'Source: 1 paragraph, 2 sentences',
      ],
      ['find.replaced', { count: 1, rows: 1 }, 'Replaced 1 match in 1 row.'],
      ['review.summary.changed', { changed: 1, rows: 1 }, '1 of 1 row changed'],
      [
        'notice.versionRestored',
        { count: 1 },
        'Document restored: 1 row changed. Undo puts them back.',
      ],
    ];
    for (const [key, params, want] of cases) expect(t(key, params), key).to.equal(want);
  });

  // [stored choice, browser languages, expected]
  const first: [string | null, string[], string][] = [
    [null, ['zh-CN', 'en'], 'zh-CN'],
    [null, ['zh-TW'], 'zh-CN'],
    [null, ['en-GB', 'zh-CN'], 'en'],
    [null, ['fr-FR'], 'en'],
    ['en', ['zh-CN'], 'en'],
    ['zh-CN', ['en-US'], 'zh-CN'],
    ['garbage', ['zh'], 'zh-CN'],
  ];
  for (const [stored, langs, expected] of first) {
    it(`first language with stored=${stored} and browser ${langs.join(',')} is ${expected}`, () => {
      expect(initialLanguage(stored, langs)).to.equal(expected);
    });
  }
});
