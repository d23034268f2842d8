// Warnings are worded in English for the CLI and by code in the UI: each kind's text is taken
// apart again into the same code and params, and every warning the readers and writers give for
// the real third-party files in ../shared/data/formats has a code (none reaches a Chinese screen
// in English).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exportAs, importFile, type FormatId } from '../../src/core/formats/index.js';
import {
  FORMAT_WARNINGS,
  readWarning,
  warning,
  type FormatWarningCode,
} from '../../src/core/formats/warnings.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = join(ROOT, '..', 'shared', 'data', 'formats');

// Params with the characters a template's own words use (quotes, colons, spaces, "and").
const SAMPLE: Record<string, string | number> = {
  count: 3,
  label: 'en-US: "x"',
  chosen: 'fr',
  units: 500,
  other: 'de and it',
  lang: 'zh-CN',
  source: 'en',
  target: 'zh-Hans',
  line: 12,
  state: 'needs: "review"',
  unit: 'u 7: "a"',
  row: '报告 #3',
};

describe('warnings', () => {
  for (const code of Object.keys(FORMAT_WARNINGS) as FormatWarningCode[])
    it(`${code}: its English text gives back its code and params`, () => {
      const names = [...FORMAT_WARNINGS[code].matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
      const params = Object.fromEntries(names.map((n) => [n, SAMPLE[n]]));
      const text = warning(code, params);
      assert.doesNotMatch(text, /\{\{|undefined/);
      const back = readWarning(text);
      assert.equal(back?.code, code);
      // Counts come back as numbers; everything else as the text it was.
      assert.deepEqual(
        back?.params,
        Object.fromEntries(names.map((n) => [n, n === 'count' ? SAMPLE[n] : String(SAMPLE[n])])),
      );
    });

  it('leaves a text no template words alone', () => {
    assert.equal(readWarning('unit 12 source: removed 1 character(s)'), undefined);
  });

  const skip = existsSync(DATA) ? false : `no ${DATA} (the shared test data) on this machine`;
  it('gives a code to every warning about the real files, read and written again', { skip }, () => {
    let seen = 0;
    for (const dir of ['tmx', 'xliff12', 'xliff2', 'text']) {
      for (const f of readdirSync(join(DATA, dir)).filter((n) => !n.endsWith('License.txt'))) {
        let r;
        try {
          r = importFile(f, new Uint8Array(readFileSync(join(DATA, dir, f))));
        } catch {
          continue; // refused files are FormatErrors, worded by their own codes
        }
        const written: string[] = [];
        for (const format of ['tmx', 'xliff12', 'xliff2', 'docx'] as FormatId[])
          exportAs(format, r, { warnings: written });
        for (const w of [...r.warnings, ...written]) {
          seen++;
          assert.ok(readWarning(w), `${dir}/${f}: no code for "${w}"`);
        }
      }
    }
    assert.ok(seen > 0, 'the real files gave no warning at all');
  });
});
