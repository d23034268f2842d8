import { LitElement, html, css } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { RowFilter } from '../../core/filter.js';
import { canSetStatus, STATUSES, type Role, type Segment, type Status } from '../../core/model.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { tm } from '../../i18n/index.js';
import { keysOf } from './keymap.js';
import { emit } from '../common/events.js';
import './events.js';
import { focusRing } from '../common/focus-ring.js';

/**
 * The grid's toolbar: actions on the active row, undo/redo, the filters and the row count.
 * Row actions go straight up to the app; what the grid itself owns comes as `bt-toolbar-…`.
 *
 * @fires bt-request-undo / bt-request-redo
 * @fires bt-request-status - `{ id, status }`
 * @fires bt-request-copy-source - `{ id }`
 * @fires bt-request-merge - `{ id }`
 * @fires bt-request-changed-since - `{ id }` ('' = off)
 * @fires bt-toolbar-split - split the active row at the caret
 * @fires bt-request-open-note - `{ id }` write the row's note
 * @fires bt-request-edit-source - `{ on }`
 * @fires bt-request-filter - `{ filter }` the new row filter
 * @fires bt-request-open-find / bt-request-shortcuts
 */
@customElement('bt-grid-toolbar')
export class BtGridToolbar extends LitElement {
  static override styles = [
    focusRing,
    css`
      :host {
        display: block;
      }
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.4rem 0.75rem;
        padding: 0.45rem 0.75rem;
        background: var(--bt-surface);
        border-bottom: 1px solid var(--bt-border);
        font-size: 0.9rem;
      }
      .toolbar button,
      .toolbar select,
      .toolbar input {
        font: inherit;
      }
      .spacer {
        flex: 1;
      }
      .count {
        color: var(--bt-text-2);
      }
    `,
  ];

  @property({ type: Boolean }) canUndo = false;
  @property({ type: Boolean }) canRedo = false;
  /** The row the user works in, if any. */
  @property({ attribute: false }) active?: Segment;
  @property({ type: Boolean }) editSource = false;
  @property() workRole: Role = 'translator';
  @property({ attribute: false }) filter!: RowFilter;
  @property({ attribute: false }) versions: readonly { id: string; name: string }[] = [];
  /** The version chosen in "changed since", if any. */
  @property() sinceId?: string;
  /** Whether any filter is on; rows shown of the total. */
  @property({ type: Boolean }) filtering = false;
  @property({ type: Number }) shown = 0;
  @property({ type: Number }) total = 0;

  constructor() {
    super();
    new I18nController(this);
  }

  private _filterBy(change: Partial<RowFilter>) {
    emit(this, 'bt-request-filter', { filter: { ...this.filter, ...change } });
  }

  override render() {
    const active = this.active;
    return html`<div class="toolbar" role="toolbar" aria-label=${tm('grid.toolbar')}>
      <button
        ?disabled=${!this.canUndo}
        title=${keysOf('undo')}
        @click=${() => emit(this, 'bt-request-undo')}
      >
        ${tm('grid.undo')}
      </button>
      <button
        ?disabled=${!this.canRedo}
        title=${keysOf('redo')}
        @click=${() => emit(this, 'bt-request-redo')}
      >
        ${tm('grid.redo')}
      </button>
      <label
        >${tm('grid.statusOfRow')}
        <select
          ?disabled=${!active}
          title=${this.workRole === 'reviewer' ? '' : tm('role.statusTip')}
          @change=${(e: Event) =>
            active &&
            emit(this, 'bt-request-status', {
              id: active.id,
              status: (e.target as HTMLSelectElement).value as Status,
            })}
        >
          ${STATUSES.map(
            (s) =>
              html`<option
                value=${s}
                ?selected=${s === (active?.status ?? 'new')}
                ?disabled=${!canSetStatus(this.workRole, s)}
              >
                ${
                  canSetStatus(this.workRole, s)
                    ? tm(`status.${s}`)
                    : `${tm(`status.${s}`)} · ${tm('role.reviewerOnly')}`
                }
              </option>`,
          )}
        </select></label
      >
      <button
        ?disabled=${!active}
        title=${keysOf('copySource')}
        @click=${() => active && emit(this, 'bt-request-copy-source', { id: active.id })}
      >
        ${tm('grid.copySource')}
      </button>
      <button
        ?disabled=${!active}
        @click=${() => active && emit(this, 'bt-request-merge', { id: active.id })}
      >
        ${tm('grid.mergeNext')}
      </button>
      <button
        ?disabled=${!active}
        @mousedown=${(e: Event) => e.preventDefault()}
        @click=${() => emit(this, 'bt-request-split-at-caret')}
      >
        ${tm('grid.splitAtCaret')}
      </button>
      <button
        ?disabled=${!active}
        @click=${() => active && emit(this, 'bt-request-open-note', { id: active.id })}
      >
        ${tm('grid.note')}
      </button>
      <label
        ><input
          type="checkbox"
          .checked=${this.editSource}
          @change=${(e: Event) =>
            emit(this, 'bt-request-edit-source', { on: (e.target as HTMLInputElement).checked })}
        />${tm('grid.editSource')}</label
      >
      <span class="spacer"></span>
      <label
        >${tm('filter.status')}
        <select
          @change=${(e: Event) =>
            this._filterBy({
              status: (e.target as HTMLSelectElement).value as RowFilter['status'],
            })}
        >
          ${(['all', 'unconfirmed', ...STATUSES] as const).map(
            (s) =>
              html`<option value=${s} ?selected=${s === this.filter.status}>
                ${s === 'all' || s === 'unconfirmed' ? tm(`filter.${s}`) : tm(`status.${s}`)}
              </option>`,
          )}
        </select></label
      >
      <label
        >${tm('filter.text')}
        <input
          type="search"
          .value=${this.filter.text}
          @input=${(e: Event) => this._filterBy({ text: (e.target as HTMLInputElement).value })}
      /></label>
      <label
        ><input
          type="checkbox"
          .checked=${this.filter.lowConfidence}
          @change=${(e: Event) =>
            this._filterBy({ lowConfidence: (e.target as HTMLInputElement).checked })}
        />${tm('filter.lowConfidence')}</label
      >
      <label
        ><input
          type="checkbox"
          .checked=${!!this.filter.openComments}
          @change=${(e: Event) =>
            this._filterBy({ openComments: (e.target as HTMLInputElement).checked })}
        />${tm('filter.openComments')}</label
      >
      <label
        >${tm('filter.changedSince')}
        <select
          ?disabled=${this.versions.length === 0}
          @change=${(e: Event) =>
            emit(this, 'bt-request-changed-since', { id: (e.target as HTMLSelectElement).value })}
        >
          <option value="" ?selected=${!this.sinceId}>${tm('filter.anyTime')}</option>
          ${this.versions.map(
            (v) =>
              html`<option value=${v.id} ?selected=${this.sinceId === v.id}>${v.name}</option>`,
          )}
        </select></label
      >
      <button title=${tm('bulk.selectAllTip')} @click=${() => emit(this, 'bt-request-select-all')}>
        ${tm('bulk.selectAll')}
      </button>
      <span class="count" role="status"
        >${
          this.filtering
            ? tm('filter.shown', { shown: this.shown, total: this.total })
            : tm('filter.rows', { total: this.total })
        }</span
      >
      <button title=${keysOf('find')} @click=${() => emit(this, 'bt-request-open-find')}>
        ${tm('find.find')}
      </button>
      <button title=${keysOf('replace')} @click=${() => emit(this, 'bt-request-open-replace')}>
        ${tm('find.replace')}
      </button>
      <button @click=${() => emit(this, 'bt-request-shortcuts')} title="?">
        ${tm('shortcuts.open')}
      </button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-grid-toolbar': BtGridToolbar;
  }
}
