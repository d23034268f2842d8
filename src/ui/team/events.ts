// Team projects' events: share the open project, invite someone, join by link, close the dialog;
// see ui/common/events.ts for the scheme.
import type { TeamRole } from '../../core/team/index.js';

declare global {
  interface GlobalEventHandlersEventMap {
    /** Share the open project to the server at `server` (several addresses: spaces between). */
    'bt-request-share': CustomEvent<{ server: string; name: string }>;
    /** Make an invite link for `role`; the app answers with `BtShareDialog.showInvite`. */
    'bt-request-invite': CustomEvent<{ role: TeamRole }>;
    /** Join the team project of the invite link in the address, as `name`. */
    'bt-request-join': CustomEvent<{ name: string }>;
    'bt-request-close-share': CustomEvent<undefined>;
    /** The owner removes a member from the open team project. */
    'bt-request-remove-member': CustomEvent<{ userId: string }>;
    /** The owner revokes an invite link of the open team project. */
    'bt-request-revoke-invite': CustomEvent<{ code: string }>;
  }
}

export {};
