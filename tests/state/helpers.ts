// The state services on a database of their own per test, deleted afterwards.
import { openServices, type Services } from '../../src/state/index.js';
import type { MemoryState } from '../../src/state/memory.js';
import { deleteWorkspace } from '../../src/store/index.js';

let n = 0;

export type TestServices = Services & { dbName: string };

/**
 * Call in a describe(). `open()` opens services on a fresh database; `open(dbName)` opens them
 * again on the same one (a reload, or a second tab while the first stays open).
 */
export function useServices(): (
  dbName?: string,
  opts?: { separate?: boolean },
) => Promise<TestServices> {
  const opened: TestServices[] = [];
  afterEach(async () => {
    const names = new Set(opened.map((s) => s.dbName));
    for (const s of opened.splice(0)) s.close();
    for (const name of names) await deleteWorkspace(name);
  });
  return async (dbName, opts) => {
    const name =
      dbName ?? `bt-services-${Date.now()}-${n++}-${Math.random().toString(36).slice(2)}`;
    const s = { ...(await openServices(name, opts)), dbName: name };
    opened.push(s);
    return s;
  };
}

/** A project of `rows` Chinese→English rows, opened in the document service. */
export async function openProject(
  s: Services,
  rows: { source: string; target: string; status?: 'new' | 'translated' }[],
): Promise<string> {
  const id = await s.library.create({
    name: '测试',
    sourceLang: 'zh-Hans',
    targetLang: 'en',
    rows,
  });
  await s.document.open(id);
  return id!;
}

/** Resolves once the memory service's state satisfies `ok` (checked on every change). */
export function untilMemory(
  s: TestServices,
  ok: (st: MemoryState) => boolean,
  ms = 5000,
): Promise<MemoryState> {
  if (ok(s.memory.state)) return Promise.resolve(s.memory.state);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('memory state never got there')), ms);
    const off = s.memory.subscribe((st) => {
      if (!ok(st)) return;
      clearTimeout(timer);
      off();
      resolve(st);
    });
  });
}
