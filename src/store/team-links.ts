// Which local projects are copies of team projects, and how to reach their server: a small
// database of its own beside the workspace (named after it), so the workspace's schema is
// untouched and a local-only user never opens it.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { TeamRole } from '../core/team/index.js';
// Through the index: a module of its own would be a chunk of its own on the first visit.
import { rememberViewOnly } from './index.js';

export interface TeamLink {
  /** The local project (the same id as the team project on the server). */
  projectId: string;
  /** The server's instances, tried in turn (ws:// or wss://; the HTTP API at the same address). */
  serverUrls: string[];
  token: string;
  role: TeamRole;
  userId: string;
  name: string;
  /** Local document id → the server's document name. */
  documents: Record<string, string>;
  joinedAt: number;
  /** Shared it: may invite others. */
  owner?: boolean;
  /** The termbase on this device kept in step with the team's (state/team-terms.ts). */
  termbaseId?: string;
  /** The TM on this device that the team's TM came into (state/team-tm.ts). */
  tmId?: string;
  /** The team's TM is here (or the project was shared without one): not fetched again. */
  tmDone?: boolean;
  /** When the owner removed this member: the project is a local copy since. */
  removedAt?: number;
}

interface LinksDB extends DBSchema {
  links: { key: string; value: TeamLink };
}

export class TeamLinks {
  private constructor(
    private readonly db: IDBPDatabase<LinksDB>,
    private readonly workspace: string,
  ) {}

  static async open(workspaceName: string): Promise<TeamLinks> {
    const db = await openDB<LinksDB>(`${workspaceName}-team`, 1, {
      upgrade(db) {
        db.createObjectStore('links', { keyPath: 'projectId' });
      },
      // Another tab deleting the workspace closes this too.
      blocking() {
        db.close();
      },
    });
    return new TeamLinks(db, workspaceName);
  }

  get(projectId: string): Promise<TeamLink | undefined> {
    return this.db.get('links', projectId);
  }

  async put(link: TeamLink): Promise<void> {
    await this.db.put('links', link);
    rememberViewOnly(this.workspace, link.projectId, link.role === 'viewer' && !link.removedAt);
  }

  async delete(projectId: string): Promise<void> {
    await this.db.delete('links', projectId);
    rememberViewOnly(this.workspace, projectId, false);
  }

  list(): Promise<TeamLink[]> {
    return this.db.getAll('links');
  }

  close(): void {
    this.db.close();
  }
}
