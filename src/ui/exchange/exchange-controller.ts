// The app's import and export dialogs: loaded on first use (they bring the format code with
// them), opened from the library and the header, and wired to the library service here so the
// shell only has to call `openExport`, `openImport` and `render`.
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { Bitext } from '../../core/formats/types.js';
import type { DocumentService } from '../../state/document.js';
import type { LibraryService } from '../../state/library.js';
import type { QaService } from '../../state/qa.js';
import type { ImportRequest } from './events.js';
import type { BtEvent } from '../common/events.js';
import { t } from '../../i18n/index.js';
import { visibleControls } from '../../core/text/invisible.js';

export class ExchangeController {
  /** Set while the export dialog is open: what it exports. */
  private _export?: Bitext;
  private _importing = false;
  private _creating = false;
  /** Why the last "Create" failed, shown in the dialog (which stays open). */
  private _importError = '';
  /** The open quality-check errors the export dialog warns of (undefined: still checking). */
  private _qaErrors?: number;
  private _qaSeq = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly services: () =>
      | { library: LibraryService; document: DocumentService; loadQa?: () => Promise<QaService> }
      | undefined,
    /** Opens a project just created (the shell puts the caret in its first row). */
    private readonly openCreated: (id: string) => void,
    /** Shows the QA panel (from the export dialog's warning). */
    private readonly openQa?: () => void,
  ) {}

  async openExport(): Promise<void> {
    const s = this.services();
    const cur = s?.document.current;
    if (!s || !cur) return;
    const [bitext] = await Promise.all([
      s.library.exportBitext(cur.project, { docId: cur.doc.id, segments: cur.segments }),
      import('./bt-export-dialog.js'),
      s.loadQa ? import('../qa/bt-qa-export-warning.js') : undefined,
    ]);
    this._export = bitext;
    this._countQaErrors(s.loadQa);
    this.host.requestUpdate();
  }

  /** Before export: the open quality-check errors (the rows are checked first if they were not). */
  private _countQaErrors(loadQa: (() => Promise<QaService>) | undefined) {
    const seq = ++this._qaSeq;
    this._qaErrors = undefined;
    if (!loadQa) return;
    void loadQa()
      .then((qa) => qa.openErrors())
      .then(
        (n) => {
          if (seq !== this._qaSeq) return;
          this._qaErrors = n;
          this.host.requestUpdate();
        },
        () => undefined,
      );
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
    const s = this.services();
    // One click, one project: a second request while this one runs is ignored.
    if (!s || this._creating) return;
    this._creating = true;
    try {
      const id = await s.library.createFromImport(req);
      if (!id) {
        const error = s.library.state.creating.error;
        this._importError = t('exchange.import.createFailed', {
          reason: t(error?.key ?? 'errors.unknown', error?.params),
        });
        this.host.requestUpdate();
        return;
      }
      this._importing = false;
      this.host.requestUpdate();
      this.openCreated(id);
    } finally {
      this._creating = false;
    }
  }

  render() {
    const project = this.services()?.document.current?.project;
    return html`${
      this._export && project
        ? html`<bt-export-dialog
            open
            .bitext=${this._export}
            .projectName=${visibleControls(project.name)}
            @bt-request-close=${() => {
              this._export = undefined;
              this.host.requestUpdate();
            }}
          >
            ${
              this.services()?.loadQa
                ? html`<bt-qa-export-warning
                    slot="qa"
                    .errors=${this._qaErrors}
                    @bt-request-open-qa=${() => {
                      this._export = undefined;
                      this.host.requestUpdate();
                      this.openQa?.();
                    }}
                  ></bt-qa-export-warning>`
                : nothing
            }
          </bt-export-dialog>`
        : nothing
    }${
      this._importing
        ? html`<bt-import-dialog
            open
            .error=${this._importError}
            .library=${this.services()?.library}
            @bt-request-import-bitext=${(e: BtEvent<'bt-request-import-bitext'>) =>
              this._import(e.detail)}
            @bt-request-close=${() => {
              this._importing = false;
              this.host.requestUpdate();
            }}
          ></bt-import-dialog>`
        : nothing
    }`;
  }
}
