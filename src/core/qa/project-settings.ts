// A project's choice of checks — which run and, for those that do, a severity other than the
// check's own — as stored per project. The same shape the checks take (QaSettings in types.ts),
// cleaned when read back, and applied to findings already found so a change shows at once.
import { CHECK_IDS, type CheckId, type Finding, type Severity } from './types.js';

export interface QaProjectSettings {
  /** `false` turns a check off in this project; unset, it runs. */
  enabled: Readonly<Partial<Record<CheckId, boolean>>>;
  /** Severities that replace a check's own in this project. */
  severity: Readonly<Partial<Record<CheckId, Severity>>>;
  /**
   * The review's pass threshold (LQA penalty points per 1,000 words, core/lqa.ts); unset, the
   * default. Kept with the checks: both say what quality the project asks for.
   */
  lqaThreshold?: number;
}

/** The highest pass threshold a project may set (points per 1,000 words). */
export const LQA_THRESHOLD_MAX = 1000;

export const isLqaThreshold = (x: unknown): x is number =>
  typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= LQA_THRESHOLD_MAX;

export const DEFAULT_QA_SETTINGS: QaProjectSettings = { enabled: {}, severity: {} };

const isCheck = (x: string): x is CheckId => (CHECK_IDS as readonly string[]).includes(x);
const isSeverity = (x: unknown): x is Severity => x === 'error' || x === 'warning';

function entries<V>(raw: unknown, valid: (v: unknown) => v is V): Partial<Record<CheckId, V>> {
  const out: Partial<Record<CheckId, V>> = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
  for (const [k, v] of Object.entries(raw)) if (isCheck(k) && valid(v)) out[k] = v;
  return out;
}

/** Settings read back from storage, keeping only what this version knows (never throws). */
export function cleanQaSettings(raw: unknown): QaProjectSettings {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_QA_SETTINGS;
  const r = raw as { enabled?: unknown; severity?: unknown; lqaThreshold?: unknown };
  return {
    enabled: entries(r.enabled, (v): v is boolean => typeof v === 'boolean'),
    severity: entries(r.severity, isSeverity),
    ...(isLqaThreshold(r.lqaThreshold) ? { lqaThreshold: r.lqaThreshold } : {}),
  };
}

export const isCheckOn = (s: QaProjectSettings, c: CheckId): boolean => s.enabled[c] !== false;

/** Whether two settings run the same checks at the same severities (the threshold aside). */
export const sameChecks = (a: QaProjectSettings, b: QaProjectSettings): boolean =>
  CHECK_IDS.every((c) => isCheckOn(a, c) === isCheckOn(b, c) && a.severity[c] === b.severity[c]);

/** Whether two settings choose the same (key order aside: a server's JSON store may reorder). */
export const sameQaSettings = (a: QaProjectSettings, b: QaProjectSettings): boolean =>
  a.lqaThreshold === b.lqaThreshold && sameChecks(a, b);

/** The findings a project keeps, with its severities. */
export function applyQaSettings(findings: readonly Finding[], s: QaProjectSettings): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    if (!isCheckOn(s, f.check)) continue;
    const sev = s.severity[f.check];
    out.push(sev && sev !== f.severity ? { ...f, severity: sev } : f);
  }
  return out;
}
