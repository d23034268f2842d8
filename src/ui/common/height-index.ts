// Row heights of a virtual list and the offsets they add up to. Rows not yet measured count at
// an estimate. Offsets are prefix sums, recomputed from the first changed row on demand, so
// measuring the rows on screen after each scroll step is cheap even for 20,000 rows.

export class HeightIndex {
  private heights: Float64Array;
  private offsets: Float64Array;
  /** Offsets from this index on are stale. */
  private dirtyFrom = 0;

  constructor(
    count: number,
    private guess: number,
  ) {
    this.heights = new Float64Array(count);
    this.offsets = new Float64Array(count + 1);
  }

  get count(): number {
    return this.heights.length;
  }

  /** The height assumed for rows not measured. */
  get estimate(): number {
    return this.guess;
  }

  /** The height of row `i`: measured, or the estimate. */
  heightOf(i: number): number {
    return this.heights[i] || this.guess;
  }

  /** Records a measured height; true when it changed. */
  set(i: number, height: number): boolean {
    if (i < 0 || i >= this.count || height <= 0 || this.heights[i] === height) return false;
    this.heights[i] = height;
    this.dirtyFrom = Math.min(this.dirtyFrom, i);
    return true;
  }

  /** Measured height of row `i`, or 0 when not measured. */
  measured(i: number): number {
    return this.heights[i];
  }

  setEstimate(estimate: number): void {
    if (estimate > 0 && estimate !== this.guess) {
      this.guess = estimate;
      this.dirtyFrom = 0;
    }
  }

  private settle(): void {
    if (this.dirtyFrom > this.count) return;
    const h = this.heights;
    const o = this.offsets;
    for (let i = this.dirtyFrom; i < h.length; i++) o[i + 1] = o[i] + (h[i] || this.guess);
    this.dirtyFrom = this.count + 1;
  }

  /** The top of row `i` (i may be `count`, the end of the list). */
  offsetOf(i: number): number {
    this.settle();
    return this.offsets[Math.max(0, Math.min(i, this.count))];
  }

  get total(): number {
    return this.offsetOf(this.count);
  }

  /** The row that covers position `y` (clamped to the list). */
  indexAt(y: number): number {
    this.settle();
    const o = this.offsets;
    let lo = 0;
    let hi = this.count - 1;
    if (hi < 0) return 0;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (o[mid] <= y) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
