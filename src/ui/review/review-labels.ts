// The report's fixed words in the UI language, from locales/ (the core keeps only an English set
// for tests and the command line), and a helper that hands a text to the browser as a download.
import { STATUSES, type Status } from '../../core/model.js';
import {
  MINOR_KINDS,
  type ChangeKind,
  type ReportLabels,
  type RowChange,
} from '../../core/diff/index.js';
import type { ReportDecision } from '../../core/diff/index.js';
import type { RowDecision } from '../../core/review.js';
import { i18n, t } from '../../i18n/index.js';

const TYPES: RowChange[] = ['unchanged', 'modified', 'added', 'removed', 'merged', 'split'];
const KINDS: ChangeKind[] = [...MINOR_KINDS, 'text'];
const DECISIONS = ['accepted', 'rejected', 'status', 'undecided'] as const;

const record = <K extends string>(keys: readonly K[], f: (k: K) => string): Record<K, string> =>
  Object.fromEntries(keys.map((k) => [k, f(k)])) as Record<K, string>;

export function reportLabels(): ReportLabels {
  const r = (k: string) => t(`review.report.${k}`);
  return {
    title: r('title'),
    document: r('document'),
    versionA: r('versionA'),
    versionB: r('versionB'),
    generated: r('generated'),
    summary: r('summary'),
    rows: r('rows'),
    rowsChanged: r('rowsChanged'),
    statusChanged: r('statusChanged'),
    inserted: r('inserted'),
    deleted: r('deleted'),
    chars: r('chars'),
    words: r('words'),
    legend: r('legend'),
    number: r('number'),
    inA: r('inA'),
    rowsListed: r('rowsListed'),
    decision: r('decision'),
    decidedBy: r('decidedBy'),
    decidedAt: r('decidedAt'),
    change: r('change'),
    kinds: r('kinds'),
    source: t('review.row.source'),
    target: t('review.row.target'),
    status: r('status'),
    note: r('note'),
    comments: r('comments'),
    resolved: t('review.comments.resolved'),
    open: t('review.comments.openState'),
    moved: t('review.row.moved'),
    noRows: r('noRows'),
    sourceA: r('sourceA'),
    sourceB: r('sourceB'),
    targetA: r('targetA'),
    targetB: r('targetB'),
    statusA: r('statusA'),
    statusB: r('statusB'),
    noteA: r('noteA'),
    noteB: r('noteB'),
    targetChanges: r('targetChanges'),
    types: record(TYPES, (k) => t(`review.type.${k}`)),
    statuses: record<Status>(STATUSES, (k) => t(`status.${k}`)),
    changeKinds: record(KINDS, (k) => t(`review.kind.${k}`)),
    kindsSeparator: r('kindsSeparator'),
    decisions: record(DECISIONS, (k) => r(`decisions.${k}`)),
  };
}

/** A date and time in the UI language. */
export const formatWhen = (ms: number): string =>
  new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);

/** A decision with who made it and when, in the UI language ('' where the history is silent). */
export function decisionForReport(d: RowDecision): ReportDecision {
  const name = d.author || (d.role ? t(`role.${d.role}`) : '');
  const by = name && d.author && d.role ? `${name} (${t(`role.${d.role}`)})` : name;
  return { kind: d.kind, status: d.status, by, at: d.at ? formatWhen(d.at) : '' };
}

/** Offers `text` as a file download. */
export function download(name: string, text: string, type: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
