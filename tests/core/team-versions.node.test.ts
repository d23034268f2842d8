// A device's copies of a team document's versions against the server's list (fetch, mark,
// rename, drop: by id, or the sharer's originals kept under their own ids), who may rename or
// delete a version, and the name check.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  mayManageVersion,
  planVersions,
  versionName,
  type TeamOrigin,
  type VersionInfo,
} from '../../src/core/team/index.js';

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

describe('mayManageVersion', () => {
  const CASES: [string, Parameters<typeof mayManageVersion>[0], string | null, boolean][] = [
    ['its author', { userId: 'u1', role: 'translator' }, 'u1', true],
    ['the owner, not its author', { userId: 'u0', role: 'reviewer', owner: true }, 'u1', true],
    ['the owner, a shared original', { userId: 'u0', role: 'translator', owner: true }, null, true],
    ['another translator', { userId: 'u2', role: 'translator' }, 'u1', false],
    ['another reviewer', { userId: 'u2', role: 'reviewer' }, 'u1', false],
    ['an editor, a shared original', { userId: 'u2', role: 'reviewer' }, null, false],
    ['a viewer who saved it once (role changed)', { userId: 'u1', role: 'viewer' }, 'u1', false],
    [
      'a viewer marked owner (never happens; still no)',
      { userId: 'u1', role: 'viewer', owner: true },
      'u1',
      false,
    ],
  ];
  for (const [what, member, authorId, want] of CASES)
    it(what, () => assert.equal(mayManageVersion(member, { authorId }), want));
});

describe('versionName', () => {
  const CASES: [unknown, string | undefined][] = [
    ['  Review 1 ', 'Review 1'],
    ['审校 1', '审校 1'],
    ['', undefined],
    ['   ', undefined],
    ['x'.repeat(120), 'x'.repeat(120)],
    ['x'.repeat(121), undefined],
    [42, undefined],
    [undefined, undefined],
  ];
  for (const [input, want] of CASES)
    it(JSON.stringify(input)?.slice(0, 20) ?? 'undefined', () =>
      assert.equal(versionName(input), want),
    );
});

describe('planVersions', () => {
  const P = 'proj';
  const info = (
    id: string,
    name: string,
    author = 'Wang',
    createdAt = 1000,
    authorId: string | null = 'u1',
  ) => ({
    ...v(id, name, author, createdAt),
    authorId,
  });
  const kept = (
    id: string,
    name: string,
    team?: Partial<TeamOrigin>,
    author = 'Wang',
    createdAt = 1000,
  ) => ({
    ...here(id, name, author, createdAt),
    ...(team ? { team: { projectId: P, versionId: id, authorId: 'u1', ...team } } : {}),
  });
  type Want = {
    fetch?: string[];
    mark?: [string, string][];
    rename?: [string, string][];
    drop?: string[];
  };
  const CASES: [string, VersionInfo[], ReturnType<typeof kept>[], Want][] = [
    ['nothing here: fetch all', [info('s1', 'A'), info('s2', 'B')], [], { fetch: ['s1', 's2'] }],
    ['in step: nothing to do', [info('s1', 'A')], [kept('s1', 'A', {})], {}],
    ['renamed on the server', [info('s1', 'B')], [kept('s1', 'A', {})], { rename: [['s1', 'B']] }],
    ['deleted on the server', [], [kept('s1', 'A', {})], { drop: ['s1'] }],
    ['a version saved only here is never touched', [], [kept('local', 'A')], {}],
    ['another project’s copy is never touched', [], [kept('s1', 'A', { projectId: 'other' })], {}],
    [
      'a copy kept before marks existed (same id): marked, and follows a rename',
      [info('s1', 'B')],
      [kept('s1', 'A')],
      { mark: [['s1', 's1']], rename: [['s1', 'B']] },
    ],
    [
      'the sharer’s original (same author and time): marked, and follows a rename',
      [info('s9', 'B', 'Wang', 1000, null)],
      [kept('local', 'A')],
      { mark: [['local', 's9']], rename: [['local', 'B']] },
    ],
    [
      'a marked original whose server version went: dropped',
      [],
      [kept('local', 'A', { versionId: 's9' })],
      { drop: ['local'] },
    ],
    [
      'same name, other time: not the same version',
      [info('s1', 'A', 'Wang', 2000)],
      [kept('local', 'A')],
      { fetch: ['s1'] },
    ],
    [
      'same name and time, other author: not the same version',
      [info('s1', 'A', 'Lin')],
      [kept('local', 'A')],
      { fetch: ['s1'] },
    ],
    [
      'only the new one is fetched',
      [info('s1', 'A'), info('s2', 'A', 'Wang', 3000)],
      [kept('s1', 'A', {})],
      { fetch: ['s2'] },
    ],
    [
      'two originals of one author at two times each find their own',
      [info('s1', 'A', 'Wang', 1000, null), info('s2', 'B', 'Wang', 2000, null)],
      [kept('l2', 'B', undefined, 'Wang', 2000), kept('l1', 'A')],
      {
        mark: [
          ['l2', 's2'],
          ['l1', 's1'],
        ],
      },
    ],
    [
      'two copies claim one server version: the marked one keeps it, the other is left alone',
      [info('s1', 'A')],
      [kept('local', 'A'), kept('s1', 'A', {})],
      {},
    ],
  ];
  for (const [what, server, device, want] of CASES)
    it(what, () => {
      const p = planVersions(P, server, device);
      assert.deepEqual(
        {
          fetch: p.fetch.map((x) => x.id),
          mark: p.mark.map((m) => [m.id, m.team.versionId]),
          rename: p.rename.map((r) => [r.id, r.name]),
          drop: p.drop,
        },
        { fetch: [], mark: [], rename: [], drop: [], ...want },
      );
      for (const m of p.mark) assert.equal(m.team.projectId, P);
    });
});
