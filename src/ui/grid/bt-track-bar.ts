import { LitElement, html, css } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { t } from '../../i18n/index.js';
import { keysOf } from './keymap.js';
import { emit } from '../common/events.js';
import { askConfirm } from '../common/ask.js';
import './events.js';
import { focusRing } from '../common/focus-ring.js';
import { controlStyles } from '../common/controls.js';
import { barStyles } from '../common/bar-styles.js';

export type TrackAction =
  'prev' | 'next' | 'accept-selected' | 'reject-selected' | 'accept-all' | 'reject-all';

/**
 * The grid's track-changes toolbar, shown while a version is chosen in "Changed since": how many
 * changes are still undecided, the "undecided only" filter, moving between changes, and
 * decisions on the ticked rows or on every row shown.
 *
 * @fires bt-request-track-action - `{ action }` (reject-all only after the user confirmed)
 * @fires bt-request-undecided-only - `{ on }` the "undecided only" filter was switched
 */
@customElement('bt-track-bar')
export class BtTrackBar extends LitElement {
  static override styles = [
    focusRing,
    controlStyles,
    barStyles,
    css`
      .bar {
        background: var(--bt-warning-soft);
        border-bottom: 1px solid var(--bt-warning-border);
      }
      .since {
        font-weight: 600;
      }
      .spacer {
        flex: 1;
      }
    `,
  ];

  /** Name of the version the rows are compared with. */
  @property() versionName = '';
  /** Rows that differ from the version, and those of them not yet accepted. */
  @property({ type: Number }) changes = 0;
  @property({ type: Number }) undecided = 0;
  /** Rows shown (what Reject all decides): the changes, fewer under the filters. */
  @property({ type: Number }) shown = 0;
  /** Rows ticked for the "selected" decisions. */
  @property({ type: Number }) selected = 0;
  @property({ type: Boolean }) undecidedOnly = false;
  /** Accepting and rejecting are a reviewer's: off for a translator, with the reason as tip. */
  @property({ type: Boolean }) canDecide = false;

  constructor() {
    super();
    new I18nController(this);
  }

  private async _act(action: TrackAction) {
    if (action === 'reject-all') {
      const yes = await askConfirm({
        title: t('review.track.rejectAllTitle'),
        message: t('review.track.rejectAllHint'),
        confirmLabel: t('review.track.rejectAllButton', { count: this.shown }),
        danger: true,
      });
      if (!yes) return;
    }
    emit(this, 'bt-request-track-action', { action });
  }

  override render() {
    const tip = (label: string, keys: string) => t('review.nav.tip', { label, keys });
    const none = this.selected === 0;
    return html`<div class="bar" role="toolbar" aria-label=${t('review.track.bar')}>
      <span class="since">${t('review.track.since', { name: this.versionName })}</span>
      <span role="status"
        >${t('review.track.counts', { count: this.changes, undecided: this.undecided })}</span
      >
      <label
        ><input
          type="checkbox"
          .checked=${this.undecidedOnly}
          @change=${(e: Event) =>
            emit(this, 'bt-request-undecided-only', { on: (e.target as HTMLInputElement).checked })}
        />${t('review.track.undecidedOnly')}</label
      >
      <button
        title=${tip(t('review.track.prev'), keysOf('prevChange'))}
        @click=${() => this._act('prev')}
      >
        ${t('review.track.prev')}
      </button>
      <button
        title=${tip(t('review.track.next'), keysOf('nextChange'))}
        @click=${() => this._act('next')}
      >
        ${t('review.track.next')}
      </button>
      <span class="spacer"></span>
      <span>${t('review.track.selected', { count: this.selected })}</span>
      <button
        ?disabled=${none || !this.canDecide}
        title=${this.canDecide ? '' : t('role.decideTip')}
        @click=${() => this._act('accept-selected')}
      >
        ${t('review.track.acceptSelected')}
      </button>
      <button
        ?disabled=${none || !this.canDecide}
        title=${this.canDecide ? '' : t('role.decideTip')}
        @click=${() => this._act('reject-selected')}
      >
        ${t('review.track.rejectSelected')}
      </button>
      <button
        ?disabled=${!this.canDecide}
        title=${this.canDecide ? t('review.track.allTip') : t('role.decideTip')}
        @click=${() => this._act('accept-all')}
      >
        ${t('review.track.acceptAll')}
      </button>
      <button
        ?disabled=${!this.canDecide}
        title=${this.canDecide ? t('review.track.allTip') : t('role.decideTip')}
        @click=${() => this._act('reject-all')}
      >
        ${t('review.track.rejectAll')}
      </button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-track-bar': BtTrackBar;
  }
}
