import type { Io } from '../bitext.js';

/** Not built yet: see the issue that owns `bitext segment`. */
export async function run(_args: string[], io: Io): Promise<number> {
  io.stderr('bitext segment: not available yet\n');
  return 1;
}
