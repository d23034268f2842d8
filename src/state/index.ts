// The app's state: one service per concern, opened together on one workspace. Elements get the
// ones they need through @lit/context (contexts.ts); only these services call the store.
import { DEFAULT_DB_NAME, getWorkspace, openWorkspace, type Workspace } from '../store/index.js';
import { holdLifeLock, Journal, replayJournals } from './journal.js';
import { DocumentService } from './document.js';
import { LibraryService } from './library.js';
import type { MemoryService } from './memory.js';
import { NoticeService } from './notices.js';
import type { QaService } from './qa.js';
import type { ReviewService } from './review.js';
import { SessionService } from './session.js';
import { loadStrings } from '../i18n/index.js';
import type { TermsService } from './terms.js';
import type { TeamService } from './team.js';

/** The services the first paint needs. */
export interface CoreServices {
  /** The workspace the services share (tests reach the store through it; elements never do). */
  ws: Workspace;
  notices: NoticeService;
  session: SessionService;
  library: LibraryService;
  document: DocumentService;
  /**
   * The quality-check service, with its checks and strings: loaded after the first paint (a first
   * visit does not carry it), once, on the first call.
   */
  loadQa(): Promise<QaService>;
  /** Closes the workspace's connection (tests, and a page being torn down). */
  close(): void;
}

/** The services nothing on the first paint needs: their code loads beside it, not before it. */
export interface LateServices {
  /** Versions, comparisons, comments and track changes (the grid shows them a moment later). */
  review: ReviewService;
  terms: TermsService;
  memory: MemoryService;
  /** Team projects: share, invite, join, and syncing the open one. */
  team: TeamService;
}

export type Services = CoreServices & LateServices;

/**
 * Opens the services on the workspace `dbName` (the app's by default). `separate` makes them
 * another tab: a connection and a tab id of their own (tests of two tabs in one page).
 */
export async function openServices(
  dbName?: string,
  opts: { separate?: boolean } = {},
): Promise<Services> {
  const core = await openCoreServices(dbName, opts);
  return { ...core, ...(await core.late) };
}

/**
 * Opens the services the first paint needs and returns at once; `late` resolves when the
 * review, termbase, TM and team services are in too. They follow the document already open
 * (`DocumentService.onOpen` tells a late listener of it), so the grid need not wait for them.
 */
export async function openCoreServices(
  dbName?: string,
  opts: {
    separate?: boolean;
    /** Start the late services only then (the app: once the first screen is drawn). */
    lateAfter?: Promise<unknown>;
  } = {},
): Promise<CoreServices & { late: Promise<LateServices> }> {
  const ws: Workspace =
    opts.separate && dbName ? await openWorkspace(dbName) : await getWorkspace(dbName);
  const notices = new NoticeService();
  const session = new SessionService(ws, opts.separate ? crypto.randomUUID() : undefined);
  const tab = session.who.tab ?? '';
  holdLifeLock(tab);
  const journal = new Journal(dbName ?? DEFAULT_DB_NAME, tab);
  const document = new DocumentService(ws, session, notices, journal);
  const library = new LibraryService(ws, notices, () => document.flush());
  // Filled in when the late services are: QA's term check and close() read it.
  let lateNow: LateServices | undefined;
  let closed = false;
  let qa: Promise<QaService> | undefined;
  const loadQa = () =>
    (qa ??= Promise.all([import('./qa.js'), loadStrings('qa'), loadStrings('qaPanel')]).then(
      ([m]) => {
        const service = new m.QaService(
          ws,
          document,
          session,
          notices,
          undefined,
          async () => (lateNow ?? (await late)).terms.termCheck(),
          // A team project's settings are its owner's, and its ignores everyone's (offline
          // before the team code came: this device's, as for a local project).
          {
            gate: async (projectId) => {
              try {
                return await (lateNow ?? (await late)).team.qaSettingsGate(projectId);
              } catch {
                return undefined;
              }
            },
            ignores: async (docId) => {
              try {
                return (lateNow ?? (await late)).team.qaIgnores(docId);
              } catch {
                return undefined;
              }
            },
          },
        );
        // Shared, joined or removed while open: whose settings they are changes.
        late.then(
          ({ team }) =>
            team.subscribe((st, prev) => {
              if (st.link !== prev.link) void service.teamChanged();
            }),
          () => undefined,
        );
        return service;
      },
      (e: unknown) => {
        // Offline before its code arrived: the next call tries again.
        qa = undefined;
        throw e;
      },
    ));

  // The review, TM, termbase and team code is fetched beside the first reads, never in the first
  // visit's bundle, and nothing waits for it before the first paint.
  const modules = Promise.all([
    import('./review.js'),
    import('./team.js'),
    import('./terms.js'),
    import('./memory.js'),
  ]);
  // Offline before their code arrived: `late` says so; this only keeps the wait until then quiet.
  modules.catch(() => undefined);
  // Their words load beside them; nothing waits for those.
  void loadStrings('memory');
  void loadStrings('terms');
  ws.onClose((reason) => {
    if (reason === 'upgrade') notices.show({ kind: 'error', key: 'notice.closedByUpgrade' });
  });
  // Another tab added, renamed or deleted a project, or restored a backup.
  ws.subscribe((m) => {
    if (m.type === 'projects' || m.type === 'workspace') void library.load();
  });
  await session.load();
  // Typing a closed tab could not write to IndexedDB is written before anything reads rows.
  await replayJournals(ws, dbName ?? DEFAULT_DB_NAME, session.who);
  await library.load();
  const late = Promise.all([modules, opts.lateAfter]).then(
    async ([[reviewM, teamM, termsM, memoryM]]) => {
      if (closed) throw new Error('The services were closed before they were all loaded');
      const review = new reviewM.ReviewService(ws, document, session, notices);
      const memory = new memoryM.MemoryService(ws, document, session, notices);
      const services: LateServices = {
        review,
        team: new teamM.TeamService(ws, document, session, notices, library, review, memory),
        terms: new termsM.TermsService(ws, document, session, notices),
        memory,
      };
      // Another tab added, renamed, deleted or imported into a TM.
      ws.subscribe((m) => {
        if (m.type === 'workspace' || m.type === 'tms') void services.memory.load();
      });
      lateNow = services;
      await services.memory.load();
      return services;
    },
  );
  // The app shows what failed through its own handling of `late`; this only keeps an early
  // close from reporting an unhandled rejection.
  late.catch(() => undefined);
  return {
    ws,
    notices,
    session,
    library,
    document,
    loadQa,
    late,
    close: () => {
      closed = true;
      lateNow?.memory.close();
      ws.close();
    },
  };
}

export type { Notice } from './notices.js';
export type { BulkAction, SaveState, OpenDocument, ReplaceRequest } from './document.js';
export type { CreateRequest } from './library.js';
export type {
  MatchOptions,
  MatchView,
  PretranslateOptions,
  PretranslateReport,
  Serving,
  TmConcordanceHit,
  TmHit,
  TmImportProblem,
  TmImportReport,
} from './memory.js';
export type { TmUnitHit, TmUnitSearch } from './memory-units.js';
export type { TeamState, Peer, TeamSyncStatus } from './team.js';
export type { Job, JobStatus } from './jobs.js';
export type { TermsState, AddTermRequest, TermsExport } from './terms.js';
export type { TermbaseMeta } from '../store/index.js';
export { AppError, type AppErrorKind } from './errors.js';
// Stored shapes the views show, so ui/ never imports the store.
export type { StoredRevision, VersionMeta, TmRecord } from '../store/index.js';
export type { Analysis, BandFigures } from '../core/tm/analyze.js';
