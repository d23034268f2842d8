// The app's import and export dialogs: loaded on first use (they bring the format code with
// them), opened from the library and the editor's header, and wired to the workspace here so
// the shell only has to call `openExport`, `openImport` and `render`.
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { Bitext } from '../../core/formats/types.js';
import { t } from '../../i18n/index.js';
import type { ImportRequest } from '../../state/exchange.js';
import type { Workbench } from '../../state/workbench.js';

export class ExchangeController {
  /** Set while the export dialog is open: what it exports. */
  private _export?: Bitext;
  private _importing = false;
  private _importError = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly wb: () => Workbench | undefined,
  ) {}

  async openExport(): Promise<void> {
    const wb = this.wb();
    const cur = wb?.current;
    if (!wb || !cur) return;
    const [{ projectBitext }] = await Promise.all([
      import('../../state/exchange.js'),
      import('./bt-export-dialog.js'),
    ]);
    this._export = await projectBitext(wb.ws, cur.project, {
      docId: cur.doc.id,
      segments: cur.segments,
    });
    this.host.requestUpdate();
  }

  async openImport(): Promise<void> {
    await import('./bt-import-dialog.js');
    this._importing = true;
    this._importError = '';
    this.host.requestUpdate();
  }

  /** Leaving a page closes its dialog. */
  closeAll(): void {
    this._export = undefined;
    this._importing = false;
    this.host.requestUpdate();
  }

  private async _import(req: ImportRequest) {
    const wb = this.wb();
    if (!wb) return;
    const { createFromImport } = await import('../../state/exchange.js');
    try {
      const id = await createFromImport(wb.ws, req);
      this._importing = false;
      this.host.requestUpdate();
      location.hash = `#/p/${encodeURIComponent(id)}`;
    } catch (e) {
      this._importError = t('exchange.import.createFailed', {
        reason: e instanceof Error ? e.message : String(e),
      });
      this.host.requestUpdate();
    }
  }

  render() {
    const project = this.wb()?.current?.project;
    return html`${
      this._export && project
        ? html`<bt-export-dialog
            open
            .bitext=${this._export}
            .projectName=${project.name}
            @bt-request-close=${() => {
              this._export = undefined;
              this.host.requestUpdate();
            }}
          ></bt-export-dialog>`
        : nothing
    }${
      this._importing
        ? html`<bt-import-dialog
            open
            .error=${this._importError}
            @bt-request-import-bitext=${(e: CustomEvent<ImportRequest>) => this._import(e.detail)}
            @bt-request-close=${() => {
              this._importing = false;
              this.host.requestUpdate();
            }}
          ></bt-import-dialog>`
        : nothing
    }`;
  }
}
