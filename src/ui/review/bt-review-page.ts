import { LitElement, html, css, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { documentContext, qaContext, reviewContext, sessionContext } from '../../state/contexts.js';
import type { QaService } from '../../state/qa.js';
import type { SessionService } from '../../state/session.js';
import type { DocumentService } from '../../state/document.js';
import type { ReviewService } from '../../state/review.js';
import { Watch } from '../common/watch.js';
import type { BtEvent } from '../common/events.js';
import './bt-compare-view.js';
import './bt-lqa-summary.js';
import './events.js';
import { focusRing } from '../common/focus-ring.js';

/**
 * The review page: two versions (or a version and now) compared, where a reviewer's decisions,
 * statuses and comments become calls on the review service.
 */
@customElement('bt-review-page')
export class BtReviewPage extends LitElement {
  static override styles = [
    focusRing,
    css`
      :host {
        display: grid;
        grid-template-rows: auto minmax(0, 1fr);
        min-height: 0;
        height: 100%;
        overflow: hidden;
      }
    `,
  ];

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

  /** The project's settings, the LQA threshold among them (provided when the checks load). */
  @consume({ context: qaContext, subscribe: true })
  @property({ attribute: false })
  qa?: QaService;

  constructor() {
    super();
    new Watch(
      this,
      () => this.qa,
      (s) => [s.settings, s.settingsBy],
    );
    new Watch(
      this,
      () => this.session,
      (s) => [s.who.role],
    );
    new Watch(
      this,
      () => this.doc,
      (s) => [s.current, s.readOnly],
    );
    new Watch(
      this,
      () => this.review,
      (s) => [s.versions, s.loadedVersions, s.comparison, s.comparing, s.decisions],
    );
  }

  override render() {
    const cur = this.doc?.current;
    const review = this.review;
    if (!cur || !review) return nothing;
    const s = review.state;
    // The quality score (LQA) of the whole document, above the comparison.
    const qa = this.qa;
    const threshold = qa?.state.settings.lqaThreshold;
    const lqa = html`<bt-lqa-summary
      .segments=${cur.segments}
      .threshold=${threshold}
      .by=${qa?.state.settingsBy ?? 'device'}
      @bt-request-lqa-threshold=${(e: BtEvent<'bt-request-lqa-threshold'>) =>
        qa?.setSettings({ ...qa.state.settings, lqaThreshold: e.detail.threshold })}
    ></bt-lqa-summary>`;
    const compare = html`<bt-compare-view
      .workRole=${this.session?.who.role ?? 'translator'}
      .project=${cur.project}
      .documentName=${cur.doc.name}
      .canSaveVersion=${!this.doc?.state.readOnly}
      .segments=${cur.segments}
      .lqaThreshold=${threshold}
      .versions=${s.versions}
      .loadedVersions=${s.loadedVersions}
      .comparison=${s.comparison}
      .comparing=${s.comparing}
      .decisions=${s.decisions}
      @bt-request-compare=${(e: BtEvent<'bt-request-compare'>) =>
        review.compare(e.detail.a, e.detail.b, e.detail.options, e.detail.sides)}
      @bt-request-save-version=${(e: BtEvent<'bt-request-save-version'>) =>
        review.saveVersion(e.detail.name)}
      @bt-request-load-version=${(e: BtEvent<'bt-request-load-version'>) =>
        review.loadVersion(e.detail.id)}
      @bt-request-review=${(e: BtEvent<'bt-request-review'>) =>
        review.decide(e.detail.patches, `review.notice.${e.detail.decision}`)}
      @bt-request-set-statuses=${(e: BtEvent<'bt-request-set-statuses'>) =>
        review.setStatuses(e.detail.ids, e.detail.status)}
      @bt-request-comment=${(e: BtEvent<'bt-request-comment'>) =>
        review.addComment(e.detail.id, e.detail.text, e.detail.issue)}
      @bt-request-resolve-comment=${(e: BtEvent<'bt-request-resolve-comment'>) =>
        review.resolveComment(e.detail.id, e.detail.commentId, e.detail.resolved)}
      @bt-request-withdraw-issue=${(e: BtEvent<'bt-request-withdraw-issue'>) =>
        review.withdrawIssue(e.detail.id, e.detail.commentId, e.detail.withdrawn)}
    ></bt-compare-view>`;
    return [lqa, compare];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-review-page': BtReviewPage;
  }
}
