// Component tests answer the app's own questions (src/ui/common/ask.ts) as a user would: by
// reading the open dialog and pressing its buttons. A caller that stops asking fails `asked()`.
import '../../src/ui/common/bt-ask-dialog.js';

export interface Asked {
  dialog: HTMLDialogElement;
  title: string;
  message: string;
  /** The main button's words ("Delete version"). */
  confirmLabel: string;
  /** The element that has the focus inside the dialog. */
  focused: Element | null;
  /** Presses the main button (true), Cancel (false), or types the text and presses the main button. */
  answer(choice: boolean | string): Promise<void>;
}

const open = () =>
  [...document.querySelectorAll('bt-ask-dialog')]
    .map((el) => el.shadowRoot?.querySelector('dialog'))
    .find((d): d is HTMLDialogElement => !!d?.open);

/** The question the app asks now; waits up to `ms` for it and throws when none comes. */
export async function asked(ms = 2000): Promise<Asked> {
  const until = performance.now() + ms;
  let dialog = open();
  while (!dialog) {
    if (performance.now() > until) throw new Error('no in-app question was asked');
    await new Promise((r) => setTimeout(r, 10));
    dialog = open();
  }
  const root = dialog.getRootNode() as ShadowRoot;
  const ok = dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  const cancel = dialog.querySelector<HTMLButtonElement>('button.cancel')!;
  const input = dialog.querySelector('input');
  return {
    dialog,
    title: dialog.querySelector('h2')!.textContent!.trim(),
    message: dialog.querySelector('p:not(.why)')?.textContent?.trim() ?? '',
    confirmLabel: ok.textContent!.trim(),
    focused: root.activeElement,
    async answer(choice) {
      if (typeof choice === 'string') {
        input!.value = choice;
        input!.dispatchEvent(new Event('input'));
        await (root.host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      }
      (choice === false ? cancel : ok).click();
      // The dialog's close event comes a task later; the element leaves as the answer is given,
      // and the caller hears it a few microtasks after that.
      while (root.host.isConnected) await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => setTimeout(r));
    },
  };
}

/** True when no in-app question is open. */
export const noneAsked = (): boolean => !open();
