// A team document's versions on the server and the copies a device keeps of them: which to
// fetch, rename or drop there, and who may rename or delete one on the server.
import type { VersionInfo } from './api.js';

type Known = { id: string; name: string; author: string; createdAt: number };

/** The largest version name, in characters (the server refuses longer ones). */
export const VERSION_NAME_MAX = 120;

/** A version name as the server keeps it (trimmed), or undefined when it is empty or too long. */
export function versionName(x: unknown): string | undefined {
  const name = typeof x === 'string' ? x.trim() : '';
  return name && name.length <= VERSION_NAME_MAX ? name : undefined;
}

/**
 * Who may rename or delete a version on the server: never a viewer; otherwise the member who
 * saved it, or the project's owner (who also manages the versions the shared project came with,
 * which have no author id). Another translator or reviewer may not: a version is the team's
 * reference point, and one member must not rewrite what another froze.
 */
export function mayManageVersion(
  member: { userId: string; role: string; owner?: boolean },
  version: { authorId?: string | null },
): boolean {
  if (member.role === 'viewer') return false;
  if (member.owner) return true;
  return !!version.authorId && version.authorId === member.userId;
}

/** Where a version kept on a device came from: the team project and the server's version id. */
export interface TeamOrigin {
  projectId: string;
  versionId: string;
  authorId?: string | null;
}

type Kept = Known & { team?: TeamOrigin };

/** What a device does to bring its kept copies in line with the server's list. */
export interface VersionsPlan {
  /** Server versions to fetch and keep. */
  fetch: VersionInfo[];
  /** Copies kept here to mark as the server's (a copy kept before marks existed, or an original). */
  mark: { id: string; team: TeamOrigin }[];
  /** Copies whose name changed on the server. */
  rename: { id: string; name: string }[];
  /** Copies of versions deleted on the server. */
  drop: string[];
}

/**
 * Compares the server's versions of one document with the copies kept on a device (of that same
 * document). Only copies that are provably the server's are renamed or dropped: those marked
 * with this project's origin, those kept under the server's own id, and the sharer's originals
 * (same author and time to the millisecond). A version saved only here is never touched; nor is a
 * copy marked as another project's.
 */
export function planVersions(
  projectId: string,
  server: readonly VersionInfo[],
  here: readonly Kept[],
): VersionsPlan {
  const byId = new Map(server.map((v) => [v.id, v]));
  const claimed = new Set<string>();
  const plan: VersionsPlan = { fetch: [], mark: [], rename: [], drop: [] };
  const follow = (h: Kept, v: VersionInfo) => {
    claimed.add(v.id);
    if (h.name !== v.name) plan.rename.push({ id: h.id, name: v.name });
  };
  const origin = (v: VersionInfo): TeamOrigin => ({
    projectId,
    versionId: v.id,
    authorId: v.authorId ?? null,
  });
  const unmarked: Kept[] = [];
  for (const h of here) {
    if (!h.team) unmarked.push(h);
    else if (h.team.projectId !== projectId) continue;
    else {
      const v = byId.get(h.team.versionId);
      if (v && !claimed.has(v.id)) {
        follow(h, v);
        if ((h.team.authorId ?? null) !== (v.authorId ?? null))
          plan.mark.push({ id: h.id, team: origin(v) });
      } else plan.drop.push(h.id);
    }
  }
  // Unmarked copies after the marked ones, so a marked copy wins its server version.
  for (const h of unmarked) {
    let v = byId.get(h.id);
    if (v && claimed.has(v.id)) v = undefined;
    // The sharer's originals went up under new ids, with their author and time as they were.
    v ??= server.find(
      (s) => !claimed.has(s.id) && s.author === h.author && s.createdAt === h.createdAt,
    );
    if (!v) continue;
    plan.mark.push({ id: h.id, team: origin(v) });
    follow(h, v);
  }
  plan.fetch = server.filter((v) => !claimed.has(v.id));
  return plan;
}
