// The two sides the review page compares, as a helper the page wires up: the rows of each side
// (a saved version, asked for once until it is loaded, or the document now), the comparison
// asked for whenever either side's rows change, and whether the comparison shown is out of date.
import type { Comparison, CompareOptions, RowSnapshot } from '../../core/diff/index.js';
import type { Project, Segment, Version } from '../../core/model.js';
import { snapshotOf } from '../../core/review.js';
import { emit } from '../common/events.js';
import './events.js';

/** What the helper reads from the page. */
export interface CompareSidesHost extends EventTarget {
  readonly project?: Project;
  /** The document's rows now. */
  readonly segments: readonly Segment[];
  readonly loadedVersions: Readonly<Record<string, Version>>;
  /** The comparison of the last `bt-request-compare`. */
  readonly comparison?: Comparison;
}

export class CompareSides {
  /** The comparison shown before the base side changed: out of date until another arrives. */
  private _outdated?: Comparison;
  private _ranA?: readonly RowSnapshot[];
  private _ranB?: readonly RowSnapshot[];
  private _requested = new Set<string>();
  private _nowCache?: { from: readonly Segment[]; rows: RowSnapshot[] };

  constructor(private readonly host: CompareSidesHost) {}

  /** The comparison to show: none while the one there is out of date. */
  current(): Comparison | undefined {
    const c = this.host.comparison;
    return c === this._outdated ? undefined : c;
  }

  /** Asks for the comparison of sides `a` and `b` when the rows of either changed (the page's willUpdate). */
  request(sides: Pick<CompareOptions, 'a' | 'b'>): void {
    const a = this._rowsOf(sides.a);
    const b = this._rowsOf(sides.b);
    // Version rows never change and "now" is cached per segments array, so identity tells
    // whether the comparison is out of date.
    if (!a || !b || (a === this._ranA && b === this._ranB)) return;
    if (a !== this._ranA) this._outdated = this.host.comparison;
    this._ranA = a;
    this._ranB = b;
    const p = this.host.project;
    emit(this.host, 'bt-request-compare', {
      a,
      b,
      options: { sourceLang: p?.sourceLang, targetLang: p?.targetLang },
      sides: { a: sides.a, b: sides.b },
    });
  }

  /** The rows of a side, or undefined while a version is still loading. */
  private _rowsOf(id: string): readonly RowSnapshot[] | undefined {
    if (!id) return undefined;
    const segments = this.host.segments;
    if (id === 'now') {
      if (this._nowCache?.from !== segments)
        this._nowCache = { from: segments, rows: segments.map(snapshotOf) };
      return this._nowCache.rows;
    }
    const v = this.host.loadedVersions[id];
    if (!v && !this._requested.has(id)) {
      this._requested.add(id);
      emit(this.host, 'bt-request-load-version', { id });
    }
    return v?.segments;
  }
}
