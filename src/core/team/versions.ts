// Which of a team document's versions on the server this device still lacks.
import type { VersionInfo } from './api.js';

type Known = { id: string; name: string; author: string; createdAt: number };

/**
 * The server's versions not kept here yet. One kept under another id counts as kept when its
 * name, author and time agree: the versions a project had when it was shared went to the server
 * as copies with the server's ids, and the originals stay on the sharer's device.
 */
export function versionsToFetch(
  server: readonly VersionInfo[],
  here: readonly Known[],
): VersionInfo[] {
  const ids = new Set(here.map((h) => h.id));
  const same = new Set(here.map((h) => `${h.name}\n${h.author}\n${h.createdAt}`));
  return server.filter(
    (v) => !ids.has(v.id) && !same.has(`${v.name}\n${v.author}\n${v.createdAt}`),
  );
}
