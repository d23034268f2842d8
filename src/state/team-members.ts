// The owner's view of who has access to a team project: its members and its invite links that
// can still be accepted, and taking access back (remove a member, revoke a link). Loaded when
// the owner opens the share dialog.
import type { InviteInfo, Member } from '../core/team/index.js';
import type { TeamLink } from '../store/team-links.js';
import { call, projectUrl } from './team-api.js';

export interface Access {
  members: Member[];
  /** Empty for anyone but the owner (only the owner sees links). */
  invites: InviteInfo[];
}

export async function loadAccess(link: TeamLink): Promise<Access> {
  const url = (path: string) => projectUrl(link.serverUrls[0], link.projectId, path);
  const [members, invites] = await Promise.all([
    call<Member[]>(url('/members'), { token: link.token }),
    link.owner ? call<InviteInfo[]>(url('/invites'), { token: link.token }) : [],
  ]);
  return { members, invites };
}

export async function removeMember(link: TeamLink, userId: string): Promise<void> {
  await call(
    projectUrl(link.serverUrls[0], link.projectId, `/members/${encodeURIComponent(userId)}`),
    {
      method: 'DELETE',
      token: link.token,
    },
  );
}

export async function revokeInvite(link: TeamLink, code: string): Promise<void> {
  await call(
    projectUrl(link.serverUrls[0], link.projectId, `/invites/${encodeURIComponent(code)}`),
    {
      method: 'DELETE',
      token: link.token,
    },
  );
}
