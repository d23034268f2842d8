import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { initI18n, loadAllStrings } from '../../../src/i18n/index.js';
import '../../../src/ui/team/bt-join-page.js';
import type { BtJoinPage } from '../../../src/ui/team/bt-join-page.js';

describe('bt-join-page', () => {
  before(() => initI18n('en').then(loadAllStrings));
  const start = location.hash;
  after(() => history.replaceState(null, '', start || '#'));

  const go = async (hash: string) => {
    location.hash = hash;
    await aTimeout(20);
  };

  it('says at once that a link without a server or an invite code cannot be joined', async () => {
    await go('#/join?garbage');
    const el = await fixture<BtJoinPage>(html`<bt-join-page author="Wang"></bt-join-page>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('form') === null, 'no form to fill in').to.equal(true);
    expect(root.querySelector('[role="alert"]')!.textContent).to.contain(
      'This is not an invite link of a team server.',
    );
    expect(root.querySelector('a[href="#/"]')!.textContent).to.equal('Go to your projects');
    await expect(el).to.be.accessible();
  });

  it('names the server of a real link, and reads a second link opened in the same tab', async () => {
    await go('#/join?server=ws%3A%2F%2Fa.example%3A1234&invite=c1');
    const el = await fixture<BtJoinPage>(html`<bt-join-page author="Wang"></bt-join-page>`);
    const server = () => el.shadowRoot!.querySelector('.server')?.textContent;
    expect(server()).to.equal('ws://a.example:1234');
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[name="name"]')!.value).to.equal(
      'Wang',
    );
    await go('#/join?server=ws%3A%2F%2Fb.example%3A9&invite=c2');
    await el.updateComplete;
    expect(server()).to.equal('ws://b.example:9');
    await go('#/join?server=ws%3A%2F%2Fb.example%3A9');
    await el.updateComplete;
    expect(
      el.shadowRoot!.querySelector('form') === null,
      'no form for a link without a code',
    ).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
