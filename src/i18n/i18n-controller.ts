import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { i18n } from './index.js';

/** Re-renders its host whenever the UI language changes, or a feature's strings arrive. */
export class I18nController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  private readonly _onChange = () => this.host.requestUpdate();

  hostConnected(): void {
    i18n.on('languageChanged', this._onChange);
    i18n.store?.on('added', this._onChange);
  }

  hostDisconnected(): void {
    i18n.off('languageChanged', this._onChange);
    i18n.store?.off('added', this._onChange);
  }
}
