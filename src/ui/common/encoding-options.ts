// The encodings a text file may be read as, as <option>s of a "Read as" choice (the new-project
// text inputs and the import summary offer the same list, worded the same way).
import { html, type TemplateResult } from 'lit';
import { ENCODINGS } from '../../state/source-files.js';
import { t } from '../../i18n/index.js';

export const encodingOptions = (selected: string): TemplateResult[] =>
  ENCODINGS.map(
    (n) => html`<option value=${n} ?selected=${n === selected}>${t(`encoding.${n}`)}</option>`,
  );
