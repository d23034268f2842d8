import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  documentContext,
  memoryContext,
  qaContext,
  reviewContext,
  sessionContext,
  teamContext,
  termsContext,
} from '../../state/contexts.js';
import type { QaService } from '../../state/qa.js';
import type { TermsService } from '../../state/terms.js';
import type { TermHit } from '../../core/terms/types.js';
import type { TermsController } from '../terms/terms-controller.js';
import type { MemoryService } from '../../state/memory.js';
import { loadStrings } from '../../i18n/index.js';
import type { MemoryController } from '../memory/memory-controller.js';
import type { SessionService } from '../../state/session.js';
import type { Peer, TeamService } from '../../state/team.js';
import type { DocumentService } from '../../state/document.js';
import type { ReviewService } from '../../state/review.js';
import { Watch } from '../common/watch.js';
import type { BtEvent } from '../common/events.js';
import type { BtEditor } from './bt-editor.js';
import './bt-editor.js';
import './events.js';
import { focusRing } from '../common/focus-ring.js';

/**
 * The grid page: the open document in the translation grid, with the history/versions panel.
 * It is where the grid's requests become calls on the document and review services; it
 * re-renders only when what it shows changes (rows, undo state, versions, the active row).
 */
@customElement('bt-grid-page')
export class BtGridPage extends LitElement {
  static override styles = [
    focusRing,
    css`
      :host {
        display: grid;
        grid-template-columns: 1fr;
        min-height: 0;
        height: 100%;
        overflow: hidden;
      }
      :host([panel]) {
        /*
         * On a narrow window the grid gives way (minmax(0, …)) instead of pushing the panel out of
         * the window, and the panel narrows first, so the rows keep most of the width.
         */
        grid-template-columns: minmax(0, 1fr) clamp(16rem, 30vw, 24rem);
      }
      :host > bt-editor {
        min-width: 0;
        overflow-x: auto;
      }
    `,
  ];

  @query('bt-editor') private _editor?: BtEditor;
  @query('bt-side-panel') private _sidePanel?: HTMLElementTagNameMap['bt-side-panel'];

  @consume({ context: documentContext })
  @property({ attribute: false })
  doc?: DocumentService;

  // Provided a moment after the first paint.
  @consume({ context: reviewContext, subscribe: true })
  @property({ attribute: false })
  review?: ReviewService;

  @consume({ context: sessionContext })
  @property({ attribute: false })
  session?: SessionService;

  // Provided after the first paint, when the checks have loaded.
  @consume({ context: qaContext, subscribe: true })
  @property({ attribute: false })
  qa?: QaService;

  // Provided a moment after the first paint.
  @consume({ context: termsContext, subscribe: true })
  @property({ attribute: false })
  terms?: TermsService;

  /** Term keys, panel and Add term: loaded after the first paint (a first visit needs none). */
  private _terms?: TermsController;
  private _termsOfIndex?: unknown;
  private _termsOf?: (source: string) => readonly TermHit[];

  // Provided a moment after the first paint.
  @consume({ context: memoryContext, subscribe: true })
  @property({ attribute: false })
  memory?: MemoryService;

  /** Translation memory: matches in the side panel, Ctrl+1…9, pre-translation (loaded after the first paint). */
  private _memory?: MemoryController;

  // Provided a moment after the first paint.
  @consume({ context: teamContext, subscribe: true })
  @property({ attribute: false })
  team?: TeamService;

  /** Shows the history, comments and versions panel beside the grid. */
  @property({ type: Boolean, reflect: true }) panel = false;

  constructor() {
    super();
    new Watch(
      this,
      () => this.doc,
      (s) => [
        s.current,
        s.canUndo,
        s.canRedo,
        s.replaced,
        s.readOnly,
        this.panel ? s.activeId : undefined,
        this.panel ? s.history : undefined,
      ],
    );
    new Watch(
      this,
      () => this.review,
      (s) => [s.versions, s.since, s.shared, s.manageable],
    );
    new Watch(
      this,
      () => this.session,
      (s) => [s.who.role],
    );
    new Watch(
      this,
      () => this.team,
      (s) => [s.peers],
    );
    new Watch(
      this,
      () => this.qa,
      (s) => [s.byRow],
    );
    new Watch(
      this,
      () => this.terms,
      (s) => [s.index, this.panel ? s : undefined],
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void Promise.all([import('../memory/memory-controller.js'), loadStrings('memory')]).then(
      ([{ MemoryController }]) => {
        this._memory ??= new MemoryController(
          this,
          () => this.memory,
          () => this.doc,
        );
        this.requestUpdate();
      },
    );
    void Promise.all([import('../terms/terms-controller.js'), loadStrings('terms')]).then(
      ([{ TermsController }]) => {
        this._terms ??= new TermsController(this, {
          terms: () => this.terms,
          project: () => this.doc?.current?.project,
          active: () => {
            const id = this.doc?.state.activeId;
            const s = id ? this.doc?.row(id) : undefined;
            return s && { id: s.id, source: s.source };
          },
          insert: (text, range) => this._editor?.insertInActive(text, range),
        });
        this.requestUpdate();
      },
    );
  }

  /** A new function whenever the termbases read change, so the editor re-renders its rows. */
  private _termsFinder() {
    const index = this.terms?.state.index;
    if (index !== this._termsOfIndex) {
      this._termsOfIndex = index;
      this._termsOf = index ? (source) => index.find(source) : undefined;
    }
    return this._termsOf;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('panel')) void this.doc?.showHistory(this.panel);
    // The panel's code loads the first time it is opened, not on the first visit.
    if (this.panel) void import('./bt-side-panel.js');
    if (this.panel) void import('../qa/bt-qa-tab.js');
  }

  /** Shows a tab of the side panel (which the shell has opened). */
  async showPanel(tab: 'qa'): Promise<void> {
    await import('./bt-side-panel.js');
    await this.updateComplete;
    await this._sidePanel?.show(tab);
  }

  private _peersOf?: readonly Peer[];
  private _peersMap: ReadonlyMap<string, readonly string[]> = new Map();

  /** Team members by the row they are in (rebuilt only when presence changes). */
  private _peersByRow() {
    const peers = this.team?.state.peers ?? [];
    if (peers !== this._peersOf) {
      this._peersOf = peers;
      const m = new Map<string, string[]>();
      for (const p of peers) if (p.rowId) m.set(p.rowId, [...(m.get(p.rowId) ?? []), p.name]);
      this._peersMap = m;
    }
    return this._peersMap;
  }

  /** Moves the caret to a row's translation. */
  focusRow(id: string): void {
    this._editor?.focusRow(id);
  }

  override render() {
    const doc = this.doc;
    const cur = doc?.current;
    const review = this.review;
    if (!doc || !cur) return nothing;
    const { canUndo, canRedo, replaced, activeId, history } = doc.state;
    const row = activeId && this.panel ? cur.segments.findIndex((x) => x.id === activeId) + 1 : 0;
    return html`<bt-editor
        .workRole=${this.session?.who.role ?? 'translator'}
        ?readOnly=${!!doc.state.readOnly}
        .peers=${this._peersByRow()}
        .project=${cur.project}
        .segments=${cur.segments}
        .canUndo=${canUndo}
        .canRedo=${canRedo}
        .replaced=${replaced}
        .versions=${review?.state.versions ?? []}
        .since=${review?.state.since}
        .qaByRow=${this.qa?.state.byRow}
        .termsOf=${this._termsFinder()}
        @keydown=${this._terms?.onKeyDown}
        @focusout=${this._terms?.onFocusOut}
        @bt-request-changed-since=${(e: BtEvent<'bt-request-changed-since'>) =>
          review?.setChangedSince(e.detail.id)}
        @bt-request-track-decide=${(e: BtEvent<'bt-request-track-decide'>) =>
          review?.decideTracked(e.detail.ids, e.detail.decision)}
        @bt-request-edit=${(e: BtEvent<'bt-request-edit'>) =>
          doc.edit(e.detail.id, e.detail.field, e.detail.value)}
        @bt-request-leave=${() => doc.flush()}
        @bt-request-confirm=${(e: BtEvent<'bt-request-confirm'>) => doc.confirm(e.detail.id)}
        @bt-request-copy-source=${(e: BtEvent<'bt-request-copy-source'>) =>
          doc.copySource(e.detail.id)}
        @bt-request-status=${(e: BtEvent<'bt-request-status'>) =>
          doc.setStatus(e.detail.id, e.detail.status)}
        @bt-request-note=${(e: BtEvent<'bt-request-note'>) =>
          doc.setNote(e.detail.id, e.detail.note)}
        @bt-request-merge=${(e: BtEvent<'bt-request-merge'>) => doc.mergeWithNext(e.detail.id)}
        @bt-request-split=${(e: BtEvent<'bt-request-split'>) =>
          doc.split(e.detail.id, e.detail.field, e.detail.offset)}
        @bt-request-replace-all=${(e: BtEvent<'bt-request-replace-all'>) =>
          doc.replaceAll(e.detail)}
        @bt-request-replace-match=${(e: BtEvent<'bt-request-replace-match'>) =>
          doc.replaceMatch(e.detail)}
        @bt-request-bulk=${(e: BtEvent<'bt-request-bulk'>) => doc.bulk(e.detail.ids, e.detail.action)}
        @bt-request-undo=${() => doc.undo()}
        @bt-request-redo=${() => doc.redo()}
        @bt-active-change=${(e: BtEvent<'bt-active-change'>) => doc.activate(e.detail.id)}
      ></bt-editor>
      ${
        this.panel
          ? html`<bt-side-panel
              .history=${history}
              .versions=${review?.state.versions ?? []}
              ?readOnly=${!!doc.state.readOnly}
              ?shared=${review?.state.shared ?? false}
              .manageable=${review?.state.manageable ?? new Set<string>()}
              .row=${row}
              .activeRow=${row ? cur.segments[row - 1] : undefined}
              @bt-request-comment=${(e: BtEvent<'bt-request-comment'>) =>
                review?.addComment(e.detail.id, e.detail.text, e.detail.issue)}
              @bt-request-resolve-comment=${(e: BtEvent<'bt-request-resolve-comment'>) =>
                review?.resolveComment(e.detail.id, e.detail.commentId, e.detail.resolved)}
              @bt-request-withdraw-issue=${(e: BtEvent<'bt-request-withdraw-issue'>) =>
                review?.withdrawIssue(e.detail.id, e.detail.commentId, e.detail.withdrawn)}
              @bt-request-save-version=${(e: BtEvent<'bt-request-save-version'>) =>
                review?.saveVersion(e.detail.name)}
              @bt-request-rename-version=${(e: BtEvent<'bt-request-rename-version'>) =>
                review?.renameVersion(e.detail.id, e.detail.name)}
              @bt-request-delete-version=${(e: BtEvent<'bt-request-delete-version'>) =>
                review?.deleteVersion(e.detail.id)}
              @bt-request-restore-version=${(e: BtEvent<'bt-request-restore-version'>) =>
                review?.restoreVersion(e.detail.id)}
              @bt-request-restore-revision=${(e: BtEvent<'bt-request-restore-revision'>) =>
                doc.restoreRevision(e.detail.id, e.detail.side)}
            >
              <bt-qa-tab
                slot="qa"
                @bt-request-goto-row=${(e: BtEvent<'bt-request-goto-row'>) => this.focusRow(e.detail.id)}
              ></bt-qa-tab>
              ${this._terms?.renderPanel(row) ?? nothing} ${this._memory?.renderPanel() ?? nothing}
            </bt-side-panel>`
          : nothing
      }
      ${this._terms?.renderDialog() ?? nothing} ${this._memory?.renderDialogs() ?? nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-grid-page': BtGridPage;
  }
}
