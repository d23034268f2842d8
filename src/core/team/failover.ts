// A client of the team server knows several instances' URLs. The Hocuspocus provider opens its
// socket with `new WebSocketPolyfill(url)` on every (re)connect; handing it this wrapper instead
// makes each attempt go to the URL that last worked, and on to the next one when that instance
// stops answering (a socket that never opened, or one that closed abnormally).
export interface SocketLike {
  addEventListener(type: string, fn: (e: unknown) => void): void;
}
type SocketClass<S extends SocketLike> = new (url: string) => S;

export interface Failover {
  /** The URL the next attempt uses. */
  readonly current: string;
}

/**
 * A WebSocket class for the provider's `WebSocketPolyfill`: ignores the URL it is given and uses
 * `urls` in turn. `Base` is the platform's WebSocket (the browser's, or `ws` in Node).
 */
export function failoverSocket<S extends SocketLike>(
  Base: SocketClass<S>,
  urls: readonly string[],
): SocketClass<S> & Failover {
  if (urls.length === 0) throw new Error('failoverSocket: no URL');
  let index = 0;
  class Rotating extends (Base as unknown as new (url: string) => SocketLike) {
    static get current() {
      return urls[index];
    }
    constructor(_url: string) {
      const mine = index;
      super(urls[mine]);
      let opened = false;
      // ws (Node) throws an 'error' nobody listens to when a socket is closed while connecting.
      this.addEventListener('error', () => undefined);
      this.addEventListener('open', () => (opened = true));
      this.addEventListener('close', (ev) => {
        const e = ev as { code?: number };
        // 1000 and 1001 are clean closes (ours, or a server going away politely? then move on too).
        const abnormal =
          !opened || e.code === 1006 || e.code === 1001 || e.code === 1011 || e.code === 1012;
        if (abnormal && index === mine) index = (index + 1) % urls.length;
      });
    }
  }
  return Rotating as unknown as SocketClass<S> & Failover;
}
