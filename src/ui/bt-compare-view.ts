import { LitElement, html, css } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { virtualize, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
import type { VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import {
  filterRows,
  hasVisibleChange,
  type Comparison,
  type RowComparison,
  type RowSnapshot,
} from '../core/diff/index.js';
import type { Project, Segment, Version } from '../core/model.js';
import {
  decisionPatches,
  isDecidable,
  openComments,
  snapshotOf,
  type Decision,
} from '../core/review.js';
import type { VersionMeta } from '../store/index.js';
import { compareInWorker } from '../workers/diff-client.js';
import { I18nController } from '../i18n/i18n-controller.js';
import { t } from '../i18n/index.js';
import { DEFAULT_COMPARE_OPTIONS, type CompareOptions } from './bt-compare-controls.js';
import type { BtCompareRow } from './bt-compare-row.js';
import { exportReport } from './review-export.js';
import { changeStep, type ReviewAction } from './bt-review-bar.js';
import './bt-review-bar.js';
import './bt-compare-controls.js';
import './bt-compare-row.js';

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
  static override styles = css`
    :host {
      display: flex;
      flex-direction: column;
      min-height: 0;
      height: 100%;
      background: #f6f7f9;
    }
    .bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.4rem 0.6rem;
      padding: 0.45rem 0.75rem;
      background: #fff;
      border-bottom: 1px solid #d8dde6;
      font-size: 0.88rem;
    }
    .list {
      flex: 1;
      min-height: 0;
      overflow: auto;
      position: relative;
    }
    .message {
      padding: 2rem;
      text-align: center;
      color: #4b5563;
    }
  `;

  @query('.list') private _list?: HTMLElement & VirtualizerHostElement;

  @state() private _opts: CompareOptions = DEFAULT_COMPARE_OPTIONS;
  @state() private _comparison?: Comparison;
  @state() private _error = '';
  @state() private _selected = new Set<string>();
  @state() private _active = -1;

  @property({ attribute: false }) project?: Project;
  @property() documentName = '';
  /** The document's rows now. */
  @property({ attribute: false }) segments: readonly Segment[] = [];
  @property({ attribute: false }) versions: readonly VersionMeta[] = [];
  @property({ attribute: false }) loadedVersions: Readonly<Record<string, Version>> = {};

  private _seq = 0;

  constructor() {
    super();
    new I18nController(this);
    this.addEventListener('keydown', (e) => this._onKey(e));
  }

  override willUpdate(): void {
    // "Changes since" the newest version by default.
    if (!this._opts.a && this.versions.length)
      this._opts = { ...this._opts, a: this.versions[0].id };
    const a = this._rowsOf(this._opts.a);
    const b = this._rowsOf(this._opts.b);
    // Version rows never change and "now" is cached per segments array, so identity tells
    // whether the comparison is out of date.
    if (!a || !b || (a === this._ranA && b === this._ranB)) return;
    if (a !== this._ranA) this._comparison = undefined;
    this._ranA = a;
    this._ranB = b;
    void this._compare(a, b);
  }

  private _ranA?: readonly RowSnapshot[];
  private _ranB?: readonly RowSnapshot[];
  private _requested = new Set<string>();
  private _nowCache?: { from: readonly Segment[]; rows: RowSnapshot[] };

  /** The rows of a side, or undefined while a version is still loading. */
  private _rowsOf(id: string): readonly RowSnapshot[] | undefined {
    if (!id) return undefined;
    if (id === 'now') {
      if (this._nowCache?.from !== this.segments)
        this._nowCache = { from: this.segments, rows: this.segments.map(snapshotOf) };
      return this._nowCache.rows;
    }
    const v = this.loadedVersions[id];
    if (!v && !this._requested.has(id)) {
      this._requested.add(id);
      this._emit('bt-request-load-version', { id });
    }
    return v?.segments;
  }

  private async _compare(a: readonly RowSnapshot[], b: readonly RowSnapshot[]) {
    const seq = ++this._seq;
    const p = this.project;
    try {
      const c = await compareInWorker(a, b, {
        sourceLang: p?.sourceLang,
        targetLang: p?.targetLang,
      });
      if (seq !== this._seq) return;
      this._comparison = c;
      this._error = '';
    } catch (e) {
      if (seq === this._seq) this._error = e instanceof Error ? e.message : String(e);
    }
  }

  private _emit(name: string, detail: object) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  private get _byId(): Map<string, Segment> {
    return new Map(this.segments.map((s) => [s.id, s]));
  }

  /** The rows shown under the filters, in comparison order. */
  get shownRows(): RowComparison[] {
    const c = this._comparison;
    if (!c) return [];
    const o = this._opts;
    const rows = filterRows(c.rows, { onlyChanged: o.onlyChanged, ignore: o.ignore });
    if (!o.openComments) return rows;
    const byId = this._byId;
    return rows.filter((r) => r.b.some((x) => openComments(byId.get(x.id)) > 0));
  }

  private _decide(rows: RowComparison[], decision: Decision) {
    const patches = decisionPatches(rows, decision);
    this._emit('bt-request-review', { patches, decision });
    this._selected = new Set();
  }

  private _onKey(e: KeyboardEvent) {
    const step = changeStep(e);
    if (!step) return;
    e.preventDefault();
    this.goToChange(step);
  }

  /** Moves to the next (1) or previous (-1) row with a visible change. */
  goToChange(dir: 1 | -1): void {
    const rows = this.shownRows;
    for (let i = this._active + dir; i >= 0 && i < rows.length; i += dir) {
      if (hasVisibleChange(rows[i], this._opts.ignore)) {
        this._active = i;
        void this._focusRow(i);
        return;
      }
    }
  }

  private async _focusRow(index: number) {
    for (let i = 0; i < 30; i++) {
      await this.updateComplete;
      const el = this.renderRoot.querySelector<BtCompareRow>(
        `bt-compare-row[data-index="${index}"]`,
      );
      if (el) {
        el.focus();
        return;
      }
      try {
        this._list?.[virtualizerRef]?.element(index)?.scrollIntoView({ block: 'center' });
      } catch {
        // The virtualizer lays out asynchronously; try again next frame.
      }
      await new Promise((r) => requestAnimationFrame(r));
    }
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
    });
  }

  private _renderList(c: Comparison, rows: RowComparison[]) {
    if (rows.length === 0) return html`<p class="message">${t('review.filter.none')}</p>`;
    const byId = this._byId;
    const p = this.project;
    const now = this._opts.b === 'now';
    // Rows are numbered by their place in the whole comparison, as in the document.
    const num = new Map(c.rows.map((r, i) => [r, i + 1]));
    return html`<div
      class="list"
      role="list"
      aria-label=${t('review.row.list')}
      @bt-request-select=${(e: CustomEvent<{ id: string; selected: boolean }>) => {
        const next = new Set(this._selected);
        if (e.detail.selected) next.add(e.detail.id);
        else next.delete(e.detail.id);
        this._selected = next;
      }}
      @bt-request-decide=${(e: CustomEvent<{ id: string; decision: Decision }>) => {
        const row = c.rows.find((r) => r.id === e.detail.id);
        if (row) this._decide([row], e.detail.decision);
      }}
    >
      ${virtualize({
        items: rows,
        scroller: true,
        keyFunction: (r: RowComparison) => `${r.type}:${r.id}`,
        renderItem: (r: RowComparison, i: number) =>
          html`<bt-compare-row
            role="listitem"
            tabindex="-1"
            data-index=${i}
            aria-label=${t('review.row.label', { n: num.get(r) })}
            .row=${r}
            .n=${num.get(r) ?? i + 1}
            .layout=${this._opts.layout}
            .ignore=${this._opts.ignore}
            .current=${r.b.length ? byId.get(r.b[0].id) : undefined}
            .sourceLang=${p?.sourceLang ?? c.sourceLang}
            .targetLang=${p?.targetLang ?? c.targetLang}
            ?decidable=${now && isDecidable(r)}
            ?selected=${this._selected.has(r.id)}
            ?active=${i === this._active}
          ></bt-compare-row>`,
      })}
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
          @bt-compare-options=${(e: CustomEvent<CompareOptions>) => {
            this._opts = e.detail;
            this._active = -1;
          }}
        ></bt-compare-controls>
      </div>
      ${
        this.versions.length === 0
          ? html`<p class="message">${t('review.pick.noVersions')}</p>`
          : this._error
            ? html`<p class="message" role="alert">
                ${t('review.failed', { reason: this._error })}
              </p>`
            : !c
              ? html`<p class="message" role="status">${t('review.computing')}</p>`
              : html`<bt-review-bar
                    .summary=${c.summary}
                    .shown=${rows.length}
                    .selected=${this._selected.size}
                    ?decidable=${this._opts.b === 'now'}
                    @bt-review-action=${(e: CustomEvent<{ action: ReviewAction }>) =>
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
