// A finding in words, from `qa.message.<check>` in locales/ (the app through i18next, the CLI
// through the same English file): the params fill the placeholders, and `reason` (number,
// tags, length, spacing, end-punctuation) picks the variant, as an i18next context
// (`qa.message.number_missing`).
import type { Finding } from './types.js';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export function qaMessage(f: Pick<Finding, 'check' | 'params'>, t: Translate): string {
  const { reason, what, ...rest } = f.params;
  const context = reason ?? what;
  return t(`qa.message.${f.check}`, { ...rest, ...(context !== undefined ? { context } : {}) });
}
