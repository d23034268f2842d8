import { LitElement, html, css, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { RowFilter } from '../../core/filter.js';
import { canSetStatus, STATUSES, type Role, type Segment, type Status } from '../../core/model.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { tm } from '../../i18n/index.js';
import { keysOf } from './keymap.js';
import { emit } from '../common/events.js';
import './events.js';
import { focusRing } from '../common/focus-ring.js';
import { controlStyles } from '../common/controls.js';
import { icon, type IconNode } from '../common/icon.js';
import Undo2 from 'lucide/dist/esm/icons/undo-2.mjs';
import Redo2 from 'lucide/dist/esm/icons/redo-2.mjs';
import Search from 'lucide/dist/esm/icons/search.mjs';
import Replace from 'lucide/dist/esm/icons/replace.mjs';
import Copy from 'lucide/dist/esm/icons/copy.mjs';
import Merge from 'lucide/dist/esm/icons/merge.mjs';
import Scissors from 'lucide/dist/esm/icons/scissors.mjs';
import StickyNote from 'lucide/dist/esm/icons/sticky-note.mjs';
import PencilLine from 'lucide/dist/esm/icons/pencil-line.mjs';
import MessageSquare from 'lucide/dist/esm/icons/message-square.mjs';
import TriangleAlert from 'lucide/dist/esm/icons/triangle-alert.mjs';
import ListChecks from 'lucide/dist/esm/icons/list-checks.mjs';
import Keyboard from 'lucide/dist/esm/icons/keyboard.mjs';

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
    controlStyles,
    css`
      :host {
        display: block;
      }
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.4rem 0.6rem;
        padding: 0.35rem 0.75rem;
        background: var(--bt-surface);
        border-bottom: 1px solid var(--bt-border);
        font-size: 0.9rem;
      }
      .filter {
        width: 9rem;
      }
      .count {
        color: var(--bt-text-2);
        font-size: var(--bt-font-sm);
        white-space: nowrap;
      }
      /* The last group's tooltips open leftwards, inside the window. */
      .group:last-child [data-tip]::after {
        left: auto;
        right: 0;
        transform: none;
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

  /** A button that shows only its icon: the name is its label, the tooltip adds the keys. */
  private _iconButton(
    node: IconNode,
    label: string,
    onClick: () => void,
    opts: { disabled?: boolean; keys?: string; keepCaret?: boolean; tip?: string } = {},
  ) {
    return html`<button
      class="icon-only quiet"
      aria-label=${label}
      aria-keyshortcuts=${opts.keys ?? nothing}
      data-tip=${opts.tip ?? (opts.keys ? `${label} (${opts.keys})` : label)}
      ?disabled=${!!opts.disabled}
      @mousedown=${(e: Event) => opts.keepCaret && e.preventDefault()}
      @click=${onClick}
    >
      ${icon(node)}
    </button>`;
  }

  override render() {
    const active = this.active;
    const none = !active;
    return html`<div class="toolbar" role="toolbar" aria-label=${tm('grid.toolbar')}>
      <div class="group" role="group" aria-label=${tm('grid.groups.edit')}>
        ${this._iconButton(Undo2, tm('grid.undo'), () => emit(this, 'bt-request-undo'), {
          disabled: !this.canUndo,
          keys: keysOf('undo'),
        })}
        ${this._iconButton(Redo2, tm('grid.redo'), () => emit(this, 'bt-request-redo'), {
          disabled: !this.canRedo,
          keys: keysOf('redo'),
        })}
        ${this._iconButton(Search, tm('grid.find'), () => emit(this, 'bt-request-open-find'), {
          keys: keysOf('find'),
        })}
        ${this._iconButton(
          Replace,
          tm('grid.replace'),
          () => emit(this, 'bt-request-open-replace'),
          { keys: keysOf('replace') },
        )}
      </div>
      <div class="group" role="group" aria-label=${tm('grid.groups.row')}>
        <label class="field"
          >${tm('grid.statusOfRow')}
          <select
            ?disabled=${none}
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
        ${this._iconButton(
          Copy,
          tm('grid.copySource'),
          () => active && emit(this, 'bt-request-copy-source', { id: active.id }),
          { disabled: none, keys: keysOf('copySource') },
        )}
        ${this._iconButton(
          Merge,
          tm('grid.mergeNext'),
          () => active && emit(this, 'bt-request-merge', { id: active.id }),
          { disabled: none },
        )}
        ${this._iconButton(
          Scissors,
          tm('grid.splitAtCaret'),
          () => emit(this, 'bt-request-split-at-caret'),
          { disabled: none, keepCaret: true },
        )}
        ${this._iconButton(
          StickyNote,
          tm('grid.note'),
          () => active && emit(this, 'bt-request-open-note', { id: active.id }),
          { disabled: none },
        )}
        <label class="chip"
          ><input
            type="checkbox"
            .checked=${this.editSource}
            @change=${(e: Event) =>
              emit(this, 'bt-request-edit-source', { on: (e.target as HTMLInputElement).checked })}
          />${icon(PencilLine)}${tm('grid.editSource')}</label
        >
      </div>
      <div class="group" role="group" aria-label=${tm('grid.groups.review')}>
        <label class="field"
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
        <label class="chip"
          ><input
            type="checkbox"
            .checked=${!!this.filter.openComments}
            @change=${(e: Event) =>
              this._filterBy({ openComments: (e.target as HTMLInputElement).checked })}
          />${icon(MessageSquare)}${tm('filter.openComments')}</label
        >
        <label class="chip"
          ><input
            type="checkbox"
            .checked=${this.filter.lowConfidence}
            @change=${(e: Event) =>
              this._filterBy({ lowConfidence: (e.target as HTMLInputElement).checked })}
          />${icon(TriangleAlert)}${tm('filter.lowConfidence')}</label
        >
      </div>
      <div class="group" role="group" aria-label=${tm('grid.groups.view')}>
        <label class="field"
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
        <input
          type="search"
          class="filter"
          aria-label=${tm('filter.text')}
          placeholder=${tm('filter.text')}
          .value=${this.filter.text}
          @input=${(e: Event) => this._filterBy({ text: (e.target as HTMLInputElement).value })}
        />
        ${this._iconButton(
          ListChecks,
          tm('bulk.selectAll'),
          () => emit(this, 'bt-request-select-all'),
          { tip: tm('bulk.selectAllTip') },
        )}
        <span class="count" role="status"
          >${
            this.filtering
              ? tm('filter.shown', { shown: this.shown, count: this.total })
              : tm('filter.rows', { count: this.total })
          }</span
        >
        ${this._iconButton(
          Keyboard,
          tm('grid.shortcutsOpen'),
          () => emit(this, 'bt-request-shortcuts'),
          {
            keys: '?',
          },
        )}
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-grid-toolbar': BtGridToolbar;
  }
}
