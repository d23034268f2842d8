import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { documentContext, qaContext } from '../../state/contexts.js';
import type { DocumentService } from '../../state/document.js';
import type { QaService } from '../../state/qa.js';
import { visibleControls } from '../../core/text/invisible.js';
import { Watch } from '../common/watch.js';
import type { BtEvent } from '../common/events.js';
import { exportQaReport } from './qa-report.js';
import './bt-qa-panel.js';
import './events.js';

/**
 * The QA tab of the grid's side panel: shows the QA service's findings in bt-qa-panel and turns
 * its requests into service calls. (`bt-request-goto-row` bubbles on to the grid page.)
 */
@customElement('bt-qa-tab')
export class BtQaTab extends LitElement {
  // Provided after the first paint, when the checks have loaded.
  @consume({ context: qaContext, subscribe: true })
  @property({ attribute: false })
  qa?: QaService;

  @consume({ context: documentContext })
  @property({ attribute: false })
  doc?: DocumentService;

  constructor() {
    super();
    new Watch(
      this,
      () => this.qa,
      (s) => [s.findings, s.counts, s.checkedAll, s.job, s.settings, s.settingsBy],
    );
  }

  private _report(kind: 'html' | 'csv') {
    const cur = this.doc?.current;
    if (!cur || !this.qa) return;
    exportQaReport(kind, this.qa.state.findings, {
      project: cur.project,
      name: visibleControls(cur.doc.name || cur.project.name),
      segments: cur.segments,
    });
  }

  override render() {
    const qa = this.qa;
    if (!qa) return nothing;
    const s = qa.state;
    return html`<bt-qa-panel
      .findings=${s.findings}
      .counts=${s.counts}
      .checkedAll=${s.checkedAll}
      .job=${s.job}
      .settings=${s.settings}
      .settingsBy=${s.settingsBy}
      @bt-request-qa-run=${() => qa.checkAll()}
      @bt-request-qa-cancel=${() => qa.cancel()}
      @bt-request-qa-ignore=${(e: BtEvent<'bt-request-qa-ignore'>) => qa.ignore(e.detail.findings)}
      @bt-request-qa-unignore=${(e: BtEvent<'bt-request-qa-unignore'>) =>
        qa.unignore(e.detail.findings)}
      @bt-request-qa-settings=${(e: BtEvent<'bt-request-qa-settings'>) =>
        qa.setSettings(e.detail.settings)}
      @bt-request-qa-report=${(e: BtEvent<'bt-request-qa-report'>) => this._report(e.detail.kind)}
    ></bt-qa-panel>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-qa-tab': BtQaTab;
  }
}
