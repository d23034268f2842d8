// Who is working at this browser: the role and name every change is recorded with (remembered).
import type { Role } from '../core/model.js';
import type { Who, Workspace } from '../store/index.js';
import { Service } from './service.js';

export class SessionService extends Service<{ who: Who }> {
  constructor(private readonly ws: Workspace) {
    super({ who: { role: 'translator', author: '' } });
  }

  async load(): Promise<void> {
    const s = await this.ws.settings.getAll();
    this.set({ who: { role: s.role, author: s.author } });
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
