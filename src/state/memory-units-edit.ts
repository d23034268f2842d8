// The memory service's unit editor (TM page, Units…): searches of one TM's units, edits and
// deletes with Undo, each followed by the Worker's copy of the TM (memory-units.ts) and by the
// list, searched again.
import type { TmUnit } from '../core/tm/types.js';
import { t } from '../i18n/index.js';
import type { TmRecord, Workspace } from '../store/index.js';
import type { TmClient } from '../workers/tm-client.js';
import type { MemoryState } from './memory.js';
import {
  catchUp,
  indexedUnits,
  prepareUnits,
  scanUnits,
  UNITS_SHOWN,
  type HeldTm,
  type UnitsContext,
} from './memory-units.js';
import type { NoticeService } from './notices.js';
import type { SessionService } from './session.js';

/** What the editor needs of the memory service. */
export interface EditorHost {
  ws: Workspace;
  client: TmClient;
  /** What the TM Worker holds of each TM (the memory service's). */
  held: Map<string, HeldTm>;
  session: SessionService;
  notices: NoticeService;
  tm(id: string): TmRecord | undefined;
  set(patch: Partial<MemoryState>): void;
  refreshList(): Promise<void>;
  /** The service closed (the Worker stopped): failures are the closing's. */
  closed(): boolean;
}

export class UnitEditor {
  private seq = 0;
  /** The last search asked for (its answer may not be in `units` yet). */
  private asked?: { tm: string; phrase: string; max: number };

  constructor(private readonly host: EditorHost) {}

  private get ctx(): UnitsContext {
    const { ws, client, held } = this.host;
    return { ws, client, held };
  }

  /**
   * The first `max` units of a TM holding `phrase` (its first units when empty), into `units`;
   * _Show more_ asks again with a larger `max`.
   */
  async search(tmId: string, phrase: string, max = UNITS_SHOWN): Promise<void> {
    const seq = ++this.seq;
    const p = phrase.trim();
    this.asked = { tm: tmId, phrase: p, max };
    const tm = this.host.tm(tmId);
    // The editor opening (nothing asked yet): its TM goes to the Worker's index meanwhile.
    if (!p && tm)
      void prepareUnits(this.ctx, tm).catch((e: unknown) => {
        // Closed meanwhile: the Worker stopped, nothing to say.
        if (!this.host.closed()) console.warn(e);
      });
    // The first units are a page away in storage: no index is needed for them.
    const units =
      (p && tm ? await indexedUnits(this.ctx, tm, p, max) : undefined) ??
      (await scanUnits(this.host.ws, tmId, p, max));
    if (seq === this.seq) this.host.set({ units });
  }

  async update(tmId: string, unit: TmUnit, source: string, target: string): Promise<void> {
    if (!source.trim() || !target.trim()) return;
    const { ws, session } = this.host;
    const who = session.who;
    // As stored: a unit listed from a project reading the TM the other way lacks its context.
    const stored = (await ws.tm.getUnit(tmId, unit.id)) ?? unit;
    await ws.tm.putUnit(tmId, {
      ...stored,
      source,
      target,
      changedAt: Date.now(),
      changedBy: who.author || t(`role.${who.role}`),
    });
    await this.changed(tmId);
  }

  async remove(tmId: string, listed: TmUnit): Promise<void> {
    const { ws } = this.host;
    const unit = (await ws.tm.getUnit(tmId, listed.id)) ?? listed;
    await ws.tm.deleteUnit(tmId, unit.id);
    await this.changed(tmId);
    this.host.notices.info(
      'memory.units.deleted',
      { source: unit.source.slice(0, 40) },
      {
        key: 'common.undo',
        run: async () => {
          await ws.tm.putUnit(tmId, unit);
          await this.changed(tmId);
        },
      },
    );
  }

  private async changed(tmId: string) {
    // The Worker's copy (the concordance's and the matches' index) follows at once.
    const held = this.host.held.get(tmId);
    if (held) await catchUp(this.ctx, tmId, held).catch((e: unknown) => console.warn(e));
    await this.host.refreshList();
    // The search asked last, not the one shown: a search typed while this was stored wins.
    const asked = this.asked;
    if (asked?.tm === tmId) await this.search(tmId, asked.phrase, asked.max);
  }
}
