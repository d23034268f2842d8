// Typed custom events. Each feature declares its events once, in its own events.ts, by adding
// them to GlobalEventHandlersEventMap; `emit` and `BtEvent` read the payload type from there,
// so no listener re-types a payload. One naming scheme: `bt-request-<verb>` asks the parent to
// do something (the parent owns the change); `bt-<thing>-change` reports a value the user
// changed in a control.
import type { Role } from '../../core/model.js';
import type { Issue } from '../../core/lqa-model.js';

type BtEventMap = {
  [
    K in keyof GlobalEventHandlersEventMap as K extends `bt-${string}` ? K : never
  ]: GlobalEventHandlersEventMap[K];
};
export type BtEventName = keyof BtEventMap;
export type DetailOf<K extends BtEventName> =
  BtEventMap[K] extends CustomEvent<infer D> ? D : never;
/** The event a listener of `name` receives. */
export type BtEvent<K extends BtEventName> = CustomEvent<DetailOf<K>>;

/** Fires a bubbling, composed event of a declared name with its declared payload. */
export function emit<K extends BtEventName>(
  from: EventTarget,
  name: K,
  ...[detail]: undefined extends DetailOf<K> ? [detail?: DetailOf<K>] : [detail: DetailOf<K>]
): boolean {
  return from.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** A dialog, bar or sheet asks to be closed. */
    'bt-request-close': CustomEvent<undefined>;
    /** `issue` when a reviewer logs the comment as an LQA issue. */
    'bt-request-comment': CustomEvent<{ id: string; text: string; issue?: Issue }>;
    /** Withdraw a logged issue (no longer scored), or log it again. */
    'bt-request-withdraw-issue': CustomEvent<{ id: string; commentId: string; withdrawn: boolean }>;
    'bt-request-resolve-comment': CustomEvent<{ id: string; commentId: string; resolved: boolean }>;
    'bt-request-role': CustomEvent<{ role: Role }>;
    'bt-request-author': CustomEvent<{ author: string }>;
    'bt-request-notice-action': CustomEvent<undefined>;
    'bt-request-dismiss': CustomEvent<undefined>;
  }
}
