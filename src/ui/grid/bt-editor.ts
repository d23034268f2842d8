import { LitElement, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import {
  filterSegments,
  isFiltering,
  NO_FILTER,
  sameIds,
  type RowFilter,
} from '../../core/filter.js';
import type { Project, Role, Segment, VersionSegment } from '../../core/model.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { tm } from '../../i18n/index.js';
import type { BtSegmentRow } from './bt-segment-row.js';
import { VirtualRowsController } from '../common/virtual-rows.js';
import type { TrackController } from './track-controller.js';
import './bt-segment-row.js';
import './bt-grid-header.js';
import './bt-grid-toolbar.js';
import { emit, type BtEvent } from '../common/events.js';
import './events.js';
import { focusRing } from '../common/focus-ring.js';
import { editorStyles } from './editor-styles.js';
import { FindController } from './find-controller.js';
import { SelectionController } from './selection-controller.js';
import { EditorKeys } from './editor-keys.js';
import type { TermHit } from '../../core/terms/types.js';

/**
 * The translation grid: aligned pairs side by side, keyboard first, virtualised.
 * It owns only view state (filter, active row, open bars); every change is a request event.
 *
 * @fires bt-request-confirm - `{ id }` confirm the row
 * @fires bt-request-copy-source - `{ id }` copy source to target
 * @fires bt-request-status - `{ id, status }`
 * @fires bt-request-merge - `{ id }` merge the row with the next one
 * @fires bt-request-split - `{ id, field, offset }` split the row at the caret
 * @fires bt-request-note - `{ id, note }`
 * @fires bt-request-undo - undo the last step
 * @fires bt-request-redo - redo
 * @fires bt-request-replace-all - `FindRequest`
 * @fires bt-request-replace-match - `{ ...FindRequest, id, start }` replace one match of a row
 * @fires bt-request-changed-since - `{ id }` show only rows changed since that version ('' = off)
 * @fires bt-request-track-decide - `{ ids, decision }` accept or reject tracked changes
 */
const NO_PEERS: readonly string[] = [];

@customElement('bt-editor')
export class BtEditor extends LitElement {
  static override styles = [focusRing, editorStyles];

  @query('.grid') private _grid!: HTMLElement;
  @query('.rows') private _rowsEl?: HTMLElement;

  @state() private _filter: RowFilter = NO_FILTER;
  @state() private _activeId?: string;
  @state() private _sheet = false;
  @state() private _editSource = false;
  /** The row whose note is being written in place. */
  @state() private _noteFor?: string;

  @property({ attribute: false }) project?: Project;
  @property({ attribute: false }) segments: readonly Segment[] = [];
  /** Who is working: a translator's controls for reviewer-only actions are disabled, saying why. */
  @property() workRole: Role = 'translator';
  @property({ type: Boolean }) canUndo = false;
  @property({ type: Boolean }) canRedo = false;
  /** Saved versions, for the "changed since" filter. */
  @property({ attribute: false }) versions: readonly { id: string; name: string }[] = [];
  /** The version chosen for "changed since", with its rows; its changes show as track changes. */
  @property({ attribute: false }) since?: { id: string; rows: ReadonlyMap<string, VersionSegment> };
  /** Open quality-check findings per row id (a badge on each row that has any). */
  @property({ attribute: false }) qaByRow?: ReadonlyMap<
    string,
    { errors: number; warnings: number }
  >;
  /** What the last Replace all did (the find bar says so). */
  @property({ attribute: false }) replaced?: { count: number; rows: number };
  /** Termbase terms of a source text, underlined in the active row (none without a termbase). */
  @property({ attribute: false }) termsOf?: (source: string) => readonly TermHit[];
  /** A viewer of a team project: the texts can be read, not changed. */
  @property({ type: Boolean }) readOnly = false;
  /** Team members in each row (by row id): their names show on the row. */
  @property({ attribute: false }) peers: ReadonlyMap<string, readonly string[]> = new Map();

  private _pendingFocus = false;
  /** Where focusRow puts the caret: a range of the translation (stored offsets), else its end. */
  private _pendingRange?: readonly [number, number];
  /** A row to scroll into view without taking the keyboard (the find bar's match). */
  private _pendingReveal = false;
  /** Track changes: loaded when a "Changed since" version is first chosen (not on the first visit). */
  private _track?: TrackController;
  private _trackLoading = false;
  private readonly _list = new VirtualRowsController<Segment, BtSegmentRow>(this, {
    key: (s) => s.id,
    create: () => {
      const el = document.createElement('bt-segment-row');
      el.setAttribute('role', 'row');
      return el;
    },
    update: (el, s, i) => this._updateRow(el, s, i),
  });
  /** The find bar (find-controller.ts). */
  private readonly _find = new FindController(this, () => this._grid);
  /** Rows chosen for a bulk action, and the bulk bar (selection-controller.ts). */
  private readonly _selection = new SelectionController(this);
  /** The keyboard: keys to grid commands (editor-keys.ts). */
  private readonly _keys = new EditorKeys(this, {
    grid: () => this._grid,
    overlayOpen: () => this._find.mode !== 'closed' || this._sheet,
    openFind: (mode) => this._find.open(mode),
    openHelp: () => (this._sheet = true),
    goToChange: (dir) => this._track?.go(dir),
    hasSelection: () => this._selection.size > 0,
    selectAll: () => this._selection.selectAll(),
    unselect: () => this._selection.clear(),
  });
  /** The rows shown for the current filter (see visibleRows). */
  private _shown?: {
    segments: readonly Segment[];
    filter: RowFilter;
    since: BtEditor['since'];
    undecidedOnly: boolean;
    rows: Segment[];
  };
  private _alignedOf?: readonly Segment[];
  private _alignedAnswer = true;

  /** Whether any row has a translation side (a source-only document shows no link types). */
  private get _aligned(): boolean {
    if (this._alignedOf !== this.segments) {
      this._alignedOf = this.segments;
      this._alignedAnswer = this.segments.some((s) => s.link.target > 0);
    }
    return this._alignedAnswer;
  }

  private _numbersOf?: readonly Segment[];
  private _numbers = new Map<string, number>();

  /** 1-based row numbers by id, rebuilt only when the rows change (not per rendered row). */
  private _number(s: Segment): number {
    if (this._numbersOf !== this.segments) {
      this._numbersOf = this.segments;
      this._numbers = new Map(this.segments.map((x, i) => [x.id, i + 1]));
    }
    return this._numbers.get(s.id) ?? 0;
  }

  constructor() {
    super();
    new I18nController(this);
  }

  /**
   * Rows as shown (after filters). A row edited while shown stays until the filter changes, as
   * in other CAT tools: typing into a "new" row must not make it vanish under the caret.
   */
  get visibleRows(): Segment[] {
    const c = this._shown;
    const { segments, _filter: filter, since } = this;
    const undecidedOnly = this._track?.undecidedOnly ?? false;
    const sameView =
      c && c.filter === filter && c.since === since && c.undecidedOnly === undecidedOnly;
    if (sameView && c.segments === segments) return c.rows;
    let rows: Segment[];
    if (!isFiltering(this._effectiveFilter)) rows = segments as Segment[];
    else if (sameView && sameIds(c.segments, segments)) {
      const ids = new Set(c.rows.map((s) => s.id));
      rows = segments.filter((s) => ids.has(s.id));
    } else rows = filterSegments(segments, this._effectiveFilter);
    this._shown = { segments, filter, since, undecidedOnly, rows };
    return rows;
  }

  private get _effectiveFilter(): RowFilter {
    return this.since
      ? {
          ...this._filter,
          since: this.since.rows,
          undecidedOnly: this._track?.undecidedOnly ?? false,
        }
      : this._filter;
  }

  get activeId(): string | undefined {
    return this._activeId;
  }

  /**
   * Moves the caret to a row's translation field, scrolling it into view: to its end, or
   * selecting `range` (offsets in the stored translation).
   */
  focusRow(id: string, range?: readonly [number, number]): void {
    this._activate(id);
    this._pendingFocus = true;
    this._pendingRange = range;
    this.requestUpdate();
  }

  /** Makes a row the active one and scrolls it into view; the keyboard stays where it is. */
  revealRow(id: string): void {
    this._activate(id);
    this._pendingReveal = true;
    this.requestUpdate();
  }

  private _activate(id: string) {
    // The page learns of the row too (its panels show the active row's history and matches).
    if (this._activeId !== id) emit(this, 'bt-active-change', { id });
    this._activeId = id;
  }

  override willUpdate(): void {
    // Bars and sheets used now and then load when first shown, not on the first visit (the
    // find and bulk bars: see their controllers).
    if (this._sheet) void import('./bt-shortcut-sheet.js');
    if (this.since && !this._track && !this._trackLoading) {
      this._trackLoading = true;
      void import('./track-controller.js').then(({ TrackController }) => {
        this._track = new TrackController(this);
        this.requestUpdate();
      });
    }
  }

  override updated(): void {
    this._list.show(this._grid ?? undefined, this._rowsEl ?? undefined, this.visibleRows);
    if (this._pendingFocus && this._activeId) {
      this._pendingFocus = false;
      this._pendingReveal = false;
      const range = this._pendingRange;
      this._pendingRange = undefined;
      void this._focusActive(range);
    }
    if (this._pendingReveal && this._activeId) {
      this._pendingReveal = false;
      const index = this.visibleRows.findIndex((s) => s.id === this._activeId);
      const row = this._rowEl(this._activeId);
      if (row) row.scrollIntoView({ block: 'nearest' });
      else this._list.scrollToIndex(index);
    }
  }

  private async _focusActive(range?: readonly [number, number]) {
    const id = this._activeId!;
    const index = this.visibleRows.findIndex((s) => s.id === id);
    if (index < 0) return;
    // A row already rendered (in view or in the overscan) is focused at once, which also scrolls
    // it into view; otherwise the list scrolls to it and renders it at once.
    const row = this._rowEl(id) ?? this._list.scrollToIndex(index);
    if (!row) return;
    await row.updateComplete;
    row.focusTarget(range ?? 'end');
  }

  private _rowEl(id: string): BtSegmentRow | undefined {
    return this._list.elementFor(id);
  }

  /** Opens the note editor under a row (and brings the row into view). */
  private _openNote(id: string) {
    this._noteFor = id;
    this._activeId = id;
    // The row takes the focus into its note field once rendered with it.
    if (!this._rowEl(id)) this._list.scrollToIndex(this.visibleRows.findIndex((s) => s.id === id));
  }

  private _onNoteClose(e: BtEvent<'bt-request-note-close'>) {
    this._noteFor = undefined;
    this.focusRow(e.detail.id);
  }

  /** Shows a segment in a (possibly recycled) row element. */
  private _updateRow(el: BtSegmentRow, s: Segment, i: number) {
    const p = this.project!;
    // Unfiltered, a row's number is its place in the list: no lookup per keystroke.
    const n = this.visibleRows === this.segments ? i + 1 : this._number(s);
    el.dataset.id = s.id;
    el.setAttribute('aria-rowindex', String(n));
    el.segment = s;
    el.index = n;
    el.sourceLang = p.sourceLang;
    el.targetLang = p.targetLang;
    el.active = s.id === this._activeId;
    el.paragraphStart = s.paragraphStart;
    el.editSource = this._editSource;
    el.noteOpen = s.id === this._noteFor;
    el.selected = this._selection.has(s.id);
    el.showLink = this._aligned;
    el.track = this._track?.of(s);
    el.qa = this.qaByRow?.get(s.id);
    el.terms = el.active && this.termsOf ? this.termsOf(s.source) : undefined;
    el.readOnly = this.readOnly;
    el.peers = this.peers.get(s.id) ?? NO_PEERS;
    el.found = this._find.foundIn(s.id);
  }

  /** Puts text into the active row's translation (see BtSegmentRow.insertInTarget). */
  insertInActive(text: string, range?: [number, number]): void {
    const id = this._activeId;
    if (id) this._rowEl(id)?.insertInTarget(text, range);
  }

  private _onActivate(e: BtEvent<'bt-request-activate'>) {
    if (this._activeId !== e.detail.id) emit(this, 'bt-active-change', { id: e.detail.id });
    this._activeId = e.detail.id;
  }

  private _activeRow(): Segment | undefined {
    return this.segments.find((s) => s.id === this._activeId);
  }

  private _split() {
    const id = this._activeId;
    if (!id) return;
    const caret = this._rowEl(id)?.caret();
    emit(this, 'bt-request-split', caret ? { id, ...caret } : { id, field: 'source', offset: -1 });
  }

  override render() {
    const p = this.project;
    if (!p) return nothing;
    const rows = this.visibleRows;
    return html`
      <bt-grid-header
        class="summary"
        .segments=${this.segments}
        .sourceLang=${p.sourceLang}
      ></bt-grid-header>
      <bt-grid-toolbar
        .workRole=${this.workRole}
        .canUndo=${this.canUndo}
        .canRedo=${this.canRedo}
        .active=${this._activeRow()}
        .editSource=${this._editSource}
        .filter=${this._filter}
        .versions=${this.versions}
        .sinceId=${this.since?.id}
        .filtering=${isFiltering(this._effectiveFilter)}
        .shown=${rows.length}
        .total=${this.segments.length}
        @bt-request-split-at-caret=${this._split}
        @bt-request-open-note=${(e: BtEvent<'bt-request-open-note'>) => this._openNote(e.detail.id)}
        @bt-request-edit-source=${(e: BtEvent<'bt-request-edit-source'>) =>
          (this._editSource = e.detail.on)}
        @bt-request-filter=${(e: BtEvent<'bt-request-filter'>) => (this._filter = e.detail.filter)}
        @bt-request-open-find=${() => this._keys.run('find', new KeyboardEvent('x'))}
        @bt-request-open-replace=${() => this._keys.run('replace', new KeyboardEvent('x'))}
        @bt-request-shortcuts=${() => (this._sheet = true)}
        @bt-request-select-all=${() => this._selection.selectAll()}
      ></bt-grid-toolbar>
      ${this._track?.renderBar() ?? nothing} ${this._selection.renderBar()}
      ${this._find.renderBar()}
      <div class="columns" aria-hidden="true">
        <span>#</span><span>${tm('grid.source')} (${tm(`lang.${p.sourceLang}`)})</span
        ><span>${tm('grid.target')} (${tm(`lang.${p.targetLang}`)})</span
        ><span>${tm('grid.status')}</span>
      </div>
      <div
        class="grid"
        role="grid"
        tabindex="-1"
        aria-label=${tm('grid.label')}
        aria-rowcount=${rows.length}
        @keydown=${(e: KeyboardEvent) => this._keys.onKeyDown(e)}
        @bt-request-activate=${this._onActivate}
        @bt-request-select-row=${(e: BtEvent<'bt-request-select-row'>) =>
          this._selection.onSelect(e)}
        @bt-request-note-close=${this._onNoteClose}
        @bt-request-track-select=${(e: BtEvent<'bt-request-track-select'>) => this._track?.onSelect(e)}
        @bt-request-track-decide=${(e: BtEvent<'bt-request-track-decide'>) =>
          this._track?.onRowDecided(e)}
      >
        ${
          rows.length === 0
            ? html`<div class="empty" role="row">
                <span role="gridcell">${tm('filter.none')}</span>
              </div>`
            : nothing
        }
        <div class="rows" role="rowgroup"></div>
      </div>
      <bt-shortcut-sheet
        ?open=${this._sheet}
        @bt-request-close=${() => (this._sheet = false)}
      ></bt-shortcut-sheet>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-editor': BtEditor;
  }
}
