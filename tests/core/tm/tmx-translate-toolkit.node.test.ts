// The TM's TMX 1.4b must read back in an independent implementation: Translate Toolkit (Python,
// Debian package translate-toolkit), with its tu attributes and props where TMX puts them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { writeTmUnitsTmx } from '../../../src/core/tm/files.js';
import type { TmUnit } from '../../../src/core/tm/index.js';
// @ts-expect-error -- a plain .mjs script without type declarations
import { ensureTranslateToolkit } from '../../../scripts/ensure-translate-toolkit.mjs';

const READ = `
import json, sys
from translate.storage import tmx
store = tmx.tmxfile.parsefile(sys.argv[1])
out = []
for u in store.units:
    props = {p.get('type'): p.text for p in u.xmlelement.iter('prop')}
    out.append({'source': u.source, 'target': u.target, 'attrs': dict(u.xmlelement.attrib), 'props': props})
print(json.dumps(out))
`;

const units: TmUnit[] = [
  {
    id: 'a1',
    source: '价格为10元 & "引号" <b>。',
    target: 'The price is 10 yuan & "quotes" <b>.',
    prev: '上一句。',
    next: '下一句。',
    project: 'Annual report',
    document: 'report.docx',
    author: 'Li Wei',
    changedBy: 'Wang Fang',
    createdAt: Date.UTC(2024, 0, 2, 3, 4, 5),
    changedAt: Date.UTC(2025, 5, 6, 7, 8, 9),
  },
  { id: 'a2', source: '𠀋 😀', target: 'tab\there', createdAt: 0, changedAt: 0 },
];

describe('TM units as TMX 1.4b, read by Translate Toolkit', () => {
  const tt = ensureTranslateToolkit() as { python?: string; reason?: string };
  it(
    'reads every unit, its dates, authors and context back',
    { skip: tt.python ? false : `skipped: ${tt.reason}` },
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'tm-tt-'));
      try {
        const file = join(dir, 'tm.tmx');
        writeFileSync(
          file,
          writeTmUnitsTmx(units, { sourceLang: 'zh-CN', targetLang: 'en-US', now: 0 }),
        );
        const r = spawnSync(tt.python as string, ['-c', READ, file], { encoding: 'utf8' });
        assert.equal(r.status, 0, r.stderr);
        const read = JSON.parse(r.stdout) as {
          source: string;
          target: string;
          attrs: Record<string, string>;
          props: Record<string, string>;
        }[];
        assert.deepEqual(
          read.map((u) => [u.source, u.target]),
          units.map((u) => [u.source, u.target]),
        );
        assert.deepEqual(read[0]?.attrs, {
          tuid: 'a1',
          creationdate: '20240102T030405Z',
          creationid: 'Li Wei',
          changedate: '20250606T070809Z',
          changeid: 'Wang Fang',
        });
        assert.deepEqual(read[0]?.props, {
          'x-context-pre': '上一句。',
          'x-context-post': '下一句。',
          'x-project': 'Annual report',
          'x-document': 'report.docx',
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
