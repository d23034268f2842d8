// Options shared by `bitext tm` and `bitext analyze`, and reading the TM file they name.
import { basename } from 'node:path';
import { toAppLang } from '../../core/formats/index.js';
import type { Lang } from '../../core/model.js';
import { readTmFile, type TmFile } from '../../core/tm/files.js';
import { UsageError, type Io } from '../bitext.js';
import { readNamed } from '../file-errors.js';

export interface Parsed {
  positionals: string[];
  options: Record<string, string>;
}

/** `--name value` / `--name=value` for the names given; anything else starting with -- is refused. */
export function parseOptions(args: string[], names: readonly string[], usage: string): Parsed {
  const positionals: string[] = [];
  const options: Record<string, string> = {};
  for (let k = 0; k < args.length; k++) {
    const a = args[k] as string;
    if (a.startsWith('--') && a !== '--') {
      const [name, inline] = a.slice(2).split(/=(.*)/s) as [string, string | undefined];
      if (!names.includes(name)) throw new UsageError(`unknown option ${a}\n${usage}`);
      const value = inline ?? args[++k];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      options[name] = value;
    } else positionals.push(a);
  }
  return { positionals, options };
}

export function parseLang(flag: string, value: string): Lang {
  const l = toAppLang(value);
  if (!l) throw new UsageError(`${flag} must be zh (zh-Hans, zh-CN…) or en, not "${value}"`);
  return l;
}

export function parsePercent(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 101)
    throw new UsageError(`${flag} must be 0–101, not "${value}"`);
  return n;
}

/** Reads the TM for a pair, saying on stderr what was skipped, merged or swapped. */
export async function loadTm(
  command: string,
  path: string,
  sourceLang: Lang,
  targetLang: Lang,
  io: Io,
): Promise<TmFile> {
  const bytes = await readNamed(io.readInput, path);
  const tm = readTmFile(basename(path), bytes, { sourceLang, targetLang });
  const say = (s: string) => io.stderr(`bitext ${command}: ${basename(path)}: ${s}\n`);
  for (const w of tm.warnings) say(`warning: ${w}`);
  if (tm.swapped) say(`the TM holds ${targetLang} → ${sourceLang}: its sides were swapped`);
  if (tm.emptyTargets) say(`${tm.emptyTargets} unit(s) with an empty side skipped`);
  if (tm.unconfirmed) say(`${tm.unconfirmed} unconfirmed unit(s) skipped`);
  if (tm.duplicates) say(`${tm.duplicates} duplicate unit(s): the newest kept`);
  return tm;
}
