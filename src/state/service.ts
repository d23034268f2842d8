// The base of every state service: one immutable snapshot, replaced (never mutated) on each
// change, and listeners told the old and new snapshot so a view can re-render only when the
// part it shows changed.

export type Listener<S> = (state: S, previous: S) => void;

export class Service<S extends object> {
  #state: S;
  readonly #listeners = new Set<Listener<S>>();

  constructor(initial: S) {
    this.#state = initial;
  }

  /** The current snapshot: read-only; a change replaces it. */
  get state(): S {
    return this.#state;
  }

  subscribe(listener: Listener<S>): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  protected set(patch: Partial<S>): void {
    const previous = this.#state;
    let changed = false;
    for (const k in patch) if (patch[k] !== previous[k]) changed = true;
    if (!changed) return;
    this.#state = { ...previous, ...patch };
    for (const l of this.#listeners) l(this.#state, previous);
  }
}
