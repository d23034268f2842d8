// A team document's versions live on its server (named, with author and time, frozen by the
// server from the document as it holds it), so every member lists and compares the same ones.
// Each is also kept on this device in the workspace's version store, so the versions tab, the
// review screen and track changes read them exactly as local versions, offline too.
import type { Version, VersionSegment } from '../core/model.js';
import type { VersionInfo } from '../core/team/index.js';
import { versionsToFetch } from '../core/team/versions.js';
import type { TeamLink } from '../store/team-links.js';
import type { Workspace } from '../store/index.js';
import { callProject } from './team-api.js';

export interface TeamVersionsOptions {
  ws: Workspace;
  link: TeamLink;
  docId: string;
  /** Resolves true once the server has every local change (false: not within the time). */
  whenSent(timeoutMs: number): Promise<boolean>;
}

const STATUSES = new Set(['new', 'draft', 'translated', 'reviewed', 'approved', 'rejected']);

/** The server's frozen rows as plain data of the expected shape (anything else is dropped). */
function rowsOf(x: unknown): VersionSegment[] {
  if (!Array.isArray(x)) return [];
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  return x
    .filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null)
    .filter((r) => typeof r.id === 'string' && typeof r.order === 'string')
    .map((r) => ({
      id: str(r.id),
      order: str(r.order),
      source: str(r.source),
      target: str(r.target),
      status: (STATUSES.has(str(r.status)) ? r.status : 'draft') as VersionSegment['status'],
      note: str(r.note),
    }));
}

export class TeamVersions {
  constructor(private readonly o: TeamVersionsOptions) {}

  private _path(rest = '') {
    return `/documents/${encodeURIComponent(this.o.docId)}/versions${rest}`;
  }

  /** Fetches the versions this device lacks and keeps them; how many came. Throws offline. */
  async pull(): Promise<number> {
    const { ws, docId, link } = this.o;
    const list = await callProject<VersionInfo[]>(link, this._path());
    const here = await ws.versions.list(docId);
    const missing = versionsToFetch(list, here);
    for (const v of missing) await this._keep(v.id);
    return missing.length;
  }

  /**
   * Saves a version on the server once it has every change made here (the server freezes the
   * document as it holds it), and keeps its copy. 'offline' when the server cannot be reached
   * or has not got everything yet.
   */
  async save(name: string): Promise<VersionInfo | 'offline'> {
    if (!(await this.o.whenSent(8000))) return 'offline';
    const info = await callProject<VersionInfo>(this.o.link, this._path(), {
      method: 'POST',
      body: JSON.stringify({ name }),
    });
    await this._keep(info.id);
    return info;
  }

  private async _keep(id: string) {
    const v = await callProject<Version>(this.o.link, this._path(`/${encodeURIComponent(id)}`));
    await this.o.ws.versions.keep({
      id: v.id,
      docId: this.o.docId,
      name: String(v.name),
      author: String(v.author),
      createdAt: Number(v.createdAt),
      segments: rowsOf(v.segments),
    });
  }
}
