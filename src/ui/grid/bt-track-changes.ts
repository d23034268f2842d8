import { LitElement, html, css, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { diffText, type TextDiff } from '../../core/diff/index.js';
import type { Lang, Segment } from '../../core/model.js';
import type { Decision } from '../../core/review.js';
import { compactDiff, trackState, type Baseline, type TrackState } from '../../core/track.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { t } from '../../i18n/index.js';
import { diffStyles, renderDiff } from '../common/diff-render.js';
import { chipStyles, visuallyHidden } from '../common/inline-chips.js';
import '../common/bt-status-badge.js';
import { emit } from '../common/events.js';
import './events.js';
import { focusRing } from '../common/focus-ring.js';
import { controlStyles } from '../common/controls.js';

/** What the grid hands each row while track changes are on. */
export interface RowTrack {
  /** The row as the version has it; undefined when the row is not in the version. */
  base?: Baseline;
  /** The row is a merge of version rows, or a part of a split one. */
  structural?: 'merged' | 'split';
  /** Ticked for "Accept selected" / "Reject selected". */
  selected: boolean;
  /** The role may accept and reject (a reviewer); otherwise the buttons say why they are off. */
  canDecide?: boolean;
}

/**
 * A row's changes since a saved version, shown as track changes under its cells: the source and
 * translation diffed against the version's text (deletions struck in `<del>`, insertions
 * underlined in `<ins>`; long unchanged stretches shortened to "…"), a status change, whether the change is undecided or accepted, and
 * Accept / Reject. Read-only: the row's own fields stay editable above it. The host lays its
 * parts on the row's columns (CSS subgrid) and renders nothing when the row equals the version.
 *
 * @fires bt-request-track-decide - `{ ids: [id], decision }` accept or reject this row's change
 * @fires bt-request-track-select - `{ id, selected }` tick or untick the row
 */
@customElement('bt-track-changes')
export class BtTrackChanges extends LitElement {
  static override styles = [
    focusRing,
    controlStyles,
    css`
      :host {
        grid-column: 1 / -1;
        display: grid;
        grid-template-columns: subgrid;
        align-items: start;
        margin-top: 0.3rem;
        padding: 0.25rem 0;
        font-size: 0.88rem;
        line-height: 1.55;
        background: var(--bt-warning-soft);
        border-top: 1px dashed var(--bt-warning-dash);
      }
      :host([accepted]) {
        background: var(--bt-surface-4);
        border-top-color: var(--bt-border-strong);
        color: var(--bt-text-muted);
      }
      :host([hidden]) {
        display: none;
      }
      .pick {
        display: flex;
        flex-direction: column;
        align-items: flex-end;
        gap: 0.1rem;
        font-size: 0.72rem;
        color: var(--bt-text-muted);
      }
      .text {
        min-width: 0;
        padding: 0 0.4rem;
        overflow-wrap: anywhere;
      }
      .diff {
        white-space: pre-wrap;
      }
      .note {
        color: var(--bt-text-muted);
        font-style: italic;
      }
      .status {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.25rem;
        margin-top: 0.15rem;
        font-size: 0.78rem;
        color: var(--bt-text-muted);
      }
      .decide {
        display: flex;
        flex-wrap: wrap;
        gap: 0.15rem;
        align-items: center;
      }
      .state {
        flex-basis: 100%;
        font-size: 0.75rem;
        font-weight: 600;
        color: var(--bt-caution);
      }
      :host([accepted]) .state {
        color: var(--bt-success);
      }
      button {
        font: inherit;
        font-size: 0.75rem;
        padding: 0 0.2rem;
      }
      :host([accepted]) del,
      :host([accepted]) ins {
        background: none;
        color: inherit;
      }
      /* A hair of space between a deletion and its replacement, so "bit" and "little" do not
         read as one word (no character is added, so copied text stays exact). */
      del + ins {
        margin-left: 0.15em;
      }
      del.k-whitespace,
      ins.k-whitespace {
        outline: 1px dashed currentColor;
      }
      /* Screen readers announce each mark ("deleted", "inserted"); nothing shows on screen. */
      del::before,
      ins::before {
        content: attr(data-sr) ': ';
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
      ${chipStyles}
      ${diffStyles}
      ${visuallyHidden}
    `,
  ];

  /** The row as it is now. */
  @property({ attribute: false }) segment?: Segment;
  @property({ attribute: false }) track?: RowTrack;
  /** 1-based row number as the user sees it. */
  @property({ type: Number }) n = 0;
  @property({ attribute: false }) sourceLang: Lang = 'zh-Hans';
  @property({ attribute: false }) targetLang: Lang = 'en';

  private _state?: TrackState;
  private _source: TextDiff | null = null;
  private _target: TextDiff | null = null;
  private _diffedFor: {
    source?: string;
    target?: string;
    base?: Baseline;
    sourceLang?: Lang;
    targetLang?: Lang;
  } = {};

  constructor() {
    super();
    new I18nController(this);
  }

  protected override willUpdate(): void {
    const s = this.segment;
    const tr = this.track;
    this._state = s && tr ? trackState(s, tr.base, tr.structural) : undefined;
    const shown = !!this._state && this._state.change !== 'unchanged';
    this.hidden = !shown;
    this.toggleAttribute('accepted', shown && this._state!.accepted);
    const base = shown ? tr?.base : undefined;
    // Diff again only when a text or the baseline changed, not when the row is merely ticked.
    const m = this._diffedFor;
    if (
      m.source === s?.source &&
      m.target === s?.target &&
      m.base === base &&
      m.sourceLang === this.sourceLang &&
      m.targetLang === this.targetLang
    )
      return;
    this._diffedFor = {
      source: s?.source,
      target: s?.target,
      base,
      sourceLang: this.sourceLang,
      targetLang: this.targetLang,
    };
    this._source =
      s && base && base.source !== s.source
        ? compactDiff(diffText(base.source, s.source, this.sourceLang))
        : null;
    this._target =
      s && base && base.target !== s.target
        ? compactDiff(diffText(base.target, s.target, this.targetLang))
        : null;
  }

  private _decide(decision: Decision) {
    emit(this, 'bt-request-track-decide', { ids: [this.segment!.id], decision });
  }

  private _text(label: string, lang: Lang, d: TextDiff | null) {
    return d
      ? html`<span class="vh">${label}: </span
          ><span class="diff" lang=${lang}
            >${renderDiff(d, 'inline', [], this.segment?.codes)}</span
          >`
      : nothing;
  }

  private _sourceCell(st: TrackState, base: Baseline | undefined) {
    if (!base) {
      const note = st.change === 'split' ? t('review.track.splitRow') : t('review.track.addedRow');
      return html`<div class="text note">${note}</div>`;
    }
    return html`<div class="text">
      ${this._text(t('review.track.source'), this.sourceLang, this._source)}
    </div>`;
  }

  private _targetCell(s: Segment, base: Baseline | undefined) {
    return html`<div class="text">
      ${this._text(t('review.track.target'), this.targetLang, this._target)}
      ${
        base && base.status !== s.status
          ? html`<div class="status">
              <span>${t('review.track.status')}</span>
              <bt-status-badge .status=${base.status}></bt-status-badge>
              <span aria-hidden="true">→</span>
              <bt-status-badge .status=${s.status}></bt-status-badge>
            </div>`
          : nothing
      }
    </div>`;
  }

  private get _mayDecide(): boolean {
    return this.track?.canDecide !== false;
  }

  private _actions(st: TrackState) {
    const n = this.n;
    return html`<div class="decide">
      <span class="state"
        >${t(`review.track.state.${st.accepted ? 'accepted' : 'undecided'}`)}</span
      >
      ${
        st.canAccept
          ? html`<button
              aria-label=${t('review.track.acceptRow', { n })}
              title=${this._mayDecide ? t('review.track.acceptTip') : t('role.decideTip')}
              ?disabled=${!this._mayDecide}
              @click=${() => this._decide('accept')}
            >
              ${t('review.track.accept')}
            </button>`
          : nothing
      }
      ${
        st.canReject
          ? html`<button
              aria-label=${t('review.track.rejectRow', { n })}
              title=${this._mayDecide ? t('review.track.rejectTip') : t('role.decideTip')}
              ?disabled=${!this._mayDecide}
              @click=${() => this._decide('reject')}
            >
              ${t('review.track.reject')}
            </button>`
          : st.change !== 'added' && !st.accepted
            ? html`<button
                disabled
                aria-label=${t('review.track.rejectRow', { n })}
                title=${t('review.track.rejectStructural')}
              >
                ${t('review.track.reject')}
              </button>`
            : nothing
      }
    </div>`;
  }

  override render() {
    const s = this.segment;
    const tr = this.track;
    const st = this._state;
    if (!s || !tr || !st || st.change === 'unchanged') return nothing;
    const decidable = st.canAccept || st.canReject;
    return html`
      <div class="pick">
        ${
          decidable
            ? html`<input
                type="checkbox"
                aria-label=${t('review.track.select', { n: this.n })}
                .checked=${tr.selected}
                ?disabled=${!this._mayDecide}
                title=${this._mayDecide ? '' : t('role.decideTip')}
                @change=${(e: Event) =>
                  emit(this, 'bt-request-track-select', {
                    id: s.id,
                    selected: (e.target as HTMLInputElement).checked,
                  })}
              />`
            : nothing
        }
        <span>${t(`review.track.change.${st.change}`)}</span>
      </div>
      ${this._sourceCell(st, tr.base)} ${this._targetCell(s, tr.base)} ${this._actions(st)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-track-changes': BtTrackChanges;
  }
}
