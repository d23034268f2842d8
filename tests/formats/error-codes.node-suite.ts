// The codes a FormatError may carry are listed once in types.ts; the compiler checks every throw
// uses a listed one. This checks the other way: each listed code is thrown somewhere, so no
// message in locales/ is left for a failure that no longer happens.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { FORMAT_ERRORS } from '../../src/core/formats/types.js';

const sources = ['src/core/formats', 'src/workers'].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && f !== 'types.ts')
    .map((f) => readFileSync(`${dir}/${f}`, 'utf8')),
);
const thrown = sources.join('\n');

describe('FormatError codes', () => {
  for (const code of Object.keys(FORMAT_ERRORS))
    it(`'${code}' is thrown somewhere`, () => {
      assert.ok(thrown.includes(`'${code}'`), `no source names '${code}'`);
    });
});
