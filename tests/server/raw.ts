// A raw WebSocket client that speaks just enough of the Hocuspocus protocol to send what a real
// provider never would: garbage, oversized or forged updates, floods.
import WebSocket from 'ws';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

export interface Raw {
  ws: WebSocket;
  received: Uint8Array[];
  closed: Promise<{ code: number; reason: string }>;
  send(bytes: Uint8Array): void;
  sendUpdate(update: Uint8Array): void;
  sendAwareness(bytes: Uint8Array): void;
}

const message = (build: (e: encoding.Encoder) => void) => {
  const e = encoding.createEncoder();
  build(e);
  return encoding.toUint8Array(e);
};

/** Opens a socket and authenticates on `name` with `token`; resolves once the server answered. */
export async function raw(url: string, name: string, token: string): Promise<Raw> {
  const ws = new WebSocket(url);
  const received: Uint8Array[] = [];
  const closed = new Promise<{ code: number; reason: string }>((r) =>
    ws.once('close', (code, reason) => r({ code, reason: reason.toString() })),
  );
  const first = new Promise<void>((r) => ws.once('message', () => r()));
  ws.on('message', (d) => received.push(new Uint8Array(d as Buffer)));
  await new Promise<void>((r, j) => (ws.once('open', () => r()), ws.once('error', j)));
  const send = (b: Uint8Array) => ws.readyState === WebSocket.OPEN && ws.send(b);
  // Auth (2), token (0).
  send(
    message(
      (e) => (
        encoding.writeVarString(e, name),
        encoding.writeVarUint(e, 2),
        encoding.writeVarUint(e, 0),
        encoding.writeVarString(e, token)
      ),
    ),
  );
  await Promise.race([first, closed]);
  return {
    ws,
    received,
    closed,
    send,
    // Sync (0), update (2).
    sendUpdate: (u) =>
      send(
        message(
          (e) => (
            encoding.writeVarString(e, name),
            encoding.writeVarUint(e, 0),
            encoding.writeVarUint(e, 2),
            encoding.writeVarUint8Array(e, u)
          ),
        ),
      ),
    // Awareness (1).
    sendAwareness: (a) =>
      send(
        message(
          (e) => (
            encoding.writeVarString(e, name),
            encoding.writeVarUint(e, 1),
            encoding.writeVarUint8Array(e, a)
          ),
        ),
      ),
  };
}

/** The server's answer to the auth message: 'authenticated', 'denied', or undefined (none yet). */
export function authAnswer(
  received: readonly Uint8Array[],
): 'authenticated' | 'denied' | undefined {
  for (const m of received) {
    const d = decoding.createDecoder(m);
    decoding.readVarString(d);
    if (decoding.readVarUint(d) !== 2) continue;
    const sub = decoding.readVarUint(d);
    if (sub === 2) return 'authenticated';
    if (sub === 1) return 'denied';
  }
  return undefined;
}
