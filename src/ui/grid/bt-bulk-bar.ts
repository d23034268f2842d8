import { LitElement, html, css } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { canSetStatus, STATUSES, type Role, type Status } from '../../core/model.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { t } from '../../i18n/index.js';
import { emit } from '../common/events.js';
import './events.js';
import { focusRing } from '../common/focus-ring.js';
import { controlStyles } from '../common/controls.js';
import { barStyles } from '../common/bar-styles.js';

/**
 * The actions on the rows selected in the grid (Shift/Ctrl-click on row numbers, Ctrl+A):
 * confirm, set a status, copy the source, clear the translation — each one undoable step.
 *
 * @fires bt-request-bulk-action - `{ action }` change every selected row
 * @fires bt-request-unselect - clear the selection
 */
@customElement('bt-bulk-bar')
export class BtBulkBar extends LitElement {
  static override styles = [
    focusRing,
    controlStyles,
    barStyles,
    css`
      .bar {
        background: var(--bt-info-soft);
        border-bottom: 1px solid var(--bt-info-border);
      }
      .count {
        font-weight: 600;
      }
    `,
  ];

  /** How many rows are selected. */
  @property({ type: Number }) count = 0;
  /** Who is working: a translator's reviewer-only statuses are marked and off. */
  @property() workRole: Role = 'translator';

  constructor() {
    super();
    new I18nController(this);
  }

  override render() {
    return html`<div class="bar" role="toolbar" aria-label=${t('bulk.bar')}>
      <span class="count" role="status">${t('bulk.selected', { count: this.count })}</span>
      <button @click=${() => emit(this, 'bt-request-bulk-action', { action: 'confirm' })}>
        ${t('bulk.confirm')}
      </button>
      <label
        >${t('bulk.status')}
        <select
          title=${this.workRole === 'reviewer' ? '' : t('role.statusTip')}
          @change=${(e: Event) => {
            const select = e.target as HTMLSelectElement;
            if (!select.value) return;
            emit(this, 'bt-request-bulk-action', { action: { status: select.value as Status } });
            select.value = '';
          }}
        >
          <option value="" selected>—</option>
          ${STATUSES.map((s) => {
            const ok = canSetStatus(this.workRole, s);
            return html`<option value=${s} ?disabled=${!ok}>
              ${ok ? t(`status.${s}`) : `${t(`status.${s}`)} · ${t('role.reviewerOnly')}`}
            </option>`;
          })}
        </select></label
      >
      <button @click=${() => emit(this, 'bt-request-bulk-action', { action: 'copySource' })}>
        ${t('bulk.copySource')}
      </button>
      <button @click=${() => emit(this, 'bt-request-bulk-action', { action: 'clear' })}>
        ${t('bulk.clear')}
      </button>
      <button @click=${() => emit(this, 'bt-request-unselect')}>${t('bulk.unselect')}</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-bulk-bar': BtBulkBar;
  }
}
