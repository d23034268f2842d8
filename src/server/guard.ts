// The server's gate for every message a client sends: who it is (the token), what its update
// really changes (applied first to a shadow copy of the document and judged by the role rules of
// core/team), how big it is and how fast it comes. A refused update never reaches the shared
// document: the client is told why (a stateless notice) and its connection is closed.
import type {
  afterLoadDocumentPayload,
  afterUnloadDocumentPayload,
  beforeHandleMessagePayload,
  beforeUnloadDocumentPayload,
  Connection,
  Extension,
  onAuthenticatePayload,
} from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import {
  collectChanges,
  judgeChanges,
  parseDocumentName,
  type Actor,
  type ServerNotice,
  type TeamChange,
} from '../core/team/index.js';
import type { Tokens } from './tokens.js';
import type { Log } from './log.js';
import type { Membership } from './members.js';

export interface GuardLimits {
  /** Largest message a client may send (an update, awareness…), in bytes. */
  maxMessageBytes: number;
  /** Largest document state, in bytes (estimated between stores, exact at each store). */
  maxDocumentBytes: number;
  /** Messages a second one connection may send on average, and in a burst. */
  ratePerSecond: number;
  rateBurst: number;
}

export interface AcceptedChange {
  documentName: string;
  actor: Actor;
  at: number;
  changes: readonly TeamChange[];
  bytes: number;
}

export interface RefusedChange {
  documentName: string;
  actor: Actor | undefined;
  at: number;
  code: string;
  detail: string;
}

// Message types of the Hocuspocus protocol (server/src/types.ts) and of y-protocols' sync.
const SYNC = 0;
const AWARENESS = 1;
const SYNC_REPLY = 4;
const SYNC_STEP2 = 1;
const SYNC_UPDATE = 2;

/** Close codes (4000–4999 are the application's): why a connection was ended. */
export const CLOSE = { refused: 4403, malformed: 4400, tooLarge: 4413, rateLimited: 4429 } as const;

class Refused extends Error {
  constructor(
    readonly notice: Extract<ServerNotice, { type: 'refused' }>,
    readonly closeCode: number,
  ) {
    super(notice.detail);
  }
}

interface Shadow {
  doc: Y.Doc;
  bytes: number;
  off: () => void;
}

export class Guard implements Extension {
  priority = 1000;
  private readonly shadows = new Map<string, Shadow>();
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly tokens: Tokens,
    private readonly limits: GuardLimits,
    private readonly log: Log,
    private readonly hooks: {
      accepted: (c: AcceptedChange) => void;
      refused: (r: RefusedChange) => void;
      /** Documents whose state the database has not got yet: they stay in memory. */
      unsaved: (documentName: string) => boolean;
    },
    private readonly members?: Membership,
  ) {}

  async onAuthenticate({ token, documentName, connectionConfig }: onAuthenticatePayload) {
    const name = parseDocumentName(documentName);
    const claims = await this.tokens.verify(token);
    if (!name || !claims || claims.project !== name.projectId) {
      this.log.warn('refused a connection', { documentName, reason: claims ? 'project' : 'token' });
      throw Object.assign(new Error('unauthorized'), {
        reason: claims ? 'wrong-project' : 'invalid-token',
      });
    }
    // A valid token of someone the owner has removed since it was signed.
    const member = this.members ? await this.members.status(name.projectId, claims.sub) : 'member';
    if (member !== 'member') {
      this.log.warn('refused a connection', { documentName, reason: member });
      throw Object.assign(new Error('unauthorized'), {
        reason: member === 'removed' ? 'removed' : 'not-a-member',
      });
    }
    connectionConfig.readOnly = claims.role === 'viewer';
    const actor: Actor = { userId: claims.sub, name: claims.name, role: claims.role };
    return { actor };
  }

  async afterLoadDocument({ document, documentName }: afterLoadDocumentPayload) {
    this.shadowOf(documentName, document);
  }

  async beforeUnloadDocument({ documentName }: beforeUnloadDocumentPayload) {
    // Throwing keeps the document in memory: its state is not in the database yet.
    if (this.hooks.unsaved(documentName)) throw new Error('not stored yet');
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload) {
    const s = this.shadows.get(documentName);
    if (!s) return;
    s.off();
    s.doc.destroy();
    this.shadows.delete(documentName);
  }

  /** The exact size, learned when the document is stored. */
  setStoredSize(documentName: string, bytes: number) {
    const s = this.shadows.get(documentName);
    if (s) s.bytes = bytes;
  }

  async beforeHandleMessage(p: beforeHandleMessagePayload) {
    const actor = (p.context as { actor?: Actor }).actor;
    try {
      this.check(p, actor);
    } catch (e) {
      if (!(e instanceof Refused)) throw e;
      this.refuse(p.connection, p.documentName, actor, e);
      // Hocuspocus closes the document's connection on a throw; the socket goes as well.
      throw { code: e.closeCode, reason: e.notice.code };
    }
  }

  private check(p: beforeHandleMessagePayload, actor: Actor | undefined) {
    const data = p.update;
    if (data.byteLength > this.limits.maxMessageBytes)
      throw new Refused(
        { type: 'refused', code: 'tooLarge', detail: `a message of ${data.byteLength} bytes` },
        CLOSE.tooLarge,
      );
    if (!this.take(p.socketId))
      throw new Refused(
        { type: 'refused', code: 'rateLimited', detail: 'too many messages a second' },
        CLOSE.rateLimited,
      );
    let update: Uint8Array | undefined;
    try {
      const d = decoding.createDecoder(data);
      decoding.readVarString(d);
      const type = decoding.readVarUint(d);
      if (type === AWARENESS) {
        decoding.readVarUint8Array(d);
        return;
      }
      if (type !== SYNC && type !== SYNC_REPLY) return;
      const sub = decoding.readVarUint(d);
      if (sub !== SYNC_STEP2 && sub !== SYNC_UPDATE) return;
      update = decoding.readVarUint8Array(d);
    } catch {
      throw new Refused(
        { type: 'refused', code: 'malformed', detail: 'not a Hocuspocus message' },
        CLOSE.malformed,
      );
    }
    if (!actor)
      throw new Refused(
        { type: 'refused', code: 'readOnly', detail: 'not signed in' },
        CLOSE.refused,
      );
    this.judge(p, actor, update);
  }

  /** Applies `update` to the shadow copy, reads what it changes, and refuses what the rules forbid. */
  private judge(p: beforeHandleMessagePayload, actor: Actor, update: Uint8Array) {
    const s = this.shadowOf(p.documentName, p.document);
    const refuse = (notice: Extract<ServerNotice, { type: 'refused' }>, code: number) => {
      // The shadow took the refused update: start it again from the shared document.
      this.reset(p.documentName, p.document);
      return new Refused(notice, code);
    };
    if (p.connection.readOnly) {
      // Hocuspocus itself never applies a read-only connection's update; say why when it has news.
      if (!Y.snapshotContainsUpdate(Y.snapshot(p.document), update))
        throw new Refused(
          { type: 'refused', code: 'readOnly', detail: 'viewers may not change the document' },
          CLOSE.refused,
        );
      return;
    }
    if (s.bytes + update.byteLength > this.limits.maxDocumentBytes)
      throw new Refused(
        {
          type: 'refused',
          code: 'documentFull',
          detail: `the document would pass ${this.limits.maxDocumentBytes} bytes`,
        },
        CLOSE.tooLarge,
      );
    let changes: TeamChange[];
    try {
      changes = collectChanges(s.doc, () => Y.applyUpdate(s.doc, update, 'guard'));
    } catch {
      throw refuse(
        { type: 'refused', code: 'malformed', detail: 'not a Yjs update' },
        CLOSE.malformed,
      );
    }
    // Parts that cannot be placed yet would be placed later, inside someone else's update.
    if (s.doc.store.pendingStructs || s.doc.store.pendingDs)
      throw refuse(
        { type: 'refused', code: 'malformed', detail: 'an update with missing parts' },
        CLOSE.malformed,
      );
    const no = judgeChanges(actor, changes);
    if (no)
      throw refuse(
        {
          type: 'refused',
          code: no.code,
          detail: no.detail,
          ...(no.rowId ? { rowId: no.rowId } : {}),
        },
        CLOSE.refused,
      );
    if (changes.length === 0) return;
    s.bytes += update.byteLength;
    this.hooks.accepted({
      documentName: p.documentName,
      actor,
      at: Date.now(),
      changes,
      bytes: update.byteLength,
    });
  }

  private refuse(
    connection: Connection,
    documentName: string,
    actor: Actor | undefined,
    e: Refused,
  ) {
    this.log.warn('refused an update', {
      documentName,
      user: actor?.userId,
      role: actor?.role,
      code: e.notice.code,
      detail: e.notice.detail,
    });
    this.hooks.refused({
      documentName,
      actor,
      at: Date.now(),
      code: e.notice.code,
      detail: e.notice.detail,
    });
    connection.sendStateless(JSON.stringify(e.notice));
    // The notice goes first; then the whole socket, so a flood or garbage stops at once.
    setTimeout(() => connection.webSocket.close(e.closeCode, e.notice.code), 20);
  }

  private take(socketId: string): boolean {
    const now = Date.now();
    const b = this.buckets.get(socketId) ?? { tokens: this.limits.rateBurst, at: now };
    b.tokens = Math.min(
      this.limits.rateBurst,
      b.tokens + ((now - b.at) / 1000) * this.limits.ratePerSecond,
    );
    b.at = now;
    this.buckets.set(socketId, b);
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }

  onDisconnect({ socketId }: { socketId: string }) {
    this.buckets.delete(socketId);
    return Promise.resolve();
  }

  private shadowOf(name: string, document: Y.Doc): Shadow {
    const have = this.shadows.get(name);
    if (have) return have;
    const doc = new Y.Doc({ gc: document.gc });
    const state = Y.encodeStateAsUpdate(document);
    Y.applyUpdate(doc, state);
    // Everything the shared document takes (from clients, Redis or the database) the shadow takes too.
    const mirror = (u: Uint8Array) => Y.applyUpdate(doc, u, 'mirror');
    document.on('update', mirror);
    const s: Shadow = { doc, bytes: state.byteLength, off: () => document.off('update', mirror) };
    this.shadows.set(name, s);
    return s;
  }

  private reset(name: string, document: Y.Doc) {
    const s = this.shadows.get(name);
    if (!s) return;
    s.off();
    s.doc.destroy();
    this.shadows.delete(name);
    this.shadowOf(name, document);
  }
}
