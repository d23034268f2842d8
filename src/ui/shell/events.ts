// The shell's events: the recovery screen asks the app to act on a workspace that cannot be
// opened; see ui/common/events.ts for the scheme.

declare global {
  interface GlobalEventHandlersEventMap {
    /** Download everything that can be read (the app answers with `BtRecovery.download`). */
    'bt-request-download-salvage': CustomEvent<undefined>;
    /** Delete the damaged records and open the rest (already confirmed by the user). */
    'bt-request-open-without-damaged': CustomEvent<undefined>;
    /** Delete the whole workspace and open empty (already confirmed by the user). */
    'bt-request-start-empty': CustomEvent<undefined>;
    /** Show again the choice a row edited in two tabs waits for (the save indicator). */
    'bt-request-show-conflict': CustomEvent<undefined>;
  }
}

export {};
