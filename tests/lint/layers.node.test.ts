// The layer rule of shared/DESIGN.md is enforced by the lint config: a wrong import in any layer
// fails `npm test`. Checked here on probe sources, so loosening the config fails this test.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ESLint } from 'eslint';

const eslint = new ESLint();

async function errors(file: string, code: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath: file });
  return r.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const CASES: [file: string, importPath: string, allowed: boolean][] = [
  ['src/core/probe.ts', '../store/index.js', false],
  ['src/core/probe.ts', '../ui/shell/bt-app.js', false],
  ['src/core/probe.ts', 'lit', false],
  ['src/core/probe.ts', './model.js', true],
  ['src/store/probe.ts', '../state/index.js', false],
  ['src/store/probe.ts', '../core/model.js', true],
  ['src/state/probe.ts', '../ui/shell/bt-app.js', false],
  ['src/state/probe.ts', '../store/index.js', true],
  ['src/state/probe.ts', '../workers/diff-client.js', true],
  ['src/ui/grid/probe.ts', '../../store/index.js', false],
  ['src/ui/grid/probe.ts', '../../workers/diff-client.js', false],
  ['src/ui/grid/probe.ts', 'idb', false],
  ['src/ui/grid/probe.ts', '../../state/index.js', true],
  ['src/ui/grid/probe.ts', '../../core/model.js', true],
  ['src/workers/probe.ts', '../store/index.js', false],
  ['src/workers/probe.ts', '../core/model.js', true],
  ['src/cli/probe.ts', '../state/index.js', false],
];

describe('the layer rule (eslint no-restricted-imports)', () => {
  for (const [file, path, allowed] of CASES) {
    it(`${file.replace('/probe.ts', '')} ${allowed ? 'may' : 'may not'} import ${path}`, async () => {
      const found = await errors(file, `import * as x from '${path}';\nexport const y = x;\n`);
      assert.equal(found.length === 0, allowed, found.join('; '));
    });
  }
});
