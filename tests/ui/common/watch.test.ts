// Watch re-renders its host only when a value the host shows changed.
import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Service } from '../../../src/state/service.js';
import { Watch } from '../../../src/ui/common/watch.js';

class Counter extends Service<{ shown: number; hidden: number }> {
  constructor() {
    super({ shown: 0, hidden: 0 });
  }
  bump(k: 'shown' | 'hidden') {
    this.set({ [k]: this.state[k] + 1 });
  }
}

/** The smallest host: counts update requests. */
function host() {
  const controllers: ReactiveController[] = [];
  const h = {
    updates: 0,
    addController: (c: ReactiveController) => void controllers.push(c),
    removeController: () => undefined,
    requestUpdate: () => void h.updates++,
    updateComplete: Promise.resolve(true),
    connect: () => controllers.forEach((c) => c.hostConnected?.()),
    disconnect: () => controllers.forEach((c) => c.hostDisconnected?.()),
  };
  return h as typeof h & ReactiveControllerHost;
}

describe('Watch', () => {
  it('updates the host for the values it shows and for no other change', () => {
    const svc = new Counter();
    const h = host();
    new Watch(
      h,
      () => svc,
      (s) => [s.shown],
    );
    h.connect();
    svc.bump('hidden');
    expect(h.updates).to.equal(0);
    svc.bump('shown');
    expect(h.updates).to.equal(1);
    h.disconnect();
    svc.bump('shown');
    expect(h.updates).to.equal(1);
  });

  it('picks up a service provided after the host connected', () => {
    const provided: { svc?: Counter } = {};
    const h = host();
    const w = new Watch(
      h,
      () => provided.svc,
      (s) => [s.shown],
    );
    h.connect();
    provided.svc = new Counter();
    w.hostUpdate();
    provided.svc.bump('shown');
    expect(h.updates).to.equal(1);
  });
});
