// Team projects in the browser: share a local project to a team server, invite people by link
// with a role, join by such a link, and — while a team project is open — keep it in step with
// the server (state/team-sync.ts, loaded only then). The server enforces roles; this service
// makes the UI agree (a viewer's grid is read-only, the working role follows the invitation).
import type { InviteInfo, Member, SharedTm, TeamRole } from '../core/team/index.js';
import { TeamLinks, type TeamLink } from '../store/team-links.js';
import { loadStrings, t } from '../i18n/index.js';
import type { Workspace } from '../store/index.js';
import type { DocumentService, OpenDocument } from './document.js';
import type { LibraryService } from './library.js';
import type { NoticeService } from './notices.js';
import type { ReviewService } from './review.js';
import { Service } from './service.js';
import type { SessionService } from './session.js';
import type { Peer, TeamSync, TeamSyncStatus } from './team-sync.js';
import type { TeamVersions } from './team-versions.js';
import type { QaSettingsGate } from './qa.js';
import type { TeamIgnores } from './team-ignores.js';
import type { MemoryService } from './memory.js';

export type { Peer, TeamSyncStatus } from './team-sync.js';

export interface TeamState {
  /** The open project's team membership; undefined for a local-only project. */
  link?: { role: TeamRole; name: string; server: string; owner: boolean };
  status?: TeamSyncStatus;
  peers: readonly Peer[];
  /** Sharing or joining is under way. */
  busy: boolean;
  /** The open team project's members and open invite links (loaded for the share dialog). */
  members: readonly Member[];
  invites: readonly InviteInfo[];
}

export class TeamService extends Service<TeamState> {
  private links?: Promise<TeamLinks>;
  private sync?: TeamSync;
  private syncFor?: string;

  constructor(
    private readonly ws: Workspace,
    private readonly document: DocumentService,
    private readonly session: SessionService,
    private readonly notices: NoticeService,
    private readonly library: LibraryService,
    /** Team projects' versions are the server's: the review service saves and lists them so. */
    private readonly review?: ReviewService,
    /** The team's TM comes into it (state/team-tm.ts); its units name who confirmed them. */
    private readonly memory?: Pick<MemoryService, 'load' | 'setLinks' | 'useAuthors'>,
  ) {
    super({ peers: [], busy: false, members: [], invites: [] });
    document.onOpen((doc) => this._onOpen(doc));
  }

  private _links(): Promise<TeamLinks> {
    return (this.links ??= TeamLinks.open(this.ws.name));
  }

  /** Whether a project is a team project (the library marks them). */
  async isTeam(projectId: string): Promise<boolean> {
    const link = await (await this._links()).get(projectId);
    return link !== undefined && !link.removedAt;
  }

  private async _onOpen(doc: OpenDocument | undefined) {
    const id = doc ? `${doc.project.id}/${doc.doc.id}` : undefined;
    if (id === this.syncFor) return;
    await this._stop();
    const link = doc ? await (await this._links()).get(doc.project.id) : undefined;
    const name = doc && link?.documents[doc.doc.id];
    if (!doc || !link || !name || link.removedAt) {
      this.document.setReadOnly(false);
      this.review?.useSharedVersions(undefined);
      this.set({ link: undefined, status: undefined, peers: [], members: [], invites: [] });
      if (doc && link?.removedAt) {
        await loadStrings('team');
        this.notices.info('team.notice.removedCopy');
      }
      return;
    }
    const key = `${doc.project.id}/${doc.doc.id}`;
    this.syncFor = key;
    // Its words (status, refusals, presence) load with the first team project opened.
    await loadStrings('team');
    this.document.setReadOnly(link.role === 'viewer');
    if (link.role !== 'viewer' && this.session.who.role !== link.role)
      await this.session.setRole(link.role);
    this.set({
      link: {
        role: link.role,
        name: link.name,
        server: link.serverUrls[0],
        owner: link.owner === true,
      },
      status: { connection: 'connecting', waiting: 0 },
      peers: [],
    });
    const [{ TeamSync }, { TeamVersions }, { teamTermbase }] = await Promise.all([
      import('./team-sync.js'),
      import('./team-versions.js'),
      import('./team-terms.js'),
    ]);
    if (this.syncFor !== key) return;
    const versions = new TeamVersions({
      ws: this.ws,
      link,
      docId: doc.doc.id,
      whenSent: (ms) => sync.whenSent(ms),
    });
    this._useVersions(link, versions, key);
    let online = false;
    const sync: TeamSync = new TeamSync({
      link,
      documentName: name,
      document: this.document,
      session: this.session,
      ws: this.ws,
      onStatus: (status) => {
        if (this.syncFor !== key) return;
        this.set({ status });
        // Back online: versions saved meanwhile come now.
        if (status.connection === 'online' && !online) {
          void this._pullVersions(versions, key);
          void this._pullQa(link);
          void this._pullTm(doc.project, key);
        }
        online = status.connection === 'online';
      },
      onVersion: () => void this._pullVersions(versions, key),
      onQaSettings: () => void this._pullQa(link),
      termbase: async () => {
        const { project } = doc;
        const name = t('team.terms.name', { project: project.name });
        const tb = await teamTermbase(this.ws, project, link.termbaseId, name);
        // A new one, or one another tab of this browser made meanwhile: the link keeps it.
        if (tb.id !== link.termbaseId) {
          const links = await this._links();
          const now = await links.get(project.id);
          if (now) await links.put({ ...now, termbaseId: tb.id });
        }
        return tb.id;
      },
      onRemoved: () => void this._removed(link.projectId, key),
      onPeers: (peers) => this.syncFor === key && this.set({ peers }),
      onRefused: (n) =>
        this.notices.show({
          kind: 'error',
          key: `team.refused.${n.code}`,
        }),
    });
    this.sync = sync;
    // A teammate's confirmed row goes into this device's TM under their name, not this user's.
    this.memory?.useAuthors((rowId) => sync.confirmedBy(rowId));
    await sync.start();
  }

  /**
   * The review service saves, renames and deletes this document's versions on the server, for
   * every member; the copies here change only once the server said yes.
   */
  private _useVersions(link: TeamLink, versions: TeamVersions, id: string) {
    const failed = async (e: unknown) => {
      const { key, gone } = versions.failure(e);
      this.notices.show({ kind: 'error', key });
      // Gone on the server already: the list here follows.
      if (gone) await this._pullVersions(versions, id);
      return false;
    };
    const change = async (run: () => Promise<void>) => {
      if (link.role === 'viewer') {
        this.notices.show({ kind: 'error', key: 'team.notice.versionNotAllowed' });
        return false;
      }
      try {
        await run();
        return this.syncFor === id;
      } catch (e) {
        return failed(e);
      }
    };
    this.review?.useSharedVersions({
      save: async (_docId, name) => {
        if (link.role === 'viewer') {
          this.notices.show({ kind: 'error', key: 'team.notice.viewerVersion' });
          return false;
        }
        try {
          const made = await versions.save(name);
          if (made !== 'offline') return this.syncFor === id;
          this.notices.show({ kind: 'error', key: 'team.notice.versionOffline' });
        } catch (e) {
          const { failureKey } = await import('./team-api.js');
          this.notices.show({ kind: 'error', key: failureKey(e) });
        }
        return false;
      },
      rename: (versionId, name) => change(() => versions.rename(versionId, name)),
      delete: (versionId) => change(() => versions.delete(versionId)),
      mayManage: (v) => versions.mayManage(v),
    });
  }

  /**
   * Brings the server's versions to this device, renamed and deleted ones too (quietly: offline,
   * the copies here show).
   */
  private async _pullVersions(versions: TeamVersions, id: string) {
    const got = await versions.pull().catch(() => undefined);
    if (!got || this.syncFor !== id) return;
    if (got.dropped.length) await this.review?.versionsDeleted(got.dropped);
    else if (got.added || got.renamed) await this.review?.refreshVersions();
  }

  /**
   * The open team document's shared ignored findings, for the QA service to write its ignores
   * to (undefined: a local document, or not synced yet).
   */
  qaIgnores(docId: string): Pick<TeamIgnores, 'ignore' | 'unignore'> | undefined {
    return this.syncFor?.endsWith(`/${docId}`) ? this.sync?.ignores : undefined;
  }

  /** The TM the project was shared with, brought to this device once (state/team-tm.ts). */
  private async _pullTm(project: OpenDocument['project'], key: string) {
    const links = await this._links();
    const link = await links.get(project.id);
    if (!link || link.tmDone) return;
    const [{ pullTeamTm }, { callProject, ApiError }] = await Promise.all([
      import('./team-tm.js'),
      import('./team-api.js'),
    ]);
    await pullTeamTm({
      ws: this.ws,
      links,
      memory: this.memory,
      notices: this.notices,
      project,
      name: t('team.tm.name', { project: project.name }),
      fetch: async () => {
        try {
          return (await callProject<SharedTm | null>(link, '/tm')) ?? undefined;
        } catch (e) {
          // A server from before TMs went along has no such route: nothing to bring.
          if (e instanceof ApiError && e.status === 404) return undefined;
          throw e;
        }
      },
      open: () => this.syncFor === key,
    }).catch((e: unknown) => console.warn(e));
  }

  /** The team's quality-check settings to this device (quietly: offline, the copy here holds). */
  private async _pullQa(link: TeamLink) {
    const { pullQaSettings } = await import('./team-qa.js');
    await pullQaSettings(this.ws, link).catch(() => undefined);
  }

  /**
   * How a project's quality-check settings change: undefined for a local project; in a team
   * project, only its owner changes them, on the server first (`save` throws when it cannot).
   */
  async qaSettingsGate(projectId: string): Promise<QaSettingsGate | undefined> {
    const link = await (await this._links()).get(projectId);
    if (!link || link.removedAt) return undefined;
    return {
      owner: link.owner === true,
      save: async (settings) => {
        const { pushQaSettings } = await import('./team-qa.js');
        return pushQaSettings(link, settings);
      },
    };
  }

  /**
   * The owner removed this member: the project stays here as a local copy (the server refuses
   * the token anyway), and the user is told so.
   */
  private async _removed(projectId: string, id: string) {
    if (this.syncFor !== id) return;
    // Told twice (the notice, then the refused reconnect): act once.
    await this._stop();
    const links = await this._links();
    const link = await links.get(projectId);
    if (link && !link.removedAt) await links.put({ ...link, removedAt: Date.now() });
    this.document.setReadOnly(false);
    this.review?.useSharedVersions(undefined);
    this.set({ link: undefined, status: undefined, peers: [], members: [], invites: [] });
    this.notices.show({ kind: 'error', key: 'team.notice.removed' });
    await this.library.load();
  }

  /** Loads the open team project's members and (for its owner) open invite links. */
  async loadAccess(): Promise<void> {
    const link = await this._openLink();
    if (!link) return;
    try {
      const { loadAccess } = await import('./team-members.js');
      this.set(await loadAccess(link));
    } catch (e) {
      await this._failed(e);
    }
  }

  /** The owner removes a member: the server refuses their token from now on. */
  async removeMember(userId: string): Promise<void> {
    const link = await this._openLink();
    if (!link) return;
    try {
      const { removeMember } = await import('./team-members.js');
      await removeMember(link, userId);
      const name = this.state.members.find((m) => m.userId === userId)?.name ?? '';
      await this.loadAccess();
      this.notices.info('team.notice.memberRemoved', { name });
    } catch (e) {
      await this._failed(e);
    }
  }

  /** The owner revokes an invite link: nobody can join with it any more. */
  async revokeInvite(code: string): Promise<void> {
    const link = await this._openLink();
    if (!link) return;
    try {
      const { revokeInvite } = await import('./team-members.js');
      await revokeInvite(link, code);
      await this.loadAccess();
      this.notices.info('team.notice.inviteRevoked');
    } catch (e) {
      await this._failed(e);
    }
  }

  private async _openLink(): Promise<TeamLink | undefined> {
    const cur = this.document.current;
    const link = cur && (await (await this._links()).get(cur.project.id));
    return link && !link.removedAt ? link : undefined;
  }

  private async _failed(e: unknown) {
    const { failureKey } = await import('./team-api.js');
    this.notices.show({ kind: 'error', key: failureKey(e) });
  }

  private async _stop() {
    const s = this.sync;
    this.sync = undefined;
    this.syncFor = undefined;
    if (s) this.memory?.useAuthors(undefined);
    await s?.stop();
  }

  /** Shares the open local project to a team server (see team-actions.ts). */
  async share(server: string, name: string): Promise<boolean> {
    const ok = await (await this._actions()).share(server, name);
    if (ok) await this.loadAccess();
    return ok;
  }

  /** A link that lets whoever opens it join the open team project with `role`. */
  async invite(role: TeamRole): Promise<string | undefined> {
    const link = await (await this._actions()).invite(role);
    if (link) await this.loadAccess();
    return link;
  }

  /** Joins the team project an invite link names; the local copy's id. */
  async join(invite: string, name: string): Promise<string | undefined> {
    return (await this._actions()).join(invite, name);
  }

  /** Sharing and joining talk to the server's HTTP API: that code loads when first used. */
  private async _actions() {
    const { TeamActions } = await import('./team-actions.js');
    await loadStrings('team');
    return new TeamActions({
      ws: this.ws,
      document: this.document,
      session: this.session,
      notices: this.notices,
      library: this.library,
      links: await this._links(),
      busy: (busy) => this.set({ busy }),
      reopen: async () => {
        await this._onOpen(undefined);
        await this._onOpen(this.document.current);
      },
    });
  }
}
