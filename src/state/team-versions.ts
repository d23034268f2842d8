// A team document's versions live on its server (named, with author and time, frozen by the
// server from the document as it holds it), so every member lists and compares the same ones.
// Each is also kept on this device in the workspace's version store, so the versions tab, the
// review screen and track changes read them exactly as local versions, offline too.
import type { Version, VersionSegment } from '../core/model.js';
import type { VersionInfo } from '../core/team/index.js';
import { mayManageVersion, planVersions } from '../core/team/versions.js';
import type { TeamLink } from '../store/team-links.js';
import type { VersionMeta, Workspace } from '../store/index.js';
import { ApiError, callProject, versionFailureKey } from './team-api.js';

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

export interface PullResult {
  added: number;
  /** Copies renamed, or marked as the server's (both change what the list shows). */
  renamed: number;
  /** The copies dropped because their version was deleted on the server. */
  dropped: VersionMeta[];
}

export class TeamVersions {
  constructor(private readonly o: TeamVersionsOptions) {}

  private _path(rest = '') {
    return `/documents/${encodeURIComponent(this.o.docId)}/versions${rest}`;
  }

  /**
   * Brings this device's copies in line with the server: fetches the versions it lacks, renames
   * the copies renamed there and drops those deleted there — only copies of this document that
   * came from this project's server (planVersions); a version saved only here stays. Throws
   * offline, having changed nothing.
   */
  async pull(): Promise<PullResult> {
    const { ws, docId, link } = this.o;
    const list = await callProject<VersionInfo[]>(link, this._path());
    const here = await ws.versions.list(docId);
    const plan = planVersions(link.projectId, list, here);
    for (const m of plan.mark) await ws.versions.markTeam(m.id, m.team);
    for (const r of plan.rename) await ws.versions.rename(r.id, r.name);
    const dropped = here.filter((h) => plan.drop.includes(h.id));
    for (const h of dropped) await ws.versions.delete(h.id);
    for (const v of plan.fetch) await this._keep(v);
    return {
      added: plan.fetch.length,
      renamed: plan.rename.length + plan.mark.length,
      dropped,
    };
  }

  /** Whether this member may rename or delete a kept copy (the server decides in the end). */
  mayManage(v: VersionMeta): boolean {
    const { link } = this.o;
    if (!v.team || v.team.projectId !== link.projectId) return false;
    return mayManageVersion(link, v.team);
  }

  /**
   * Renames a version on the server, then its copy here (nothing here changes before the server
   * said yes). Throws what the server or the network answered.
   */
  async rename(id: string, name: string): Promise<void> {
    const serverId = await this._serverId(id);
    const info = await callProject<VersionInfo>(
      this.o.link,
      this._path(`/${encodeURIComponent(serverId)}`),
      {
        method: 'PATCH',
        body: JSON.stringify({ name }),
      },
    );
    await this.o.ws.versions.rename(id, info.name);
  }

  /** Deletes a version on the server, then its copy here. Throws as rename does. */
  async delete(id: string): Promise<void> {
    const serverId = await this._serverId(id);
    await callProject(this.o.link, this._path(`/${encodeURIComponent(serverId)}`), {
      method: 'DELETE',
    });
    await this.o.ws.versions.delete(id);
  }

  /**
   * Why a rename or delete failed, as a message key, and whether the version is gone from the
   * server. Here, not in a chunk loaded on failure: offline, such a chunk could not load.
   */
  failure(e: unknown): { key: string; gone: boolean } {
    return { key: versionFailureKey(e), gone: e instanceof ApiError && e.status === 404 };
  }

  /** The server's id of a kept copy; a 404 for a version saved only on this device. */
  private async _serverId(id: string): Promise<string> {
    const meta = (await this.o.ws.versions.list(this.o.docId)).find((v) => v.id === id);
    const team = meta?.team;
    if (!team || team.projectId !== this.o.link.projectId)
      throw new ApiError(404, 'not a version of the team server');
    return team.versionId;
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
    await this._keep(info);
    return info;
  }

  private async _keep(info: VersionInfo) {
    const path = this._path(`/${encodeURIComponent(info.id)}`);
    const v = await callProject<Version>(this.o.link, path);
    await this.o.ws.versions.keep(
      {
        id: v.id,
        docId: this.o.docId,
        name: String(v.name),
        author: String(v.author),
        createdAt: Number(v.createdAt),
        segments: rowsOf(v.segments),
      },
      { projectId: this.o.link.projectId, versionId: v.id, authorId: info.authorId ?? null },
    );
  }
}
