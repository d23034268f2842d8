// A project's choice of checks: which run and, for those that do, a severity other than the
// check's own. Stored per project; applied to the checks' findings as they come.
import { CHECK_IDS, type CheckId, type Finding, type Severity } from './types.js';

export interface QaProjectSettings {
  /** Checks that do not run in this project. */
  off: readonly CheckId[];
  /** Severities that replace a check's own in this project. */
  severity: Readonly<Partial<Record<CheckId, Severity>>>;
}

export const DEFAULT_QA_SETTINGS: QaProjectSettings = { off: [], severity: {} };

const isCheck = (x: unknown): x is CheckId =>
  typeof x === 'string' && (CHECK_IDS as readonly string[]).includes(x);
const isSeverity = (x: unknown): x is Severity => x === 'error' || x === 'warning';

/** Settings read back from storage, keeping only what this version knows (never throws). */
export function cleanQaSettings(raw: unknown): QaProjectSettings {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_QA_SETTINGS;
  const r = raw as { off?: unknown; severity?: unknown };
  const off = Array.isArray(r.off) ? [...new Set(r.off.filter(isCheck))] : [];
  const severity: Partial<Record<CheckId, Severity>> = {};
  if (typeof r.severity === 'object' && r.severity !== null)
    for (const [k, v] of Object.entries(r.severity))
      if (isCheck(k) && Object.hasOwn(r.severity, k) && isSeverity(v)) severity[k] = v;
  return { off, severity };
}

/** The findings a project keeps, with its severities. */
export function applyQaSettings(findings: readonly Finding[], s: QaProjectSettings): Finding[] {
  if (s.off.length === 0 && Object.keys(s.severity).length === 0) return [...findings];
  const off = new Set(s.off);
  const out: Finding[] = [];
  for (const f of findings) {
    if (off.has(f.check)) continue;
    const sev = s.severity[f.check];
    out.push(sev && sev !== f.severity ? { ...f, severity: sev } : f);
  }
  return out;
}
