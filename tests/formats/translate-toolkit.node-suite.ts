// An independent implementation must read our TMX and XLIFF 1.2 back with the same pairs:
// Translate Toolkit (Python, Debian package translate-toolkit). It has no XLIFF 2 reader.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { exportAs, type Bitext } from '../../src/core/formats/index.js';
// @ts-expect-error -- a plain .mjs script without type declarations
import { ensureTranslateToolkit } from '../../scripts/ensure-translate-toolkit.mjs';

const READ = `
import json, sys
from translate.storage import tmx, xliff
kind, path = sys.argv[1], sys.argv[2]
if kind == 'tmx':
    store = tmx.tmxfile.parsefile(path)
    files = None
else:
    with open(path, 'rb') as f:
        store = xliff.xlifffile.parsefile(f)
    files = store.getfilenames()
units = [{'source': u.source, 'target': u.target or '', 'note': u.getnotes() or '',
          'approved': bool(u.isapproved()) if kind != 'tmx' else None} for u in store.units]
print(json.dumps({'files': files, 'units': units}))
`;

const doc: Bitext = {
  sourceLang: 'zh-Hans',
  targetLang: 'en',
  documents: [
    {
      name: 'one.txt',
      pairs: [
        {
          source: '太平寺始建于南北朝。',
          target: 'The temple dates from the Southern Dynasties.',
          status: 'translated',
          note: 'history',
        },
        {
          source: '价格 <b>10元</b> & "引号"',
          target: 'Price <b>10 yuan</b> & "quotes"',
          status: 'approved',
        },
        { source: '𠀋 emoji 😀 e\u0301', target: 'tab\there', status: 'reviewed' },
      ],
    },
    {
      name: 'two.txt',
      pairs: [{ source: '全世界版权所有。', target: 'All rights reserved.', status: 'approved' }],
    },
  ],
};
const pairs = doc.documents.flatMap((d) => d.pairs);

interface TtUnit {
  source: string;
  target: string;
  note: string;
  approved: boolean | null;
}

describe('Translate Toolkit reads our files', () => {
  let python: string | undefined;
  let reason = '';
  let dir = '';
  before(() => {
    const r = ensureTranslateToolkit() as { python?: string; reason?: string };
    python = r.python;
    reason = r.reason ?? '';
    dir = mkdtempSync(join(tmpdir(), 'bitext-tt-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  function read(kind: 'tmx' | 'xliff', text: string): { files: string[] | null; units: TtUnit[] } {
    const file = join(dir, kind === 'tmx' ? 'out.tmx' : 'out.xlf');
    writeFileSync(file, text);
    const r = spawnSync(python as string, ['-c', READ, kind, file], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout) as { files: string[] | null; units: TtUnit[] };
  }

  it('TMX 1.4: same sources, targets and notes', (t) => {
    if (!python) return t.skip(`Translate Toolkit unavailable: ${reason}`);
    const got = read('tmx', exportAs('tmx', doc) as string);
    assert.deepEqual(
      got.units.map((u) => [u.source, u.target, u.note]),
      pairs.map((p) => [p.source, p.target, p.note ?? '']),
    );
  });

  it('XLIFF 1.2: same pairs, notes, files and approved flags', (t) => {
    if (!python) return t.skip(`Translate Toolkit unavailable: ${reason}`);
    const got = read('xliff', exportAs('xliff12', doc) as string);
    assert.deepEqual(got.files, ['one.txt', 'two.txt']);
    assert.deepEqual(
      got.units.map((u) => [u.source, u.target, u.note, u.approved]),
      pairs.map((p) => [p.source, p.target, p.note ?? '', p.status === 'approved']),
    );
  });
});
