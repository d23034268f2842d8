// The team bridge's connection when the network goes away and comes back, against a socket that
// behaves as a browser's does without a network: close() is asked for, but no close event comes.
import { expect } from '@open-wc/testing';
import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { readRevisions, readRow, revisionsOf, rowsOf, rowToY } from '../../src/core/team/index.js';
import { initI18n, loadAllStrings } from '../../src/i18n/index.js';
import { TeamSync, type TeamSyncStatus } from '../../src/state/team-sync.js';
import { openProject, useServices } from './helpers.js';

/** A socket that opens at once and never reports its close (as with no network). */
class SilentSocket extends EventTarget {
  static made: SilentSocket[] = [];
  readyState = 0;
  binaryType = 'arraybuffer';
  closeAsked = false;
  constructor(readonly url: string) {
    super();
    SilentSocket.made.push(this);
    setTimeout(() => {
      if (this.closeAsked) return;
      this.readyState = 1;
      this.dispatchEvent(new Event('open'));
    }, 0);
  }
  send(): void {}
  close(): void {
    this.closeAsked = true;
  }
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(check(), what).to.equal(true);
}

describe('TeamSync when the network goes away and comes back', () => {
  before(() => initI18n('en').then(loadAllStrings));
  const open = useServices();

  it('reconnects on "online" even when the old socket never reported its close', async () => {
    SilentSocket.made = [];
    const s = await open();
    const projectId = await openProject(s, [{ source: '你好。', target: '' }]);
    const statuses: TeamSyncStatus['connection'][] = [];
    const sync = new TeamSync({
      link: {
        projectId,
        serverUrls: ['ws://team.invalid'],
        token: 't',
        role: 'translator',
        userId: 'u1',
        name: 'Lin',
        documents: {},
        joinedAt: 0,
      },
      documentName: `test-${projectId}`,
      WebSocketClass: SilentSocket as unknown as typeof WebSocket,
      document: s.document,
      session: s.session,
      onStatus: (st) => statuses.push(st.connection),
      onPeers: () => undefined,
      onRefused: () => undefined,
    });
    try {
      await sync.start();
      await until(() => statuses.at(-1) === 'online', 'online at first');
      window.dispatchEvent(new Event('offline'));
      expect(statuses.at(-1)).to.equal('offline');
      expect(SilentSocket.made[0].closeAsked).to.equal(true);
      window.dispatchEvent(new Event('online'));
      await until(() => SilentSocket.made.length === 2, 'a new socket after "online"');
      await until(() => statuses.at(-1) === 'online', 'online again');
    } finally {
      await sync.stop();
    }
  });

  it('takes the shared rows over a viewer’s copy, however new its stamps, and pushes nothing', async () => {
    SilentSocket.made = [];
    const s = await open();
    const projectId = await openProject(s, [{ source: '你好。', target: 'Hello' }]);
    const [row] = s.document.current!.segments;
    const documentName = `test-viewer-${projectId}`;
    // The device's copy of the shared document holds the text everyone has merged, under an older
    // stamp than the viewer's rows (stamped when they joined).
    const merged = { ...row, target: 'Still, Hello there', updatedAt: row.updatedAt - 60_000 };
    const stored = new Y.Doc();
    const persistence = new IndexeddbPersistence(`bt-team:${documentName}`, stored);
    await persistence.whenSynced;
    stored.transact(() => rowsOf(stored).set(row.id, rowToY(merged)));
    await persistence.destroy();
    const sync = new TeamSync({
      link: {
        projectId,
        serverUrls: ['ws://team.invalid'],
        token: 't',
        role: 'viewer',
        userId: 'u-zhao',
        name: 'Zhao',
        documents: {},
        joinedAt: 0,
      },
      documentName,
      WebSocketClass: SilentSocket as unknown as typeof WebSocket,
      document: s.document,
      session: s.session,
      onStatus: () => undefined,
      onPeers: () => undefined,
      onRefused: () => undefined,
    });
    try {
      await sync.start();
      for (let i = 0; i < 50 && s.document.row(row.id)!.target !== merged.target; i++)
        await new Promise((r) => setTimeout(r, 20));
      expect(s.document.row(row.id)!.target).to.equal('Still, Hello there');
      expect(readRow(rowsOf(sync.doc).get(row.id)!)!.target).to.equal('Still, Hello there');
    } finally {
      await sync.stop();
    }
  });

  it('never writes someone else’s confirm back into the log under this user (the server would refuse it)', async () => {
    SilentSocket.made = [];
    const s = await open();
    const projectId = await openProject(s, [
      { source: '你好。', target: 'Hello.', status: 'translated' },
      { source: '再见。', target: 'Bye.', status: 'translated' },
    ]);
    const sync = new TeamSync({
      link: {
        projectId,
        serverUrls: ['ws://team.invalid'],
        token: 't',
        role: 'translator',
        userId: 'u-lin',
        name: 'Lin',
        documents: {},
        joinedAt: 0,
      },
      documentName: `test-echo-${projectId}`,
      WebSocketClass: SilentSocket as unknown as typeof WebSocket,
      document: s.document,
      session: s.session,
      onStatus: () => undefined,
      onPeers: () => undefined,
      onRefused: () => undefined,
    });
    try {
      await sync.start();
      const [first, second] = s.document.current!.segments;
      // The server's copy arrives, then a reviewer's confirm of the first row with its log entry.
      const server = new Y.Doc();
      server.transact(() => {
        for (const r of [first, second]) rowsOf(server).set(r.id, rowToY(r));
      });
      Y.applyUpdate(sync.doc, Y.encodeStateAsUpdate(server));
      const before = Y.encodeStateVector(server);
      server.transact(() => {
        rowsOf(server).get(first.id)!.set('status', 'reviewed');
        revisionsOf(server).push([
          {
            id: 'u-wang:1',
            segmentId: first.id,
            docId: first.docId,
            field: 'status',
            before: 'translated',
            after: 'reviewed',
            role: 'reviewer',
            author: 'Wang',
            at: Date.now(),
          },
        ]);
      });
      Y.applyUpdate(sync.doc, Y.encodeStateAsUpdate(server, before));
      await until(
        () => s.document.row(first.id)?.status === 'reviewed',
        'the confirm applied here',
      );
      expect(readRevisions(sync.doc).map((r) => r.author)).to.deep.equal(['Wang']);
      // A confirm made here is logged, under this user.
      await s.document.setStatus(second.id, 'draft');
      await s.document.confirm(second.id);
      await until(() => readRevisions(sync.doc).length === 2, 'the local confirm logged');
      expect(readRevisions(sync.doc).map((r) => r.author)).to.deep.equal(['Wang', 'Lin']);
    } finally {
      await sync.stop();
    }
  });
});
