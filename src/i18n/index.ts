// i18next set up once for the whole app. Each language is a chunk of its own, loaded before
// the first paint in that language: a first visit does not carry the other one.
import i18next from 'i18next';

export const UI_LANGUAGES = ['en', 'zh-CN'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const STORAGE_KEY = 'bt.uiLanguage';

/** The language a first visit gets: the stored choice, else the browser's preference. */
export function initialLanguage(
  stored: string | null = safeGet(),
  preferred: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
): UiLanguage {
  if (stored === 'en' || stored === 'zh-CN') return stored;
  for (const tag of preferred) {
    const l = tag.toLowerCase();
    if (l.startsWith('zh')) return 'zh-CN';
    if (l.startsWith('en')) return 'en';
  }
  return 'en';
}

function safeGet(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export const i18n = i18next.createInstance();

// Each area keeps its strings in its own file, all under one namespace:
// locales/<lang>/review.json is t('review.…'), exchange.json is t('exchange.…').
const LOADERS: Record<UiLanguage, () => Promise<{ default: Record<string, unknown> }>> = {
  en: () => import('./locale-en.js'),
  'zh-CN': () => import('./locale-zh-CN.js'),
};

async function strings(lng: UiLanguage): Promise<Record<string, unknown>> {
  return (await LOADERS[lng]()).default;
}

/**
 * Strings of features used now and then, in files of their own (locales/<lang>/more/<area>.json is
 * t('<area>.…')): loaded with the feature, so a first visit does not carry them. A new area adds
 * its two loaders here.
 */
const AREAS = {
  qa: {
    en: () => import('../../locales/en/more/qa.json'),
    'zh-CN': () => import('../../locales/zh-CN/more/qa.json'),
  },
  qaPanel: {
    en: () => import('../../locales/en/more/qaPanel.json'),
    'zh-CN': () => import('../../locales/zh-CN/more/qaPanel.json'),
  },
  team: {
    en: () => import('../../locales/en/more/team.json'),
    'zh-CN': () => import('../../locales/zh-CN/more/team.json'),
  },
  memory: {
    en: () => import('../../locales/en/more/memory.json'),
    'zh-CN': () => import('../../locales/zh-CN/more/memory.json'),
  },
  terms: {
    en: () => import('../../locales/en/more/terms.json'),
    'zh-CN': () => import('../../locales/zh-CN/more/terms.json'),
  },
  formatError: {
    en: () => import('../../locales/en/more/formatError.json'),
    'zh-CN': () => import('../../locales/zh-CN/more/formatError.json'),
  },
  formatWarning: {
    en: () => import('../../locales/en/more/formatWarning.json'),
    'zh-CN': () => import('../../locales/zh-CN/more/formatWarning.json'),
  },
  recovery: {
    en: () => import('../../locales/en/more/recovery.json'),
    'zh-CN': () => import('../../locales/zh-CN/more/recovery.json'),
  },
  newProject: {
    en: () => import('../../locales/en/more/newProject.json'),
    'zh-CN': () => import('../../locales/zh-CN/more/newProject.json'),
  },
  alignCheck: {
    en: () => import('../../locales/en/more/alignCheck.json'),
    'zh-CN': () => import('../../locales/zh-CN/more/alignCheck.json'),
  },
  align: {
    en: () => import('../../locales/en/more/align.json'),
    'zh-CN': () => import('../../locales/zh-CN/more/align.json'),
  },
  encoding: {
    en: () => import('../../locales/en/more/encoding.json'),
    'zh-CN': () => import('../../locales/zh-CN/more/encoding.json'),
  },
  backupRefused: {
    en: () => import('../../locales/en/more/backupRefused.json'),
    'zh-CN': () => import('../../locales/zh-CN/more/backupRefused.json'),
  },
  shortcuts: {
    en: () => import('../../locales/en/more/shortcuts.json'),
    'zh-CN': () => import('../../locales/zh-CN/more/shortcuts.json'),
  },
  panel: {
    en: () => import('../../locales/en/more/panel.json'),
    'zh-CN': () => import('../../locales/zh-CN/more/panel.json'),
  },
  find: {
    en: () => import('../../locales/en/more/find.json'),
    'zh-CN': () => import('../../locales/zh-CN/more/find.json'),
  },
  progress: {
    en: () => import('../../locales/en/more/progress.json'),
    'zh-CN': () => import('../../locales/zh-CN/more/progress.json'),
  },
  ask: {
    en: () => import('../../locales/en/more/ask.json'),
    'zh-CN': () => import('../../locales/zh-CN/more/ask.json'),
  },
  lqa: {
    en: () => import('../../locales/en/more/lqa.json'),
    'zh-CN': () => import('../../locales/zh-CN/more/lqa.json'),
  },
} satisfies Record<string, Record<UiLanguage, () => Promise<{ default: unknown }>>>;
export type StringArea = keyof typeof AREAS;
const areaStrings = (lng: UiLanguage, area: StringArea): Promise<{ default: unknown }> =>
  AREAS[area][lng]();
const wantedAreas = new Set<string>();

async function addArea(lng: UiLanguage, area: string): Promise<void> {
  if (i18n.getResource(lng, 'translation', area) !== undefined) return;
  const data = (await areaStrings(lng, area as StringArea)).default as Record<string, unknown>;
  i18n.addResourceBundle(lng, 'translation', { [area]: data }, true, true);
  memo.clear();
}

/** Loads a feature's strings (in the UI language, and in any language switched to later). */
export async function loadStrings(area: StringArea): Promise<void> {
  wantedAreas.add(area);
  const lng = (i18n.language as UiLanguage | undefined) ?? initialLanguage();
  await i18nReady();
  await addArea(lng, area);
}

/** Every area's strings: for tests, which render views without the app that loads them. */
export const loadAllStrings = async (): Promise<void> => {
  await Promise.all((Object.keys(AREAS) as StringArea[]).map((a) => loadStrings(a)));
};

/** Makes sure a language's strings are there (loading them the first time it is used). */
async function ensure(lng: UiLanguage): Promise<void> {
  if (!i18n.hasResourceBundle(lng, 'translation'))
    i18n.addResourceBundle(lng, 'translation', await strings(lng), true, true);
  await Promise.all([...wantedAreas].map((a) => addArea(lng, a)));
}

export async function initI18n(lng: UiLanguage = initialLanguage()): Promise<unknown> {
  if (i18n.isInitialized) {
    await ensure(lng);
    return i18n.changeLanguage(lng);
  }
  i18n.on('languageChanged', (l) => {
    if (typeof document !== 'undefined')
      document.documentElement.lang = l === 'zh-CN' ? 'zh-CN' : 'en';
  });
  const translation = await strings(lng);
  // Another call may have initialised meanwhile (tests call this from several places).
  if (i18n.isInitialized) {
    await ensure(lng);
    return i18n.changeLanguage(lng);
  }
  return i18n.init({
    lng,
    // Both languages have the same keys (a test checks it): nothing falls back.
    fallbackLng: false,
    supportedLngs: [...UI_LANGUAGES],
    resources: { [lng]: { translation } },
    interpolation: { escapeValue: false }, // Lit escapes; i18next must not double-escape.
    returnNull: false,
    showSupportNotice: false,
  });
}

/** Switch and remember the UI language. */
export async function setLanguage(lng: UiLanguage): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Private mode: the choice lasts for this visit only.
  }
  await ensure(lng);
  await i18n.changeLanguage(lng);
}

/** Resolves once the UI language's strings are in (they load as a chunk of their own). */
export function i18nReady(): Promise<void> {
  if (i18n.isInitialized) return Promise.resolve();
  return new Promise((resolve) => i18n.on('initialized', () => resolve()));
}

/** A string, always: before the strings are in, i18next gives undefined, which must never be stored. */
export const t = (key: string, options?: Record<string, unknown>): string =>
  (i18n.t(key, options) as string | undefined) ?? key;

// Labels repeated in every grid row are looked up again for each row a scroll brings in;
// i18next resolves and interpolates each time, which added up to several ms a frame.
const memo = new Map<string, string>();
let memoLang = '';
const MEMO_LIMIT = 5000;

function memoFor(lang: string): Map<string, string> {
  if (memoLang !== lang) {
    memo.clear();
    memoLang = lang;
  }
  if (memo.size > MEMO_LIMIT) memo.clear();
  return memo;
}

/** `t` for labels rendered many times with few distinct parameters, cached per language. */
export function tm(key: string, options?: Record<string, string | number>): string {
  const cache = memoFor(i18n.language);
  const k = options ? `${key}\u0000${JSON.stringify(options)}` : key;
  let v = cache.get(k);
  if (v === undefined) cache.set(k, (v = t(key, options)));
  return v;
}

const NUM = '\u0001';

/**
 * `t(key, { n })` for a label with a row number (plain interpolation, no plural forms):
 * translated once per language, the number filled in each time.
 */
export function tn(key: string, n: number): string {
  return tm(key, { n: NUM }).replace(NUM, String(n));
}
