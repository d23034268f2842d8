// Every real third-party file in ../shared/data/formats imports, or is refused with a clear
// reason where it is invalid (MANIFEST.txt there says what is tricky in each).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importFile, type ImportResult } from '../../src/core/formats/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = join(ROOT, '..', 'shared', 'data', 'formats');
const present = existsSync(DATA);

type Check = (r: ImportResult) => void;
const pairs = (r: ImportResult) => r.documents.flatMap((d) => d.pairs);
const count =
  (n: number): Check =>
  (r) =>
    assert.equal(pairs(r).length, n);
const both =
  (...checks: Check[]): Check =>
  (r) =>
    checks.forEach((c) => c(r));
const first =
  (source: string, target: string): Check =>
  (r) =>
    assert.deepEqual([pairs(r)[0]?.source, pairs(r)[0]?.target], [source, target]);
const langs =
  (s: string, t: string): Check =>
  (r) =>
    assert.deepEqual([r.sourceLang, r.targetLang], [s, t]);
const encoding =
  (name: string): Check =>
  (r) =>
    assert.equal(r.encoding?.name, name);
const warns =
  (re: RegExp): Check =>
  (r) =>
    assert.match(r.warnings.join('\n'), re);

// file, what must hold (a check), or the reason it must be refused (a pattern)
const CASES: [string, Check | RegExp][] = [
  [
    'tmx/lisa-kit_ImportTest1A.tmx',
    both(
      count(2),
      encoding('utf-16le'),
      first('First segment with [\t\t   ]', 'Premier segment avec [\t\t   ]'),
    ),
  ],
  [
    'tmx/lisa-kit_ImportTest1B.tmx',
    both(count(1), langs('en-us', 'fR-Ca'), first('Text of the segment', 'Texte du segment')),
  ],
  [
    'tmx/lisa-kit_ImportTest1D.tmx',
    both(count(3), (r) => pairs(r).forEach((p) => assert.equal(p.source, p.target))),
  ],
  [
    'tmx/lisa-kit_ImportTest1G.tmx',
    both(
      count(3),
      encoding('utf-16be'),
      first('à=agrave, é=eacute, æ=aelig', 'à=agrave, é=eacute, æ=aelig'),
    ),
  ],
  [
    'tmx/lisa-kit_ImportTest1I.tmx',
    first('English segment with [    ]', 'Japanese segment with [\u3000\u3000]'),
  ],
  [
    'tmx/lisa-kit_ImportTest1L.tmx',
    both(count(1), langs('en-us', 'fr'), warns(/other languages/), (r) =>
      assert.match(pairs(r)[0]?.note ?? '', /Text of tu note 1/),
    ),
  ],
  ['tmx/lisa-kit_License.txt', count(1)],
  ['tmx/omegat_invalid.tmx', both(count(1), (r) => assert.equal(pairs(r)[0]?.codes?.length, 4))],
  ['tmx/omegat_test-SMP.tmx', first('\u{1D400}\u{1D401}\u{1D402}', '\u{1D403}\u{1D404}\u{1D405}')],
  [
    'tmx/omegat_test-missingSource.tmx',
    both(count(3), langs('en', 'be'), warns(/no en variant: skipped/)),
  ],
  ['tmx/omegat_test-omegat-invalid.tmx', both(count(4), langs('en', 'be'))],
  [
    'tmx/omegat_project_CN_JP_project_save.tmx',
    both(langs('zh-CN', 'ja-JP'), first('太平寺中的文笔塔', '太平寺の中心的なペン塔')),
  ],
  [
    'xliff12/okapi_zh-CN.yml_nested-groups_mislabelled-lang.xliff',
    both(count(68), langs('zh-Hans', 'fr'), warns(/labelled "en" but its text is Chinese/), (r) =>
      assert.ok(pairs(r).every((p) => p.status === 'new')),
    ),
  ],
  [
    'xliff12/okapi_invalid_xml_entity.xlf',
    /okapi_invalid_xml_entity\.xlf:8: not well-formed XML: invalid character/i,
  ],
  [
    'xliff12/okapi_trados_test.txt_en-US_fr-FR.sdlxliff',
    both(count(5), (r) =>
      assert.deepEqual(
        pairs(r).map((p) => p.status),
        ['translated', 'translated', 'draft', 'approved', 'approved'],
      ),
    ),
  ],
  [
    'xliff12/omegat_cdata_multi-file.xlf',
    both(
      (r) => assert.equal(r.documents.length, 2),
      (r) => assert.ok(pairs(r).some((p) => p.source.includes('This is <test'))),
    ),
  ],
  [
    'xliff12/omegat_inline-tags_xliff11-ns_no-ids.xlf',
    both(count(10), (r) => assert.ok(pairs(r).some((p) => (p.codes?.length ?? 0) > 0))),
  ],
  [
    'xliff12/translate-toolkit_states_invalid-values.xlf',
    both(count(8), warns(/state="needs-work"/), warns(/state="fake"/)),
  ],
  [
    'xliff12/locize_notes_nested-groups_multi-file12.xliff',
    both(count(6), (r) => assert.equal(r.documents.length, 2), warns(/no source-language/)),
  ],
  [
    'xliff2/oasis21_valid_everything-core.xlf',
    both(
      first("Sample segment. Segment's content.", 'Contenu du segment. Exemple de segment.'),
      warns(/re-orders its targets/),
    ),
  ],
  [
    'xliff2/oasis21_valid_sample1.xlf',
    both(count(1), langs('en', 'de'), (r) =>
      assert.match(pairs(r)[0]?.target ?? '', /^Drücken Sie die .TAB-TASTE.\.$/u),
    ),
  ],
  ['xliff2/oasis21_valid_sourceOnly.xlf', both(count(1), first('source', ''))],
  ['xliff2/oasis21_invalid_bad_NoTrgLang.xlf', warns(/no trgLang/)],
  ['xliff2/oasis21_invalid_bad_InvalidStateValue.xlf', warns(/state="badState"/)],
  ['xliff2/oasis21_invalid_bad_UnitWithoutSegment.xlf', both(count(0), warns(/no <segment>/))],
  [
    'xliff2/okapi_en_zh-Hans_originalData_notes.xlf',
    both(count(8), langs('en', 'zh-Hans'), (r) => assert.ok(pairs(r).every((p) => p.note))),
  ],
  [
    'xliff2/omegat_spec-ex9.5_nested-groups_target-without-trgLang.xlf',
    both(count(8), warns(/no trgLang/)),
  ],
  [
    'text/omegat_project_CN_JP_source_zh.txt',
    both(count(4), langs('zh-Hans', ''), first('太平寺中的文笔塔', '')),
  ],
  [
    'text/tatoeba-manythings_cmn-eng_slice.tsv',
    both(count(210), langs('en', 'zh-Hans'), first('Hi.', '嗨。')),
  ],
  [
    'encodings/chardet_Big5_ude_1_wikipedia-classical.txt',
    both(encoding('big5'), (r) => assert.match(pairs(r)[0]?.source ?? '', /^維基大典/)),
  ],
  [
    'encodings/okapi_chinese_utf16le-bom.txt',
    both(encoding('utf-16le'), (r) =>
      assert.match(pairs(r)[0]?.source ?? '', /联合国，2013年10月。/),
    ),
  ],
  ['xml-attacks/defusedxml_xmlbomb.xml', /entity declarations \(<!ENTITY\) are refused/],
  ['xml-attacks/defusedxml_external.xml', /entity declarations \(<!ENTITY\) are refused/],
  ['srx/okapi_defaultSegmentation.srx', /unsupported file type "\.srx"/],
  ['srx/omegat_defaultRules_EXCERPT_en-ja-zh.srx', /unsupported file type "\.srx"/],
  ['tbx/okapi_test01_bom_doctype.tbx', /unsupported file type "\.tbx"/],
];

describe('real files from ../shared/data/formats', () => {
  if (!present) {
    it('skipped: ../shared/data/formats is absent', (t) => t.skip(`no ${DATA}`));
    return;
  }
  for (const [file, expected] of CASES) {
    it(`${file} ${expected instanceof RegExp ? 'is refused' : 'imports'}`, () => {
      const bytes = readFileSync(join(DATA, file));
      const name = file.split('/').pop() as string;
      if (expected instanceof RegExp) assert.throws(() => importFile(name, bytes), expected);
      else expected(importFile(name, bytes));
    });
  }

  it('the table covers every file there', async () => {
    const { readdirSync } = await import('node:fs');
    const all = readdirSync(DATA, { recursive: true })
      .map(String)
      .filter((f) => f.includes('/'))
      .sort();
    assert.deepEqual(all, CASES.map(([f]) => f).sort());
  });
});
