import { LitElement, html, css } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { libraryContext } from '../../state/contexts.js';
import type { LibraryService } from '../../state/library.js';
import { Watch } from '../common/watch.js';
import type { BtEvent } from '../common/events.js';
import './bt-project-library.js';
import './events.js';
import { focusRing } from '../common/focus-ring.js';

/**
 * The library page: the workspace's projects, where renaming, deleting and backups become calls
 * on the library service. "Open a file" bubbles on to the shell, which owns the import dialog.
 */
@customElement('bt-library-page')
export class BtLibraryPage extends LitElement {
  static override styles = [
    focusRing,
    css`
      :host {
        display: block;
      }
    `,
  ];

  @consume({ context: libraryContext })
  @property({ attribute: false })
  library?: LibraryService;

  constructor() {
    super();
    new Watch(
      this,
      () => this.library,
      (s) => [s.projects, s.progress],
    );
  }

  // Coming back from a project: its progress and its place in the list (last edited first) are
  // read again. Two small reads; the rows are never read here.
  override connectedCallback(): void {
    super.connectedCallback();
    void this.library?.load();
  }

  private async _downloadBackup() {
    const json = await this.library!.exportBackup();
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    a.download = `bitext-workbench-backup-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  }

  override render() {
    const library = this.library;
    return html`<bt-project-library
      .projects=${library?.state.projects ?? []}
      .progress=${library?.state.progress ?? new Map()}
      @bt-request-rename-project=${(e: BtEvent<'bt-request-rename-project'>) =>
        library?.rename(e.detail.id, e.detail.name)}
      @bt-request-delete-project=${(e: BtEvent<'bt-request-delete-project'>) =>
        library?.delete(e.detail.id)}
      @bt-request-export-backup=${() => this._downloadBackup()}
      @bt-request-import-backup=${(e: BtEvent<'bt-request-import-backup'>) =>
        library?.importBackup(e.detail.text, e.detail.mode)}
    ></bt-project-library>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-library-page': BtLibraryPage;
  }
}
