import { LitElement, html, css, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { t } from '../../i18n/index.js';
import { Workbench } from '../../state/workbench.js';
import type { FindRequest } from '../grid/bt-find-bar.js';
import './bt-language-switch.js';
import '../library/bt-project-library.js';
import '../grid/bt-editor.js';
import './bt-save-indicator.js';
import './bt-toast.js';
import '../grid/bt-side-panel.js';
import './bt-role-switch.js';
import type { Decision, ReviewPatch } from '../../core/review.js';
import type { Role, Status } from '../../core/model.js';
import type { NewProjectRequest } from '../library/bt-new-project.js';
import { ExchangeController } from '../exchange/exchange-controller.js';

type Detail<T> = CustomEvent<T>;

/**
 * The application shell: header, project library or editor (named by the URL hash, so reload and
 * back/forward work), and the notices. It owns the Workbench and turns request events into calls.
 */
@customElement('bt-app')
export class BtApp extends LitElement {
  static override styles = css`
    :host {
      display: flex;
      flex-direction: column;
      height: 100vh;
    }
    header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.4rem 1rem;
      padding: 0.5rem 1rem;
      background: #fff;
      border-bottom: 1px solid #d8dde6;
    }
    h1 {
      font-size: 1.05rem;
      margin: 0;
    }
    h1 a {
      color: inherit;
      text-decoration: none;
    }
    .project {
      font-weight: 600;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .spacer {
      flex: 1;
    }
    main {
      flex: 1;
      min-height: 0;
      overflow: auto;
    }
    main.editor {
      overflow: hidden;
      display: grid;
      grid-template-columns: 1fr;
    }
    main.editor.with-panel {
      grid-template-columns: 1fr minmax(16rem, 24rem);
    }
    header button {
      font: inherit;
      font-size: 0.85rem;
    }
    /* Short labels never break inside (Chinese would wrap one character a line); the project
       name gives way instead. */
    header > a,
    header > button,
    h1 {
      white-space: nowrap;
      flex-shrink: 0;
    }
    .project {
      min-width: 4rem;
      flex-shrink: 1;
    }
    .message {
      padding: 2rem;
      text-align: center;
    }
  `;

  @state() private _wb?: Workbench;
  @state() private _fatal = '';
  @state() private _panel = false;
  @state() private _newProject = false;
  /** The review screen (`#/p/<id>/compare`) instead of the grid. */
  @state() private _review = false;

  private readonly _exchange = new ExchangeController(this, () => this._wb);
  private readonly _onChange = () => this.requestUpdate();
  private readonly _onHash = () => void this._route();

  constructor() {
    super();
    new I18nController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this._onHash);
    void this._start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this._onHash);
    this._wb?.removeEventListener('change', this._onChange);
  }

  private async _start() {
    try {
      const wb = await Workbench.open();
      wb.addEventListener('change', this._onChange);
      this._wb = wb;
      // A first visit (nothing stored yet) opens the demo project.
      const demoId = await wb.seedDemoOnFirstVisit();
      if (demoId && !location.hash) location.hash = `#/p/${demoId}`;
      await this._route();
    } catch (e) {
      this._fatal = e instanceof Error ? e.message : String(e);
    }
  }

  private async _route() {
    this._exchange.closeAll();
    this._newProject = location.hash === '#/new';
    // The new-project page (segmentation preview, alignment view) loads only when it is opened.
    if (this._newProject) await import('../library/bt-new-project.js');
    const m = /^#\/p\/([^/]+)(\/compare)?/.exec(location.hash);
    this._review = !!m?.[2];
    if (this._review) await import('../review/bt-compare-view.js');
    await this._wb?.openProject(m ? decodeURIComponent(m[1]) : undefined);
  }

  private get _editorHandlers() {
    const wb = this._wb!;
    return {
      edit: (e: Detail<{ id: string; field: 'source' | 'target'; value: string }>) =>
        wb.edit(e.detail.id, e.detail.field, e.detail.value),
      leave: () => wb.flush(),
      confirm: (e: Detail<{ id: string }>) => wb.confirm(e.detail.id),
      copy: (e: Detail<{ id: string }>) => wb.copySource(e.detail.id),
      status: (e: Detail<{ id: string; status: Parameters<Workbench['setStatus']>[1] }>) =>
        wb.setStatus(e.detail.id, e.detail.status),
      note: (e: Detail<{ id: string; note: string }>) => wb.setNote(e.detail.id, e.detail.note),
      merge: (e: Detail<{ id: string }>) => wb.mergeWithNext(e.detail.id),
      split: (e: Detail<{ id: string; field: 'source' | 'target'; offset: number }>) =>
        wb.split(e.detail.id, e.detail.field, e.detail.offset),
      replaceAll: (e: Detail<FindRequest>) => wb.replaceAll(e.detail),
    };
  }

  private _renderMain() {
    const wb = this._wb!;
    const cur = wb.current;
    if (this._newProject) {
      return html`<main>
        <bt-new-project
          @bt-request-create-aligned=${async (e: Detail<NewProjectRequest>) => {
            const id = await wb.createAligned(e.detail);
            location.hash = `#/p/${id}`;
          }}
          @bt-request-cancel=${() => (location.hash = '#/')}
        ></bt-new-project>
      </main>`;
    }
    if (!cur) {
      return html`<main>
        <bt-project-library
          .projects=${wb.projects}
          @bt-request-rename-project=${(e: Detail<{ id: string; name: string }>) =>
            wb.renameProject(e.detail.id, e.detail.name)}
          @bt-request-delete-project=${(e: Detail<{ id: string }>) => wb.deleteProject(e.detail.id)}
          @bt-request-export-backup=${() => this._downloadBackup()}
          @bt-request-import-backup=${(e: Detail<{ text: string; mode: 'replace' | 'merge' }>) =>
            wb.importBackup(e.detail.text, e.detail.mode)}
          @bt-request-open-import=${() => this._exchange.openImport()}
        ></bt-project-library>
      </main>`;
    }
    if (this._review) return this._renderReview();
    const h = this._editorHandlers;
    const rowNumber = wb.activeId ? cur.segments.findIndex((x) => x.id === wb.activeId) + 1 : 0;
    return html`<main class="editor ${this._panel ? 'with-panel' : ''}">
      <bt-editor
        .project=${cur.project}
        .segments=${cur.segments}
        .canUndo=${wb.canUndo}
        .canRedo=${wb.canRedo}
        .findResult=${wb.findResult}
        .versions=${wb.versions}
        .since=${wb.since}
        @bt-request-changed-since=${(e: Detail<{ id: string }>) => wb.setChangedSince(e.detail.id)}
        @bt-request-track-decide=${(e: Detail<{ ids: string[]; decision: Decision }>) =>
          wb.decideTracked(e.detail.ids, e.detail.decision)}
        @bt-request-edit=${h.edit}
        @bt-request-leave=${h.leave}
        @bt-request-confirm=${h.confirm}
        @bt-request-copy-source=${h.copy}
        @bt-request-status=${h.status}
        @bt-request-note=${h.note}
        @bt-request-merge=${h.merge}
        @bt-request-split=${h.split}
        @bt-request-replace-all=${h.replaceAll}
        @bt-request-undo=${() => wb.undo()}
        @bt-request-redo=${() => wb.redo()}
        @bt-request-activate=${(e: Detail<{ id: string }>) => this._panel && wb.activate(e.detail.id)}
      ></bt-editor>
      ${
        this._panel
          ? html`<bt-side-panel
              .history=${wb.history}
              .versions=${wb.versions}
              .row=${rowNumber}
              .activeRow=${rowNumber ? cur.segments[rowNumber - 1] : undefined}
              @bt-request-comment=${(e: Detail<{ id: string; text: string }>) =>
                wb.addComment(e.detail.id, e.detail.text)}
              @bt-request-resolve-comment=${(
                e: Detail<{ id: string; commentId: string; resolved: boolean }>,
              ) => wb.resolveComment(e.detail.id, e.detail.commentId, e.detail.resolved)}
              @bt-request-save-version=${(e: Detail<{ name: string }>) => wb.saveVersion(e.detail.name)}
              @bt-request-rename-version=${(e: Detail<{ id: string; name: string }>) =>
                wb.renameVersion(e.detail.id, e.detail.name)}
              @bt-request-delete-version=${(e: Detail<{ id: string }>) => wb.deleteVersion(e.detail.id)}
              @bt-request-restore-version=${(e: Detail<{ id: string }>) => wb.restoreVersion(e.detail.id)}
              @bt-request-restore-revision=${(
                e: Detail<{ id: number; side: 'before' | 'after' }>,
              ) => wb.restoreRevision(e.detail.id, e.detail.side)}
            ></bt-side-panel>`
          : nothing
      }
    </main>`;
  }

  private _renderReview() {
    const wb = this._wb!;
    const cur = wb.current!;
    return html`<main class="editor">
      <bt-compare-view
        .project=${cur.project}
        .documentName=${cur.doc.name}
        .segments=${cur.segments}
        .versions=${wb.versions}
        .loadedVersions=${wb.loadedVersions}
        @bt-request-load-version=${(e: Detail<{ id: string }>) => wb.loadVersion(e.detail.id)}
        @bt-request-review=${(e: Detail<{ patches: ReviewPatch[]; decision: string }>) =>
          wb.applyReview(e.detail.patches, `review.notice.${e.detail.decision}`)}
        @bt-request-set-statuses=${(e: Detail<{ ids: string[]; status: Status }>) =>
          wb.setStatuses(e.detail.ids, e.detail.status)}
        @bt-request-comment=${(e: Detail<{ id: string; text: string }>) =>
          wb.addComment(e.detail.id, e.detail.text)}
        @bt-request-resolve-comment=${(
          e: Detail<{ id: string; commentId: string; resolved: boolean }>,
        ) => wb.resolveComment(e.detail.id, e.detail.commentId, e.detail.resolved)}
      ></bt-compare-view>
    </main>`;
  }

  private async _downloadBackup() {
    const json = await this._wb!.exportBackup();
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    a.download = `bitext-workbench-backup-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  }

  override render() {
    const wb = this._wb;
    return html`
      <header>
        <h1><a href="#/">${t('app.title')}</a></h1>
        ${
          wb?.current
            ? html`<a href="#/">${t('library.title')}</a>
                <span class="project" title=${wb.current.project.name}
                  >${wb.current.project.name}</span
                >`
            : nothing
        }
        <span class="spacer"></span>
        ${
          wb?.current
            ? html`<button @click=${() => this._exchange.openExport()}>
                ${t('exchange.export.button')}
              </button>`
            : nothing
        }
        ${
          wb?.current
            ? html`<a
                href=${this._review ? `#/p/${wb.current.project.id}` : `#/p/${wb.current.project.id}/compare`}
                title=${this._review ? '' : t('review.openTip')}
                >${this._review ? t('review.back') : t('review.open')}</a
              >`
            : nothing
        }
        ${
          wb
            ? html`<bt-role-switch
                .workRole=${wb.who.role}
                .author=${wb.who.author}
                @bt-request-role=${(e: Detail<{ role: Role }>) => wb.setRole(e.detail.role)}
                @bt-request-author=${(e: Detail<{ author: string }>) => wb.setAuthor(e.detail.author)}
              ></bt-role-switch>`
            : nothing
        }
        ${
          wb?.current && !this._review
            ? html`<button
                aria-pressed=${this._panel ? 'true' : 'false'}
                @click=${() => {
                  this._panel = !this._panel;
                  if (this._panel && wb.activeId) void wb.activate(wb.activeId);
                }}
              >
                ${t('panel.toggle')}
              </button>`
            : nothing
        }
        ${wb ? html`<bt-save-indicator .state=${wb.save.state} .savedAt=${wb.save.at}></bt-save-indicator>` : nothing}
        <bt-language-switch></bt-language-switch>
      </header>
      ${
        this._fatal
          ? html`<p class="message" role="alert">
              ${t('app.cannotOpen', { reason: this._fatal })}
            </p>`
          : wb
            ? this._renderMain()
            : html`<p class="message">${t('app.loading')}</p>`
      }
      ${
        wb?.notice
          ? html`<bt-toast
              .message=${t(wb.notice.key, wb.notice.params)}
              .kind=${wb.notice.kind}
              .action=${wb.notice.action ? t(wb.notice.action.key) : ''}
              @bt-request-notice-action=${() => wb.runNoticeAction()}
              @bt-request-dismiss=${() => wb.dismissNotice()}
            ></bt-toast>`
          : nothing
      }
      ${this._exchange.render()}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-app': BtApp;
  }
}
