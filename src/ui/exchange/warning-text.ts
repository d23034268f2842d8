// How an import's or export's warning is worded: from locales/ by its code (the core words it in
// English for the CLI and logs); a warning no code names is shown as it came.
import { readWarning } from '../../core/formats/warnings.js';
import { loadStrings, t } from '../../i18n/index.js';

// Loaded with the dialogs that show warnings (this module), not on a first visit.
void loadStrings('formatWarning');

export function warningText(message: string): string {
  const w = readWarning(message);
  return w ? t(`formatWarning.${w.code}`, w.params) : message;
}
