// Track changes in the grid: what a row's state is against the version, and what a decision writes.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Status, VersionSegment } from '../../src/core/model.js';
import { diffText } from '../../src/core/diff/index.js';
import {
  compactDiff,
  isUndecided,
  structuralChanges,
  trackPatches,
  trackState,
  type Baseline,
  type TrackedRow,
} from '../../src/core/track.js';

const b = (source: string, target: string, status: Status): Baseline => ({
  source,
  target,
  status,
});

describe('core/track: a row against its baseline', () => {
  // "source/target/status"; "-" when the row is not in the version.
  const parse = (x: string): Baseline | undefined => {
    if (x === '-') return undefined;
    const [source, target, status] = x.split('/');
    return b(source, target, status as Status);
  };
  const describeState = (s: ReturnType<typeof trackState>): string =>
    `${s.change}${s.accepted ? ' (accepted)' : ''}: ${
      [s.canAccept && 'accept', s.canReject && 'reject'].filter(Boolean).join(', ') || '-'
    }`;

  // [what, now, baseline, structural, expected: change (accepted): what can be decided]
  const table: [string, string, string, '' | 'merged' | 'split', string][] = [
    ['same text and status', '甲/A/translated', '甲/A/translated', '', 'unchanged: -'],
    ['approved, not changed', '甲/A/approved', '甲/A/approved', '', 'unchanged: -'],
    ['target edited, draft', '甲/B/draft', '甲/A/translated', '', 'modified: accept, reject'],
    ['source edited', '乙/A/translated', '甲/A/translated', '', 'modified: accept, reject'],
    ['only the status changed', '甲/A/draft', '甲/A/translated', '', 'modified: accept, reject'],
    ['now reviewed', '甲/B/reviewed', '甲/A/translated', '', 'modified (accepted): reject'],
    ['now approved', '甲/B/approved', '甲/A/translated', '', 'modified (accepted): reject'],
    ['edited again', '甲/C/translated', '甲/A/translated', '', 'modified: accept, reject'],
    ['status rejected', '甲/B/rejected', '甲/A/reviewed', '', 'modified: accept, reject'],
    ['added since the version', '丙/C/draft', '-', '', 'added: accept'],
    ['added and accepted', '丙/C/reviewed', '-', '', 'added (accepted): -'],
    ['merge survivor', '甲乙/A B/draft', '甲/A/draft', 'merged', 'merged: accept'],
    ['first part of a split', '甲/A/draft', '甲乙/A B/draft', 'split', 'split: accept'],
    ['new part of a split', '乙/B/draft', '-', 'split', 'split: accept'],
    ['split part, reviewed', '乙/B/reviewed', '-', 'split', 'split (accepted): -'],
  ];
  for (const [what, now, base, structural, expected] of table) {
    it(`${what} → ${expected}`, () => {
      const st = trackState(parse(now)!, parse(base), structural || undefined);
      assert.equal(describeState(st), expected);
      assert.equal(
        isUndecided(parse(now)!, parse(base)),
        !st.accepted && st.change !== 'unchanged',
      );
    });
  }
});

describe('core/track: decisions as patches', () => {
  const rows: TrackedRow[] = [
    { id: 'edited', now: b('甲', 'B', 'draft'), base: b('甲', 'A', 'translated') },
    { id: 'accepted', now: b('甲', 'B', 'reviewed'), base: b('甲', 'A', 'translated') },
    { id: 'approved', now: b('乙', 'B', 'approved'), base: b('甲', 'A', 'reviewed') },
    { id: 'same', now: b('甲', 'A', 'draft'), base: b('甲', 'A', 'draft') },
    { id: 'added', now: b('丙', 'C', 'draft'), base: undefined },
    {
      id: 'merged',
      now: b('甲乙', 'A B', 'draft'),
      base: b('甲', 'A', 'draft'),
      structural: 'merged',
    },
  ];
  const pick = (...ids: string[]) => rows.filter((r) => ids.includes(r.id));

  // [decision, rows, expected patches]
  const table: [string, TrackedRow[], ReturnType<typeof trackPatches>][] = [
    ['accept', pick('edited'), [{ id: 'edited', patch: { status: 'reviewed' } }]],
    // Accepted and approved rows keep their status; unchanged rows have nothing to accept.
    ['accept', pick('accepted', 'approved', 'same'), []],
    [
      'accept',
      pick('added', 'merged'),
      [
        { id: 'added', patch: { status: 'reviewed' } },
        { id: 'merged', patch: { status: 'reviewed' } },
      ],
    ],
    [
      'reject',
      pick('edited', 'approved'),
      [
        { id: 'edited', patch: { source: '甲', target: 'A', status: 'translated' } },
        { id: 'approved', patch: { source: '甲', target: 'A', status: 'reviewed' } },
      ],
    ],
    // An accepted row can still be rejected.
    [
      'reject',
      pick('accepted'),
      [{ id: 'accepted', patch: { source: '甲', target: 'A', status: 'translated' } }],
    ],
    // Added, merged and unchanged rows cannot be set back by a text edit.
    ['reject', pick('same', 'added', 'merged'), []],
  ];
  for (const [decision, chosen, patches] of table) {
    it(`${decision} ${chosen.map((r) => r.id).join(', ')} → ${patches.length} patches`, () => {
      assert.deepEqual(trackPatches(chosen, decision as 'accept' | 'reject'), patches);
    });
  }
});

describe('core/track: merged and split rows', () => {
  const v = (id: string, order: string, source: string, target: string): VersionSegment => ({
    id,
    order,
    source,
    target,
    status: 'translated',
    note: '',
  });
  const version = [
    v('r1', 'a', '甲。', 'A.'),
    v('r2', 'b', '乙。', 'B.'),
    v('r3', 'c', '丙。', 'C.'),
    v('r4', 'd', '丁。戊。', 'D. E.'),
    v('r5', 'e', '己。', 'F.'),
  ];
  // [what, rows now, expected structural rows]
  const table: [string, VersionSegment[], [string, 'merged' | 'split'][]][] = [
    ['nothing structural', version.map((r) => ({ ...r, target: `${r.target}!` })), []],
    [
      'r2 and r3 merged into r2',
      [version[0], v('r2', 'b', '乙。丙。', 'B. C.'), version[3], version[4]],
      [['r2', 'merged']],
    ],
    [
      'r4 split into r4 and a new row',
      [...version.slice(0, 3), v('r4', 'd', '丁。', 'D.'), v('n1', 'dm', '戊。', 'E.'), version[4]],
      [
        ['r4', 'split'],
        ['n1', 'split'],
      ],
    ],
    ['a row removed is not a merge', [version[0], version[1], version[3], version[4]], []],
    [
      'a row added is not a split',
      [...version.slice(0, 2), v('n2', 'bm', '新。', 'New.'), ...version.slice(2)],
      [],
    ],
  ];
  for (const [what, now, expected] of table) {
    it(what, () => {
      assert.deepEqual([...structuralChanges(version, now)].sort(), expected.sort());
    });
  }
});

describe('core/track: compact diffs', () => {
  const shown = (a: string, b: string, lang: 'en' | 'zh-Hans', context: number) =>
    compactDiff(diffText(a, b, lang), context)
      .parts.map((p) =>
        p.kind === 'equal' ? p.text : p.kind === 'insert' ? `{+${p.text}+}` : `[-${p.text}-]`,
      )
      .join('');
  // [old, new, lang, context, shown]
  const table: [string, string, 'en' | 'zh-Hans', number, string][] = [
    ['Short text.', 'Short texts.', 'en', 30, 'Short [-text-]{+texts+}.'],
    [
      'The three-day summit is themed "Build together, share together, govern together."',
      'The 3-day summit is themed "Build together, share together, govern together."',
      'en',
      12,
      'The [-three-]{+3+}-day summit …',
    ],
    [
      'Speaking at the opening ceremony, Lin Xiaowen said that open source has grown.',
      'Speaking at the opening ceremony, Lin Xiaowen said that open code has grown.',
      'en',
      10,
      '… that open [-source-]{+code+} has grown.',
    ],
    [
      'one two three four five six seven eight nine ten eleven twelve',
      'one 2 three four five six seven eight nine ten eleven 12',
      'en',
      6,
      'one [-two-]{+2+} three … eleven [-twelve-]{+12+}',
    ],
    [
      '组委会主席林晓雯在开幕式上表示，开源已经从工程师的业余爱好变成了数字经济的基础设施。',
      '组委会主席林晓雯在开幕式上表示，开源已经从工程师的兴趣变成了数字经济的基础设施。',
      'zh-Hans',
      5,
      '…从工程师的[-业余爱好-]{+兴趣+}变成了数字…',
    ],
    // Emoji (surrogate pairs) at the cut stay whole.
    ['😀😀😀😀😀😀甲', '😀😀😀😀😀😀乙', 'zh-Hans', 2, '…😀😀[-甲-]{+乙+}'],
  ];
  for (const [a, b, lang, context, expected] of table) {
    it(`${expected}`, () => {
      assert.equal(shown(a, b, lang, context), expected);
    });
  }
});
