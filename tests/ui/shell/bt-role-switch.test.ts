import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { initI18n, loadAllStrings } from '../../../src/i18n/index.js';
import '../../../src/ui/shell/bt-role-switch.js';
import type { BtRoleSwitch } from '../../../src/ui/shell/bt-role-switch.js';
import { ringClippedBy } from './ring.js';

const roleButtons = (el: BtRoleSwitch) => [
  ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.roles button'),
];
const roleButton = (el: BtRoleSwitch, name: string) =>
  roleButtons(el).find((b) => b.textContent!.trim() === name)!;
const pressed = (el: BtRoleSwitch) =>
  roleButtons(el)
    .find((b) => b.getAttribute('aria-pressed') === 'true')
    ?.textContent!.trim();

describe('bt-role-switch', () => {
  before(() => initI18n('en').then(loadAllStrings));

  it('shows the role and the name, and is accessible', async () => {
    const el = await fixture<BtRoleSwitch>(
      html`<bt-role-switch work-role="reviewer" author="王芳"></bt-role-switch>`,
    );
    expect(pressed(el)).to.equal('Reviewer');
    expect(el.shadowRoot!.querySelector('.name')!.textContent!.trim()).to.equal('王芳');
    await expect(el).to.be.accessible();
  });

  it('draws the whole focus ring round a role reached by keyboard, not a clipped line', async () => {
    const el = await fixture<BtRoleSwitch>(
      html`<bt-role-switch work-role="reviewer" author="王芳"></bt-role-switch>`,
    );
    for (const name of ['Translator', 'Reviewer']) {
      await sendKeys({ press: 'Tab' });
      const focused = el.shadowRoot!.activeElement as HTMLElement;
      expect(focused, name).to.equal(roleButton(el, name));
      expect(focused.matches(':focus-visible'), name).to.equal(true);
      expect(getComputedStyle(focused).outlineStyle, name).to.equal('solid');
      expect(ringClippedBy(focused, el), `${name}: ring clipped`).to.equal(undefined);
    }
  });

  it('with a name, a switch asks for the role at once', async () => {
    const el = await fixture<BtRoleSwitch>(html`<bt-role-switch author="王芳"></bt-role-switch>`);
    setTimeout(() => roleButton(el, 'Reviewer').click());
    expect((await oneEvent(el, 'bt-request-role')).detail).to.deep.equal({ role: 'reviewer' });
  });

  it('without a name, asks for it once, then sends the name and the role', async () => {
    const el = await fixture<BtRoleSwitch>(html`<bt-role-switch></bt-role-switch>`);
    const events: string[] = [];
    el.addEventListener('bt-request-author', (e) =>
      events.push(`author:${(e as CustomEvent<{ author: string }>).detail.author}`),
    );
    el.addEventListener('bt-request-role', (e) =>
      events.push(`role:${(e as CustomEvent<{ role: string }>).detail.role}`),
    );
    roleButton(el, 'Reviewer').click();
    await aTimeout(20);
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    // Its main action is drawn as every dialog's is: the primary button, after Cancel.
    const actions = [...dialog.querySelectorAll('.buttons button')];
    expect(
      actions.map((b) => [b.textContent!.trim(), b.classList.contains('primary')]),
    ).to.deep.equal([
      ['Cancel', false],
      ['Save', true],
    ]);
    expect(pressed(el)).to.equal('Translator');
    expect(events).to.deep.equal([]);
    // An empty name is not accepted.
    dialog.querySelector('form')!.requestSubmit();
    await aTimeout(20);
    expect(dialog.open).to.equal(true);
    dialog.querySelector('input')!.value = '  安  ';
    dialog.querySelector('form')!.requestSubmit();
    await aTimeout(20);
    expect(dialog.open).to.equal(false);
    expect(events).to.deep.equal(['author:安', 'role:reviewer']);
  });

  it('beside an open project (compact) the "Working as" words give way, the group keeps its name', async () => {
    const shown = async (compact: boolean) => {
      const el = await fixture<BtRoleSwitch>(
        html`<bt-role-switch ?compact=${compact}></bt-role-switch>`,
      );
      const label = el.shadowRoot!.querySelector('.label')!;
      expect(el.shadowRoot!.querySelector('.roles')!.getAttribute('aria-label')).to.equal(
        'Working as',
      );
      return getComputedStyle(label).display !== 'none';
    };
    // The test page is narrower than 1,440 px, where the header runs out of room.
    expect(window.innerWidth).to.be.below(1440);
    expect(await shown(false)).to.equal(true);
    expect(await shown(true)).to.equal(false);
  });
});
