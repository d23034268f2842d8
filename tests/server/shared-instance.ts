// What the single-instance API tests share: one team server on PGlite with its data in a
// temporary folder, and a project shared on it with a member of each role, started before the
// calling `describe`'s tests and stopped after them.
import { after, before } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { share, startInstance, type Instance, type Shared } from './helpers.js';

export function withSharedProject(
  prefix: string,
  rows: number,
  ready: (server: Instance, shared: Shared) => void,
  env: Record<string, string> = {},
): void {
  let dir = '';
  let server: Instance | undefined;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
    server = await startInstance({ TEAM_DATA_DIR: dir, DATABASE_URL: '', REDIS_URL: '', ...env });
    ready(server, await share(server.http, rows));
  });
  after(async () => {
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
}
