// The memory service's TM list: how TMs are told apart (a name, a pair of languages), which
// projects use one, and deleting with Undo.
import type { Lang, Project } from '../core/model.js';
import { i18n, t } from '../i18n/index.js';
import type { TmRecord, Workspace } from '../store/index.js';
import type { Notice, NoticeService } from './notices.js';

/** A name as two TMs may not share it: trimmed, in one Unicode form, any case. */
export const nameKey = (name: string): string => name.trim().normalize('NFC').toLocaleLowerCase();

/** Whether a TM serves a pair of languages, in either direction. */
export const samePair = (tm: TmRecord, a: Lang, b: Lang): boolean =>
  (tm.sourceLang === a && tm.targetLang === b) || (tm.sourceLang === b && tm.targetLang === a);

/** The projects that read or write a TM (those opened since it was linked to them). */
export async function projectsUsing(ws: Workspace, tmId: string): Promise<Project[]> {
  const projects = await ws.projects.list();
  const links = await Promise.all(projects.map((p) => ws.tm.links(p.id)));
  return projects.filter((_, i) => {
    const l = links[i];
    return !!l && (l.write === tmId || l.read.includes(tmId));
  });
}

/** What deleting needs of the memory service. */
export interface DeleteHost {
  ws: Workspace;
  notices: NoticeService;
  /** Lets go of what the TM Worker and the unit editor hold of a TM. */
  forget(tmId: string): void;
  refreshList(): Promise<void>;
  /** Serves the open project again (its TMs are back). */
  reopen(): Promise<void>;
}

export class TmDeleter {
  /** TMs deleted while the notice offering their Undo is still shown: one Undo brings all back. */
  private deleted?: { notice: Notice; tms: TmRecord[] };

  constructor(private readonly host: DeleteHost) {}

  /**
   * Deletes a TM; the notice offers Undo (it is removed for good at a later start). A TM deleted
   * while the notice of another is still shown joins it: the one notice's Undo brings both back,
   * where a second notice would have taken the first one's Undo away.
   */
  async remove(tm: TmRecord): Promise<void> {
    const { ws, notices } = this.host;
    await ws.tm.remove(tm.id);
    this.host.forget(tm.id);
    await this.host.refreshList();
    const before = this.deleted;
    const tms = [...(before && notices.state.notice === before.notice ? before.tms : []), tm];
    const names = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
      tms.map((x) => t('memory.quoted', { name: x.name })),
    );
    const notice: Notice = {
      kind: 'info',
      ...(tms.length === 1
        ? { key: 'memory.deleted', params: { name: tm.name } }
        : { key: 'memory.deletedMany', params: { names } }),
      action: {
        key: 'common.undo',
        run: async () => {
          if (this.deleted?.notice === notice) this.deleted = undefined;
          for (const x of tms) await ws.tm.undelete(x.id, x.main);
          await this.host.refreshList();
          await this.host.reopen();
        },
      },
    };
    this.deleted = { notice, tms };
    notices.show(notice);
  }
}
