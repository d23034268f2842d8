// One open team document kept in step with its shared Y.Doc: the local store stays the copy the
// grid, history, review and exports read, and this bridge carries changes both ways — the user's
// at once (each keystroke becomes a small Y.Text change, so two people typing in one sentence
// merge by character), everyone else's as they arrive. The Y.Doc is also kept in IndexedDB
// (y-indexeddb), so the document opens and is edited offline and syncs when the network returns.
// Loaded only when a team project is opened (Yjs and the provider stay out of a first visit).
import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import {
  HocuspocusProvider,
  HocuspocusProviderWebsocket,
  WebSocketStatus,
} from '@hocuspocus/provider';
import {
  canEdit,
  readRow,
  revisionsOf,
  rowsOf,
  rowToY,
  type ServerNotice,
  type TeamRole,
  type TeamRow,
} from '../core/team/index.js';
import { failoverSocket } from '../core/team/failover.js';
import { CONFIRMED, type Segment, type Status } from '../core/model.js';
import type { TeamLink } from '../store/team-links.js';
import type { DocumentService, DocumentState } from './document.js';
import type { SessionService } from './session.js';
import type { Workspace } from '../store/index.js';
import { TeamIgnores } from './team-ignores.js';
import { TeamTerms } from './team-terms.js';

/** Transactions this bridge makes from local changes (never sent back to the local store). */
const LOCAL = Symbol('local');

export type TeamConnection = 'connecting' | 'online' | 'offline' | 'refused';

export interface TeamSyncStatus {
  connection: TeamConnection;
  /** Local changes the server has not confirmed yet. */
  waiting: number;
}

export interface Peer {
  clientId: number;
  name: string;
  role: TeamRole;
  /** The row they are in, if any. */
  rowId?: string;
}

export interface TeamSyncOptions {
  link: TeamLink;
  documentName: string;
  /** The browser's WebSocket (tests may pass another). */
  WebSocketClass?: typeof WebSocket;
  document: DocumentService;
  session: SessionService;
  /** The workspace whose store keeps the document's ignored findings (see TeamIgnores). */
  ws?: Workspace;
  onStatus(s: TeamSyncStatus): void;
  onPeers(p: Peer[]): void;
  onRefused(n: Extract<ServerNotice, { type: 'refused' }>): void;
  /** A member saved, renamed or deleted a version on the server. */
  onVersion?(): void;
  /** The owner removed this member: the server refuses the token from now on. */
  onRemoved?(): void;
  /** The owner changed the project's quality-check settings. */
  onQaSettings?(): void;
  /** The termbase on this device that holds the team's terms (see TeamTerms; made on first use). */
  termbase?(): Promise<string>;
}

type RowData = Omit<Segment, 'docId' | 'rev'>;
const rowData = ({ docId: _d, rev: _r, ...r }: Segment): RowData => r;

/** Makes `text` read `after` with the smallest change, assuming it reads `before` now. */
function patchText(text: Y.Text, before: string, after: string): void {
  const now = text.toString();
  // Someone else's change came in between: diff against what the shared text is now.
  const base = now === before ? before : now;
  if (base === after) return;
  let start = 0;
  while (start < base.length && start < after.length && base[start] === after[start]) start++;
  let endB = base.length;
  let endA = after.length;
  while (endB > start && endA > start && base[endB - 1] === after[endA - 1]) {
    endB--;
    endA--;
  }
  if (endB > start) text.delete(start, endB - start);
  if (endA > start) text.insert(start, after.slice(start, endA));
}

const sameJson = (a: unknown, b: unknown) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export class TeamSync {
  readonly doc = new Y.Doc();
  private provider?: HocuspocusProvider;
  private socket?: HocuspocusProviderWebsocket;
  private persistence?: IndexeddbPersistence;
  private offDocument?: () => void;
  private pendingRemote = new Set<string>();
  /** The document's ignored findings, shared (undefined until the device's copy loaded). */
  ignores?: TeamIgnores;
  /** The team's termbase kept in step with this device's copy of it. */
  terms?: TeamTerms;
  private stopped = false;
  private status: TeamSyncStatus = { connection: 'connecting', waiting: 0 };

  constructor(private readonly opts: TeamSyncOptions) {}

  /** Loads the device's copy, reconciles it with the local store, then connects. */
  async start(): Promise<void> {
    const { link, documentName } = this.opts;
    this.persistence = new IndexeddbPersistence(`bt-team:${documentName}`, this.doc);
    await this.persistence.whenSynced;
    if (this.stopped) return;
    this._reconcile();
    // The ignored findings: watched from now on, the store brought in line meanwhile (no wait
    // here, where a keystroke must not slip between the reconcile and the subscriptions below).
    const docId = this.opts.document.current?.doc.id;
    if (docId && this.opts.ws) {
      this.ignores = new TeamIgnores(this.doc, this.opts.ws, docId, LOCAL, canEdit(link.role));
      void this.ignores.start().catch(() => undefined);
    }
    if (this.opts.ws && this.opts.termbase) {
      this.terms = new TeamTerms(
        this.doc,
        this.opts.ws,
        LOCAL,
        canEdit(link.role),
        this.opts.termbase,
      );
      this.terms.start();
      // A copy that holds the document already is whole: bring both sides in line now (offline
      // too). An empty one waits for the first sync (below), or it would look like none.
      if (rowsOf(this.doc).size > 0) this.terms.reconcile();
    }
    rowsOf(this.doc).observeDeep((events, tx) => {
      if (tx.origin === LOCAL) return;
      const rows = rowsOf(this.doc);
      for (const e of events) {
        if (e.target === rows) for (const k of e.changes.keys.keys()) this.pendingRemote.add(k);
        else if (typeof e.path[0] === 'string') this.pendingRemote.add(e.path[0]);
      }
      // At once, not later: a keystroke after this must start from the merged text, or the
      // diff of that keystroke would undo what just arrived.
      this._flushRemote();
    });
    this.offDocument = this.opts.document.subscribe((now, prev) => this._onLocal(now, prev));
    const urls = link.serverUrls;
    const Base = this.opts.WebSocketClass ?? WebSocket;
    this.socket = new HocuspocusProviderWebsocket({
      url: urls[0],
      WebSocketPolyfill: failoverSocket(Base, urls),
      // Reconnect soon after the network returns; never give up.
      delay: 500,
      minDelay: 250,
      maxDelay: 5000,
      maxAttempts: 0,
    });
    this.provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: documentName,
      document: this.doc,
      token: link.token,
      onStatus: ({ status }) =>
        this._setStatus({
          connection:
            status === 'connected' ? 'online' : status === 'connecting' ? 'connecting' : 'offline',
        }),
      onUnsyncedChanges: ({ number }) => this._setStatus({ waiting: number }),
      // Synced with the server (the first time, and after each reconnect): terms either side
      // missed while apart.
      onSynced: () => this.terms?.reconcile(),
      onAuthenticationFailed: ({ reason }) => {
        this._setStatus({ connection: 'refused' });
        if (reason === 'removed') this.opts.onRemoved?.();
      },
      onStateless: ({ payload }) => {
        let n: ServerNotice;
        try {
          n = JSON.parse(payload) as ServerNotice;
        } catch {
          return; // Not ours.
        }
        if (n.type === 'refused') this.opts.onRefused(n);
        // Saved, renamed or deleted: the list here follows.
        else if (n.type === 'version' || n.type === 'versions') this.opts.onVersion?.();
        else if (n.type === 'removed') this.opts.onRemoved?.();
        else if (n.type === 'qa-settings') this.opts.onQaSettings?.();
      },
      onAwarenessChange: ({ states }) => this._peers(states),
    });
    this.provider.attach();
    // The browser knows before the socket does: an open socket can sit silent for long after the
    // network went away. Say so at once, and reconnect as soon as it is back.
    globalThis.addEventListener?.('offline', this._onOffline);
    globalThis.addEventListener?.('online', this._onOnline);
    this.provider.setAwarenessField('user', { name: link.name, role: link.role });
    // The row the user is in, for everyone else's grid.
    this.setActiveRow(this.opts.document.state.activeId);
  }

  /**
   * Who last confirmed a row, by the shared revision log (newest first): what a TM unit made
   * from it names as its author, on every member's device alike.
   */
  confirmedBy(rowId: string): string | undefined {
    const log = revisionsOf(this.doc);
    for (let i = log.length - 1; i >= 0; i--) {
      const r = log.get(i);
      if (r.segmentId === rowId && r.field === 'status' && CONFIRMED.includes(r.after as Status))
        return r.author;
    }
    return undefined;
  }

  /** Resolves true once connected with every local change sent and acknowledged. */
  async whenSent(timeoutMs: number): Promise<boolean> {
    const until = Date.now() + timeoutMs;
    const done = () =>
      this.status.connection === 'online' &&
      this.provider?.isSynced === true &&
      !this.provider.hasUnsyncedChanges;
    while (!done()) {
      // Known to be cut off (no network, or refused): say so at once rather than after the
      // wait. A lost server is worth the wait: the client moves to another instance.
      if (this.status.connection === 'refused' || globalThis.navigator?.onLine === false)
        return false;
      if (this.stopped || Date.now() > until) return false;
      await new Promise((r) => setTimeout(r, 50));
    }
    return true;
  }

  setActiveRow(id: string | undefined): void {
    this.provider?.setAwarenessField('row', id ?? null);
  }

  private readonly _onOffline = () => {
    const socket = this.socket;
    if (!socket) return;
    socket.disconnect();
    // Without a network the socket's close can take long to arrive, and until it does the
    // provider counts itself connected and ignores connect() when the network is back: the
    // offline edits would then wait for the next reload. Close it on our side now.
    if (socket.status !== WebSocketStatus.Disconnected) {
      socket.onClose({ event: { code: 4000, reason: 'offline' } as CloseEvent });
      this.provider?.onClose();
    }
    this._setStatus({ connection: 'offline' });
  };

  private readonly _onOnline = () => {
    void this.socket?.connect();
  };

  /** Stops syncing (the document was closed); the device's copy stays. */
  async stop(): Promise<void> {
    this.stopped = true;
    globalThis.removeEventListener?.('offline', this._onOffline);
    globalThis.removeEventListener?.('online', this._onOnline);
    this.offDocument?.();
    this.ignores?.stop();
    this.terms?.stop();
    this.provider?.destroy();
    this.socket?.destroy();
    await this.persistence?.destroy();
    this.doc.destroy();
  }

  private _setStatus(patch: Partial<TeamSyncStatus>) {
    this.status = { ...this.status, ...patch };
    this.opts.onStatus(this.status);
  }

  private _peers(states: { clientId: number; [k: string]: unknown }[]) {
    const me = this.doc.clientID;
    const peers: Peer[] = [];
    for (const s of states) {
      const user = s.user as { name?: unknown; role?: unknown } | undefined;
      if (s.clientId === me || !user || typeof user.name !== 'string') continue;
      peers.push({
        clientId: s.clientId,
        name: user.name,
        role: (user.role as TeamRole) ?? 'viewer',
        rowId: typeof s.row === 'string' ? s.row : undefined,
      });
    }
    this.opts.onPeers(peers);
  }

  /**
   * The device's copy of the shared document and the local store can differ after a tab closed
   * between the two writes: the newer row wins (typing replayed from the journal is newer).
   */
  private _reconcile() {
    const local = this.opts.document.current?.segments ?? [];
    const rows = rowsOf(this.doc);
    // Nothing on this device yet: the server's copy comes with the first sync.
    if (rows.size === 0) return;
    const fromShared: RowData[] = [];
    // A viewer's copy never wins: the server refuses what it would push, and a copy made at
    // joining (stamped then) would otherwise look newer than the shared rows and stay stale.
    const mayPush = canEdit(this.opts.link.role);
    this.doc.transact(() => {
      for (const s of local) {
        const m = rows.get(s.id);
        const shared = m instanceof Y.Map ? readRow(m) : undefined;
        if (!shared) {
          if (mayPush) rows.set(s.id, rowToY(rowData(s)));
        } else if (mayPush && s.updatedAt > shared.updatedAt) this._push(m!, shared, rowData(s));
        else if (
          s.updatedAt < shared.updatedAt ||
          (!mayPush &&
            (s.target !== shared.target ||
              s.source !== shared.source ||
              s.status !== shared.status))
        )
          fromShared.push(this._withoutDecision(shared));
      }
    }, LOCAL);
    const ids = new Set(local.map((s) => s.id));
    for (const m of rows.values()) {
      const r = m instanceof Y.Map ? readRow(m) : undefined;
      if (r && !ids.has(r.id)) fromShared.push(this._withoutDecision(r));
    }
    if (fromShared.length) void this.opts.document.applyRemote(fromShared, []);
  }

  private _withoutDecision({ decision: _d, ...r }: TeamRow): RowData {
    return r;
  }

  /** The user changed rows: carry each change into the shared document at once. */
  private _onLocal(now: DocumentState, prev: DocumentState) {
    if (now.activeId !== prev.activeId) this.setActiveRow(now.activeId);
    const a = prev.current?.segments;
    const b = now.current?.segments;
    if (!a || !b || a === b || now.current?.doc.id !== prev.current?.doc.id) return;
    // A viewer's copy only ever takes others' changes: writing them back would be refused.
    if (this.opts.link.role === 'viewer') return;
    const before = new Map(a.map((s) => [s.id, s]));
    const after = new Set<string>();
    const rows = rowsOf(this.doc);
    const confirmed: { s: Segment; old: Segment }[] = [];
    this.doc.transact(() => {
      for (const s of b) {
        after.add(s.id);
        const old = before.get(s.id);
        if (old === s) continue;
        const m = rows.get(s.id);
        const shared = m instanceof Y.Map ? readRow(m) : undefined;
        if (!m || !shared) rows.set(s.id, rowToY(rowData(s)));
        else this._push(m, old ? rowData(old) : shared, rowData(s));
        // A confirm made here: one that arrived from the shared document (someone else's) is
        // in its log already, under their name, and would be refused under this user's.
        if (
          old &&
          old.status !== s.status &&
          shared?.status !== s.status &&
          CONFIRMED.includes(s.status)
        )
          confirmed.push({ s, old });
      }
      for (const s of a) if (!after.has(s.id) && rows.has(s.id)) rows.delete(s.id);
      // The revision log: each confirm, attributed to whoever confirmed.
      const who = this.opts.session.who;
      for (const { s, old } of confirmed)
        revisionsOf(this.doc).push([
          {
            id: `${this.opts.link.userId}:${crypto.randomUUID()}`,
            segmentId: s.id,
            docId: s.docId,
            field: 'status',
            before: old.status,
            after: s.status,
            role: who.role,
            author: this.opts.link.name,
            at: Date.now(),
          },
        ]);
    }, LOCAL);
  }

  /** Writes into row map `m` what differs between `before` and `after` (texts by character). */
  private _push(m: Y.Map<unknown>, before: RowData, after: RowData) {
    for (const f of ['source', 'target'] as const) {
      const t = m.get(f);
      if (t instanceof Y.Text) patchText(t, before[f], after[f]);
    }
    const plain = ['order', 'paragraphStart', 'status', 'note', 'confidence'] as const;
    for (const f of plain) if (m.get(f) !== after[f]) m.set(f, after[f]);
    if (!sameJson(m.get('link'), after.link)) m.set('link', { ...after.link });
    if (!sameJson(m.get('codes'), after.codes) && after.codes) m.set('codes', after.codes);
    const comments = m.get('comments');
    if (comments instanceof Y.Map)
      for (const c of after.comments ?? [])
        if (!sameJson(comments.get(c.id), c)) comments.set(c.id, c);
    if (m.get('updatedAt') !== after.updatedAt) m.set('updatedAt', after.updatedAt);
  }

  private _flushRemote() {
    if (this.stopped) return;
    const ids = [...this.pendingRemote];
    this.pendingRemote.clear();
    const rows = rowsOf(this.doc);
    const changed: RowData[] = [];
    const removed: string[] = [];
    for (const id of ids) {
      const m = rows.get(id);
      const r = m instanceof Y.Map ? readRow(m) : undefined;
      if (r) changed.push(this._withoutDecision(r));
      else if (!m) removed.push(id);
    }
    const local = new Map((this.opts.document.current?.segments ?? []).map((s) => [s.id, s]));
    const differs = changed.filter((r) => {
      const s = local.get(r.id);
      return !s || !sameJson(rowData(s), { ...rowData(s), ...r });
    });
    const gone = removed.filter((id) => local.has(id));
    if (differs.length || gone.length) void this.opts.document.applyRemote(differs, gone);
  }
}
