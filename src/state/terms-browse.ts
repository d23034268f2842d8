// The Termbases list's entry browser: one termbase's entries searched as the user types
// (`core/terms/search.ts`). The entries are read and prepared once and kept between keystrokes,
// for one termbase at a time. A change of one entry, in this tab or another, is read and put into
// them in place (a second's work saved at 100,000 entries); any other termbase change drops them,
// so the next search reads what is stored now.
import type { EntrySearch, EntrySearchResult } from '../core/terms/search.js';
import type { Term } from '../core/terms/types.js';
import type { ChangeMessage, Workspace } from '../store/index.js';

/** Entries listed at most: a 100,000-entry termbase is searched, never rendered whole. */
export const BROWSE_LIMIT = 200;

/** An entry as the browser lists it. */
export interface BrowsedEntry {
  /** Names the entry for Edit (`entryRef`). */
  ref: string;
  source: readonly Term[];
  target: readonly Term[];
  note?: string;
}

export interface TermbaseBrowse {
  termbaseId: string;
  query: string;
  /** Entries holding the query (every entry when it is empty); `shown` lists the first. */
  total: number;
  shown: readonly BrowsedEntry[];
  /** The languages `source` and `target` are in: the open project's direction. */
  sourceLang: string;
  targetLang: string;
}

export class TermBrowser {
  private _cache?: { key: string; termbaseId: string; search: Promise<EntrySearch> };

  constructor(private readonly ws: Workspace) {
    const changed = (m: ChangeMessage) => {
      if (m.type === 'termbases' && m.entry) this._patch(m.entry.termbaseId, m.entry.id);
      else if (m.type === 'termbases' || m.type === 'workspace') this.drop();
    };
    ws.subscribe(changed);
    ws.onOwnChange(changed);
  }

  /** The entries of a termbase holding `query`, read and prepared on the first search. */
  async search(
    termbaseId: string,
    sourceLang: string,
    targetLang: string,
    query: string,
    limit: number,
  ): Promise<EntrySearchResult> {
    const key = JSON.stringify([termbaseId, sourceLang, targetLang]);
    let c = this._cache;
    if (!c || c.key !== key)
      c = this._cache = {
        key,
        termbaseId,
        search: this._build(termbaseId, sourceLang, targetLang),
      };
    try {
      return (await c.search).search(query, limit);
    } catch (e) {
      // A failed read is not kept: the next search tries again.
      if (this._cache === c) this._cache = undefined;
      throw e;
    }
  }

  /** Forgets the entries kept (a change, or the browser closed). */
  drop(): void {
    this._cache = undefined;
  }

  /** One entry changed: what is stored now replaces what is kept (another termbase's: nothing). */
  private _patch(termbaseId: string, entryId: string): void {
    const c = this._cache;
    if (!c || c.termbaseId !== termbaseId) return;
    const next = {
      ...c,
      search: c.search.then(async (s) =>
        s.withEntry(entryId, await this.ws.termbases.getEntry(termbaseId, entryId)),
      ),
    };
    this._cache = next;
    // A failed read drops what is kept (search does too); the next search reads everything.
    next.search.catch(() => {
      if (this._cache === next) this._cache = undefined;
    });
  }

  private async _build(termbaseId: string, sourceLang: string, targetLang: string) {
    const [{ EntrySearch }, entries] = await Promise.all([
      import('../core/terms/search.js'),
      this.ws.termbases.entries(termbaseId),
    ]);
    // Prepared a slice at a time, so typing in the search box goes on meanwhile.
    return EntrySearch.build(
      entries,
      sourceLang,
      targetLang,
      () => new Promise((r) => setTimeout(r, 0)),
    );
  }
}
