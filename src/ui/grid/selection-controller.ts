// The grid's rows chosen for a bulk action, as a controller the editor wires up: clicks on the
// rows' boxes (core/row-selection.ts), Ctrl+A and Esc, and the bulk bar that turns the choice
// into one `bt-request-bulk`.
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Role, Segment } from '../../core/model.js';
import { selectRow, type RowSelection } from '../../core/row-selection.js';
import { emit, type BtEvent } from '../common/events.js';
import './events.js';

/** What the controller reads from the grid. */
export interface SelectionHost extends ReactiveControllerHost, EventTarget {
  /** Rows as shown (after the filters). */
  readonly visibleRows: Segment[];
  readonly workRole: Role;
}

export class SelectionController implements ReactiveController {
  private _sel: RowSelection = { selected: new Set() };

  constructor(private readonly host: SelectionHost) {
    host.addController(this);
  }

  hostUpdate(): void {
    // The bar used now and then loads when first shown, not on the first visit.
    if (this.size > 0) void import('./bt-bulk-bar.js');
  }

  get size(): number {
    return this._sel.selected.size;
  }

  has(id: string): boolean {
    return this._sel.selected.has(id);
  }

  /** A row's box was clicked (with Shift for a range, Ctrl for one more or less). */
  onSelect(e: BtEvent<'bt-request-select-row'>): void {
    this._set(
      selectRow(
        this._sel,
        this.host.visibleRows.map((s) => s.id),
        e.detail,
      ),
    );
  }

  /** Every row shown. */
  selectAll(): void {
    this._set({ ...this._sel, selected: new Set(this.host.visibleRows.map((s) => s.id)) });
  }

  clear(): void {
    this._set({ selected: new Set() });
  }

  /** The selected rows that are shown, in order (a filter change may hide some). */
  private get _shown(): string[] {
    return this.host.visibleRows.filter((s) => this.has(s.id)).map((s) => s.id);
  }

  private _set(sel: RowSelection) {
    this._sel = sel;
    this.host.requestUpdate();
  }

  renderBar() {
    if (this.size === 0) return nothing;
    return html`<bt-bulk-bar
      .count=${this._shown.length}
      .workRole=${this.host.workRole}
      @bt-request-bulk-action=${(e: BtEvent<'bt-request-bulk-action'>) => {
        emit(this.host, 'bt-request-bulk', { ids: this._shown, action: e.detail.action });
        this.clear();
      }}
      @bt-request-unselect=${() => this.clear()}
    ></bt-bulk-bar>`;
  }
}
