// The application's header: the title, the open project, the links and buttons beside it, the
// role and the UI language. A template of bt-app's (its styles apply), not an element of its own.
import { html, nothing } from 'lit';
import PanelRight from 'lucide/dist/esm/icons/panel-right.mjs';
import Database from 'lucide/dist/esm/icons/database.mjs';
import ShieldCheck from 'lucide/dist/esm/icons/shield-check.mjs';
import { t } from '../../i18n/index.js';
import { visibleControls } from '../../core/text/invisible.js';
import type { Project, Role } from '../../core/model.js';
import type { BtEvent } from '../common/events.js';
import { icon } from '../common/icon.js';
import type { Page } from './routes.js';
import './bt-language-switch.js';

export interface HeaderState {
  /** The project open on this page (grid or review), if any. */
  project?: Project;
  page: Page;
  /** The side panel is open. */
  panel: boolean;
  /** The open project is a team project. */
  team: boolean;
  /** Who is working here (the role switch shows once it is known). */
  who?: { role: Role; author: string };
  onShare: () => void;
  onExport: () => void;
  onRole: (role: Role) => void;
  onAuthor: (author: string) => void;
  onPanel: () => void;
  onQa: () => void;
}

export function appHeader(h: HeaderState) {
  const { project, who } = h;
  const review = h.page === 'review';
  return html` <header>
    <h1><a href="#/">${t('app.title')}</a></h1>
    ${
      project
        ? html`<a href="#/">${t('library.title')}</a>
            <bdi class="project" title=${visibleControls(project.name)}
              >${visibleControls(project.name)}</bdi
            >`
        : nothing
    }
    <span class="spacer"></span>
    ${
      // Beside an open project the header is full: the link shows as an icon with its name.
      project
        ? html`<a
            class="nav icon-link"
            href="#/tm"
            aria-label=${t('memoryLink')}
            data-tip=${t('memoryLink')}
            >${icon(Database)}</a
          >`
        : // Away from a project, the header names both places one goes back to.
          html`<a href="#/" aria-current=${h.page === 'library' ? 'page' : 'false'}
              >${t('library.title')}</a
            >
            <a href="#/tm" aria-current=${h.page === 'tm' ? 'page' : 'false'}
              >${t('memoryLink')}</a
            >`
    }
    ${
      project
        ? html`<button @click=${h.onShare}>
            ${h.team ? t('teamHeader.team') : t('teamHeader.share')}
          </button>`
        : nothing
    }
    ${
      project ? html`<button @click=${h.onExport}>${t('exchange.export.button')}</button>` : nothing
    }
    ${
      project
        ? html`<a
            href=${review ? `#/p/${project.id}` : `#/p/${project.id}/compare`}
            class="nav"
            title=${review ? '' : t('review.openTip')}
            >${review ? t('review.back') : t('review.open')}</a
          >`
        : nothing
    }
    ${
      who
        ? html`<bt-role-switch
            ?compact=${!!project}
            .workRole=${who.role}
            .author=${who.author}
            @bt-request-role=${(e: BtEvent<'bt-request-role'>) => h.onRole(e.detail.role)}
            @bt-request-author=${(e: BtEvent<'bt-request-author'>) => h.onAuthor(e.detail.author)}
          ></bt-role-switch>`
        : nothing
    }
    ${
      project && !review
        ? html`<button
            class="icon-only"
            aria-label=${t('grid.panelToggle')}
            data-tip=${t('grid.panelToggle')}
            aria-pressed=${h.panel ? 'true' : 'false'}
            @click=${h.onPanel}
          >
            ${icon(PanelRight)}
          </button>`
        : nothing
    }
    ${
      project && !review
        ? html`<button
            class="icon-only"
            aria-label=${t('qaOpen')}
            data-tip=${t('qaOpen')}
            @click=${h.onQa}
          >
            ${icon(ShieldCheck)}
          </button>`
        : nothing
    }
    <bt-language-switch></bt-language-switch>
  </header>`;
}
