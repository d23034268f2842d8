// The TM a team project is shared with: the sharer's device sends the TM the project writes to
// as TMX with the share (core/team/tm.ts has the limit); each member's device brings it in once,
// into a TM of its own named after the project, which the project then reads and writes. After
// that, the team's confirmed rows reach each device with the rows themselves (memory.ts writes
// them to the write TM as they arrive); a TM's later edits by hand are not sent.
import { TEAM_TM_MAX_BYTES, utf8Length, type SharedTm } from '../core/team/index.js';
import type { Project } from '../core/model.js';
import type { TmRecord, Workspace } from '../store/index.js';
import type { TeamLinks } from '../store/team-links.js';
import type { NoticeService } from './notices.js';

/**
 * What a share carries of the project's TM: the one it writes to, when it holds units of the
 * project's pair (a TM of the other direction stays: the member's copy is made for the pair).
 * `tooBig` when its TMX is over the limit: the team then starts without it.
 */
export async function tmToShare(
  ws: Workspace,
  project: Pick<Project, 'id' | 'sourceLang' | 'targetLang'>,
  maxBytes = TEAM_TM_MAX_BYTES,
): Promise<{ tmId?: string; shared?: SharedTm; tooBig?: { name: string; count: number } }> {
  const links = await ws.tm.links(project.id);
  const tm = links && (await ws.tm.get(links.write));
  if (!tm || tm.size === 0) return {};
  if (tm.sourceLang !== project.sourceLang || tm.targetLang !== project.targetLang) return {};
  const tooBig = { tooBig: { name: tm.name, count: tm.size } };
  // A TM of a million units would make a TMX of hundreds of megabytes before it could be
  // measured: its size is judged first from the TMX of its first units.
  const [{ tmAsTmx }, { writeTmUnitsTmx }] = await Promise.all([
    import('./memory-fill.js'),
    import('../core/tm/files.js'),
  ]);
  const sample = (await ws.tm.page(tm.id, undefined, 1000)).units;
  const langs = { sourceLang: tm.sourceLang, targetLang: tm.targetLang };
  const perUnit = utf8Length(writeTmUnitsTmx(sample, langs)) / Math.max(1, sample.length);
  if (perUnit * tm.size > maxBytes * 1.2) return tooBig;
  const { text } = await tmAsTmx(ws, tm);
  if (utf8Length(text) > maxBytes) return tooBig;
  return { tmId: tm.id, shared: { name: tm.name, units: tm.size, tmx: text } };
}

/** What bringing in the team's TM needs of the memory service. */
export interface TeamTmMemory {
  /** Reads the TM list again (a TM was made or filled behind the service's back). */
  load(): Promise<void>;
  /** Sets the open project's TMs and serves them again; nothing when another is open. */
  setLinks(read: string[], write: string): Promise<void>;
}

export interface TeamTmContext {
  ws: Workspace;
  links: TeamLinks;
  memory?: TeamTmMemory;
  notices: NoticeService;
  project: Pick<Project, 'id' | 'name' | 'sourceLang' | 'targetLang'>;
  /** The TM's name on this device. */
  name: string;
  /** The project's shared TM from the server; undefined when it was shared without one. */
  fetch(): Promise<SharedTm | undefined>;
  /** The project is still the one open (else its links are set in the store only). */
  open(): boolean;
}

/**
 * Brings the team's TM to this device once: fetched, imported as a whole into a TM of this
 * device (made first and remembered in the link, so an import cut short by a closed tab is
 * done again into the same TM at the next opening), then read and written by the project.
 * Nothing when it is here already or the project has none; offline, the next opening tries again.
 * Two tabs take turns (a Web Lock per project), so the TM comes in once.
 */
export async function pullTeamTm(c: TeamTmContext): Promise<void> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  const run = () => pull(c);
  await (locks ? locks.request(`bt-team-tm:${c.project.id}`, run) : run());
}

async function pull(c: TeamTmContext): Promise<void> {
  const link = await c.links.get(c.project.id);
  if (!link || link.tmDone || link.removedAt) return;
  let shared: SharedTm | undefined;
  try {
    shared = await c.fetch();
  } catch {
    return; // Offline or the server busy: the next opening asks again.
  }
  const save = async (patch: { tmId?: string; tmDone?: boolean }) => {
    const now = await c.links.get(c.project.id);
    if (now) await c.links.put({ ...now, ...patch });
  };
  if (!shared) return save({ tmDone: true });
  let tm: TmRecord | undefined = link.tmId ? await c.ws.tm.get(link.tmId) : undefined;
  const made = !tm;
  if (!tm) {
    tm = await c.ws.tm.create({
      name: c.name,
      sourceLang: c.project.sourceLang,
      targetLang: c.project.targetLang,
    });
    await save({ tmId: tm.id });
  }
  c.notices.info('team.notice.tmComing', { name: shared.name, count: shared.units });
  const { importIntoTm, TmImportError } = await import('./memory-import.js');
  try {
    const bytes = new TextEncoder().encode(shared.tmx);
    const report = await importIntoTm(c.ws, tm, `${shared.name}.tmx`, bytes);
    await save({ tmDone: true });
    await linkProject(c, tm.id);
    c.notices.info('team.notice.tmArrived', { name: c.name, count: report.added });
  } catch (e) {
    console.warn(e);
    // A file this device cannot read will not read better next time; a full disk may.
    const kind = e instanceof TmImportError ? e.problem.kind : 'failed';
    if (kind === 'format' || kind === 'wrongPair') {
      // Nor is an empty TM named after the team's of any use: it goes, if made for this.
      if (made && (await c.ws.tm.get(tm.id))?.size === 0) await c.ws.tm.remove(tm.id);
      await save({ tmId: undefined, tmDone: true });
    }
    c.notices.show({ kind: 'error', key: 'team.notice.tmFailed', params: { name: shared.name } });
  }
}

/** The project reads the team's TM beside what it read, and writes to it. */
async function linkProject(c: TeamTmContext, tmId: string): Promise<void> {
  await c.memory?.load();
  const before = await c.ws.tm.links(c.project.id);
  const read = [...new Set([...(before?.read ?? []), tmId])];
  if (c.memory && c.open()) await c.memory.setLinks(read, tmId);
  else await c.ws.tm.setLinks({ projectId: c.project.id, read, write: tmId });
}
