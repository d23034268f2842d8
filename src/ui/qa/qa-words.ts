// A finding in the UI language: its message (from `qa.message.<check>`, naming what differs) and
// who ignored it, when.
import type { IgnoredFinding } from '../../core/qa/ignored.js';
import { qaMessage as worded } from '../../core/qa/messages.js';
import type { Finding } from '../../core/qa/types.js';
import { i18n, t } from '../../i18n/index.js';

export const qaMessage = (f: Pick<Finding, 'check' | 'params'>): string => worded(f, t);

export const formatWhen = (ms: number): string =>
  new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' }).format(ms);

export const whenIgnored = (r: IgnoredFinding): string =>
  t('qaPanel.ignoredBy', { who: r.by || t(`role.${r.role}`), when: formatWhen(r.at) });
