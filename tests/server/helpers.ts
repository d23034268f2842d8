// Helpers for the team server's node tests and benchmark: server instances as child processes
// (so one can be killed), raw Node clients on the Hocuspocus provider, and the HTTP API.
import { spawn, type ChildProcess } from 'node:child_process';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { Segment } from '../../src/core/model.js';
import {
  failoverSocket,
  type ServerNotice,
  type ShareRequest,
  type ShareResponse,
  type TeamRole,
} from '../../src/core/team/index.js';
import { freePort } from '../../scripts/services.mjs';

export const SECRET = 'test-secret-0123456789abcdef0123456789';

export async function waitFor(cond: () => boolean, ms: number, what: string): Promise<void> {
  const until = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > until) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export interface Instance {
  port: number;
  url: string;
  http: string;
  proc: ChildProcess;
  logs: string[];
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/** One server instance in a child process; resolves once it listens. */
export async function startInstance(
  env: Record<string, string | undefined>,
  port?: number,
): Promise<Instance> {
  const p = port ?? (await freePort());
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(p),
      TEAM_SECRET: SECRET,
      TEAM_STORE_DEBOUNCE_MS: '200',
      TEAM_STORE_MAX_DEBOUNCE_MS: '1000',
      TEAM_RETRY_MS: '300',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  await new Promise<void>((resolve, reject) => {
    const onData = (b: Buffer) => {
      for (const line of b.toString().split('\n')) if (line) logs.push(line);
      if (/ info listening /.test(b.toString())) resolve();
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    proc.once('exit', (code) =>
      reject(new Error(`server exited (${code}) before listening:\n${logs.join('\n')}`)),
    );
    setTimeout(
      () => reject(new Error(`server did not listen within 90 s:\n${logs.join('\n')}`)),
      90_000,
    ).unref();
  });
  return {
    port: p,
    url: `ws://127.0.0.1:${p}`,
    http: `http://127.0.0.1:${p}`,
    proc,
    logs,
    async kill() {
      proc.kill('SIGKILL');
      await exited;
    },
    async stop() {
      proc.kill('SIGTERM');
      await exited;
    },
  };
}

export async function api<T>(
  base: string,
  path: string,
  init: { method?: string; token?: string; body?: unknown } = {},
): Promise<{ status: number; data: T }> {
  const res = await fetch(base + path, {
    method: init.method ?? (init.body ? 'POST' : 'GET'),
    headers: {
      'Content-Type': 'application/json',
      ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  return { status: res.status, data: (await res.json()) as T };
}

export const rows = (
  n: number,
  status: Segment['status'] = 'draft',
): Omit<Segment, 'docId' | 'rev'>[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `r${i}`,
    order: `a${String(i).padStart(6, '0')}`,
    paragraphStart: i % 10 === 0,
    source: `第${i}句。`,
    target: `Sentence ${i}.`,
    status,
    link: { source: 1, target: 1 },
    confidence: 1,
    note: '',
    updatedAt: 0,
  }));

export interface Shared {
  project: string;
  doc: string;
  documentName: string;
  owner: string;
  tokens: Record<TeamRole, string>;
}

/**
 * Shares a one-document project of `n` rows and invites a member of each role; `extra` adds to
 * the share's body (a TM, QA settings).
 */
export async function share(
  base: string,
  n = 20,
  project = `p${Math.random().toString(36).slice(2, 10)}`,
  extra: Partial<ShareRequest> = {},
): Promise<Shared> {
  const r = await api<ShareResponse>(base, '/api/projects', {
    body: {
      project: { id: project, name: 'Test', sourceLang: 'zh-Hans', targetLang: 'en' },
      owner: { name: 'Olga', role: 'reviewer' },
      documents: [{ id: 'd1', name: 'Doc', order: 0, segments: rows(n) }],
      ...extra,
    },
  });
  if (r.status !== 200) throw new Error(`share failed: ${JSON.stringify(r.data)}`);
  const tokens = {} as Record<TeamRole, string>;
  for (const role of ['translator', 'reviewer', 'viewer'] as const) {
    const inv = await api<{ code: string }>(base, `/api/projects/${project}/invites`, {
      token: r.data.token,
      body: { role },
    });
    const acc = await api<{ token: string }>(base, `/api/invites/${inv.data.code}/accept`, {
      body: { name: role === 'translator' ? 'Tina' : role === 'reviewer' ? 'Rex' : 'Vic' },
    });
    tokens[role] = acc.data.token;
  }
  return {
    project,
    doc: 'd1',
    documentName: r.data.documents[0].documentName,
    owner: r.data.token,
    tokens,
  };
}

export interface Client {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  notices: ServerNotice[];
  closes: number[];
  synced(): boolean;
  goOffline(): void;
  goOnline(): void;
  destroy(): void;
}

/** A raw Node client: the provider over `ws`, trying `urls` in turn (see failoverSocket). */
export function connect(urls: string[], name: string, token: string, doc = new Y.Doc()): Client {
  const socket = new HocuspocusProviderWebsocket({
    url: urls[0],
    // ws overloads its constructor; the wrapper only ever calls `new Base(url)`.
    WebSocketPolyfill: failoverSocket(WebSocket as unknown as new (url: string) => WebSocket, urls),
    delay: 100,
    minDelay: 100,
    maxDelay: 400,
    factor: 1.5,
    jitter: false,
  });
  const notices: ServerNotice[] = [];
  const closes: number[] = [];
  let isSynced = false;
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    token,
    document: doc,
    onSynced: () => (isSynced = true),
    onStateless: ({ payload }) => notices.push(JSON.parse(payload) as ServerNotice),
    onClose: ({ event }) => closes.push(event.code),
  });
  provider.attach();
  return {
    doc,
    provider,
    socket,
    notices,
    closes,
    synced: () => isSynced && !provider.hasUnsyncedChanges,
    goOffline: () => socket.disconnect(),
    goOnline: () => void socket.connect(),
    destroy() {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Every client's rows as plain data, for comparing. */
export const targets = (doc: Y.Doc): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [id, m] of doc.getMap<Y.Map<unknown>>('rows')) out[id] = String(m.get('target'));
  return out;
};

export const textOf = (doc: Y.Doc, row: string, field: 'source' | 'target' = 'target') =>
  doc.getMap<Y.Map<unknown>>('rows').get(row)!.get(field) as Y.Text;
