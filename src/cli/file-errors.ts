// Node's file errors ("EISDIR: illegal operation on a directory, read") name neither the file
// nor the cause in plain words. These turn them into "<file>: <reason>", one line.

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EISDIR: 'is a directory, not a file',
  ENOTDIR: 'a part of the path is not a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EFBIG: 'file too large',
  EIO: 'input/output error',
  EMFILE: 'too many open files',
};

/** A one-line error naming `file` (a path, or e.g. "standard output") and why it failed. */
export function fileError(file: string, e: unknown): Error {
  const code = (e as { code?: unknown } | null)?.code;
  const reason =
    typeof code === 'string' && Object.hasOwn(REASONS, code)
      ? REASONS[code]
      : (e instanceof Error ? e.message : String(e)).split('\n')[0];
  return new Error(`${file}: ${reason}`, { cause: e });
}

/** Reads through `read`, making sure an error names the file once (nodeIo's already do). */
export async function readNamed(
  read: (path?: string) => Promise<Uint8Array>,
  path: string | undefined,
): Promise<Uint8Array> {
  const name = path === undefined || path === '-' ? 'standard input' : path;
  try {
    return await read(path);
  } catch (e) {
    throw e instanceof Error && e.message.startsWith(`${name}: `) ? e : fileError(name, e);
  }
}
