// Team projects in the browser: share a local project to a team server, invite people by link
// with a role, join by such a link, and — while a team project is open — keep it in step with
// the server (state/team-sync.ts, loaded only then). The server enforces roles; this service
// makes the UI agree (a viewer's grid is read-only, the working role follows the invitation).
import type { TeamRole } from '../core/team/index.js';
import { TeamLinks } from '../store/team-links.js';
import { loadStrings } from '../i18n/index.js';
import type { Workspace } from '../store/index.js';
import type { DocumentService, OpenDocument } from './document.js';
import type { LibraryService } from './library.js';
import type { NoticeService } from './notices.js';
import { Service } from './service.js';
import type { SessionService } from './session.js';
import type { Peer, TeamSync, TeamSyncStatus } from './team-sync.js';

export type { Peer, TeamSyncStatus } from './team-sync.js';

export interface TeamState {
  /** The open project's team membership; undefined for a local-only project. */
  link?: { role: TeamRole; name: string; server: string; owner: boolean };
  status?: TeamSyncStatus;
  peers: readonly Peer[];
  /** Sharing or joining is under way. */
  busy: boolean;
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
  ) {
    super({ peers: [], busy: false });
    document.onOpen((doc) => this._onOpen(doc));
  }

  private _links(): Promise<TeamLinks> {
    return (this.links ??= TeamLinks.open(this.ws.name));
  }

  /** Whether a project is a team project (the library marks them). */
  async isTeam(projectId: string): Promise<boolean> {
    return (await (await this._links()).get(projectId)) !== undefined;
  }

  private async _onOpen(doc: OpenDocument | undefined) {
    const id = doc ? `${doc.project.id}/${doc.doc.id}` : undefined;
    if (id === this.syncFor) return;
    await this._stop();
    const link = doc ? await (await this._links()).get(doc.project.id) : undefined;
    const name = doc && link?.documents[doc.doc.id];
    if (!doc || !link || !name) {
      this.document.setReadOnly(false);
      this.set({ link: undefined, status: undefined, peers: [] });
      return;
    }
    this.syncFor = id;
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
    const { TeamSync } = await import('./team-sync.js');
    if (this.syncFor !== id) return;
    const sync = new TeamSync({
      link,
      documentName: name,
      document: this.document,
      session: this.session,
      onStatus: (status) => this.syncFor === id && this.set({ status }),
      onPeers: (peers) => this.syncFor === id && this.set({ peers }),
      onRefused: (n) =>
        this.notices.show({
          kind: 'error',
          key: `team.refused.${n.code}`,
        }),
    });
    this.sync = sync;
    await sync.start();
  }

  private async _stop() {
    const s = this.sync;
    this.sync = undefined;
    this.syncFor = undefined;
    await s?.stop();
  }

  /** Shares the open local project to a team server (see team-actions.ts). */
  async share(server: string, name: string): Promise<boolean> {
    return (await this._actions()).share(server, name);
  }

  /** A link that lets whoever opens it join the open team project with `role`. */
  async invite(role: TeamRole): Promise<string | undefined> {
    return (await this._actions()).invite(role);
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
