import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { Lang, Segment } from '../../core/model.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { tm, tn } from '../../i18n/index.js';
import { keysOf } from './keymap.js';
import { openComments } from '../../core/review.js';
import { LOW_CONFIDENCE } from '../../core/filter.js';
import '../common/bt-status-badge.js';
import { withChips } from '../common/inline-chips.js';
import { segmentRowStyles } from './segment-row-styles.js';
import { codeMismatch, storedAfterEdit, storedOffset, toEditable } from '../../core/chips.js';
// Loaded on demand by the grid when track changes are switched on (it brings jsdiff along).
import type { RowTrack } from './bt-track-changes.js';
import { emit } from '../common/events.js';
import './events.js';
import { focusRing } from '../common/focus-ring.js';
import type { TermHit } from '../../core/terms/types.js';
import type { Found } from './find-controller.js';
import { underlineTerms } from '../terms/underline.js';

/** Where caret `pos` in `before` belongs in `after`, when one stretch of text changed. */
export function keepCaret(before: string, after: string, pos: number): number {
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before[prefix] === after[prefix]) prefix++;
  if (pos <= prefix) return pos;
  return Math.max(prefix, Math.min(after.length, pos + after.length - before.length));
}

/**
 * One aligned pair of the translation grid: row number, source, target, status and link type.
 *
 * @fires bt-request-edit - the user changed a field: `{ id, field, value }`
 * @fires bt-request-activate - the row got focus: `{ id }`
 * @fires bt-request-leave - focus left the row's text field: `{ id }`
 * @fires bt-request-note - the note written in place was saved: `{ id, note }`
 * @fires bt-request-note-close - the note editor is done (saved or cancelled): `{ id }`
 */
@customElement('bt-segment-row')
export class BtSegmentRow extends LitElement {
  static override styles = [focusRing, segmentRowStyles];

  @query('textarea.target') private _target?: HTMLTextAreaElement;
  @query('textarea.note-input') private _noteInput?: HTMLTextAreaElement;

  @property({ attribute: false }) segment?: Segment;
  /** 1-based row number as the user sees it. */
  @property({ type: Number }) index = 0;
  @property({ attribute: false }) sourceLang: Lang = 'zh-Hans';
  @property({ attribute: false }) targetLang: Lang = 'en';
  @property({ type: Boolean, reflect: true }) active = false;
  /** Whether the document was aligned, so the row's link (1-1, 2-1, 1-0 …) means something. */
  @property({ type: Boolean }) showLink = true;
  /** Chosen for a bulk action. */
  @property({ type: Boolean, reflect: true }) selected = false;
  @property({ type: Boolean, reflect: true, attribute: 'paragraph-start' }) paragraphStart = false;
  @property({ type: Boolean }) editSource = false;
  /** The row's note is being written (in place, under the row). */
  @property({ type: Boolean }) noteOpen = false;
  /** The row's open quality-check findings, when it has any (a badge). */
  @property({ attribute: false }) qa?: { errors: number; warnings: number };
  /** Set while the grid shows track changes: the row's baseline in the chosen version. */
  @property({ attribute: false }) track?: RowTrack;
  /** Termbase terms found in the source, underlined (set on the active row only). */
  @property({ attribute: false }) terms?: readonly TermHit[];
  /** A viewer of a team project: the translation can be read, not changed. */
  @property({ type: Boolean }) readOnly = false;
  /** Names of the team members in this row now. */
  @property({ attribute: false }) peers: readonly string[] = [];
  /** The find bar's current match in this row (stored offsets): highlighted while it is open. */
  @property({ attribute: false }) found?: Found;

  constructor() {
    super();
    new I18nController(this);
  }

  /**
   * Puts the caret in the translation field (used when navigating rows by keyboard): at its end,
   * where it was, or selecting a range of the stored translation (a match the find bar found).
   */
  focusTarget(at: 'end' | 'keep' | readonly [number, number] = 'end'): void {
    const ta = this._target;
    if (!ta) return;
    ta.focus({ preventScroll: false });
    if (at === 'end') ta.setSelectionRange(ta.value.length, ta.value.length);
    else if (at !== 'keep' && this.segment) {
      const [a, b] = at.map((o) => this._shownOffset('target', o));
      ta.setSelectionRange(a, b);
    }
  }

  /** Where stored offset `o` of a field is in the field as shown (codes as labels). */
  private _shownOffset(field: 'source' | 'target', o: number): number {
    const s = this.segment!;
    return toEditable(s[field].slice(0, o), s.codes).length;
  }

  /**
   * The find bar's match over a text field: a layer of the same text, transparent but for the
   * match, laid on it (a field cannot mark a part of its own text, nor show a selection while the
   * keyboard is in the find bar).
   */
  private _foundLayer(field: 'source' | 'target') {
    const f = this.found;
    if (f?.field !== field) return nothing;
    const text = toEditable(this.segment![field], this.segment!.codes);
    const [a, b] = [f.start, f.end].map((o) => this._shownOffset(field, o));
    // No whitespace in the template around the text: the layer keeps it (pre-wrap), and a line
    // break and indent before it put every mark a line down and six spaces right.
    const marked = html`${text.slice(0, a)}<mark class="found">${text.slice(a, b)}</mark
      >${text.slice(b)}`;
    return html`<div class="found-layer" aria-hidden="true">${marked}</div>`;
  }

  /** The read-only source: the find bar's match marked, else the termbase's terms underlined. */
  private _sourceText(s: Segment) {
    const f = this.found;
    if (f?.field === 'source')
      return html`${withChips(s.source.slice(0, f.start), s.codes)}<mark class="found"
          >${withChips(s.source.slice(f.start, f.end), s.codes)}</mark
        >${withChips(s.source.slice(f.end), s.codes)}`;
    return this.terms?.length
      ? underlineTerms(s.source, s.codes, this.terms)
      : withChips(s.source, s.codes);
  }

  /** Puts text into the translation at `range` (else over its selection), as typing it would. */
  insertInTarget(text: string, range?: [number, number]): void {
    const ta = this._target;
    if (!ta) return;
    ta.focus();
    const [from, to] = range ?? [ta.selectionStart, ta.selectionEnd];
    ta.setRangeText(text, Math.min(from, ta.value.length), Math.min(to, ta.value.length), 'end');
    ta.dispatchEvent(new Event('input', { bubbles: true }));
  }

  /** The caret offset in the source or target field, for "split at the caret". */
  caret(): { field: 'source' | 'target'; offset: number } | undefined {
    const el = this.shadowRoot?.activeElement;
    if (el instanceof HTMLTextAreaElement && this.segment) {
      const field = el.classList.contains('source') ? 'source' : 'target';
      // The field shows codes as labels and hidden characters as markers; the store counts each
      // as one character.
      const { codes } = this.segment;
      const stored = storedAfterEdit(this.segment[field], el.value, codes);
      const offset = storedOffset(stored, el.selectionStart, codes);
      return { field, offset };
    }
    return undefined;
  }

  private _onInput(field: 'source' | 'target', e: Event) {
    const s = this.segment!;
    // Read against the stored text the field shows, so a hidden character shown as a marker
    // stays that character (and typed marker-like text stays text).
    const value = storedAfterEdit(s[field], (e.target as HTMLTextAreaElement).value, s.codes);
    emit(this, 'bt-request-edit', { id: s.id, field, value });
  }

  /** The caret in the translation while someone else's change replaces its text. */
  private _caret?: { value: string; start: number; end: number };

  protected override willUpdate(changed: PropertyValues<this>): void {
    const t = this._target;
    this._caret =
      changed.has('segment') && t && this.shadowRoot?.activeElement === t
        ? { value: t.value, start: t.selectionStart, end: t.selectionEnd }
        : undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('noteOpen') && this.noteOpen) this._noteInput?.focus();
    const c = this._caret;
    const t = this._target;
    // Setting the value puts the caret at the end: put it back where the user was, moved by
    // what was inserted or deleted before it (a team member's edit of the same sentence).
    if (c && t && t.value !== c.value) {
      const [start, end] = [c.start, c.end].map((p) => keepCaret(c.value, t.value, p));
      t.setSelectionRange(start, end);
    }
  }

  private _saveNote() {
    const id = this.segment!.id;
    emit(this, 'bt-request-note', { id, note: this._noteInput?.value.trim() ?? '' });
    emit(this, 'bt-request-note-close', { id });
  }

  // Keys typed into the note are the note's: no grid shortcut fires while it is written.
  private _onNoteKey(e: KeyboardEvent) {
    e.stopPropagation();
    if (e.isComposing) return;
    if (e.key === 'Escape') emit(this, 'bt-request-note-close', { id: this.segment!.id });
    else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      this._saveNote();
    }
  }

  /** The tag check: codes of the source missing from the translation, or there too often. */
  private _renderTagCheck(s: Segment) {
    if (!s.codes?.length) return nothing;
    const { missing, extra } = codeMismatch(s.source, s.target, s.codes);
    return html`${
      missing.length
        ? html`<span class="tags">${tm('grid.tagsMissing', { labels: missing.join(' ') })}</span>`
        : nothing
    }${
      extra.length
        ? html`<span class="tags">${tm('grid.tagsExtra', { labels: extra.join(' ') })}</span>`
        : nothing
    }`;
  }

  private _renderQa(n: number) {
    const q = this.qa;
    if (!q || q.errors + q.warnings === 0) return nothing;
    const tip = tm('qaPanel.badgeTip', { n, errors: q.errors, warnings: q.warnings });
    return html`<span class="qa" ?data-error=${q.errors > 0} title=${tip}
      ><span aria-hidden="true">${tm('qaPanel.badge', { count: q.errors + q.warnings })}</span
      ><span class="vh">${tip}</span></span
    >`;
  }

  private _renderNote(s: Segment, n: number) {
    if (this.noteOpen) {
      return html`<div class="note-edit" role="gridcell">
        <textarea
          class="note-input"
          aria-label=${tn('grid.notePrompt', n)}
          title=${tm('grid.noteTip')}
          .value=${s.note}
          @keydown=${this._onNoteKey}
        ></textarea>
        <button @click=${this._saveNote}>${tm('grid.noteSave')}</button>
        <button @click=${() => emit(this, 'bt-request-note-close', { id: s.id })}>
          ${tm('common.cancel')}
        </button>
      </div>`;
    }
    return s.note
      ? html`<div class="note" role="note" aria-label=${tm('grid.note')}>${s.note}</div>`
      : nothing;
  }

  private _onFocus() {
    emit(this, 'bt-request-activate', { id: this.segment!.id });
  }

  private _onBlur() {
    emit(this, 'bt-request-leave', { id: this.segment!.id });
  }

  override render() {
    const s = this.segment;
    if (!s) return nothing;
    const n = this.index;
    const linkLabel = `${s.link.source}-${s.link.target}`;
    const low = s.confidence < LOW_CONFIDENCE;
    // Only the active row's select button is a Tab stop, so Tab walks from translation to
    // translation and Shift+Tab from the row being edited reaches its select button.
    return html`
      <div class="num" role="rowheader">
        <span class="vh">${tn('grid.rowLabel', n)}</span
        ><button
          aria-pressed=${this.selected ? 'true' : 'false'}
          tabindex=${this.active ? '0' : '-1'}
          title=${tm('bulk.selectRow', { n })}
          aria-label=${tm('bulk.selectRow', { n })}
          @click=${(e: MouseEvent) =>
            emit(this, 'bt-request-select-row', {
              id: s.id,
              range: e.shiftKey,
              toggle: e.ctrlKey || e.metaKey,
            })}
        >
          ${n}
        </button>
      </div>
      <div class="cell" role="gridcell">
        ${
          this.editSource
            ? html`<textarea
                  class="source"
                  lang=${this.sourceLang}
                  aria-label=${tn('grid.sourceCell', n)}
                  .value=${toEditable(s.source, s.codes)}
                  @input=${(e: Event) => this._onInput('source', e)}
                  @focus=${this._onFocus}
                  @blur=${this._onBlur}
                ></textarea
                >${this._foundLayer('source')}`
            : html`<div class="source">
                <span class="vh">${tn('grid.sourceCell', n)}</span
                ><span lang=${this.sourceLang}>${this._sourceText(s)}</span>
              </div>`
        }
      </div>
      <div class="cell" role="gridcell">
        <textarea
          class="target"
          lang=${this.targetLang}
          aria-label=${tn('grid.targetCell', n)}
          title=${tm(s.codes?.length ? 'grid.targetTipTags' : 'grid.targetTip', {
            confirm: keysOf('confirm'),
            copy: keysOf('copySource'),
          })}
          .value=${toEditable(s.target, s.codes)}
          ?readonly=${this.readOnly}
          @input=${(e: Event) => this._onInput('target', e)}
          @focus=${this._onFocus}
          @blur=${this._onBlur}
        ></textarea
        >${this._foundLayer('target')}
      </div>
      <div class="meta" role="gridcell">
        <bt-status-badge .status=${s.status}></bt-status-badge>
        ${
          this.peers.length
            ? html`<span class="peers"
                >${tm('team.presence.inRow', { names: this.peers.join(', ') })}</span
              >`
            : nothing
        }
        ${
          // In a document made from a source alone (nothing was aligned) a "1-0" on every row
          // would read like an alignment error: the link shows only where there is one.
          !this.showLink
            ? nothing
            : html`<span
                class="link"
                ?data-low=${low}
                title=${tm('grid.linkTip', {
                  link: linkLabel,
                  confidence: Math.round(s.confidence * 100),
                })}
                >${linkLabel}</span
              >`
        }
        ${this._renderTagCheck(s)} ${this._renderQa(n)}
        ${
          openComments(s) > 0
            ? html`<span class="comments"
                >${tm('review.comments.open', { count: openComments(s) })}</span
              >`
            : nothing
        }
      </div>
      ${this._renderNote(s, n)}
      ${
        this.track
          ? html`<bt-track-changes
              role="gridcell"
              .segment=${s}
              .track=${this.track}
              .n=${n}
              .sourceLang=${this.sourceLang}
              .targetLang=${this.targetLang}
            ></bt-track-changes>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-segment-row': BtSegmentRow;
  }
}
