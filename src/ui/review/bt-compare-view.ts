import { LitElement, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import {
  filterRows,
  nextChangeIndex,
  type Comparison,
  type CompareOptions,
  type RowComparison,
} from '../../core/diff/index.js';
import type { Project, Role, Segment, Version } from '../../core/model.js';
import {
  decisionPatches,
  isDecidable,
  openComments,
  type Decision,
  type RowDecision,
} from '../../core/review.js';
import type { Job, VersionMeta } from '../../state/index.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { t } from '../../i18n/index.js';
import { DEFAULT_COMPARE_OPTIONS } from './bt-compare-controls.js';
import type { BtCompareRow } from './bt-compare-row.js';
import { exportReport } from './review-export.js';
import { changeStep, type ReviewAction } from './bt-review-bar.js';
import { VirtualRowsController } from '../common/virtual-rows.js';
import './bt-review-bar.js';
import './bt-compare-controls.js';
import './bt-compare-row.js';
import './bt-first-version.js';
import { emit, type BtEvent } from '../common/events.js';
import './events.js';
import { focusRing } from '../common/focus-ring.js';
import { CompareSides } from './compare-sides.js';
import { compareViewStyles } from './compare-view-styles.js';
import { PageKeysController } from '../common/page-keys.js';
import { rowKeyTarget } from './row-keys.js';

/** Rows keep their element while their change type stays (a merge makes a new row). */
const rowKey = (r: RowComparison) => `${r.type}:${r.id}`;

/**
 * The reviewer's screen: compares two of {saved versions, now} row by row in a Worker, shows
 * the diffs, and lets the reviewer accept or reject changes (when B is now), set statuses,
 * comment, and export the report.
 *
 * @fires bt-request-load-version - `{ id }` a saved version's rows are needed
 * @fires bt-request-review - `{ patches, decision }` accept or reject changes (one undoable step)
 * @fires bt-request-set-statuses - `{ ids, status }` (re-fired from the rows)
 */
@customElement('bt-compare-view')
export class BtCompareView extends LitElement {
  static override styles = [focusRing, compareViewStyles];

  @query('.list') private _scroller?: HTMLElement;
  @query('.rows') private _rowsEl?: HTMLElement;

  @state() private _opts: CompareOptions = DEFAULT_COMPARE_OPTIONS;
  @state() private _selected = new Set<string>();
  @state() private _active = -1;

  @property({ attribute: false }) project?: Project;
  /** Who is working: decisions are a reviewer's. */
  @property() workRole: Role = 'reviewer';
  @property() documentName = '';
  /** Whether this member may save a version (not a team project's viewer). */
  @property({ attribute: false }) canSaveVersion = true;
  /** The document's rows now. */
  @property({ attribute: false }) segments: readonly Segment[] = [];
  /** The project's LQA pass threshold (the report's quality section); unset, the default. */
  @property({ attribute: false }) lqaThreshold?: number;
  @property({ attribute: false }) versions: readonly VersionMeta[] = [];
  @property({ attribute: false }) loadedVersions: Readonly<Record<string, Version>> = {};
  /** The comparison of the last `bt-request-compare`, and the job computing it. */
  @property({ attribute: false }) comparison?: Comparison;
  @property({ attribute: false }) comparing?: Job;
  /** Decisions on the comparison's rows by row id: decided rows stay listed with theirs. */
  @property({ attribute: false }) decisions: ReadonlyMap<string, RowDecision> = new Map();

  /** The rows of the two sides, and the comparison asked for (compare-sides.ts). */
  private readonly _sides = new CompareSides(this);

  private get _comparison(): Comparison | undefined {
    return this._sides.current();
  }

  private get _error(): string {
    return this.comparing?.status === 'failed'
      ? t(this.comparing.error?.key ?? 'errors.unknown')
      : '';
  }
  private readonly _list = new VirtualRowsController<RowComparison, BtCompareRow>(this, {
    key: rowKey,
    create: () => {
      const el = document.createElement('bt-compare-row');
      el.setAttribute('role', 'listitem');
      return el;
    },
    update: (el, r, i) => this._updateRow(el, r, i),
  });
  /** The rows shown for the current comparison and filters (see shownRows). */
  private _shown?: {
    c: Comparison;
    opts: CompareOptions;
    segments: readonly Segment[];
    decisions: ReadonlyMap<string, RowDecision>;
    rows: RowComparison[];
  };
  private _segmentsById?: { of: readonly Segment[]; byId: Map<string, Segment> };

  constructor() {
    super();
    new I18nController(this);
    this.addEventListener('keydown', (e) => this._onKey(e));
    // N/P and Alt+↓/↑ from anywhere on the review page outside a field: the page opens with the
    // keyboard on its header link, not in the list (common/page-keys.ts).
    new PageKeysController(
      this,
      () => this,
      (e) => {
        const step = changeStep(e);
        if (step) this.goToChange(step);
        return step !== 0;
      },
    );
  }

  override willUpdate(): void {
    // "Changes since" the newest version by default.
    if (!this._opts.a && this.versions.length)
      this._opts = { ...this._opts, a: this.versions[0].id };
    this._sides.request(this._opts);
  }

  /** The document's rows now by id, rebuilt only when they change (not per rendered row). */
  private get _byId(): Map<string, Segment> {
    if (this._segmentsById?.of !== this.segments)
      this._segmentsById = {
        of: this.segments,
        byId: new Map(this.segments.map((s) => [s.id, s])),
      };
    return this._segmentsById.byId;
  }

  /**
   * The rows shown under the filters, in comparison order. The same array while the comparison
   * and the filters stay, so the list sees at once that its rows are the same.
   */
  get shownRows(): RowComparison[] {
    const c = this._comparison;
    if (!c) return [];
    const o = this._opts;
    const k = this._shown;
    // Only the open-comments filter reads the rows now.
    if (
      k?.c === c &&
      k.opts === o &&
      k.decisions === this.decisions &&
      (!o.openComments || k.segments === this.segments)
    )
      return k.rows;
    // A decided row stays listed: a rejected one no longer differs from A, yet it was reviewed.
    let rows = filterRows(c.rows, {
      onlyChanged: o.onlyChanged,
      ignore: o.ignore,
      keep: this.decisions,
    });
    if (o.openComments) {
      const byId = this._byId;
      rows = rows.filter((r) => r.b.some((x) => openComments(byId.get(x.id)) > 0));
    }
    this._shown = { c, opts: o, segments: this.segments, decisions: this.decisions, rows };
    return rows;
  }

  override updated(): void {
    // Every update (options, selection, active row, comparison, language) passes through the
    // rows in view; Lit skips the properties that did not change.
    const shown = this._comparison ? this._scroller : undefined;
    this._list.show(shown, this._rowsEl, this.shownRows);
    if (this._decidedIn) void this._keepFocus();
  }

  /** The row a decision was taken in, while the keyboard is to stay on it. */
  private _decidedIn?: string;

  /**
   * A rejected row equals A again: it is listed as another (unchanged) row without Accept and
   * Reject, so the button pressed is gone and the focus would fall to the page. The keyboard
   * stays on the decided row instead, unless it went somewhere else meanwhile.
   */
  private async _keepFocus() {
    // The rows show what this update gave them in their own update, just after.
    const rows = this._rowsEl?.querySelectorAll('bt-compare-row') ?? [];
    await Promise.all([...rows].map((el) => el.updateComplete));
    const id = this._decidedIn;
    if (!id) return;
    const focused = this.shadowRoot!.activeElement as BtCompareRow | null;
    if (focused?.row?.id === id && focused.shadowRoot?.activeElement) return; // still on it
    let deep = document.activeElement;
    while (deep?.shadowRoot?.activeElement) deep = deep.shadowRoot.activeElement;
    const lost = !deep || deep === document.body || deep === this._scroller;
    const i = this.shownRows.findIndex((r) => r.id === id);
    if (!lost || i < 0) return;
    this._decidedIn = undefined;
    this._active = i;
    void this._focusRow(i);
  }

  /** Shows a comparison row in a (possibly recycled) row element. */
  private _updateRow(el: BtCompareRow, r: RowComparison, i: number) {
    const c = this._comparison!;
    const p = this.project;
    // The row's number in the document (in A for a removed row), as the grid shows it.
    const n = r.bRow || r.aRow;
    el.dataset.index = String(i);
    el.setAttribute('aria-label', t('review.row.label', { n }));
    el.row = r;
    el.n = n;
    el.decision = this.decisions.get(r.id);
    el.layout = this._opts.layout;
    el.ignore = this._opts.ignore;
    el.current = r.b.length ? this._byId.get(r.b[0].id) : undefined;
    el.sourceLang = p?.sourceLang ?? c.sourceLang;
    el.targetLang = p?.targetLang ?? c.targetLang;
    el.decidable = this._opts.b === 'now' && isDecidable(r);
    el.canDecide = this.workRole === 'reviewer';
    el.selected = this._selected.has(r.id);
    el.active = i === this._active;
    // One tab stop for the list: the active row (the first before any is), whose buttons follow
    // it; ↑ / ↓ (j / k) move between rows, N / P and Alt+↓ / Alt+↑ between changes (a row with
    // tabindex -1 keeps its buttons out of the Tab order, so Tab leaves the list after them).
    el.tabIndex = i === Math.max(this._active, 0) ? 0 : -1;
  }

  private _decide(rows: RowComparison[], decision: Decision) {
    const patches = decisionPatches(rows, decision);
    emit(this, 'bt-request-review', { patches, decision });
    this._selected = new Set();
  }

  private _onKey(e: KeyboardEvent) {
    const step = changeStep(e);
    if (step) {
      e.preventDefault();
      this.goToChange(step);
      return;
    }
    // ↑/↓, j/k, Home/End in the list: the rows' buttons are reached through the current row.
    const list = this._scroller;
    if (!list || !e.composedPath().includes(list)) return;
    const i = rowKeyTarget(e, this._active, this.shownRows.length);
    if (i === undefined) return;
    e.preventDefault();
    this.goToRow(i);
  }

  /** Makes row `index` of the rows shown the current one and puts the keyboard on it. */
  goToRow(index: number): void {
    if (index < 0 || index >= this.shownRows.length) return;
    this._active = index;
    void this._focusRow(index);
  }

  /** Moves to the next (1) or previous (-1) row with a visible change. */
  goToChange(dir: 1 | -1): void {
    this.goToRow(nextChangeIndex(this.shownRows, this._active, dir, this._opts.ignore));
  }

  private async _focusRow(index: number) {
    // After the update that marks the row active (and makes the list, if it was not there).
    await this.updateComplete;
    const r = this.shownRows[index];
    if (!r || index !== this._active) return;
    // A row already rendered (in view or in the overscan) scrolls into view when focused;
    // otherwise the list scrolls to it and renders it at once.
    const el = this._list.elementFor(rowKey(r)) ?? this._list.scrollToIndex(index);
    if (!el) return;
    await el.updateComplete;
    el.focus();
  }

  private _onAction(c: Comparison, rows: RowComparison[], action: ReviewAction) {
    const selected = c.rows.filter((r) => this._selected.has(r.id));
    if (action === 'prev' || action === 'next') this.goToChange(action === 'next' ? 1 : -1);
    else if (action === 'accept-selected') this._decide(selected, 'accept');
    else if (action === 'reject-selected') this._decide(selected, 'reject');
    else if (action === 'accept-all') this._decide(c.rows, 'accept');
    else if (action === 'reject-all') this._decide(c.rows, 'reject');
    else this._export(action === 'export-html' ? 'html' : 'csv', c, rows);
  }

  private _export(kind: 'html' | 'csv', c: Comparison, rows: RowComparison[]) {
    const name = (id: string) =>
      id === 'now' ? t('review.pick.now') : (this.versions.find((v) => v.id === id)?.name ?? id);
    exportReport(kind, c, rows, {
      documentName: this.documentName || this.project?.name || '',
      aName: name(this._opts.a),
      bName: name(this._opts.b),
      segments: this.segments,
      decisions: this.decisions,
      threshold: this.lqaThreshold,
    });
  }

  private _renderList(c: Comparison, rows: RowComparison[]) {
    if (rows.length === 0)
      return this.comparing?.status === 'running'
        ? nothing
        : html`<p class="message">${t('review.filter.none')}</p>`;
    // The rows are made and updated by VirtualRows (see updated()), inside .rows.
    return html`<div
      class="list"
      tabindex="-1"
      @focusin=${(e: FocusEvent) => {
        // A row reached by Tab or a click becomes the active one (and the list's tab stop).
        const i = Number((e.target as HTMLElement).dataset.index);
        if (Number.isInteger(i) && i !== this._active) this._active = i;
        const row = (e.target as BtCompareRow).row;
        if (row && row.id !== this._decidedIn) this._decidedIn = undefined;
      }}
      @bt-request-select=${(e: BtEvent<'bt-request-select'>) => {
        const next = new Set(this._selected);
        if (e.detail.selected) next.add(e.detail.id);
        else next.delete(e.detail.id);
        this._selected = next;
      }}
      @bt-request-decide=${(e: BtEvent<'bt-request-decide'>) => {
        const row = c.rows.find((r) => r.id === e.detail.id);
        if (!row) return;
        this._decidedIn = row.id;
        this._decide([row], e.detail.decision);
      }}
    >
      <div class="rows" role="list" aria-label=${t('review.row.list')}></div>
    </div>`;
  }

  /** How far a running comparison got; its first rows are listed below meanwhile. */
  private _progress() {
    const job = this.comparing;
    if (job?.status !== 'running') return nothing;
    return html`<div class="progress">
      <progress max="1" .value=${job.progress} aria-label=${t('review.progress.label')}></progress>
      <span role="status"
        >${t('review.progress.text', { percent: Math.round(job.progress * 100) })}</span
      >
    </div>`;
  }

  override render() {
    const c = this._comparison;
    const rows = this.shownRows;
    return html`
      <div class="bar">
        <bt-compare-controls
          .versions=${this.versions}
          .options=${this._opts}
          @bt-compare-options-change=${(e: BtEvent<'bt-compare-options-change'>) => {
            this._opts = e.detail;
            this._active = -1;
          }}
        ></bt-compare-controls>
      </div>
      ${
        this.versions.length === 0
          ? html`<bt-first-version .canSave=${this.canSaveVersion}></bt-first-version>`
          : this._error
            ? html`<p class="message" role="alert">
                ${t('review.failed', { reason: this._error })}
              </p>`
            : !c
              ? html`${this._progress()}
                  <p class="message" role="status">${t('review.computing')}</p>`
              : html`${this._progress()}<bt-review-bar
                    .summary=${c.summary}
                    .shown=${rows.length}
                    .selected=${this._selected.size}
                    ?decidable=${this._opts.b === 'now'}
                    .canDecide=${this.workRole === 'reviewer'}
                    ?busy=${this.comparing?.status === 'running'}
                    @bt-request-review-action=${(e: BtEvent<'bt-request-review-action'>) =>
                      this._onAction(c, rows, e.detail.action)}
                  ></bt-review-bar>
                  ${this._renderList(c, rows)}`
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-compare-view': BtCompareView;
  }
}
