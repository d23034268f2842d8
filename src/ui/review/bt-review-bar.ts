import { LitElement, html, css, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { FieldCounts, Summary } from '../../core/diff/index.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { t } from '../../i18n/index.js';
import { emit } from '../common/events.js';
import { askConfirm } from '../common/ask.js';
import './events.js';
import { focusRing } from '../common/focus-ring.js';
import { controlStyles } from '../common/controls.js';

/** Keys that move between changes; shown in the buttons' tooltips. */
export const NEXT_KEYS = 'N / Alt+↓';
export const PREV_KEYS = 'P / Alt+↑';

/**
 * The step a key press asks for: 1 next change (N, Alt+↓), -1 previous (P, Alt+↑), 0 none.
 * Letters count only outside text fields, and never while an IME composes.
 */
export function changeStep(e: KeyboardEvent): 1 | -1 | 0 {
  const target = e.composedPath()[0];
  const typing =
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement && target.type !== 'checkbox' && target.type !== 'radio');
  if (e.ctrlKey || e.metaKey || e.isComposing) return 0;
  if (e.altKey) return e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
  if (typing) return 0;
  const key = e.key.toLowerCase();
  return key === 'n' ? 1 : key === 'p' ? -1 : 0;
}

export type ReviewAction =
  | 'prev'
  | 'next'
  | 'accept-selected'
  | 'reject-selected'
  | 'accept-all'
  | 'reject-all'
  | 'export-html'
  | 'export-csv';

/**
 * Above the compared rows: the summary counts, moving between changes, decisions on the
 * selected or all rows (only when B is now), and the report downloads.
 *
 * @fires bt-request-review-action - `{ action }` (reject-all only after the user confirmed)
 */
@customElement('bt-review-bar')
export class BtReviewBar extends LitElement {
  static override styles = [
    focusRing,
    controlStyles,
    css`
      :host {
        display: block;
        font-size: 0.88rem;
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.4rem 0.6rem;
        padding: 0.45rem 0.75rem;
        background: var(--bt-surface);
        border-bottom: 1px solid var(--bt-border);
      }
      .summary {
        color: var(--bt-text-2);
      }
      button {
        font: inherit;
      }
      .spacer {
        flex: 1;
      }
    `,
  ];

  @property({ attribute: false }) summary?: Summary;
  /** Rows shown under the filters. */
  @property({ type: Number }) shown = 0;
  /** Rows the reviewer ticked. */
  @property({ type: Number }) selected = 0;
  /** B is now, so decisions can be written. */
  @property({ type: Boolean }) decidable = false;
  /** Who is working may decide (a reviewer); a translator sees the buttons off, saying why. */
  @property({ type: Boolean }) canDecide = true;
  /**
   * The comparison is still being computed: what acts on every row (all decisions, the
   * reports) waits for all of them.
   */
  @property({ type: Boolean }) busy = false;

  constructor() {
    super();
    new I18nController(this);
  }

  private async _act(action: ReviewAction) {
    if (action === 'reject-all') {
      const count = this.summary?.changed;
      const yes = await askConfirm({
        title: t('review.decide.rejectAllTitle'),
        message: t('review.decide.rejectAllHint'),
        confirmLabel:
          count === undefined
            ? t('review.decide.rejectAll')
            : t('review.decide.rejectAllButton', { count }),
        danger: true,
      });
      if (!yes) return;
    }
    emit(this, 'bt-request-review-action', { action });
  }

  private _summary(s: Summary) {
    const f = (x: FieldCounts) => ({
      insChars: x.inserted.chars,
      insWords: x.inserted.words,
      delChars: x.deleted.chars,
      delWords: x.deleted.words,
    });
    const types = (['modified', 'added', 'removed', 'merged', 'split'] as const)
      .filter((k) => s.byType[k] > 0)
      .map((k) => `${t(`review.type.${k}`)} ${s.byType[k]}`)
      .join(' · ');
    const src = s.source;
    const sourceChanged =
      src.inserted.chars + src.deleted.chars + src.inserted.words + src.deleted.words;
    return html`<div class="bar summary" role="status" aria-label=${t('review.summary.label')}>
      <strong>${t('review.summary.changed', { changed: s.changed, rows: s.rows })}</strong>
      ${types ? html`<span>${types}</span>` : nothing}
      <span>${t('review.summary.target', f(s.target))}</span>
      ${sourceChanged ? html`<span>${t('review.summary.source', f(src))}</span>` : nothing}
      <span>${t('review.filter.shown', { shown: this.shown, count: s.rows })}</span>
    </div>`;
  }

  override render() {
    const s = this.summary;
    if (!s) return nothing;
    const tip = (label: string, keys: string) => t('review.nav.tip', { label, keys });
    const button = (action: ReviewAction, label: string, disabled = false) =>
      html`<button ?disabled=${disabled} @click=${() => this._act(action)}>${label}</button>`;
    const decision = (action: ReviewAction, label: string, disabled = false) =>
      this.canDecide
        ? button(action, label, disabled)
        : html`<button disabled title=${t('role.decideTip')}>${label}</button>`;
    return html`${this._summary(s)}
      <div class="bar" role="toolbar" aria-label=${t('review.decide.label')}>
        <button title=${tip(t('review.nav.prev'), PREV_KEYS)} @click=${() => this._act('prev')}>
          ${t('review.nav.prev')}
        </button>
        <button title=${tip(t('review.nav.next'), NEXT_KEYS)} @click=${() => this._act('next')}>
          ${t('review.nav.next')}
        </button>
        ${
          this.decidable
            ? html`<span>${t('review.decide.selected', { count: this.selected })}</span>
                ${decision('accept-selected', t('review.decide.acceptSelected'), !this.selected)}
                ${decision('reject-selected', t('review.decide.rejectSelected'), !this.selected)}
                ${decision('accept-all', t('review.decide.acceptAll'), this.busy)}
                ${decision('reject-all', t('review.decide.rejectAll'), this.busy)}`
            : html`<span>${t('review.decide.onlyNow')}</span>`
        }
        <span class="spacer"></span>
        ${button('export-html', t('review.export.html'), this.busy)}
        ${button('export-csv', t('review.export.csv'), this.busy)}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-review-bar': BtReviewBar;
  }
}
