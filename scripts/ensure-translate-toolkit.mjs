// Makes Translate Toolkit (Debian package `translate-toolkit`) available for the interoperability
// test: our TMX and XLIFF must be read back by an independent implementation.
// Prints the python interpreter that can `import translate`, or exits 1 with a one-line reason.
// Installs with apt-get only when missing and running as root; never downloads anything else.
import { spawnSync } from 'node:child_process';

const PROBE = 'import translate.storage.tmx, translate.storage.xliff';

/** Debian's python3 first: the package installs into the system interpreter, not a pyenv one. */
function findPython() {
  for (const py of ['/usr/bin/python3', 'python3']) {
    const r = spawnSync(py, ['-c', PROBE], { stdio: 'ignore' });
    if (r.status === 0) return py;
  }
  return null;
}

export function ensureTranslateToolkit() {
  const found = findPython();
  if (found) return { python: found };
  if (typeof process.getuid !== 'function' || process.getuid() !== 0)
    return { reason: 'translate-toolkit is not installed and we are not root to apt-get it' };
  if (spawnSync('which', ['apt-get'], { stdio: 'ignore' }).status !== 0)
    return { reason: 'translate-toolkit is not installed and apt-get is not available' };
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update'], { stdio: 'ignore', env });
  if (update.status !== 0) return { reason: 'apt-get update failed' };
  const install = spawnSync(
    'apt-get',
    ['install', '-y', '--no-install-recommends', 'translate-toolkit'],
    {
      stdio: 'ignore',
      env,
    },
  );
  if (install.status !== 0) return { reason: 'apt-get install translate-toolkit failed' };
  const after = findPython();
  return after ? { python: after } : { reason: 'translate-toolkit installed but not importable' };
}

if (process.argv[1] && /ensure-translate-toolkit\.mjs$/.test(process.argv[1])) {
  const r = ensureTranslateToolkit();
  if (r.python) console.log(r.python);
  else {
    console.error(`ensure-translate-toolkit: ${r.reason}`);
    process.exitCode = 1;
  }
}
