// Reads a team document's rows from the server once (joining makes a local copy from them).
import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { readRows } from '../core/team/index.js';
import { failoverSocket } from '../core/team/failover.js';

export async function fetchTeamRows(urls: string[], name: string, token: string) {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url: urls[0],
    WebSocketPolyfill: failoverSocket(WebSocket, urls),
    maxAttempts: urls.length * 2,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    document: doc,
    token,
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no answer from the team server')), 15_000);
      provider.on('synced', () => {
        clearTimeout(timer);
        resolve();
      });
      provider.on('authenticationFailed', () => {
        clearTimeout(timer);
        reject(new Error('refused'));
      });
      provider.attach();
    });
    return readRows(doc).map(({ decision: _d, ...r }) => r);
  } finally {
    provider.destroy();
    socket.destroy();
    doc.destroy();
  }
}
