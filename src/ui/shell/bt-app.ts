import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { I18nController } from '../../i18n/i18n-controller.js';
import { i18n, i18nReady, loadStrings, t } from '../../i18n/index.js';
import { registerServiceWorker } from './service-worker.js';
import { openCoreServices, type CoreServices, type LateServices } from '../../state/index.js';
import {
  documentContext,
  libraryContext,
  memoryContext,
  noticesContext,
  qaContext,
  reviewContext,
  teamContext,
  sessionContext,
  termsContext,
} from '../../state/contexts.js';
import { Watch } from '../common/watch.js';
import type { BtEvent } from '../common/events.js';
import type { ExchangeController } from '../exchange/exchange-controller.js';
import type { RecoveryService } from '../../state/recovery.js';
import type { BtRecovery } from './bt-recovery.js';
import '../library/events.js';
import './bt-save-indicator.js';
import './bt-toast.js';
import '../grid/bt-grid-page.js';
import { controlStyles } from '../common/controls.js';
import type { BtShareDialog } from '../team/bt-share-dialog.js';
import '../team/events.js';
import { focusRing } from '../common/focus-ring.js';
import { appStyles } from './app-styles.js';
import { loadPage, routeOf, type Page } from './routes.js';
import { appHeader } from './app-header.js';

/** Runs `fn` once, when the next frame is drawn (or after a second, in a tab that draws none). */
function afterNextFrame(fn: () => void): void {
  let done = false;
  const once = () => {
    if (!done) fn();
    done = true;
  };
  setTimeout(once, 1000);
  requestAnimationFrame(() => setTimeout(once, 0));
}

/**
 * The application shell: opens the state services and provides them to every element below,
 * shows the header, and the page the URL hash names (library, new project, grid, review), so
 * reload and back/forward work. It re-renders only for what the header shows: the open
 * project, the save status, who is working, and the notice.
 */
@customElement('bt-app')
export class BtApp extends LitElement {
  static override styles = [focusRing, controlStyles, appStyles];

  @state() private _services?: CoreServices;
  /** The TM, termbase and team services: in a moment after the first paint. */
  @state() private _late?: LateServices;
  private _lateReady?: Promise<LateServices>;
  /** Set when the workspace could not be opened: the recovery screen is shown instead. */
  @state() private _recovery?: RecoveryService;
  @state() private _panel = false;
  @state() private _page: Page = 'library';
  @state() private _share = false;

  /** Import and export dialogs: their controller loads the first time one is opened. */
  private _exchange?: ExchangeController;
  private async _exchanges(): Promise<ExchangeController> {
    if (!this._exchange) {
      const { ExchangeController } = await import('../exchange/exchange-controller.js');
      this._exchange ??= new ExchangeController(
        this,
        () => this._services,
        (id) => this._openCreated(id),
        () => void this._openQa(),
      );
    }
    return this._exchange;
  }
  /** A project just created opens with the caret in its first row's translation. */
  private _caretToFirstRow = false;
  /** Rows a project made from an alignment opens with confirmed: offered to the TM once open. */
  private _offerToTm = 0;
  private readonly _onHash = () => void this._route();
  private _routeSeq = 0;
  private readonly _providers = {
    notices: new ContextProvider(this, { context: noticesContext }),
    session: new ContextProvider(this, { context: sessionContext }),
    library: new ContextProvider(this, { context: libraryContext }),
    document: new ContextProvider(this, { context: documentContext }),
    review: new ContextProvider(this, { context: reviewContext }),
    qa: new ContextProvider(this, { context: qaContext }),
    terms: new ContextProvider(this, { context: termsContext }),
    memory: new ContextProvider(this, { context: memoryContext }),
    team: new ContextProvider(this, { context: teamContext }),
  };

  constructor() {
    super();
    new I18nController(this);
    const s = () => this._services;
    new Watch(
      this,
      () => s()?.document,
      (d) => [d.current?.project, d.save],
    );
    new Watch(
      this,
      () => s()?.session,
      (x) => [x.who],
    );
    new Watch(
      this,
      () => s()?.notices,
      (x) => [x.notice],
    );
    new Watch(
      this,
      () => this._late?.team,
      (x) => [x.link, x.status, x.peers, x.busy, x.members, x.invites],
    );
    new Watch(
      this,
      () => this._recovery,
      (r) => [r.diagnosis, r.busy, r.failure],
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this._onHash);
    void this._start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this._onHash);
  }

  private async _start() {
    try {
      // The services the first screen does not need start once it is drawn: their reads and code
      // would otherwise compete with the grid's first rows.
      let paint!: () => void;
      const painted = new Promise<void>((resolve) => (paint = resolve));
      const services = await openCoreServices(undefined, { lateAfter: painted });
      const off = services.document.subscribe((now) => {
        if (!now.current) return;
        off();
        afterNextFrame(paint);
      });
      for (const k of ['notices', 'session', 'library', 'document'] as const)
        this._providers[k].setValue(services[k] as never);
      this._lateReady = services.late;
      services.late.then(
        (late) => {
          for (const k of ['review', 'terms', 'memory', 'team'] as const)
            this._providers[k].setValue(late[k] as never);
          this._late = late;
        },
        (e: unknown) => {
          // Their code did not arrive (offline on a first visit): the grid works without them.
          console.error(e);
        },
      );
      // Quality checks load after the first paint; their elements wait for the service.
      void painted.then(() => this._loadQa(services));
      // A first visit (nothing stored yet) opens the demo project; the app shows once it is there.
      // Its name is in the UI language, whose strings may still be loading.
      await i18nReady();
      const demoId = await services.library.seedDemoOnFirstVisit();
      this._services = services;
      if (demoId && !location.hash) location.hash = `#/p/${demoId}`;
      await this._route();
      // No document on this page (library, new project): nothing to wait for.
      off();
      paint();
      registerServiceWorker();
    } catch (e) {
      // Whatever is in the database, the app opens: on the recovery screen, which offers to
      // download what can be read and to open without the part that cannot.
      // The screen and the salvage code load only then, not on every first visit.
      console.error(e);
      const [{ RecoveryService }] = await Promise.all([
        import('../../state/recovery.js'),
        import('./bt-recovery.js'),
        loadStrings('recovery'),
        loadStrings('formatError'),
      ]);
      this._recovery = new RecoveryService();
      await this._recovery.diagnose(e).catch(() => undefined);
    }
  }

  /** Quality checks, after the first paint; offline before their code arrived, once back online. */
  private _loadQa(services: CoreServices) {
    services.loadQa().then(
      (qa) => this._providers.qa.setValue(qa),
      () => globalThis.addEventListener('online', () => this._loadQa(services), { once: true }),
    );
  }

  /** Runs a recovery step, then opens the workspace again (a new failure, a new diagnosis). */
  private async _recover(action: () => Promise<unknown>) {
    try {
      await action();
    } catch {
      return; // the screen shows the failure in words
    }
    this._recovery = undefined;
    await this._start();
  }

  private _renderRecovery(r: RecoveryService) {
    return html`<main tabindex="-1">
      <bt-recovery
        .diagnosis=${r.state.diagnosis}
        ?busy=${r.state.busy}
        .failure=${r.state.failure ?? ''}
        @bt-request-download-salvage=${async (e: BtEvent<'bt-request-download-salvage'>) =>
          (e.currentTarget as BtRecovery).download(await r.downloadSalvage())}
        @bt-request-open-without-damaged=${() => this._recover(() => r.openWithoutDamaged())}
        @bt-request-start-empty=${() => this._recover(() => r.startEmpty())}
      ></bt-recovery>
    </main>`;
  }

  private async _route() {
    this._exchange?.closeAll();
    this._services?.notices.leavePage();
    const { page, project } = routeOf(location.hash);
    // Pages other than the grid load only when they are opened.
    await loadPage(page, () => this._services?.library.loadCheck() ?? Promise.resolve());
    // The page is shown at once: the grid fills in with the document's first screen of rows
    // while the rest is still being read.
    const seq = ++this._routeSeq;
    this._page = page;
    const doc = this._services?.document;
    await doc?.open(project);
    // A project that does not exist (any more) shows the library; a later route decides its own.
    if (seq === this._routeSeq && (page === 'grid' || page === 'review') && !doc?.current)
      this._page = 'library';
    else if (seq === this._routeSeq && page === 'grid' && this._caretToFirstRow)
      await this._focusFirstRow();
    if (seq !== this._routeSeq) return;
    // The link or button that led here went with the page before: a keyboard user goes on from
    // the new page's start, not from the top of the window.
    await this.updateComplete;
    if (document.activeElement === document.body)
      this.shadowRoot?.querySelector<HTMLElement>('main')?.focus({ preventScroll: true });
  }

  private async _createAligned(e: BtEvent<'bt-request-create-aligned'>) {
    // A second click while the project is being written is refused by the library service.
    const r = e.detail;
    const { projectRows } = await import('../../core/beads.js');
    const rows = projectRows(r.rows, r.sourceLang, r.targetLang);
    const id = await this._services?.library.create({
      name: r.name,
      sourceLang: r.sourceLang,
      targetLang: r.targetLang,
      rows,
    });
    if (!id) return;
    // The alignment check became a project: its draft is no longer needed.
    await (await this._services?.library.loadCheck())?.discard();
    this._offerToTm = rows.filter((x) => x.status === 'translated').length;
    this._openCreated(id);
  }

  private _openCreated(id: string) {
    this._caretToFirstRow = true;
    location.hash = `#/p/${encodeURIComponent(id)}`;
  }

  /** After a new project opened: the caret goes to row 1's translation, ready to type. */
  private async _focusFirstRow() {
    this._caretToFirstRow = false;
    const offer = this._offerToTm;
    this._offerToTm = 0;
    if (offer > 0) void this._lateReady?.then((late) => late.memory.offerConfirmedRows(offer));
    const first = this._services?.document.current?.segments[0];
    if (!first) return;
    await this.updateComplete;
    const page = this.shadowRoot?.querySelector('bt-grid-page');
    await page?.updateComplete;
    page?.focusRow(first.id);
  }

  /** Opens the side panel at its QA tab. */
  private async _openQa() {
    this._panel = true;
    await this.updateComplete;
    await this.shadowRoot?.querySelector('bt-grid-page')?.showPanel('qa');
  }

  private _renderMain() {
    switch (this._page) {
      case 'new':
        return html`<main tabindex="-1">
          <bt-new-project
            @bt-request-create-aligned=${this._createAligned}
            @bt-request-cancel=${() => (location.hash = '#/')}
          ></bt-new-project>
        </main>`;
      case 'library':
        return html`<main tabindex="-1">
          <bt-library-page
            @bt-request-open-import=${() => void this._exchanges().then((x) => x.openImport())}
          ></bt-library-page>
        </main>`;
      case 'review':
        return html`<main tabindex="-1" class="editor"><bt-review-page></bt-review-page></main>`;
      case 'tm':
        return html`<main tabindex="-1"><bt-tm-page></bt-tm-page></main>`;
      case 'grid':
        return html`<main tabindex="-1" class="editor">
          <bt-grid-page ?panel=${this._panel}></bt-grid-page>
        </main>`;
      case 'join':
        return html`<main tabindex="-1">
          <bt-join-page
            .author=${this._services?.session.who.author ?? ''}
            ?busy=${this._late?.team.state.busy ?? !this._late}
            @bt-request-join=${this._join}
          ></bt-join-page>
        </main>`;
    }
  }

  private readonly _join = async (e: BtEvent<'bt-request-join'>) => {
    const team = (await this._lateReady)?.team;
    const id = await team?.join(location.href, e.detail.name);
    if (id) location.hash = `#/p/${encodeURIComponent(id)}`;
  };

  private async _openShare() {
    await Promise.all([import('../team/bt-share-dialog.js'), loadStrings('team'), this._lateReady]);
    this._share = true;
    void this._late?.team.loadAccess();
  }

  private _renderShare() {
    const team = this._late?.team;
    // Once loaded it stays in the page, closed rather than removed, so that closing it hands the
    // focus back to the button that opened it (a removed dialog left it on the page's body).
    if (!team || !customElements.get('bt-share-dialog')) return nothing;
    return html`<bt-share-dialog
      ?open=${this._share}
      ?team=${!!team.state.link}
      ?owner=${team.state.link?.owner ?? false}
      ?busy=${team.state.busy}
      .author=${this._services?.session.who.author ?? ''}
      .members=${team.state.members}
      .invites=${team.state.invites}
      @bt-request-remove-member=${(e: BtEvent<'bt-request-remove-member'>) =>
        team.removeMember(e.detail.userId)}
      @bt-request-revoke-invite=${(e: BtEvent<'bt-request-revoke-invite'>) =>
        team.revokeInvite(e.detail.code)}
      @bt-request-share=${async (e: BtEvent<'bt-request-share'>) => {
        if (await team.share(e.detail.server, e.detail.name)) this._share = true;
      }}
      @bt-request-invite=${async (e: BtEvent<'bt-request-invite'>) => {
        const dialog = e.currentTarget as BtShareDialog;
        const link = await team.invite(e.detail.role);
        if (link) dialog.showInvite(e.detail.role, link);
      }}
      @bt-request-close-share=${() => (this._share = false)}
    ></bt-share-dialog>`;
  }

  override render() {
    // Nothing until the UI language's strings are in (a moment on the first paint).
    if (!i18n.isInitialized) return nothing;
    const s = this._services;
    const project =
      this._page === 'grid' || this._page === 'review' ? s?.document.current?.project : undefined;
    const who = s?.session.state.who;
    const notice = s?.notices.state.notice;
    const save = s?.document.state.save;
    const team = this._late?.team.state;
    // The status bar's team part loads with the first team project.
    if (team?.link) void import('../team/bt-team-status.js').catch(() => undefined);
    // The role switch follows the first paint (the grid comes first).
    if (who) void import('./bt-role-switch.js').catch(() => undefined);
    return html`
      ${appHeader({
        project,
        page: this._page,
        panel: this._panel,
        team: !!team?.link,
        who,
        onShare: () => void this._openShare(),
        onExport: () => void this._exchanges().then((x) => x.openExport()),
        onRole: (role) => s?.session.setRole(role),
        onAuthor: (author) => s?.session.setAuthor(author),
        onPanel: () => (this._panel = !this._panel),
        onQa: () => void this._openQa(),
      })}
      ${
        this._recovery
          ? this._renderRecovery(this._recovery)
          : s
            ? this._renderMain()
            : html`<p class="message">${t('app.loading')}</p>`
      }
      ${
        save
          ? html`<footer class="status-bar">
              <bt-save-indicator
                @bt-request-show-conflict=${() => s?.document.showConflicts()}
                .state=${save.state}
                .savedAt=${save.at}
                ?device=${!!team?.link}
              ></bt-save-indicator>
              ${
                team?.link
                  ? html`<bt-team-status
                      .status=${team.status}
                      .peers=${team.peers}
                    ></bt-team-status>`
                  : nothing
              }
            </footer>`
          : nothing
      }
      ${
        notice && s
          ? html`<bt-toast
              .message=${t(notice.key, notice.params)}
              .kind=${notice.kind}
              .action=${notice.action ? t(notice.action.key) : ''}
              @bt-request-notice-action=${() => s.notices.runAction()}
              @bt-request-dismiss=${() => s.notices.dismiss()}
            ></bt-toast>`
          : nothing
      }
      ${this._exchange?.render() ?? nothing} ${this._renderShare()}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-app': BtApp;
  }
}
