// Re-renders an element when the part of a service's state it shows changes, and only then:
// `deps` picks the values the element reads; a change of any of them (by identity) updates it.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Service } from '../../state/service.js';

export class Watch<S extends object> implements ReactiveController {
  private _off?: () => void;
  private _watched?: Service<S>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly service: () => Service<S> | undefined,
    private readonly deps: (state: S) => readonly unknown[],
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this._subscribe();
  }

  /** A service provided (or replaced) after the host connected is picked up on its next update. */
  hostUpdate(): void {
    if (this.service() !== this._watched) this._subscribe();
  }

  hostDisconnected(): void {
    this._off?.();
    this._off = undefined;
    this._watched = undefined;
  }

  private _subscribe() {
    this._off?.();
    this._off = undefined;
    const s = (this._watched = this.service());
    if (!s) return;
    this._off = s.subscribe((now, before) => {
      const a = this.deps(now);
      const b = this.deps(before);
      if (a.some((v, i) => v !== b[i])) this.host.requestUpdate();
    });
  }
}
