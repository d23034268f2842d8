// A side of a new project takes the text of one language: every real TMX and XLIFF from other
// tools in ../shared/data/formats is refused there (read as text, its markup became sentences to
// align), named by extension or, under another name, by its root; plain texts pass.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertMonolingual, decodeText, FormatError } from '../../src/core/formats/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = join(ROOT, '..', 'shared', 'data');
const skip = existsSync(DATA) ? false : `no ${DATA} (the shared test data) on this machine`;

const refusal = (name: string, text: string): string | undefined => {
  try {
    assertMonolingual(name, text);
    return undefined;
  } catch (e) {
    assert.ok(e instanceof FormatError);
    assert.equal(e.code, 'bilingual-file');
    return String((e.params as { format: string }).format);
  }
};
const read = (path: string) => decodeText(new Uint8Array(readFileSync(path)), undefined, path).text;

describe('assertMonolingual', { skip }, () => {
  // [folder under formats/, what each file there is refused as]
  const bilingual: [string, string][] = [
    ['tmx', 'TMX'],
    ['xliff12', 'XLIFF'],
    ['xliff2', 'XLIFF'],
  ];
  for (const [dir, format] of bilingual)
    for (const f of skip
      ? []
      : readdirSync(join(DATA, 'formats', dir)).filter((n) => !n.endsWith('.txt')))
      it(`refuses ${dir}/${f} as ${format}, and under a .txt name too`, () => {
        const text = read(join(DATA, 'formats', dir, f));
        assert.equal(refusal(f, text), format);
        assert.equal(refusal('renamed.txt', text), format);
      });

  const texts = [
    'alignment/mac-dev/zh/001.txt',
    'alignment/mac-dev/en/001.txt',
    'formats/encodings/chardet_Big5_ude_1_wikipedia-classical.txt',
    'formats/encodings/okapi_chinese_utf16le-bom.txt',
    'formats/text/omegat_project_CN_JP_source_zh.txt',
  ];
  for (const f of texts)
    it(`lets the plain text ${f} through`, () => {
      assert.equal(refusal(f, read(join(DATA, f))), undefined);
    });

  it('lets through a text that only mentions the formats, and HTML', () => {
    assert.equal(refusal('a.txt', 'Export as <tmx> or <xliff> from the menu.'), undefined);
    assert.equal(refusal('a.html', '<html><body><p>你好</p></body></html>'), undefined);
    assert.equal(refusal('a.md', '# <xliff>'), undefined);
  });
});
