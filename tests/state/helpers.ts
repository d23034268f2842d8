// The state services on a database of their own per test, deleted afterwards.
import { openServices, type Services } from '../../src/state/index.js';
import { deleteWorkspace } from '../../src/store/index.js';

let n = 0;

/** Call in a describe(); the returned function opens services on a fresh database. */
export function useServices(): () => Promise<Services> {
  const opened: { s: Services; name: string }[] = [];
  afterEach(async () => {
    for (const { s, name } of opened.splice(0)) {
      s.close();
      await deleteWorkspace(name);
    }
  });
  return async () => {
    const name = `bt-services-${Date.now()}-${n++}-${Math.random().toString(36).slice(2)}`;
    const s = await openServices(name);
    opened.push({ s, name });
    return s;
  };
}
