// How a refused file is worded: the reason comes from locales/ by the error's code, never from
// the exception's own text (English, and meant for the CLI and logs).
import type { ImportFailure } from '../../core/exchange.js';
import { loadStrings, t } from '../../i18n/index.js';

// Refusal reasons load with the dialogs that show them (this module), not on a first visit.
void loadStrings('formatError');
void loadStrings('encoding');

const MB = 1024 * 1024;

/** A byte count as the dialogs show it: 2.0 MB, 340 KB. */
export const sizeText = (n: number) =>
  n >= MB ? `${(n / MB).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;

/** Params that are byte counts (too-large, zip-bomb), shown as sizes rather than raw numbers. */
const BYTES = new Set(['size', 'limit']);

/** The reason part of "Could not open …: reason", in the UI language. */
export function failureReason(f: Pick<ImportFailure, 'code' | 'params'>): string {
  const params = Object.fromEntries(
    Object.entries(f.params).map(([k, v]) => [
      k,
      typeof v === 'number' && BYTES.has(k) ? sizeText(v) : v,
    ]),
  );
  return t(`formatError.${f.code}`, params);
}
