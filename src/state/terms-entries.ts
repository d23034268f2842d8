// Editing and deleting one termbase entry, as the Terms tab's Edit and the entry browser ask:
// the entry named by its termbase and id (`entryRef`), read fresh, the form's values applied
// (`core/terms/edit.ts`), then the service's recognition changed by its host, in place where it
// can. An entry deleted in another tab meanwhile is said to be gone, never written back.
import type { EntryForm } from '../core/terms/edit.js';
import type { TermEntry } from '../core/terms/types.js';
import type { TermbaseMeta, Workspace } from '../store/index.js';
import type { Project } from '../core/model.js';
import { toAppError } from './errors.js';
import type { NoticeService } from './notices.js';
import type { SessionService } from './session.js';

/** An entry as the Terms tab's form edits it (see `core/terms/edit.ts`). */
export interface TermEntryEdit {
  termbase: TermbaseMeta;
  form: EntryForm;
  /** Terms of the two languages the form does not show (kept as they are). */
  hidden: number;
}

/**
 * How a hit names an entry (`TermHit.entryIds`): entry ids are unique within a termbase only.
 * JSON, so no id can be mistaken for a separator.
 */
export const entryRef = (termbaseId: string, entryId: string): string =>
  JSON.stringify([termbaseId, entryId]);

function parseRef(ref: string): [string, string] | undefined {
  try {
    const v: unknown = JSON.parse(ref);
    if (Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'string'))
      return v as [string, string];
  } catch {
    // not a ref: nothing to find
  }
  return undefined;
}

/** What the editor needs of the terms service. */
export interface EntryEditorHost {
  /** The open project: the form reads and writes its two languages. */
  project(): Project | undefined;
  /** Reads the termbases again and rebuilds recognition (after a change). */
  reload(): Promise<void>;
  /** An entry changed (`next`) or deleted (no `next`): recognition follows, in place if it can. */
  changed(termbaseId: string, old: TermEntry, next?: TermEntry): Promise<void>;
}

export class EntryEditor {
  constructor(
    private readonly ws: Workspace,
    private readonly session: SessionService,
    private readonly notices: NoticeService,
    private readonly host: EntryEditorHost,
  ) {}

  /**
   * The entry a hit names, as the form shows it; undefined, with a notice saying so, when it is
   * gone (deleted in another tab since the hit was found).
   */
  async toEdit(ref: string): Promise<TermEntryEdit | undefined> {
    const p = this.host.project();
    const key = parseRef(ref);
    if (!p || !key) return undefined;
    const [termbase, entry] = await Promise.all([
      this.ws.termbases.get(key[0]),
      this.ws.termbases.getEntry(...key),
    ]);
    if (!termbase || !entry) {
      this.notices.show({ kind: 'error', key: 'terms.entryGone' });
      await this.host.reload();
      return undefined;
    }
    const { entryForm } = await import('../core/terms/edit.js');
    const { hidden, ...form } = entryForm(entry, p.sourceLang, p.targetLang);
    return { termbase, form, hidden };
  }

  /** Saves the form's values into the entry a hit names, and recognises them at once. */
  async save(ref: string, form: EntryForm): Promise<void> {
    const p = this.host.project();
    const key = parseRef(ref);
    if (!p || !key) return;
    let entry: TermEntry | undefined;
    let next: TermEntry;
    try {
      entry = await this.ws.termbases.getEntry(...key);
      if (!entry) {
        // Deleted in another tab meanwhile: saying so beats writing it back.
        this.notices.show({ kind: 'error', key: 'terms.entryGone' });
        await this.host.reload();
        return;
      }
      const { applyEntryForm } = await import('../core/terms/edit.js');
      const author = this.session.who.author || undefined;
      next = applyEntryForm(entry, p.sourceLang, p.targetLang, form, {
        author,
        now: Date.now(),
      });
      await this.ws.termbases.putEntry(key[0], next);
    } catch (e) {
      this.notices.show({ kind: 'error', key: toAppError(e).key });
      return;
    }
    await this.host.changed(key[0], entry, next);
    this.notices.show({
      kind: 'info',
      key: 'terms.edited',
      params: { source: form.source.trim(), target: form.target.trim() },
    });
  }

  /** Deletes the entry a hit names. */
  async remove(ref: string): Promise<void> {
    const key = parseRef(ref);
    if (!key) return;
    let entry: TermEntry | undefined;
    try {
      // As it was indexed, so recognition can take its terms out.
      entry = await this.ws.termbases.getEntry(...key);
      await this.ws.termbases.removeEntry(...key);
    } catch (e) {
      this.notices.show({ kind: 'error', key: toAppError(e).key });
      return;
    }
    await (entry ? this.host.changed(key[0], entry) : this.host.reload());
    this.notices.show({ kind: 'info', key: 'terms.entryDeleted' });
  }
}
