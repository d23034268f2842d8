// Team documents: the Y.Doc layout round-trips today's rows, and the role rules judge what an
// update really changes (read off a copy of the document, as the server does).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as Y from 'yjs';
import type { Segment } from '../../src/core/model.js';
import {
  buildDoc,
  collectChanges,
  entryStamp,
  fillDoc,
  fillTerms,
  ignoredOf,
  isTeamTermEntry,
  sameEntry,
  termsOf,
  TEAM_TERMS_MAX,
  TEAM_TM_MAX_BYTES,
  isSharedTm,
  utf8Length,
  documentName,
  inviteLink,
  judgeChanges,
  parseClaims,
  parseDocumentName,
  parseInviteLink,
  readRevisions,
  readRows,
  readSegments,
  readTokenClaims,
  rowsOf,
  revisionsOf,
  rowToY,
  type Actor,
  type TeamRevision,
} from '../../src/core/team/index.js';

const seg = (
  id: string,
  order: string,
  source: string,
  target: string,
  status: Segment['status'] = 'draft',
): Omit<Segment, 'docId' | 'rev'> => ({
  id,
  order,
  paragraphStart: order === 'a',
  source,
  target,
  status,
  link: { source: 1, target: 1 },
  confidence: 1,
  note: '',
  updatedAt: 5,
});
const META = {
  projectId: 'p1',
  docId: 'd1',
  name: 'Doc',
  sourceLang: 'zh-Hans',
  targetLang: 'en',
} as const;
const ROWS = [seg('r2', 'b', '再见。', 'Bye.'), seg('r1', 'a', '你好。', 'Hello.', 'reviewed')];
const T: Actor = { userId: 'u1', name: 'Tina', role: 'translator' };
const R: Actor = { userId: 'u2', name: 'Rex', role: 'reviewer' };
const V: Actor = { userId: 'u3', name: 'Vic', role: 'viewer' };

/** The changes `edit` makes, as the server reads them: the edit's update applied to a copy. */
function changesOf(edit: (doc: Y.Doc) => void, before?: (doc: Y.Doc) => void) {
  const client = buildDoc(META, ROWS);
  before?.(client);
  const server = new Y.Doc();
  Y.applyUpdate(server, Y.encodeStateAsUpdate(client));
  const sv = Y.encodeStateVector(client);
  edit(client);
  const update = Y.encodeStateAsUpdate(client, sv);
  return collectChanges(server, () => Y.applyUpdate(server, update));
}
const row = (doc: Y.Doc, id: string) => rowsOf(doc).get(id)!;
const rev = (
  author: string,
  role: 'translator' | 'reviewer',
  field = 'target',
  after = 'x',
): TeamRevision => ({
  id: 'v1',
  segmentId: 'r1',
  docId: 'd1',
  field: field as TeamRevision['field'],
  before: '',
  after,
  role,
  author,
  at: 1,
});

describe('team Y.Doc layout', () => {
  it('reads back the rows it was built from, in order-key order, with their comments', () => {
    const rows = [
      ...ROWS,
      {
        ...seg('r3', 'c', '谢谢。', 'Thanks.'),
        comments: [
          {
            id: 'c1',
            author: 'Rex',
            role: 'reviewer' as const,
            at: 3,
            text: 'ok?',
            resolved: false,
            issue: { category: 'terminology', severity: 'major' as const },
          },
        ],
      },
    ];
    const doc = buildDoc(META, rows, [rev('Tina', 'translator')]);
    assert.deepEqual(
      readRows(doc).map((r) => r.id),
      ['r1', 'r2', 'r3'],
    );
    assert.deepEqual(readSegments(doc, 'd1')[1], { ...ROWS[0], docId: 'd1', rev: 0 });
    assert.equal(readRows(doc)[2].comments?.[0].text, 'ok?');
    assert.deepEqual(readRows(doc)[2].comments?.[0].issue, {
      category: 'terminology',
      severity: 'major',
    });
    assert.equal(readRevisions(doc).length, 1);
  });

  it('merges two people typing in one sentence by character', () => {
    const a = buildDoc(META, ROWS);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    (row(a, 'r2').get('target') as Y.Text).insert(0, 'AAA ');
    (row(b, 'r2').get('target') as Y.Text).insert(4, ' BBB');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const t = readRows(a)[1].target;
    assert.equal(t, readRows(b)[1].target);
    assert.match(t, /AAA /);
    assert.match(t, / BBB/);
    assert.equal(t.length, 'Bye.'.length + 8);
  });
});

describe('team role rules on real updates', () => {
  const setStatus = (s: string) => (d: Y.Doc) => row(d, 'r2').set('status', s);
  const cases: [string, (d: Y.Doc) => void, Actor, string | undefined][] = [
    [
      'translator types',
      (d) => (row(d, 'r1').get('target') as Y.Text).insert(0, 'Oh, '),
      T,
      undefined,
    ],
    ['translator confirms', setStatus('translated'), T, undefined],
    ['translator approves', setStatus('approved'), T, 'status'],
    ['translator marks reviewed', setStatus('reviewed'), T, 'status'],
    ['translator rejects', setStatus('rejected'), T, 'status'],
    ['reviewer approves', setStatus('approved'), R, undefined],
    ['status not a status', setStatus('done'), R, 'schema'],
    ['viewer types', (d) => (row(d, 'r1').get('target') as Y.Text).insert(0, 'x'), V, 'readOnly'],
    [
      'translator decides',
      (d) =>
        row(d, 'r2').set('decision', {
          decision: 'accept',
          author: 'Tina',
          role: 'translator',
          at: 1,
        }),
      T,
      'decision',
    ],
    [
      'reviewer decides',
      (d) =>
        row(d, 'r2').set('decision', {
          decision: 'accept',
          author: 'Rex',
          role: 'reviewer',
          at: 1,
        }),
      R,
      undefined,
    ],
    [
      'translator adds an approved row',
      (d) => rowsOf(d).set('r9', rowToY(seg('r9', 'c', 'a', 'b', 'approved'))),
      T,
      'status',
    ],
    [
      'translator adds a draft row',
      (d) => rowsOf(d).set('r9', rowToY(seg('r9', 'c', 'a', 'b'))),
      T,
      undefined,
    ],
    ['translator deletes a row', (d) => rowsOf(d).delete('r2'), T, undefined],
    [
      'a row that is not a map',
      (d) => (rowsOf(d) as Y.Map<unknown>).set('r9', 'junk'),
      R,
      'schema',
    ],
    ['an unknown row field', (d) => row(d, 'r2').set('evil', 1), R, 'schema'],
    ['target replaced by a string', (d) => row(d, 'r2').set('target', 'plain'), R, 'schema'],
    ['meta changed', (d) => d.getMap('meta').set('projectId', 'other'), R, 'schema'],
    ['an unknown root', (d) => d.getMap('elsewhere').set('x', 1), R, 'schema'],
    ['own revision', (d) => revisionsOf(d).push([rev('Tina', 'translator')]), T, undefined],
    [
      'revision in another name',
      (d) => revisionsOf(d).push([rev('Rex', 'reviewer')]),
      T,
      'attribution',
    ],
    [
      'revision that approves',
      (d) => revisionsOf(d).push([rev('Tina', 'translator', 'status', 'approved')]),
      T,
      'status',
    ],
    [
      'own comment',
      (d) =>
        (row(d, 'r2').get('comments') as Y.Map<unknown>).set('c1', {
          id: 'c1',
          author: 'Tina',
          role: 'translator',
          at: 1,
          text: 'hm',
          resolved: false,
        }),
      T,
      undefined,
    ],
    [
      'comment in another name',
      (d) =>
        (row(d, 'r2').get('comments') as Y.Map<unknown>).set('c1', {
          id: 'c1',
          author: 'Rex',
          role: 'reviewer',
          at: 1,
          text: 'hm',
          resolved: false,
        }),
      T,
      'attribution',
    ],
  ];
  // LQA issues ride on comments: a reviewer's call, never rewritten, withdrawn only by their author.
  const put = (over: Record<string, unknown>) => (d: Y.Doc) =>
    (row(d, 'r2').get('comments') as Y.Map<unknown>).set('c1', {
      id: 'c1',
      author: 'Rex',
      role: 'reviewer',
      at: 1,
      text: 'term',
      resolved: false,
      ...over,
    });
  const major = { issue: { category: 'terminology', severity: 'major' } };
  cases.push(
    ['reviewer logs an issue', put(major), R, undefined],
    [
      'translator logs an issue',
      put({ ...major, author: 'Tina', role: 'translator' }),
      T,
      'decision',
    ],
    [
      'an issue of a bogus severity',
      put({ issue: { category: 'terminology', severity: 'huge' } }),
      R,
      'schema',
    ],
  );
  /** Changes `edit` makes to a document that already holds Rex's issue c1 on r2. */
  const onIssue = (edit: (d: Y.Doc) => void) => changesOf(edit, put(major));
  const issueCases: [string, (d: Y.Doc) => void, Actor, string | undefined][] = [
    ['the reviewer withdraws the issue', put({ ...major, withdrawn: true }), R, undefined],
    ['a translator resolves it', put({ ...major, resolved: true }), T, undefined],
    ['a translator withdraws it', put({ ...major, withdrawn: true }), T, 'attribution'],
    [
      'the severity rewritten',
      put({ issue: { category: 'terminology', severity: 'minor' } }),
      R,
      'appendOnly',
    ],
  ];
  // Ignored findings are the team's: any editor ignores (in their own name) or counts again.
  const ign = (over: Record<string, unknown> = {}) => ({
    id: 'r2\nnumber:[]',
    docId: 'd1',
    rowId: 'r2',
    check: 'number',
    key: 'number:[]',
    row: '3.4.abc',
    by: 'Tina',
    role: 'translator',
    at: 7,
    ...over,
  });
  const setIgnored =
    (over: Record<string, unknown> = {}, id = 'r2\nnumber:[]') =>
    (d: Y.Doc) =>
      ignoredOf(d).set(id, ign(over) as never);
  cases.push(
    ['translator ignores a finding', setIgnored(), T, undefined],
    ['viewer ignores a finding', setIgnored({ by: 'Vic', role: 'viewer' }), V, 'readOnly'],
    ['an ignore in another name', setIgnored({ by: 'Rex', role: 'reviewer' }), T, 'attribution'],
    ['an ignore under another id', setIgnored({}, 'r1\nnumber:[]'), T, 'schema'],
    ['an ignore of no known check', setIgnored({ check: 'evil' }), T, 'schema'],
    ['an ignore without a time', setIgnored({ at: 'now' }), T, 'schema'],
  );
  it('any editor counts a finding again; a viewer may not', () => {
    const again = (actor: Actor) =>
      judgeChanges(
        actor,
        changesOf((d) => ignoredOf(d).delete('r2\nnumber:[]'), setIgnored()),
      )?.code;
    assert.equal(again(R), undefined);
    assert.equal(again(T), undefined);
    assert.equal(again(V), 'readOnly');
  });
  it('carries the sharer’s ignores into the document, for rows it has', () => {
    const doc = buildDoc(META, ROWS);
    assert.equal(ignoredOf(doc).size, 0);
    const d2 = new Y.Doc();
    fillDoc(
      d2,
      META,
      ROWS,
      [],
      [
        ign() as never,
        ign({ id: 'r7\nnumber:[]', rowId: 'r7' }) as never,
        ign({ check: 'evil' }) as never,
      ],
    );
    assert.deepEqual([...ignoredOf(d2).keys()], ['r2\nnumber:[]']);
  });

  // The team's termbase: any editor adds, changes or deletes an entry of the right shape.
  const entry = (over: Record<string, unknown> = {}) => ({
    id: 'e1',
    terms: {
      'zh-Hans': [{ text: '数据库', status: 'preferred', author: 'Tina', changedAt: 9 }],
      en: [{ text: 'database', status: 'preferred' }],
    },
    createdAt: 8,
    ...over,
  });
  const setTerm =
    (over: Record<string, unknown> = {}, id = 'e1') =>
    (d: Y.Doc) =>
      termsOf(d).set(id, entry(over) as never);
  const oneTerm = (t: Record<string, unknown>) => ({ terms: { en: [t] } });
  cases.push(
    ['translator adds a term entry', setTerm(), T, undefined],
    ['reviewer adds a term entry', setTerm(), R, undefined],
    ['viewer adds a term entry', setTerm(), V, 'readOnly'],
    ['an entry under another id', setTerm({}, 'e2'), T, 'schema'],
    ['an entry without terms', setTerm({ terms: {} }), T, 'schema'],
    ['a term of no known status', setTerm(oneTerm({ text: 'x', status: 'evil' })), T, 'schema'],
    ['an empty term', setTerm(oneTerm({ text: ' ', status: 'preferred' })), T, 'schema'],
    [
      'a term far too long',
      setTerm(oneTerm({ text: 'x'.repeat(1001), status: 'preferred' })),
      T,
      'schema',
    ],
    ['a language that is no tag', setTerm({ terms: { 'en us!': [] } }), T, 'schema'],
    ['an entry whose time is text', setTerm({ changedAt: 'now' }), T, 'schema'],
    ['an entry with a field termbases do not keep', setTerm({ blob: 'x' }), T, 'schema'],
    [
      'a term with a field termbases do not keep',
      setTerm(oneTerm({ text: 'x', status: 'preferred', html: '<b>' })),
      T,
      'schema',
    ],
    ['an entry that is a string', (d) => termsOf(d).set('e1', 'database' as never), T, 'schema'],
  );
  it('any editor deletes a term entry; a viewer may not', () => {
    const del = (actor: Actor) =>
      judgeChanges(
        actor,
        changesOf((d) => termsOf(d).delete('e1'), setTerm()),
      )?.code;
    assert.equal(del(T), undefined);
    assert.equal(del(R), undefined);
    assert.equal(del(V), 'readOnly');
  });
  it('refuses an entry whose terms are keyed by __proto__', () => {
    const evil = JSON.parse(
      '{"id":"e1","terms":{"__proto__":[{"text":"x","status":"preferred"}]}}',
    );
    assert.equal(isTeamTermEntry(evil), false);
    assert.equal(isTeamTermEntry(entry()), true);
  });
  it('carries the sharer’s entries into the document: well-formed ones, at most the cap', () => {
    const d = new Y.Doc();
    fillTerms(d, [entry(), entry({ id: 'e2', terms: {} }), 'junk', entry({ id: 'e3' })]);
    assert.deepEqual([...termsOf(d).keys()].sort(), ['e1', 'e3']);
    const many = new Y.Doc();
    fillTerms(
      many,
      Array.from({ length: TEAM_TERMS_MAX + 5 }, (_, i) => entry({ id: `e${i}` })),
    );
    assert.equal(termsOf(many).size, TEAM_TERMS_MAX);
  });
  it('dates an entry by its latest change, and compares entries whatever their key order', () => {
    assert.equal(entryStamp(entry() as never), 9);
    assert.equal(entryStamp(entry({ changedAt: 12 }) as never), 12);
    const a = entry() as never;
    const b = { createdAt: 8, terms: (entry() as { terms: unknown }).terms, id: 'e1' } as never;
    assert.equal(sameEntry(a, b), true);
    assert.equal(sameEntry(a, entry({ note: 'n' }) as never), false);
  });

  for (const [name, edit, actor, code] of issueCases)
    it(`${name}: ${code ?? 'allowed'}`, () => {
      assert.equal(judgeChanges(actor, onIssue(edit))?.code, code);
    });

  for (const [name, edit, actor, code] of cases)
    it(`${name}: ${code ?? 'allowed'}`, () => {
      assert.equal(judgeChanges(actor, changesOf(edit))?.code, code);
    });

  it('keeps the revision log append-only', () => {
    const client = buildDoc(META, ROWS, [rev('Tina', 'translator')]);
    const server = new Y.Doc();
    Y.applyUpdate(server, Y.encodeStateAsUpdate(client));
    const sv = Y.encodeStateVector(client);
    revisionsOf(client).delete(0, 1);
    const changes = collectChanges(server, () =>
      Y.applyUpdate(server, Y.encodeStateAsUpdate(client, sv)),
    );
    assert.equal(judgeChanges(R, changes)?.code, 'appendOnly');
  });
});

describe('team names and tokens', () => {
  it('names documents and reads the names back', () => {
    assert.equal(documentName('p-1', 'd_2'), 'team.p-1.d_2');
    assert.deepEqual(parseDocumentName('team.p-1.d_2'), { projectId: 'p-1', docId: 'd_2' });
    for (const bad of ['team.p.d.e', 'team..d', 'other.p.d', 'team.p/1.d'])
      assert.equal(parseDocumentName(bad), undefined, bad);
    assert.throws(() => documentName('a.b', 'c'));
  });

  it('builds invite links and reads them back', () => {
    const link = inviteLink('https://app.example/#/library', 'wss://sync.example', 'abc');
    assert.deepEqual(parseInviteLink(link), { serverUrl: 'wss://sync.example', code: 'abc' });
    assert.equal(parseInviteLink('https://app.example/#/library'), undefined);
  });

  it('accepts only complete claims', () => {
    const ok = { v: 1, sub: 'u1', name: 'Tina', role: 'translator', project: 'p1', exp: 9 };
    assert.deepEqual(parseClaims(ok), ok);
    for (const bad of [
      { ...ok, role: 'admin' },
      { ...ok, v: 2 },
      { ...ok, name: ' ' },
      { ...ok, exp: '9' },
      null,
    ])
      assert.equal(parseClaims(bad), undefined);
    const payload = Buffer.from(JSON.stringify(ok)).toString('base64url');
    assert.deepEqual(readTokenClaims(`h.${payload}.sig`), ok);
    assert.equal(readTokenClaims('garbage'), undefined);
  });
});

describe('a shared project’s TM: size and shape', () => {
  it('counts UTF-8 bytes without encoding', () => {
    for (const [text, bytes] of [
      ['', 0],
      ['TMX 1.4', 7],
      ['é', 2],
      ['中文', 6],
      ['😀', 4],
      ['a😀中', 8],
      ['\ud800', 3],
      ['\udc00x', 4],
      ['x\ud800', 4],
      ['\ud800\ud800', 6],
      ['\ud800\ud83d\ude00', 7],
    ] as const) {
      assert.equal(utf8Length(text), bytes, JSON.stringify(text));
      // A lone surrogate goes out as U+FFFD (three bytes), as the server's encoder sends it.
      assert.equal(utf8Length(text), Buffer.byteLength(text, 'utf8'), JSON.stringify(text));
    }
  });

  it('accepts a named TM with a unit count and TMX text within the limit', () => {
    const tmx = '<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">';
    const ok = { name: 'Main TM', units: 3, tmx };
    for (const [good, x] of [
      [true, ok],
      [true, { ...ok, units: 0 }],
      [true, { ...ok, tmx: '<tmx version="1.4"><body/></tmx>' }],
      [true, { ...ok, tmx: '\ufeff<tmx version="1.4"/>' }],
      [true, { ...ok, tmx: '<!-- exported --> <tmx>' }],
      [true, { ...ok, tmx: '<tmx>' + 'a'.repeat(TEAM_TM_MAX_BYTES - 5) }],
      [false, { ...ok, tmx: '<tmx>' + 'a'.repeat(TEAM_TM_MAX_BYTES - 4) }],
      [false, { ...ok, tmx: '<tmx>' + '中'.repeat(TEAM_TM_MAX_BYTES / 3) }],
      [false, { ...ok, name: '' }],
      [false, { ...ok, name: '   ' }],
      [false, { ...ok, name: 'n'.repeat(201) }],
      [false, { units: 3, tmx }],
      [false, { ...ok, units: -1 }],
      [false, { ...ok, units: 1.5 }],
      [false, { ...ok, units: '3' }],
      [false, { ...ok, units: NaN }],
      [false, { ...ok, tmx: '<html><body>tmx</body></html>' }],
      [false, { ...ok, tmx: 'source\ttarget' }],
      [false, { ...ok, tmx: '<tmxfile>' }],
      [false, { ...ok, tmx: 42 }],
      [false, { ...ok, name: 'Main\0TM' }],
      [false, { ...ok, tmx: tmx + '<tu>\0</tu>' }],
      [false, 'x'],
      [false, null],
      [false, [ok]],
    ] as const)
      assert.equal(isSharedTm(x), good, JSON.stringify(x).slice(0, 80));
  });
});
