import { LitElement, html, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { sameRows, splitRow, type AlignRow, type Side } from '../../core/beads.js';
// The aligner's own threshold, chosen from its confidence figures on the gold sets.
import { LOW_CONFIDENCE } from '../../core/align/index.js';
import { MEDIUM_CONFIDENCE, type Lang } from '../../core/model.js';
import { snapSplit } from '../../core/split-snap.js';
import { langCode } from '../../core/text/lang.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { t } from '../../i18n/index.js';
import { emit } from '../common/events.js';
import { VirtualRowsController } from '../common/virtual-rows.js';
import { focusRing } from '../common/focus-ring.js';
import { updateRow } from './align-row.js';
import { actionForKey, alignActions, type Action } from './align-actions.js';
import { alignViewStyles } from './styles.js';
import './events.js';
import { controlStyles } from '../common/controls.js';

type Shadow = ShadowRoot & { getSelection?: () => Selection | null };

/** Rows have no ids: a row object keeps its key while it is unchanged (fixes make new objects). */
const keys = new WeakMap<AlignRow, string>();
let nextKey = 0;
const keyOf = (r: AlignRow): string => {
  let k = keys.get(r);
  if (!k) keys.set(r, (k = `r${nextKey++}`));
  return k;
};

/**
 * The alignment view: source and target sentences side by side, one row per bead, coloured (and
 * labelled) by confidence or as checked by a person. Only the rows near the viewport exist, so a
 * document of thousands of rows opens at once. Fix it by merging, splitting at the caret (which
 * snaps to a sentence, clause or word boundary), moving a sentence, giving a sentence an empty
 * partner or marking a row checked; every fix can be undone.
 *
 * @fires bt-align-change - `{ rows }` the rows after a fix
 * @fires bt-align-place - `{ active, topRow }` where the user is in the list
 * @fires bt-request-realign - `{ from }` align the rows after `from` again, checked rows kept
 */
@customElement('bt-align-view')
export class BtAlignView extends LitElement {
  static override styles = [focusRing, controlStyles, alignViewStyles];

  /**
   * The sentence the caret is in: its row, side, index within the row and offset within the
   * sentence. It counts only while its row is the active one (see `_here`): a caret left in
   * another row must never say where a split of this one cuts.
   */
  @state() private _caret?: { row: number; side: Side; k: number; offset: number };
  /**
   * The side the move and empty-partner buttons act on: the caret's, kept after a fix clears
   * the caret, so a focused button keeps its meaning when pressed again.
   */
  @state() private _side: Side = 'source';
  @state() private _undo: AlignRow[][] = [];

  @property({ attribute: false }) rows: AlignRow[] = [];
  @property() sourceLang: Lang = 'zh-Hans';
  @property() targetLang: Lang = 'en';
  /** The active row (the one the buttons act on). */
  @property({ type: Number }) active = 0;
  /** The row shown at the top when the rows are first shown (a resumed check). */
  @property({ type: Number }) topRow = 0;
  /** Rows scored below this are low (red) and visited by "Next low-confidence row". */
  @property({ type: Number }) lowThreshold = LOW_CONFIDENCE;
  /** Re-aligning runs: the fixes wait (they would be lost under its result). */
  @property({ type: Boolean }) busy = false;

  @query('.scroller') private _scroller?: HTMLElement;
  @query('ol') private _ol?: HTMLElement;
  private _placed = false;
  private _placeTimer = 0;
  /** A toolbar button was just used: see `_keepKeyboard`. */
  private _acted = false;

  private readonly _list = new VirtualRowsController<AlignRow, HTMLLIElement>(this, {
    key: keyOf,
    create: () => document.createElement('li'),
    update: (el, row, i) =>
      updateRow(el, {
        row,
        index: i,
        count: this.rows.length,
        active: i === this.active,
        caret: i === this.active ? this._caretView() : undefined,
        langs: { source: this.sourceLang, target: this.targetLang },
        levels: { low: this.lowThreshold, mid: MEDIUM_CONFIDENCE },
        onSentence: (e, index, side, k) => this._onSentence(e, index, side, k),
      }),
    estimate: 60,
  });

  constructor() {
    super();
    new I18nController(this);
  }

  /** Puts the keyboard on the list of rows (after the rows were first shown, say). */
  focusList(): void {
    this._ol?.focus({ preventScroll: true });
  }

  /** Forgets the fixes Undo would take back (the rows were replaced from elsewhere). */
  forgetUndo(): void {
    this._undo = [];
  }

  /**
   * Replaces the rows as one undoable step (a re-alignment the parent ran); rows that come back
   * the same, sentence for sentence, are no step at all.
   */
  replaceRows(next: AlignRow[]): void {
    if (sameRows(next, this.rows)) return;
    this._apply(next);
  }

  /** The fixes Undo would take back, for a parent that shows the view again later. */
  get undoSteps(): readonly AlignRow[][] {
    return this._undo;
  }

  /** Gives back the undo steps of an earlier showing of the same rows. */
  keepUndo(steps: readonly AlignRow[][]): void {
    this._undo = steps.slice();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._placeTimer);
  }

  override updated(changed: PropertyValues<this>): void {
    this._list.show(this._scroller, this._ol, this.rows);
    if (!this._placed && this.rows.length > 0) {
      this._placed = true;
      // After the list's first frame, which measures real rows and sets the height estimate the
      // offsets of the thousands of rows above depend on.
      const top = this.topRow;
      if (top > 0) requestAnimationFrame(() => this._list.scrollToIndex(top, 'start'));
    }
    if (changed.has('active')) this._placeSoon();
    this._keepKeyboard();
  }

  /**
   * A fix can disable the button that made it (Mark row as checked, the last Undo, a merge into
   * the last row), and a re-alignment makes the whole toolbar inert: the keyboard would fall to
   * the page's top. It goes to the list instead, on the row the fix was made on.
   */
  private _keepKeyboard() {
    if (!this._acted) return;
    this._acted = false;
    const a = this.shadowRoot?.activeElement as HTMLButtonElement | null | undefined;
    if (!a || a.disabled || this.busy) this.focusList();
  }

  /** The caret, when it is in the active row. */
  private get _here() {
    const c = this._caret;
    return c && c.row === this.active ? c : undefined;
  }

  private _setCaret(c: { row: number; side: Side; k: number; offset: number }) {
    this._caret = c;
    this._side = c.side;
  }

  private _apply(next: AlignRow[]) {
    if (next.length === this.rows.length && next.every((r, i) => r === this.rows[i])) return;
    this._undo = [...this._undo.slice(-99), this.rows];
    this.rows = next;
    this.active = Math.max(0, Math.min(this.active, next.length - 1));
    this._caret = undefined;
    emit(this, 'bt-align-change', { rows: next });
  }

  private _undoLast() {
    const prev = this._undo.at(-1);
    if (!prev) return;
    this._undo = this._undo.slice(0, -1);
    this.rows = prev;
    this._caret = undefined;
    this.active = Math.min(this.active, prev.length - 1);
    emit(this, 'bt-align-change', { rows: prev });
  }

  /** Tells the parent where the user is, once scrolling or moving stops for a moment. */
  private _placeSoon() {
    clearTimeout(this._placeTimer);
    this._placeTimer = window.setTimeout(() => {
      const top = this._list.firstVisible();
      emit(this, 'bt-align-place', { active: this.active, topRow: Math.max(0, top) });
    }, 250);
  }

  private _onSentence(e: MouseEvent, i: number, side: Side, k: number) {
    this.active = i;
    const sel = (this.shadowRoot as Shadow).getSelection?.();
    const span = e.currentTarget;
    let offset = 0;
    if (sel?.anchorNode && span instanceof Node && span.contains(sel.anchorNode)) {
      // Counted from the sentence's start: the cut bar splits its text into two nodes.
      const r = document.createRange();
      r.setStart(span, 0);
      r.setEnd(sel.anchorNode, sel.anchorOffset);
      offset = r.toString().length;
    }
    this._setCaret({ row: i, side, k, offset });
  }

  /**
   * Where _Split at caret_ cuts: sentence `k` of the caret's side split at `at` (0: before it).
   * The cut snaps to a boundary: near a neighbouring sentence it falls between the two.
   */
  private _cut(): { side: Side; k: number; at: number } | undefined {
    const c = this._here;
    const r = this.rows[this.active];
    if (!c || !r) return undefined;
    const sents = r[c.side];
    const text = sents[c.k] ?? '';
    const lang = langCode(c.side === 'source' ? this.sourceLang : this.targetLang);
    const edges = { start: c.k > 0, end: c.k + 1 < sents.length };
    const at = c.offset > 0 ? (snapSplit(text, c.offset, lang, edges)?.offset ?? 0) : 0;
    return at >= text.length ? { side: c.side, k: c.k + 1, at: 0 } : { side: c.side, k: c.k, at };
  }

  /** The caret as the active row shows it: its sentence, and the bar where a split would cut. */
  private _caretView() {
    const c = this._here;
    if (!c) return undefined;
    const cut = canSplit(c) ? this._cut() : undefined;
    // A cut before the next sentence shows at the end of this one.
    const at =
      !cut || cut.side !== c.side
        ? undefined
        : cut.k === c.k
          ? cut.at
          : (this.rows[this.active]?.[c.side][c.k]?.length ?? undefined);
    return { side: c.side, k: c.k, cut: at };
  }

  private _split() {
    const cut = this._cut();
    if (!cut) return;
    this._apply(splitRow(this.rows, this.active, cut.side, cut.k, cut.at));
  }

  /**
   * Makes row i the active one and brings it into view: a step (the arrow keys) just enough, a
   * jump (_Next low-confidence row_) to the middle, with the rows around it to compare.
   */
  private _go(i: number, jump = false) {
    if (i < 0 || i >= this.rows.length) return;
    this.active = i;
    this._caret = undefined;
    const el = this._list.elementFor(keyOf(this.rows[i]));
    if (el && !jump) el.scrollIntoView({ block: 'nearest' });
    else this._list.scrollToIndex(i);
  }

  /**
   * ←/→ walk the active row's sentences, source then translation, as a click would put the
   * caret at a sentence's start: keyboard users choose the side the buttons act on, and where
   * _Split at caret_ cuts (before the chosen sentence).
   */
  private _stepSentence(by: 1 | -1) {
    const r = this.rows[this.active];
    if (!r) return;
    const spots: { side: Side; k: number }[] = [
      ...r.source.map((_, k) => ({ side: 'source' as const, k })),
      ...r.target.map((_, k) => ({ side: 'target' as const, k })),
    ];
    if (!spots.length) return;
    const c = this._here;
    const at = c ? spots.findIndex((p) => p.side === c.side && p.k === c.k) : -1;
    const next = at < 0 ? (by > 0 ? 0 : spots.length - 1) : at + by;
    const spot = spots[Math.max(0, Math.min(spots.length - 1, next))]!;
    this._setCaret({ row: this.active, ...spot, offset: 0 });
  }

  /** The fixes as the toolbar and the keys offer them now (align-actions.ts). */
  private _actions(): Action[] {
    return alignActions({
      rows: this.rows,
      active: this.active,
      side: this._side,
      canSplit: canSplit(this._here),
      canUndo: this._undo.length > 0,
      lowThreshold: this.lowThreshold,
      busy: this.busy,
      apply: (next) => this._apply(next),
      undo: () => this._undoLast(),
      split: () => this._split(),
      go: (i) => this._go(i, true),
      realign: (from) => emit(this, 'bt-request-realign', { from }),
    });
  }

  private _onKey(e: KeyboardEvent) {
    const id = actionForKey(e);
    if (id) {
      e.preventDefault();
      // While a re-alignment runs the fixes wait, as the toolbar does.
      const a = this._actions().find((x) => x.id === id);
      if (a?.enabled && !this.busy) a.run();
      return;
    }
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      e.preventDefault();
      this._stepSentence(e.key === 'ArrowRight' ? 1 : -1);
      return;
    }
    const page = Math.max(1, Math.floor((this._scroller?.clientHeight ?? 600) / 60));
    const to: Record<string, number> = {
      ArrowDown: this.active + 1,
      ArrowUp: this.active - 1,
      PageDown: this.active + page,
      PageUp: this.active - page,
      Home: 0,
      End: this.rows.length - 1,
    };
    if (!(e.key in to)) return;
    e.preventDefault();
    this._go(Math.max(0, Math.min(this.rows.length - 1, to[e.key])));
  }

  override render() {
    const i = this.active;
    // A button's action, noted so that `_keepKeyboard` follows the keyboard after it.
    const press = (a: Action) => () => {
      this._acted = true;
      a.run();
    };
    return html`
      <div class="toolbar" role="toolbar" aria-label=${t('align.toolbar')} ?inert=${this.busy}>
        ${this._actions().map(
          (a) =>
            html`<button
              data-action=${a.id}
              ?disabled=${!a.enabled}
              title=${t('align.tip', { label: a.label, keys: a.keys[0] })}
              aria-keyshortcuts=${a.keys[1]}
              @click=${press(a)}
            >
              ${a.label}
            </button>`,
        )}
      </div>
      <div class="scroller" @scroll=${this._placeSoon}>
        <ol
          aria-label=${t('align.label')}
          role="listbox"
          aria-activedescendant=${`row-${i}`}
          tabindex="0"
          @click=${(e: Event) => {
            const li = (e.target as Element).closest('li');
            if (li && li.dataset.i) this.active = Number(li.dataset.i);
          }}
          @keydown=${this._onKey}
        ></ol>
      </div>
    `;
  }
}

/** Before a row's first sentence there is nothing to split off. */
const canSplit = (c?: { k: number; offset: number }): boolean => !!c && (c.k > 0 || c.offset > 0);

declare global {
  interface HTMLElementTagNameMap {
    'bt-align-view': BtAlignView;
  }
}
