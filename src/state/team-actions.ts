// Sharing a project to a team server, inviting and joining: the calls to the server's HTTP API
// (routes in core/team/api.ts). Loaded the first time one of them is used.
import { inviteLink, parseInviteLink } from '../core/team/names.js';
import { readTokenClaims } from '../core/team/token.js';
import type {
  AcceptResponse,
  InviteResponse,
  ProjectInfo,
  ShareRequest,
  ShareResponse,
  TeamRole,
  TeamRevision,
} from '../core/team/index.js';
import type { TeamLinks } from '../store/team-links.js';
import { ApiError, apiBase, call, failureKey, serverUrls } from './team-api.js';
import type { Workspace } from '../store/index.js';
import type { DocumentService } from './document.js';
import type { LibraryService } from './library.js';
import type { NoticeService } from './notices.js';
import type { SessionService } from './session.js';

export interface TeamActionsContext {
  ws: Workspace;
  document: DocumentService;
  session: SessionService;
  notices: NoticeService;
  library: LibraryService;
  links: TeamLinks;
  busy(on: boolean): void;
  /** Opens the open document again (it became a team document). */
  reopen(): Promise<void>;
}

export class TeamActions {
  constructor(private readonly c: TeamActionsContext) {}

  /**
   * Shares the open local project to the server at `server` (one address, or several instances'
   * separated by spaces): its rows, history, versions, ignored findings, checks, the termbase
   * its new terms go to and the TM it writes to go with it, and it becomes a team project whose
   * owner is this user. False, with a message, when the server refused.
   */
  async share(server: string, name: string): Promise<boolean> {
    const cur = this.c.document.current;
    const urls = serverUrls(server);
    if (!cur || !urls.length || false) return false;
    const owner = name.trim() || this.c.session.who.author;
    if (!owner) {
      this.c.notices.show({ kind: 'error', key: 'team.notice.nameNeeded' });
      return false;
    }
    this.c.busy(true);
    try {
      await this.c.document.flush();
      const { project, doc } = cur;
      const segments = (await this.c.ws.segments.all(doc.id)).map(
        ({ docId: _d, rev: _r, ...s }) => s,
      );
      const revisions: TeamRevision[] = (await this.c.ws.history.since(doc.id, 0, 100_000)).map(
        ({ id, ...r }) => ({ ...r, id: `local:${id ?? 0}` }),
      );
      const versions = [];
      for (const v of await this.c.ws.versions.list(doc.id)) {
        const full = await this.c.ws.versions.get(v.id);
        if (full)
          versions.push({
            id: full.id,
            name: full.name,
            author: full.author,
            createdAt: full.createdAt,
            segments: full.segments,
          });
      }
      // The termbase new terms go to here becomes the team's (unless it is too big for that).
      const { termsToShare } = await import('./team-terms.js');
      const terms = await termsToShare(this.c.ws, project);
      // So does the TM it writes to, as TMX (each member's device brings it in once).
      const { tmToShare } = await import('./team-tm.js');
      const tm = await tmToShare(this.c.ws, project);
      const req: ShareRequest = {
        project: {
          id: project.id,
          name: project.name,
          sourceLang: project.sourceLang,
          targetLang: project.targetLang,
        },
        owner: { name: owner, role: this.c.session.who.role },
        documents: [
          {
            id: doc.id,
            name: doc.name,
            order: doc.order,
            segments,
            revisions,
            versions,
            // Findings looked at and ignored here stay ignored for the team.
            ignored: await this.c.ws.qa.ignored(doc.id),
            terms: terms.entries,
          },
        ],
        // The checks chosen here become the team's.
        qaSettings: await this.c.ws.qa.settings(project.id),
        ...(tm.shared && { tm: tm.shared }),
      };
      const res = await call<ShareResponse>(`${apiBase(urls[0])}/api/projects`, {
        method: 'POST',
        body: JSON.stringify(req),
      });
      const claims = readTokenClaims(res.token);
      await this.c.links.put({
        projectId: project.id,
        serverUrls: urls,
        token: res.token,
        role: claims?.role ?? this.c.session.who.role,
        userId: claims?.sub ?? '',
        name: owner,
        documents: Object.fromEntries(res.documents.map((d) => [d.id, d.documentName])),
        joinedAt: Date.now(),
        owner: claims?.owner === true,
        ...(terms.termbaseId && { termbaseId: terms.termbaseId }),
        // The sharer's TM is the team's: nothing to fetch.
        ...(tm.tmId && { tmId: tm.tmId }),
        tmDone: true,
      });
      if (terms.termbaseId) await this.c.ws.termbases.setTeam(terms.termbaseId, project.id);
      if (!this.c.session.who.author) await this.c.session.setAuthor(owner);
      if (terms.tooMany && tm.tooBig)
        this.c.notices.info('team.notice.sharedWithoutBoth', {
          termbase: terms.tooMany.name,
          tm: tm.tooBig.name,
        });
      else if (terms.tooMany) this.c.notices.info('team.notice.sharedWithoutTerms', terms.tooMany);
      else if (tm.tooBig) this.c.notices.info('team.notice.sharedWithoutTm', tm.tooBig);
      else this.c.notices.info('team.notice.shared');
      await this.c.reopen();
      return true;
    } catch (e) {
      this._failed(e);
      return false;
    } finally {
      this.c.busy(false);
    }
  }

  /** A link that lets whoever opens it join the open team project with `role`. */
  async invite(role: TeamRole): Promise<string | undefined> {
    const cur = this.c.document.current;
    const link = cur && (await this.c.links.get(cur.project.id));
    if (!link) return undefined;
    try {
      const res = await call<InviteResponse>(
        `${apiBase(link.serverUrls[0])}/api/projects/${encodeURIComponent(link.projectId)}/invites`,
        { method: 'POST', token: link.token, body: JSON.stringify({ role }) },
      );
      const app = `${location.origin}${location.pathname}`;
      return inviteLink(app, link.serverUrls.join(' '), res.code);
    } catch (e) {
      this._failed(e);
      return undefined;
    }
  }

  /**
   * Joins the team project an invite link names, as `name`: a local copy with the server's rows
   * is made and its id returned (or the id of the copy this workspace already has).
   */
  async join(invite: string, name: string): Promise<string | undefined> {
    const parsed = parseInviteLink(invite);
    if (!parsed) {
      this.c.notices.show({ kind: 'error', key: 'team.notice.badInvite' });
      return undefined;
    }
    if (!name.trim()) {
      this.c.notices.show({ kind: 'error', key: 'team.notice.nameNeeded' });
      return undefined;
    }
    const urls = serverUrls(parsed.serverUrl);
    this.c.busy(true);
    try {
      const base = apiBase(urls[0]);
      const acc = await call<AcceptResponse>(
        `${base}/api/invites/${encodeURIComponent(parsed.code)}/accept`,
        { method: 'POST', body: JSON.stringify({ name: name.trim() }) },
      );
      const info = await call<ProjectInfo>(
        `${base}/api/projects/${encodeURIComponent(acc.projectId)}`,
        { token: acc.token },
      );
      const links = this.c.links;
      if (await this.c.ws.projects.get(info.id)) {
        // Already here (this workspace shared it, or joined before): the new role counts.
        const old = await links.get(info.id);
        if (old) await links.put({ ...old, token: acc.token, role: acc.role, name: name.trim() });
        return info.id;
      }
      const first = [...info.documents].sort((a, b) => a.order - b.order)[0];
      if (!first) throw new ApiError(404, 'no document');
      const rows = await this._fetchRows(urls, first.documentName, acc.token);
      const now = Date.now();
      await this.c.ws.projects.createMirror(
        {
          id: info.id,
          name: info.name,
          sourceLang: info.sourceLang,
          targetLang: info.targetLang,
          createdAt: now,
          updatedAt: now,
        },
        { id: first.id, projectId: info.id, name: first.name, order: 0 },
        rows,
      );
      await links.put({
        projectId: info.id,
        serverUrls: urls,
        token: acc.token,
        role: acc.role,
        userId: acc.userId,
        name: name.trim(),
        documents: { [first.id]: first.documentName },
        joinedAt: now,
      });
      if (!this.c.session.who.author) await this.c.session.setAuthor(name.trim());
      await this.c.library.load();
      return info.id;
    } catch (e) {
      this._failed(e);
      return undefined;
    } finally {
      this.c.busy(false);
    }
  }

  /** The rows of a team document as the server has them now (one sync, then disconnect). */
  private async _fetchRows(urls: string[], name: string, token: string) {
    const [{ fetchTeamRows }] = await Promise.all([import('./team-fetch.js')]);
    return fetchTeamRows(urls, name, token);
  }

  private _failed(e: unknown) {
    this.c.notices.show({ kind: 'error', key: failureKey(e) });
  }
}
