import { LitElement, html, css } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  insertEmpty,
  mergeNext,
  moveSentence,
  nextLowConfidence,
  splitRow,
  type AlignRow,
  type Side,
} from '../../core/beads.js';
import { LOW_CONFIDENCE } from '../../core/filter.js';
import type { Lang } from '../../core/model.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { t } from '../../i18n/index.js';
import { emit } from '../common/events.js';
import './events.js';
import { focusRing } from '../common/focus-ring.js';

type Shadow = ShadowRoot & { getSelection?: () => Selection | null };

/**
 * The alignment view: source and target sentences side by side, one row per bead, coloured (and
 * labelled) by confidence. Fix it by merging, splitting at the caret, moving a sentence to the
 * neighbouring row or giving a sentence an empty partner; every fix can be undone.
 *
 * @fires bt-align-change - `{ rows }` the rows after a fix
 */
@customElement('bt-align-view')
export class BtAlignView extends LitElement {
  static override styles = [
    focusRing,
    css`
      :host {
        display: block;
      }
      .toolbar {
        position: sticky;
        top: 0;
        z-index: 1;
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
        padding: 0.5rem 0;
        background: var(--bt-surface-2);
      }
      button {
        font: inherit;
        font-size: 0.85rem;
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        display: grid;
        grid-template-columns: 3rem 1fr 1fr 5rem;
        gap: 0.5rem;
        padding: 0.4rem 0.5rem;
        background: var(--bt-surface);
        border-bottom: 1px solid var(--bt-border-subtle);
        border-left: 5px solid var(--bt-success);
      }
      li.mid {
        border-left-color: var(--bt-warning-line);
      }
      li.low {
        border-left-color: var(--bt-danger);
        background: var(--bt-danger-soft);
      }
      li[aria-selected='true'] {
        outline: 2px solid var(--bt-accent);
        outline-offset: -2px;
      }
      li.para {
        margin-top: 0.5rem;
      }
      .n {
        color: var(--bt-text-muted);
        text-align: right;
      }
      .sent {
        display: block;
        padding: 0.1rem 0.25rem;
        border-radius: 3px;
        cursor: text;
        line-height: 1.55;
      }
      .sent + .sent {
        border-top: 1px dotted var(--bt-border-strong);
      }
      .sent.sel {
        background: var(--bt-highlight);
      }
      .conf {
        font-size: 0.75rem;
        color: var(--bt-text-2);
      }
      .empty {
        color: var(--bt-text-faintest);
        font-style: italic;
      }
    `,
  ];

  @state() private _active = 0;
  /** The sentence the caret is in: side, index within the row, and offset within the sentence. */
  @state() private _caret?: { side: Side; k: number; offset: number };
  @state() private _undo: AlignRow[][] = [];

  @property({ attribute: false }) rows: AlignRow[] = [];
  @property() sourceLang: Lang = 'zh-Hans';
  @property() targetLang: Lang = 'en';

  constructor() {
    super();
    new I18nController(this);
  }

  private _apply(next: AlignRow[]) {
    this._undo = [...this._undo.slice(-99), this.rows];
    this.rows = next;
    this._active = Math.min(this._active, next.length - 1);
    this._caret = undefined;
    emit(this, 'bt-align-change', { rows: next });
  }

  private _undoLast() {
    const prev = this._undo.at(-1);
    if (!prev) return;
    this._undo = this._undo.slice(0, -1);
    this.rows = prev;
    emit(this, 'bt-align-change', { rows: prev });
  }

  private _onSentence(e: MouseEvent | FocusEvent, i: number, side: Side, k: number) {
    this._active = i;
    const sel = (this.shadowRoot as Shadow).getSelection?.();
    const offset =
      sel &&
      sel.anchorNode &&
      e.currentTarget instanceof Node &&
      e.currentTarget.contains(sel.anchorNode)
        ? sel.anchorOffset
        : 0;
    this._caret = { side, k, offset };
  }

  private _split() {
    const c = this._caret;
    if (!c) return;
    this._apply(splitRow(this.rows, this._active, c.side, c.k, c.offset));
  }

  private _nextLow() {
    const i = nextLowConfidence(this.rows, this._active, LOW_CONFIDENCE);
    if (i < 0) return;
    this._active = i;
    this.updateComplete.then(() =>
      this.renderRoot.querySelector(`li[data-i="${i}"]`)?.scrollIntoView({ block: 'center' }),
    );
  }

  private _renderSide(r: AlignRow, i: number, side: Side) {
    const lang = side === 'source' ? this.sourceLang : this.targetLang;
    const c = this._caret;
    if (r[side].length === 0) return html`<div class="empty">${t('align.emptyPartner')}</div>`;
    return html`<div lang=${lang}>
      ${r[side].map(
        (s, k) =>
          html`<span
            class="sent ${i === this._active && c?.side === side && c.k === k ? 'sel' : ''}"
            @mouseup=${(e: MouseEvent) => this._onSentence(e, i, side, k)}
            >${s}</span
          >`,
      )}
    </div>`;
  }

  override render() {
    const i = this._active;
    const r = this.rows[i];
    const side = this._caret?.side ?? 'source';
    const lowCount = this.rows.filter((x) => x.confidence < LOW_CONFIDENCE).length;
    return html`
      <div class="toolbar" role="toolbar" aria-label=${t('align.toolbar')}>
        <button ?disabled=${this._undo.length === 0} @click=${this._undoLast}>
          ${t('grid.undo')}
        </button>
        <button
          ?disabled=${!r || i + 1 >= this.rows.length}
          @click=${() => this._apply(mergeNext(this.rows, i))}
        >
          ${t('align.mergeNext')}
        </button>
        <button ?disabled=${!this._caret} @click=${this._split}>${t('align.splitAtCaret')}</button>
        <button
          ?disabled=${!r || i === 0}
          @click=${() => this._apply(moveSentence(this.rows, i, side, 'up'))}
        >
          ${t('align.moveUp', { side: t(`align.side.${side}`) })}
        </button>
        <button
          ?disabled=${!r || i + 1 >= this.rows.length}
          @click=${() => this._apply(moveSentence(this.rows, i, side, 'down'))}
        >
          ${t('align.moveDown', { side: t(`align.side.${side}`) })}
        </button>
        <button
          ?disabled=${!r || !r.source.length || !r.target.length}
          @click=${() => this._apply(insertEmpty(this.rows, i, side === 'source' ? 'target' : 'source'))}
        >
          ${t('align.emptyPartnerButton', { side: t(`align.side.${side}`) })}
        </button>
        <button ?disabled=${lowCount === 0} @click=${this._nextLow}>
          ${t('align.nextLow', { count: lowCount })}
        </button>
      </div>
      <ol
        aria-label=${t('align.label')}
        role="listbox"
        aria-activedescendant=${`row-${i}`}
        tabindex="0"
        @click=${(e: Event) => {
          const li = (e.target as Element).closest('li');
          if (li) this._active = Number(li.dataset.i);
        }}
        @keydown=${(e: KeyboardEvent) => {
          if (e.key === 'ArrowDown') this._active = Math.min(this.rows.length - 1, i + 1);
          else if (e.key === 'ArrowUp') this._active = Math.max(0, i - 1);
          else return;
          e.preventDefault();
          this._caret = undefined;
        }}
      >
        ${this.rows.map((row, n) => {
          const level =
            row.confidence < LOW_CONFIDENCE ? 'low' : row.confidence < 0.8 ? 'mid' : 'high';
          return html`<li
            id=${`row-${n}`}
            data-i=${n}
            role="option"
            aria-selected=${n === i ? 'true' : 'false'}
            class="${level} ${row.paragraphStart ? 'para' : ''}"
          >
            <span class="n">${n + 1}</span>
            ${this._renderSide(row, n, 'source')} ${this._renderSide(row, n, 'target')}
            <span class="conf">
              ${row.source.length}-${row.target.length}<br />${t(`align.level.${level}`)}
              ${Math.round(row.confidence * 100)}%
            </span>
          </li>`;
        })}
      </ol>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-align-view': BtAlignView;
  }
}
