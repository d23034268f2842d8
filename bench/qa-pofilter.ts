// Translate Toolkit's pofilter (Debian's translate-toolkit) on the same rows, for comparison:
// the rows are written as a PO file (msgctxt = row number), pofilter keeps the units that fail
// any of its default checks, each named in a `# (pofilter) test:` comment. An injected error
// counts as found when pofilter's test for that kind of error fires on the row (POFILTER_TESTS);
// every test that fires on a clean row is a false alarm.
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

/** pofilter's tests for each kind of error; none for what it has no test for. */
export const POFILTER_TESTS: Record<string, string[]> = {
  empty: ['untranslated'],
  'same-as-source': ['unchanged'],
  'untranslated-text': [],
  number: ['numbers'],
  'punctuation-width': ['endpunc', 'startpunc', 'puncspacing', 'purepunc'],
  'end-punctuation': ['endpunc'],
  brackets: ['brackets'],
  quotes: ['doublequoting', 'singlequoting'],
  spacing: ['doublespacing', 'startwhitespace', 'endwhitespace', 'puncspacing'],
  'repeated-word': ['doublewords'],
  'inconsistent-translation': [],
  'inconsistent-source': [],
  tags: ['xmltags', 'variables', 'printf', 'escapes'],
  length: ['long', 'short'],
};

/** The tests pofilter fails on each row, or undefined when it is not installed. */
export function runPofilter(set: EvalSet): Map<number, string[]> | undefined {
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
    const found = new Map<number, string[]>();
    for (const unit of out.split(/\n\n+/)) {
      const row = /^msgctxt "(\d+)"/m.exec(unit);
      if (row)
        found.set(
          Number(row[1]),
          [...unit.matchAll(/^# \(pofilter\) ([\w-]+):/gm)].map((m) => m[1]!),
        );
    }
    return found;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
