// Track changes in the translation grid, as a controller the editor wires up: what each row is
// handed (its baseline in the chosen version), the undecided count, the "undecided only" filter,
// ticked rows, moving between changes and turning toolbar clicks into decision requests. The
// editor keeps only a few lines for it, so its row rendering can change independently.
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { changedSince, sameIds } from '../../core/filter.js';
import type { Role, Segment, VersionSegment } from '../../core/model.js';
import type { Decision } from '../../core/review.js';
import { isUndecided, structuralChanges, type Structural } from '../../core/track.js';
import { emit, type BtEvent } from '../common/events.js';
import './events.js';
import type { RowTrack } from './bt-track-changes.js';
import type { TrackAction } from './bt-track-bar.js';

/** What the controller reads from the grid. */
export interface TrackHost extends ReactiveControllerHost, EventTarget {
  /** The version chosen in "Changed since", with its rows; undefined when track changes are off. */
  readonly since?: { id: string; rows: ReadonlyMap<string, VersionSegment> };
  readonly segments: readonly Segment[];
  readonly versions: readonly { id: string; name: string }[];
  /** Rows as shown (after the filters). */
  readonly visibleRows: Segment[];
  readonly activeId?: string;
  /** Who is working: accepting and rejecting are a reviewer's. */
  readonly workRole: Role;
  focusRow(id: string): void;
}

export class TrackController implements ReactiveController {
  /** The grid shows only changes not accepted yet. */
  undecidedOnly = false;

  private _selected = new Set<string>();
  private _sinceId?: string;
  /** Per row, the object last handed to it, so an unchanged row is not rendered again. */
  private _handed = new Map<string, RowTrack>();
  private _structural?: {
    since: TrackHost['since'];
    segments: readonly Segment[];
    map: Structural;
  };
  private _counts?: {
    since: TrackHost['since'];
    segments: readonly Segment[];
    changes: number;
    undecided: number;
  };

  constructor(private readonly host: TrackHost) {
    host.addController(this);
  }

  hostUpdate(): void {
    const id = this.host.since?.id;
    if (id === this._sinceId) return;
    this._sinceId = id;
    this._selected = new Set();
    this._handed.clear();
    // The diff view (with jsdiff) loads only when track changes are first switched on.
    if (id) void import('./bt-track-changes.js');
  }

  /** What row `s` is handed: undefined while track changes are off. */
  of(s: Segment): RowTrack | undefined {
    const since = this.host.since;
    if (!since) return undefined;
    const base = since.rows.get(s.id);
    const structural = this._structuralRows().get(s.id);
    const selected = this._selected.has(s.id);
    const canDecide = this.host.workRole === 'reviewer';
    const old = this._handed.get(s.id);
    if (
      old &&
      old.base === base &&
      old.structural === structural &&
      old.selected === selected &&
      old.canDecide === canDecide
    )
      return old;
    const next: RowTrack = { base, structural, selected, canDecide };
    this._handed.set(s.id, next);
    return next;
  }

  /** Merged and split rows, found again only when rows were added, removed or reordered. */
  private _structuralRows(): Structural {
    const since = this.host.since!;
    const segments = this.host.segments;
    const memo = this._structural;
    if (memo && memo.since === since) {
      if (memo.segments === segments) return memo.map;
      if (sameIds(memo.segments, segments)) {
        memo.segments = segments;
        return memo.map;
      }
    }
    const map = structuralChanges([...since.rows.values()], segments);
    this._structural = { since, segments, map };
    return map;
  }

  private _tally(): { changes: number; undecided: number } {
    const { since, segments } = this.host;
    const memo = this._counts;
    if (memo && memo.since === since && memo.segments === segments) return memo;
    let changes = 0;
    let undecided = 0;
    if (since) {
      for (const s of segments) {
        if (!changedSince(s, since.rows)) continue;
        changes++;
        if (isUndecided(s, since.rows.get(s.id))) undecided++;
      }
    }
    this._counts = { since, segments, changes, undecided };
    return this._counts;
  }

  private _isUndecided = (s: Segment): boolean =>
    !!this.host.since && isUndecided(s, this.host.since.rows.get(s.id));

  /** Moves to the next (1) or previous (-1) undecided change among the rows shown. */
  go(dir: 1 | -1, from = this.host.activeId): void {
    if (!this.host.since) return;
    const rows = this.host.visibleRows;
    const at = rows.findIndex((s) => s.id === from);
    const start = at >= 0 ? at : dir === 1 ? -1 : rows.length;
    for (let i = start + dir; i >= 0 && i < rows.length; i += dir) {
      if (this._isUndecided(rows[i])) {
        this.host.focusRow(rows[i].id);
        return;
      }
    }
  }

  private _decide(ids: string[], decision: Decision) {
    emit(this.host, 'bt-request-track-decide', { ids, decision });
    this._selected = new Set();
    this.host.requestUpdate();
  }

  /** A row ticked or unticked. */
  readonly onSelect = (e: BtEvent<'bt-request-track-select'>): void => {
    const next = new Set(this._selected);
    if (e.detail.selected) next.add(e.detail.id);
    else next.delete(e.detail.id);
    this._selected = next;
    this.host.requestUpdate();
  };

  /**
   * A row's own Accept or Reject (the request goes on up to the app): its buttons change or the
   * row leaves the list, so the caret moves on to the next change to decide.
   */
  readonly onRowDecided = (e: BtEvent<'bt-request-track-decide'>): void => {
    const [id] = e.detail.ids;
    if (this._selected.delete(id)) this.host.requestUpdate();
    const rows = this.host.visibleRows;
    const at = rows.findIndex((s) => s.id === id);
    const next =
      rows.slice(at + 1).find(this._isUndecided) ??
      rows.slice(0, Math.max(at, 0)).reverse().find(this._isUndecided);
    this.host.focusRow(next?.id ?? id);
  };

  private _onAction(action: TrackAction) {
    const shown = () => this.host.visibleRows.map((s) => s.id);
    if (action === 'prev' || action === 'next') this.go(action === 'next' ? 1 : -1);
    else if (action === 'accept-selected') this._decide([...this._selected], 'accept');
    else if (action === 'reject-selected') this._decide([...this._selected], 'reject');
    else if (action === 'accept-all') this._decide(shown(), 'accept');
    else this._decide(shown(), 'reject');
  }

  /** The toolbar, while track changes are on. */
  renderBar() {
    const since = this.host.since;
    if (!since) return nothing;
    const c = this._tally();
    // The bar's code loads the first time changes are tracked, not on a first visit.
    void import('./bt-track-bar.js');
    return html`<bt-track-bar
      .versionName=${this.host.versions.find((v) => v.id === since.id)?.name ?? ''}
      .changes=${c.changes}
      .undecided=${c.undecided}
      .shown=${this.host.visibleRows.length}
      .selected=${this._selected.size}
      ?canDecide=${this.host.workRole === 'reviewer'}
      ?undecidedOnly=${this.undecidedOnly}
      @bt-request-track-action=${(e: BtEvent<'bt-request-track-action'>) => this._onAction(e.detail.action)}
      @bt-request-undecided-only=${(e: BtEvent<'bt-request-undecided-only'>) => {
        this.undecidedOnly = e.detail.on;
        this.host.requestUpdate();
      }}
    ></bt-track-bar>`;
  }
}
