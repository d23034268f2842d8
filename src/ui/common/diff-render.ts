// Renders a TextDiff as Lit templates: deletions struck in <del>, insertions underlined in
// <ins> (never colour alone). Text goes through Lit bindings only: imported text is data.
import { css, html, nothing, type TemplateResult } from 'lit';
import { isIgnored, type ChangeKind, type TextDiff } from '../../core/diff/index.js';
import type { InlineCode } from '../../core/model.js';
import { t } from '../../i18n/index.js';
import { withChips } from './inline-chips.js';

/** Deleted text struck, inserted text underlined; the colours only add to that. */
export const diffStyles = css`
  del {
    text-decoration: line-through 2px;
    background: var(--bt-diff-del-bg);
    color: var(--bt-diff-del-text);
  }
  ins {
    text-decoration: underline 2px;
    background: var(--bt-diff-ins-bg);
    color: var(--bt-diff-ins-text);
  }
`;

/** `inline`: both sides in one text; `old`/`new`: one side of a side-by-side view. */
export type DiffSide = 'inline' | 'old' | 'new';

const kindsLabel = (kinds: readonly ChangeKind[]): string =>
  kinds.map((k) => t(`review.kind.${k}`)).join(t('review.report.kindsSeparator'));

/**
 * The parts of `d` for one view. Hunks whose kinds are all in `ignore` read as plain new text
 * (or old text on the old side), so hidden minor changes do not distract. With the row's inline
 * `codes`, their placeholders show as the same chips as in the grid, so a moved tag shows too.
 */
export function renderDiff(
  d: TextDiff,
  side: DiffSide,
  ignore: readonly ChangeKind[] = [],
  codes?: readonly InlineCode[],
): TemplateResult {
  const text = (s: string) => withChips(s, codes);
  return html`${d.parts.map((p) => {
    if (p.kind === 'equal') return text(p.text);
    const hunk = d.hunks[p.hunk ?? 0];
    if (hunk && isIgnored(hunk, ignore)) {
      const keep = side === 'old' ? 'delete' : 'insert';
      return p.kind === keep ? text(p.text) : nothing;
    }
    // `data-sr` names the mark for screen readers; a stylesheet may show it through ::before.
    const sr = t(p.kind === 'insert' ? 'review.row.inserted' : 'review.row.deleted');
    const title = t('review.row.markTitle', { mark: sr, kinds: kindsLabel(hunk?.kinds ?? []) });
    const cls = (hunk?.kinds ?? []).map((k) => `k-${k}`).join(' ');
    if (p.kind === 'delete')
      return side === 'new'
        ? nothing
        : html`<del class=${cls} title=${title} data-sr=${sr}>${text(p.text)}</del>`;
    return side === 'old'
      ? nothing
      : html`<ins class=${cls} title=${title} data-sr=${sr}>${text(p.text)}</ins>`;
  })}`;
}
