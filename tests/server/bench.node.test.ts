// bench:sync in a short smoke run: it finishes, every client ends with the same document, and no
// edit is lost (on the clients or in PostgreSQL). Its timings are printed, never asserted.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { installServices } from '../../scripts/services.mjs';

describe('bench:sync smoke run', () => {
  it('ends with identical documents and no edit lost', { timeout: 240_000 }, (t) => {
    const missing = installServices();
    if (missing && !process.env.CI) return t.skip(`PostgreSQL/Redis not available: ${missing}`);
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'bench/sync.ts', '--seconds', '3', '--clients', '6', '--rows', '300'],
      { encoding: 'utf8', timeout: 230_000 },
    );
    assert.equal(r.status, 0, r.stderr);
    assert.match(
      r.stdout,
      /identical on every client: yes; edits lost: 0 of [1-9]\d*; missing in PostgreSQL after stop: 0/,
    );
    assert.match(r.stdout, /propagation latency: p50 \d+ ms, p95 \d+ ms/);
  });
});
