// A dialog's main action (its form's submit button) is drawn as the primary button everywhere,
// so a translator finds it in the same place and colour in every dialog. Checked on the sources:
// every `type="submit"` button between `<dialog` and `</dialog>` in src/ui carries class="primary".
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

/** The submit buttons inside dialogs of a source text that are not primary, by line. */
export function plainSubmits(text: string): number[] {
  const out: number[] = [];
  let from = 0;
  for (;;) {
    const open = text.indexOf('<dialog', from);
    if (open < 0) return out;
    const close = text.indexOf('</dialog>', open);
    const body = text.slice(open, close < 0 ? text.length : close);
    for (const m of body.matchAll(/<button\b[^>]*type="submit"[^>]*>/g))
      if (!/class="[^"]*\bprimary\b/.test(m[0]))
        out.push(text.slice(0, open + m.index).split('\n').length);
    if (close < 0) return out;
    from = close;
  }
}

describe('dialog actions', () => {
  it('finds a plain submit button inside a dialog, and none outside one', () => {
    const probe = `html\`<form><button type="submit">Save</button></form>
      <dialog><form><button type="button">Cancel</button>
      <button type="submit">Run</button></form></dialog>
      <dialog><button class="primary" type="submit">OK</button></dialog>\``;
    assert.deepEqual(plainSubmits(probe), [3]);
  });

  it('draws every dialog submit in src/ui as the primary button', () => {
    const plain = files('src/ui').flatMap((f) =>
      plainSubmits(readFileSync(f, 'utf8')).map((line) => `${f}:${line}`),
    );
    assert.deepEqual(plain, []);
  });
});
