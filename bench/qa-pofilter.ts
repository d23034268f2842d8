// Translate Toolkit's pofilter (Debian's translate-toolkit) on the same rows, for comparison:
// the rows are written as a PO file (msgctxt = row number), pofilter keeps the units that fail
// any of its default checks, and a row counts as flagged when its unit comes back.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EvalSet } from './qa-data.js';

const po = (s: string) =>
  '"' +
  s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\t/g, '\\t').replace(/\n/g, '\\n') +
  '"';

export function pofilterInstalled(): boolean {
  return spawnSync('pofilter', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Rows pofilter flags, or undefined when it is not installed. */
export function runPofilter(set: EvalSet): Set<number> | undefined {
  if (!pofilterInstalled()) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'bench-qa-pofilter-'));
  try {
    const lang = set.ctx.targetLang === 'zh' ? 'zh_CN' : 'en';
    const body = set.rows
      .map(
        (r, i) =>
          // Inline-code placeholders are private-use characters; pofilter sees them as text.
          `msgctxt "${i}"\nmsgid ${po(r.source)}\nmsgstr ${po(r.target)}\n`,
      )
      .join('\n');
    const header = `msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: ${lang}\\n"\n\n`;
    writeFileSync(join(dir, 'in.po'), header + body);
    const r = spawnSync(
      'pofilter',
      [
        '--progress=none',
        `--language=${lang}`,
        '-i',
        join(dir, 'in.po'),
        '-o',
        join(dir, 'out.po'),
      ],
      { encoding: 'utf8' },
    );
    if (r.status !== 0) return undefined;
    const out = readFileSync(join(dir, 'out.po'), 'utf8');
    return new Set([...out.matchAll(/^msgctxt "(\d+)"/gm)].map((m) => Number(m[1])));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
