// Who is still a member: a token stays valid for its whole lifetime, so removal is a fact in the
// database that every instance checks — when a connection authenticates, on every API call, and
// every few seconds for the connections it holds (the instance that removed someone closes their
// connections at once; the others find them at their next sweep, with or without Redis).
import type { Connection, Hocuspocus } from '@hocuspocus/server';
import { parseDocumentName, type Actor, type ServerNotice } from '../core/team/index.js';
import type { Sql } from './db.js';
import type { Log } from './log.js';

/** The close code of a removed member's connection. */
export const CLOSE_REMOVED = 4401;

export type MemberStatus = 'member' | 'removed' | 'unknown';

const key = (project: string, userId: string) => `${project}\n${userId}`;

export class Membership {
  /** Removals this instance has seen: still refused while the database is away. */
  private readonly removed = new Set<string>();
  private timer?: ReturnType<typeof setInterval>;

  constructor(
    private readonly sql: Sql,
    private readonly log: Log,
  ) {}

  /**
   * Whether `userId` is a member of `project`. With the database away the token decides (the
   * documents in memory keep working then), except for removals this instance already knows.
   */
  async status(project: string, userId: string): Promise<MemberStatus> {
    try {
      const rows = await this.sql.query<{ removed_at: unknown }>(
        'SELECT removed_at FROM team_members WHERE project_id = $1 AND user_id = $2',
        [project, userId],
      );
      if (rows.length === 0) return 'unknown';
      if (rows[0].removed_at == null) return 'member';
      this.removed.add(key(project, userId));
      return 'removed';
    } catch {
      return this.removed.has(key(project, userId)) ? 'removed' : 'member';
    }
  }

  /** Marks a member removed; false when there is no such (current, non-owner) member. */
  async remove(project: string, userId: string): Promise<boolean> {
    const rows = await this.sql.query(
      'UPDATE team_members SET removed_at = now() WHERE project_id = $1 AND user_id = $2 AND removed_at IS NULL AND owner = false RETURNING user_id',
      [project, userId],
    );
    if (rows.length) this.removed.add(key(project, userId));
    return rows.length > 0;
  }

  /** Checks the connections this instance holds every `everyMs`, and closes removed members'. */
  start(instance: () => Hocuspocus, everyMs: number): void {
    this.timer = setInterval(() => void this.sweep(instance()), everyMs);
    this.timer.unref?.();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Closes the connections of removed members (of `onlyProject`, or of every project). */
  async sweep(instance: Hocuspocus, onlyProject?: string): Promise<number> {
    const byProject = new Map<string, { conn: Connection; userId: string }[]>();
    for (const [name, doc] of instance.documents) {
      const project = parseDocumentName(name)?.projectId;
      if (!project || (onlyProject && project !== onlyProject)) continue;
      for (const conn of doc.getConnections()) {
        const actor = (conn.context as { actor?: Actor } | undefined)?.actor;
        if (!actor) continue;
        const list = byProject.get(project) ?? [];
        list.push({ conn, userId: actor.userId });
        byProject.set(project, list);
      }
    }
    let closed = 0;
    for (const [project, conns] of byProject) {
      let gone: Set<string>;
      try {
        const ids = [...new Set(conns.map((c) => c.userId))];
        const rows = await this.sql.query<{ user_id: string }>(
          'SELECT user_id FROM team_members WHERE project_id = $1 AND removed_at IS NOT NULL AND user_id = ANY($2)',
          [project, ids],
        );
        gone = new Set(rows.map((r) => r.user_id));
      } catch {
        // The database is away: what this instance knows is all there is to go on.
        gone = new Set(
          conns.filter((c) => this.removed.has(key(project, c.userId))).map((c) => c.userId),
        );
      }
      for (const { conn, userId } of conns) {
        if (!gone.has(userId)) continue;
        this.removed.add(key(project, userId));
        closeRemoved(conn);
        closed++;
      }
    }
    if (closed) this.log.info('closed removed members’ connections', { connections: closed });
    return closed;
  }
}

/** Tells a removed member why, then ends the connection (the notice goes first). */
export function closeRemoved(conn: Connection): void {
  const notice: ServerNotice = { type: 'removed' };
  conn.sendStateless(JSON.stringify(notice));
  setTimeout(() => conn.webSocket.close(CLOSE_REMOVED, 'removed'), 20);
}
