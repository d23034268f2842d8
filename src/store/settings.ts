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
  author: (v): v is string => typeof v === 'string',
  persistenceAsked: (v): v is boolean => typeof v === 'boolean',
};

export const isSettingValue = <K extends keyof Settings>(key: K, v: unknown): v is Settings[K] =>
  key in VALID && VALID[key](v);

export class SettingsRepo {
  constructor(private readonly conn: Connection) {}

  /** The stored value, or the default when unset or damaged. */
  async get<K extends keyof Settings>(key: K): Promise<Settings[K]> {
    const rec = await this.conn.read(['settings'], (tx) => tx.objectStore('settings').get(key));
    if (rec && !isSettingValue(key, rec.value))
      this.conn.reportCorrupt({ store: 'settings', key, problem: 'unexpected value' });
    return rec && isSettingValue(key, rec.value) ? rec.value : DEFAULT_SETTINGS[key];
  }

  async getAll(): Promise<Settings> {
    const recs = await this.conn.read(['settings'], (tx) => tx.objectStore('settings').getAll());
    const out: Settings = { ...DEFAULT_SETTINGS };
    for (const r of recs) {
      const key = r.key as keyof Settings;
      if (isSettingValue(key, r.value)) Object.assign(out, { [key]: r.value });
    }
    return out;
  }

  async set<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
    await this.conn.write(['settings'], (tx) => tx.objectStore('settings').put({ key, value }));
    this.conn.announce({ type: 'settings', segmentIds: [] });
  }
}
