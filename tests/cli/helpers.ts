// Running the `bitext` dispatcher in-process for the CLI tests: what it printed and its exit code,
// with its input read from disk or from in-memory files.
import { readFile } from 'node:fs/promises';
import { main, type Io } from '../../src/cli/bitext.js';

export interface Run {
  code: number;
  out: string;
  err: string;
}

/** Runs `bitext ...args`, reading its input with `readInput`. */
export async function runCli(args: string[], readInput: Io['readInput']): Promise<Run> {
  const r: Run = { code: 0, out: '', err: '' };
  r.code = await main(args, {
    stdout: (s) => void (r.out += s),
    stderr: (s) => void (r.err += s),
    readInput,
  });
  return r;
}

/** Reads input from disk. */
export const fromDisk: Io['readInput'] = async (p) => new Uint8Array(await readFile(p!));

/** Reads input from these files only; any other path fails as a missing file does. */
export function inMemory(files: Record<string, string | Uint8Array>): Io['readInput'] {
  return async (path) => {
    const f = path === undefined ? undefined : files[path];
    if (f === undefined)
      throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), {
        code: 'ENOENT',
      });
    return typeof f === 'string' ? new TextEncoder().encode(f) : f;
  };
}
