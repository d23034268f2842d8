// Memory of the browser a benchmark drives, read from /proc (Linux): shared by the import benches.
import { readdirSync, readFileSync } from 'node:fs';

/**
 * Resident memory of every process below this one (the browser and its children), in bytes: all
 * of them, the renderers (pages and their Workers), and the browser process itself (where
 * Chromium keeps IndexedDB's buffers).
 */
export function browserRss(): { total: number; renderer: number; browser: number } {
  const parent = new Map<number, number>();
  const info = new Map<number, { rss: number; renderer: boolean; browser: boolean }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
      const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8');
      parent.set(Number(name), ppid);
      info.set(Number(name), {
        rss,
        renderer: cmd.includes('--type=renderer'),
        browser: /chrom/i.test(cmd) && !cmd.includes('--type='),
      });
    } catch {
      // The process ended while we looked.
    }
  }
  const mine = (pid: number): boolean => {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p))
      if (p === process.pid) return true;
    return false;
  };
  let total = 0;
  let renderer = 0;
  let browser = 0;
  for (const [pid, i] of info) {
    if (!mine(pid)) continue;
    total += i.rss;
    if (i.renderer) renderer += i.rss;
    if (i.browser) browser += i.rss;
  }
  return { total, renderer, browser };
}
