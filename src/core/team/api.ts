// The team server's HTTP API and its messages to clients, as plain types both sides use.
// Every route is under /api; a member's routes want `Authorization: Bearer <token>`.
//
//   POST /api/projects                              share: ShareRequest → ShareResponse
//   GET  /api/projects/:project                     ProjectInfo (member)
//   GET  /api/projects/:project/members             Member[] (member)
//   POST /api/projects/:project/invites             InviteRequest → InviteResponse (owner)
//   GET  /api/projects/:project/invites             InviteInfo[]: links not revoked nor expired (owner)
//   DELETE /api/projects/:project/invites/:code     revokes a link: it can no longer be accepted (owner)
//   DELETE /api/projects/:project/members/:user     removes a member: their token is refused from then on (owner)
//   POST /api/invites/:code/accept                  AcceptRequest → AcceptResponse (anyone with the code)
//   GET  /api/projects/:project/documents/:doc/versions        VersionInfo[] (member)
//   POST /api/projects/:project/documents/:doc/versions        CreateVersionRequest → VersionInfo (translator, reviewer)
//   GET  /api/projects/:project/documents/:doc/versions/:id    Version (member)
//   PATCH  /api/projects/:project/documents/:doc/versions/:id  RenameVersionRequest → VersionInfo (its author or the owner; see mayManageVersion)
//   DELETE /api/projects/:project/documents/:doc/versions/:id  { ok } (its author or the owner)
//   GET  /api/projects/:project/documents/:doc/audit           AuditEntry[] (member)
//   GET  /api/projects/:project/qa-settings         QaProjectSettings (member)
//   PUT  /api/projects/:project/qa-settings         QaProjectSettings → the same, as kept (owner)
//   GET  /api/projects/:project/tm                  SharedTm | null: the TM the project was shared with (member)
//   GET  /api/health                                 { ok, database }
import type { Lang, Segment, Version } from '../model.js';
import type { QaProjectSettings } from '../qa/project-settings.js';
import type { IgnoredFinding } from '../qa/ignored.js';
import type { TermEntry } from '../terms/types.js';
import type { RefusalCode, TeamRole } from './roles.js';
import type { TeamRevision } from './schema.js';

export interface ShareDocument {
  id: string;
  name: string;
  order: number;
  segments: Omit<Segment, 'docId' | 'rev'>[];
  revisions?: TeamRevision[];
  /** The local versions, frozen copies that go to the server as they are. */
  versions?: Omit<Version, 'docId'>[];
  /** The quality-check findings ignored on the sharer's device: ignored for the team. */
  ignored?: IgnoredFinding[];
  /** The entries of the termbase the project's new terms go to: the team's termbase. */
  terms?: TermEntry[];
}

export interface ShareRequest {
  project: { id: string; name: string; sourceLang: Lang; targetLang: Lang };
  /** The person sharing: becomes the project's owner, with this working role. */
  owner: { name: string; role: 'translator' | 'reviewer' };
  documents: ShareDocument[];
  /** The project's quality-check settings on the sharer's device: the team's from then on. */
  qaSettings?: QaProjectSettings;
  /** The TM the project writes to on the sharer's device, as TMX: each member's team TM. */
  tm?: SharedTm;
}

/**
 * A TM that goes with a shared project, as TMX 1.4b text. The server keeps it as it came (it
 * never parses it); each member's device imports it with its own TMX reader, which treats the
 * file as untrusted. At most TEAM_TM_MAX_BYTES of UTF-8.
 */
export interface SharedTm {
  /** The TM's name on the sharer's device. */
  name: string;
  /** Units in it (for the member's notice; the TMX is what counts). */
  units: number;
  tmx: string;
}

export interface ShareResponse {
  projectId: string;
  /** The owner's token. */
  token: string;
  documents: { id: string; name: string; documentName: string }[];
}

export interface ProjectInfo {
  id: string;
  name: string;
  sourceLang: Lang;
  targetLang: Lang;
  documents: { id: string; name: string; order: number; documentName: string }[];
}

export interface Member {
  userId: string;
  name: string;
  role: TeamRole;
  owner: boolean;
  joinedAt: number;
}

export interface InviteRequest {
  role: TeamRole;
  /** Days the link can be accepted; the server caps it. */
  days?: number;
}

export interface InviteResponse {
  code: string;
  role: TeamRole;
  expiresAt: number;
}

export interface InviteInfo extends InviteResponse {
  createdAt: number;
  /** How many people joined through it. */
  accepted: number;
}

export interface AcceptRequest {
  name: string;
}

export interface AcceptResponse {
  token: string;
  projectId: string;
  role: TeamRole;
  userId: string;
}

export interface CreateVersionRequest {
  name: string;
}

export interface VersionInfo {
  id: string;
  name: string;
  author: string;
  /**
   * The user id of the member who saved it on the server; null for versions that came with the
   * shared project (and for versions saved before the server recorded it): only the owner
   * manages those.
   */
  authorId?: string | null;
  createdAt: number;
  rows: number;
}

export interface RenameVersionRequest {
  name: string;
}

export interface AuditEntry {
  at: number;
  userId: string;
  name: string;
  role: TeamRole;
  /** 'change' for an accepted update, 'refused' for a refused one, or a project action. */
  action: string;
  detail: Record<string, unknown>;
}

/** An HTTP error body. */
export interface ApiError {
  error: string;
}

/**
 * What the server tells a client through the provider's stateless channel, as JSON: an update
 * was refused (the connection is closed after it for malformed, oversized or flooding input).
 */
export type ServerNotice =
  | {
      type: 'refused';
      code: RefusalCode | 'malformed' | 'tooLarge' | 'rateLimited' | 'documentFull';
      rowId?: string;
      detail: string;
    }
  | { type: 'storage'; ok: boolean }
  /** A member saved a version of this document (clients refresh their list). */
  | { type: 'version'; version: VersionInfo }
  /** A member renamed or deleted a version of this document (clients bring their copies in line). */
  | { type: 'versions'; renamed?: string; deleted?: string }
  /** The owner removed this member: the connection is closed and the token refused from now on. */
  | { type: 'removed' }
  /** The owner changed the project's quality-check settings (clients fetch them again). */
  | { type: 'qa-settings' };
