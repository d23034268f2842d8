import type { Io } from '../bitext.js';

/** Not built yet: see the issue that owns `bitext align`. */
export async function run(_args: string[], io: Io): Promise<number> {
  io.stderr('bitext align: not available yet\n');
  return 1;
}
