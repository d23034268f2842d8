// The owner's view of who has access to a team project: its members and its invite links that
// can still be accepted, and taking access back (remove a member, revoke a link). Loaded when
// the owner opens the share dialog.
import type { InviteInfo, Member } from '../core/team/index.js';
import type { TeamLink } from '../store/team-links.js';
import { callProject } from './team-api.js';

export interface Access {
  members: Member[];
  /** Empty for anyone but the owner (only the owner sees links). */
  invites: InviteInfo[];
}

export async function loadAccess(link: TeamLink): Promise<Access> {
  const [members, invites] = await Promise.all([
    callProject<Member[]>(link, '/members'),
    link.owner ? callProject<InviteInfo[]>(link, '/invites') : [],
  ]);
  return { members, invites };
}

export async function removeMember(link: TeamLink, userId: string): Promise<void> {
  await callProject(link, `/members/${encodeURIComponent(userId)}`, { method: 'DELETE' });
}

export async function revokeInvite(link: TeamLink, code: string): Promise<void> {
  await callProject(link, `/invites/${encodeURIComponent(code)}`, { method: 'DELETE' });
}
