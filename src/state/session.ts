// Who is working at this browser: the role and name every change is recorded with (remembered).
import type { Role } from '../core/model.js';
import type { Who, Workspace } from '../store/index.js';
import { Service } from './service.js';

export class SessionService extends Service<{ who: Who }> {
  constructor(
    private readonly ws: Workspace,
    /** This tab's id: its undo steps are its own (see Who.tab). */
    tab: string = tabId(),
  ) {
    super({ who: { role: 'translator', author: '', tab } });
  }

  async load(): Promise<void> {
    const s = await this.ws.settings.getAll();
    this.set({ who: { ...this.who, role: s.role, author: s.author } });
  }

  get who(): Who {
    return this.state.who;
  }

  async setRole(role: Role): Promise<void> {
    this.set({ who: { ...this.who, role } });
    await this.ws.settings.set('role', role);
  }

  async setAuthor(author: string): Promise<void> {
    this.set({ who: { ...this.who, author: author.trim() } });
    await this.ws.settings.set('author', this.who.author);
  }
}

const TAB_KEY = 'bt.tab';

/**
 * An id for this browser tab that survives a reload of the tab (sessionStorage is per tab), so
 * undo after a reload still finds the tab's own steps; a new tab gets a new one.
 */
function tabId(): string {
  try {
    const known = sessionStorage.getItem(TAB_KEY);
    if (known) return known;
    const id = crypto.randomUUID();
    sessionStorage.setItem(TAB_KEY, id);
    return id;
  } catch {
    return crypto.randomUUID();
  }
}
