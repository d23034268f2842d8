// Which server versions a device still has to fetch: by id, or the same version kept under
// another id (the sharer's originals).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { versionsToFetch, type VersionInfo } from '../../src/core/team/index.js';

const v = (id: string, name: string, author = 'Wang', createdAt = 1000): VersionInfo => ({
  id,
  name,
  author,
  createdAt,
  rows: 3,
});
const here = (id: string, name: string, author = 'Wang', createdAt = 1000) => ({
  id,
  name,
  author,
  createdAt,
});

const CASES: [string, VersionInfo[], ReturnType<typeof here>[], string[]][] = [
  ['nothing here yet: all', [v('s1', 'A'), v('s2', 'B', 'Lin', 2000)], [], ['s1', 's2']],
  ['kept by id', [v('s1', 'A')], [here('s1', 'A')], []],
  ['the sharer’s original under its own id', [v('s1', 'A')], [here('local-1', 'A')], []],
  ['same name, other author', [v('s1', 'A', 'Lin')], [here('local-1', 'A', 'Wang')], ['s1']],
  ['same name, other time', [v('s1', 'A', 'Wang', 2000)], [here('local-1', 'A')], ['s1']],
  ['only the new one', [v('s1', 'A'), v('s2', 'A', 'Wang', 3000)], [here('s1', 'A')], ['s2']],
  ['nothing on the server', [], [here('local-1', 'A')], []],
];

describe('versionsToFetch', () => {
  for (const [what, server, device, want] of CASES)
    it(what, () =>
      assert.deepEqual(
        versionsToFetch(server, device).map((x) => x.id),
        want,
      ),
    );
});
