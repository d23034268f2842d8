// The TM a team project is shared with, on one instance (PGlite): kept as the sharer's TMX text,
// byte for byte, and given to every member; a share with a TM that is not TMX, has no name or
// unit count, or is too large, is refused before anything is written.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TEAM_TM_MAX_BYTES, type SharedTm } from '../../src/core/team/index.js';
import { api, rows, share, type Instance, type Shared } from './helpers.js';
import { withSharedProject } from './shared-instance.js';

let server: Instance;
let plain: Shared;

const HEADER =
  '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">\n';
const TMX =
  HEADER +
  '<header creationtool="bt" creationtoolversion="1" segtype="sentence" o-tmf="bt" adminlang="en" srclang="zh-Hans" datatype="plaintext"/>\n' +
  '<body>\n' +
  '<tu><tuv xml:lang="zh-Hans"><seg>研发与测试 &amp; 部署</seg></tuv><tuv xml:lang="en"><seg>R&amp;D &amp; deployment</seg></tuv></tu>\n' +
  '<tu><tuv xml:lang="zh-Hans"><seg>“你好”😀</seg></tuv><tuv xml:lang="en"><seg>&lt;b&gt;Hello&lt;/b&gt;</seg></tuv></tu>\n' +
  '</body>\n</tmx>\n';
const TM: SharedTm = { name: '项目 TM', units: 2, tmx: TMX };

const tmOf = (token: string, project: string) =>
  api<SharedTm & { error?: string }>(server.http, `/api/projects/${project}/tm`, { token });

const newId = () => `p${Math.random().toString(36).slice(2, 10)}`;

/** Shares a small project with `tm` in the body, returning the answer and the id it used. */
async function shareWith(tm: unknown) {
  const project = newId();
  const r = await api<{ token?: string; error?: string }>(server.http, '/api/projects', {
    body: {
      project: { id: project, name: 'T', sourceLang: 'zh-Hans', targetLang: 'en' },
      owner: { name: 'Olga', role: 'translator' },
      documents: [{ id: 'd1', name: 'Doc', order: 0, segments: rows(2) }],
      tm,
    },
  });
  return { ...r, project };
}

describe('the TM a team project is shared with', { timeout: 120_000 }, () => {
  withSharedProject('bt-team-tm', 3, (i, shared) => {
    server = i;
    plain = shared;
  });

  it('every member gets the TMX, name and unit count exactly as shared', async () => {
    const s = await share(server.http, 3, undefined, { tm: TM });
    for (const token of [s.owner, s.tokens.translator, s.tokens.reviewer, s.tokens.viewer]) {
      const r = await tmOf(token, s.project);
      assert.equal(r.status, 200, JSON.stringify(r.data));
      assert.deepEqual(r.data, TM);
      // Byte for byte: Chinese text, an emoji, entities and the DOCTYPE line untouched.
      assert.ok(Buffer.from(r.data.tmx, 'utf8').equals(Buffer.from(TMX, 'utf8')));
    }
  });

  it('a project shared without a TM answers null, for every member', async () => {
    // Not a 404: a browser logs every failed request, and having no TM is no failure.
    for (const token of [plain.owner, plain.tokens.translator, plain.tokens.viewer]) {
      const r = await tmOf(token, plain.project);
      assert.equal(r.status, 200);
      assert.equal(r.data, null);
    }
  });

  it('wants a token for the project', async () => {
    const none = await tmOf('', plain.project);
    assert.equal(none.status, 401);
    const s = await share(server.http, 1, undefined, { tm: TM });
    const foreign = await tmOf(plain.owner, s.project);
    assert.equal(foreign.status, 403);
    assert.equal(foreign.data.tmx, undefined);
  });

  for (const [what, tm] of [
    ['a TM without a name', { units: 1, tmx: TMX }],
    ['a blank name', { name: '  ', units: 1, tmx: TMX }],
    ['HTML as the TMX', { name: 'TM', units: 1, tmx: '<html><body>tmx</body></html>' }],
    ['plain text as the TMX', { name: 'TM', units: 1, tmx: 'source\ttarget\n' }],
    ['a negative unit count', { name: 'TM', units: -1, tmx: TMX }],
    ['a fractional unit count', { name: 'TM', units: 1.5, tmx: TMX }],
    ['a unit count as text', { name: 'TM', units: '2', tmx: TMX }],
    [
      'a NUL character in the TMX',
      { name: 'TM', units: 1, tmx: TMX.replace('</body>', '\0</body>') },
    ],
    ['a NUL character in the name', { name: 'T\0M', units: 1, tmx: TMX }],
    ['a string', 'x'],
    ['an array', [TM]],
    ['null', null],
  ] as const)
    it(`refuses a share with ${what}, and writes nothing`, async () => {
      const r = await shareWith(tm);
      assert.equal(r.status, 400, JSON.stringify(r.data));
      assert.match(
        r.data.error!,
        /^the TM must be TMX text within 32 MB, with a name and a unit count$/,
      );
      // Nothing was kept: the same id shares fine afterwards (409 had a row been written).
      const again = await api<{ token: string }>(server.http, '/api/projects', {
        body: {
          project: { id: r.project, name: 'T', sourceLang: 'zh-Hans', targetLang: 'en' },
          owner: { name: 'Olga', role: 'translator' },
          documents: [{ id: 'd1', name: 'Doc', order: 0, segments: rows(1) }],
        },
      });
      assert.equal(again.status, 200, JSON.stringify(again.data));
    });

  it('refuses a TMX over the limit, and takes one just within it', async () => {
    const over = await shareWith({
      name: 'Big',
      units: 1,
      tmx: HEADER + 'a'.repeat(TEAM_TM_MAX_BYTES - HEADER.length + 1),
    });
    assert.equal(over.status, 400, JSON.stringify(over.data));
    // Chinese text counts three bytes a character: under the limit in characters, over in bytes.
    const wide = await shareWith({
      name: 'Wide',
      units: 1,
      tmx: HEADER + '中'.repeat(Math.ceil(TEAM_TM_MAX_BYTES / 3)),
    });
    assert.equal(wide.status, 400, JSON.stringify(wide.data));
    const tmx = HEADER + 'a'.repeat(TEAM_TM_MAX_BYTES - HEADER.length);
    const within = await shareWith({ name: 'Full', units: 0, tmx });
    assert.equal(within.status, 200, JSON.stringify(within.data));
    const got = await tmOf(within.data.token!, within.project);
    assert.equal(got.status, 200);
    assert.equal(got.data.tmx.length, tmx.length);
    assert.ok(got.data.tmx === tmx);
  });

  it('notes the unit count in the share’s audit entry', async () => {
    const s = await share(server.http, 1, undefined, { tm: TM });
    const entries = (
      await api<{ action: string; detail: Record<string, unknown> }[]>(
        server.http,
        `/api/projects/${s.project}/documents/d1/audit`,
        { token: s.owner },
      )
    ).data;
    const e = entries.find((x) => x.action === 'share');
    assert.deepEqual(e?.detail, { rows: 1, tmUnits: 2 });
  });
});
