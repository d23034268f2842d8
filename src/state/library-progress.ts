// The library's progress figures (LibraryState.progress): read from the counts the store keeps
// per document (never from rows), and read again — at most once a second while rows keep
// changing — when rows are written, in this tab (once committed) or in another. Loaded with the
// library's first load, not with the first visit's code.
import type { RowCounts } from '../core/progress.js';
import type { ChangeMessage, Workspace } from '../store/index.js';

/** How long changed rows wait before the progress is read again (ms). */
const DELAY = 1000;

export type ProjectProgress = ReadonlyMap<string, RowCounts>;

export class ProgressWatch {
  private _timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly ws: Workspace,
    /** Told the figures read again after rows changed. */
    private readonly onChange: (p: ProjectProgress) => void,
  ) {
    const changed = (m: ChangeMessage) => {
      if (m.type === 'segments' || m.type === 'structure') this._later();
    };
    ws.subscribe(changed);
    ws.onOwnChange(changed);
  }

  /** Every project's figures; rejects when the workspace cannot be read. */
  read(): Promise<ProjectProgress> {
    return this.ws.projects.progress();
  }

  private _later(): void {
    if (this._timer !== undefined) return;
    this._timer = setTimeout(() => {
      this._timer = undefined;
      // A failed read (the workspace closed) leaves the figures shown as they were.
      this.read().then(this.onChange, () => undefined);
    }, DELAY);
  }
}
