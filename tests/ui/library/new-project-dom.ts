// Where the new-project page's parts are: its texts step is an element of its own
// (bt-new-project-texts), the check is in the page itself.
import '../../../src/ui/library/bt-new-project-texts.js';
import type { BtNewProject } from '../../../src/ui/library/bt-new-project.js';

/** The shadow root of the texts step (the form), while it is shown. */
export const formRoot = (el: BtNewProject): ShadowRoot =>
  el.shadowRoot!.querySelector('bt-new-project-texts')!.shadowRoot!;

/** Every button the page shows, in its check and in its form. */
export const pageButtons = (el: BtNewProject): HTMLButtonElement[] => [
  ...el.shadowRoot!.querySelectorAll('button'),
  ...(el
    .shadowRoot!.querySelector('bt-new-project-texts')
    ?.shadowRoot?.querySelectorAll('button') ?? []),
];

/** The page and its form have drawn what they were given. */
export async function settled(el: BtNewProject): Promise<void> {
  await el.updateComplete;
  await el.shadowRoot!.querySelector('bt-new-project-texts')?.updateComplete;
}
