// User settings kept with the workspace (UI language, role, author name…).
import type { Role } from '../core/model.js';
import type { Connection } from './connection.js';

export interface Settings {
  uiLanguage: 'en' | 'zh-CN';
  role: Role;
  author: string;
  /** Whether the user has been asked about persistent storage already. */
  persistenceAsked: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  uiLanguage: 'en',
  role: 'translator',
  author: '',
  persistenceAsked: false,
};

const VALID: { [K in keyof Settings]: (v: unknown) => v is Settings[K] } = {
  uiLanguage: (v): v is Settings['uiLanguage'] => v === 'en' || v === 'zh-CN',
  role: (v): v is Role => v === 'translator' || v === 'reviewer',
  author: (v): v is string => typeof v === 'string' && v.length <= 1_000,
  persistenceAsked: (v): v is boolean => typeof v === 'boolean',
};

/**
 * Keys come from stored data and backup files: only VALID's own keys count, so `__proto__`,
 * `constructor` or `toString` never reach Object.prototype's members.
 */
export const isSettingKey = (key: unknown): key is keyof Settings =>
  typeof key === 'string' && Object.hasOwn(VALID, key);

export const isSettingValue = <K extends keyof Settings>(key: K, v: unknown): v is Settings[K] =>
  isSettingKey(key) && VALID[key](v);

/** A stored or restored record the app can use as it is: a known key and a valid value. */
export function isSettingRecord(r: unknown): r is { key: keyof Settings; value: unknown } {
  if (typeof r !== 'object' || r === null) return false;
  const { key, value } = r as { key?: unknown; value?: unknown };
  return isSettingKey(key) && isSettingValue(key, value);
}

export class SettingsRepo {
  constructor(private readonly conn: Connection) {}

  /** The stored value, or the default when unset or damaged. */
  async get<K extends keyof Settings>(key: K): Promise<Settings[K]> {
    const rec: unknown = await this.conn.read(['settings'], (tx) =>
      tx.objectStore('settings').get(key),
    );
    if (rec === undefined) return DEFAULT_SETTINGS[key];
    if (isSettingRecord(rec)) return rec.value as Settings[K];
    this.conn.reportCorrupt({ store: 'settings', key, problem: 'unexpected value' });
    return DEFAULT_SETTINGS[key];
  }

  /** Every setting; a damaged or unknown stored one is left at its default, never thrown on. */
  async getAll(): Promise<Settings> {
    const recs: unknown[] = await this.conn.read(['settings'], (tx) =>
      tx.objectStore('settings').getAll(),
    );
    const out: Settings = { ...DEFAULT_SETTINGS };
    for (const r of recs) {
      if (isSettingRecord(r)) put(out, r.key, r.value as Settings[typeof r.key]);
      else
        this.conn.reportCorrupt({ store: 'settings', key: keyOf(r), problem: 'unexpected value' });
    }
    return out;
  }

  async set<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
    await this.conn.write(['settings'], (tx) => tx.objectStore('settings').put({ key, value }));
    this.conn.announce({ type: 'settings', segmentIds: [] });
  }
}

function put<K extends keyof Settings>(out: Settings, key: K, value: Settings[K]): void {
  out[key] = value;
}

const keyOf = (r: unknown): string => String((r as { key?: unknown } | null)?.key).slice(0, 40);
