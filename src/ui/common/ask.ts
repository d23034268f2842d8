// The app's questions to the user, instead of the browser's confirm() and prompt(): those block
// the whole tab (sync, autosave and other tabs' messages wait), speak the browser's language
// ("localhost says…"), and once a user ticks "prevent additional dialogs" confirm() answers false
// for good. Each question is a <bt-ask-dialog> of its own, added to the page while it is asked.
import type { ConfirmQuestion, Question, TextQuestion } from './bt-ask-dialog.js';
import { focusReturn } from './focus-return.js';
import { loadStrings } from '../../i18n/index.js';

export type { ConfirmQuestion, TextQuestion };

let loading: Promise<unknown> | undefined;
/** The dialog's code and words: not in the first paint's bundle. */
const load = () =>
  (loading ??= Promise.all([import('./bt-ask-dialog.js'), loadStrings('ask')]).catch((e) => {
    loading = undefined;
    throw e;
  }));
// Fetched once the page is idle rather than at the first question: a question asked after the
// network went away (before the service worker keeps the files) must still open.
if (typeof requestIdleCallback === 'function')
  requestIdleCallback(() => void load().catch(() => undefined));

async function ask(question: Question): Promise<boolean | string | null> {
  // Where the keyboard was: the element goes away with its answer, so focus is given back by hand.
  const giveBack = focusReturn();
  await load();
  const el = document.createElement('bt-ask-dialog');
  document.body.append(el);
  try {
    return await el.open(question);
  } finally {
    el.remove();
    giveBack(Promise.resolve());
  }
}

/** Asks a yes-or-no question in the app's own modal dialog: true when the user confirmed. */
export const askConfirm = async (q: ConfirmQuestion): Promise<boolean> =>
  (await ask({ kind: 'confirm', ...q })) === true;

/**
 * Asks for a line of text (a new name) in the app's own modal dialog, the current text in the
 * field: the trimmed text, never empty nor unchanged; null when the user cancelled.
 */
export const askText = async (q: TextQuestion): Promise<string | null> => {
  const answer = await ask({ kind: 'text', ...q });
  return typeof answer === 'string' ? answer : null;
};
