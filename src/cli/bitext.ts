// `bitext` command line over core/ (see DESIGN.md). Each command lives in commands/<name>.ts and
// exports `run(args, io)`. Errors: one line on stderr and a non-zero exit code.
import { readlinkSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileError } from './file-errors.js';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Reads a file, or stdin when path is undefined or "-". */
  readInput: (path?: string) => Promise<Uint8Array>;
}

export class UsageError extends Error {}

const COMMANDS: Record<
  string,
  () => Promise<{ run: (args: string[], io: Io) => Promise<number> }>
> = {
  segment: () => import('./commands/segment.js'),
  align: () => import('./commands/align.js'),
  convert: () => import('./commands/convert.js'),
  qa: () => import('./commands/qa.js'),
  tm: () => import('./commands/tm.js'),
  analyze: () => import('./commands/analyze.js'),
};

const USAGE = `usage: bitext <command> [options]
  segment --lang zh|en [--format lines|jsonl] [FILE]
  align SOURCE TARGET --source-lang L --target-lang L [--presegmented] [--format beads|tsv|tmx|json]
  convert IN OUT
  qa SRC TGT --source-lang L --target-lang L --presegmented [--format jsonl] | qa FILE [--format jsonl]
  tm lookup TM QUERIES --source-lang L --target-lang L [--min 50] [--max 5] [--format jsonl]
  analyze FILE --tm TM [--format csv|json]`;

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export const nodeIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readInput: async (path) => {
    const stdin = path === undefined || path === '-';
    try {
      return await (stdin ? readStdin() : readFile(path));
    } catch (e) {
      throw fileError(stdin ? 'standard input' : path, e);
    }
  },
};

export async function main(argv: string[], io: Io = nodeIo): Promise<number> {
  const [cmd, ...args] = argv;
  if (!cmd || cmd === '--help' || cmd === '-h') {
    io.stdout(USAGE + '\n');
    return cmd ? 0 : 2;
  }
  const load = COMMANDS[cmd];
  if (!load) {
    io.stderr(`bitext: unknown command "${cmd}"\n${USAGE}\n`);
    return 2;
  }
  try {
    return await (await load()).run(args, io);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    io.stderr(`bitext ${cmd}: ${msg.split('\n')[0]}\n`);
    return e instanceof UsageError ? 2 : 1;
  }
}

/** Where standard output goes (e.g. /dev/full or out.tsv), for messages; Linux tells via /proc. */
function stdoutName(): string {
  try {
    const target = readlinkSync('/proc/self/fd/1');
    if (target.startsWith('/')) return target;
  } catch {
    // No /proc (macOS, Windows): say what it is rather than where.
  }
  return 'standard output';
}

// Run only when executed, not when imported by tests.
if (process.argv[1] && /bitext\.ts$/.test(process.argv[1])) {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    // `bitext … | head` closes the pipe early: that is the reader's choice, not an error.
    if (e.code === 'EPIPE') process.exit(0);
    // A full disk or a closed terminal: one line naming where the output went, not a stack trace.
    process.stderr.write(
      `bitext ${process.argv[2] ?? ''}: ${fileError(stdoutName(), e).message}\n`,
    );
    process.exit(1);
  });
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
