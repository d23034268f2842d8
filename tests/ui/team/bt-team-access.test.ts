import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { initI18n, loadAllStrings } from '../../../src/i18n/index.js';
import '../../../src/ui/team/bt-team-access.js';
import type { BtTeamAccess } from '../../../src/ui/team/bt-team-access.js';
import type { InviteInfo, Member } from '../../../src/core/team/index.js';
import { asked } from '../ask.js';

const members: Member[] = [
  { userId: 'u-lin', name: 'Lin', role: 'translator', owner: true, joinedAt: 1 },
  { userId: 'u-wang', name: 'Wang', role: 'reviewer', owner: false, joinedAt: 2 },
  { userId: 'u-vic', name: 'Vic', role: 'viewer', owner: false, joinedAt: 3 },
];
const invites: InviteInfo[] = [
  {
    code: 'c-1',
    role: 'viewer',
    createdAt: Date.UTC(2026, 10, 30, 9),
    expiresAt: 9e12,
    accepted: 1,
  },
];

const buttons = (el: BtTeamAccess) => [...el.shadowRoot!.querySelectorAll('button')];
const byLabel = (el: BtTeamAccess, label: string) =>
  buttons(el).find((b) => b.getAttribute('aria-label') === label);

describe('bt-team-access', () => {
  before(() => initI18n('en').then(loadAllStrings));

  it('lets the owner remove a member (after confirming), never the owner; is accessible', async () => {
    const el = await fixture<BtTeamAccess>(
      html`<bt-team-access owner .members=${members} .invites=${invites}></bt-team-access>`,
    );
    const list = el.shadowRoot!.querySelector('ul[aria-labelledby="members"]')!;
    expect(list.textContent).to.contain('Wang').and.to.contain('reviewer');
    expect(byLabel(el, 'Remove Lin')).to.equal(undefined);
    let fired = false;
    el.addEventListener('bt-request-remove-member', () => (fired = true));
    byLabel(el, 'Remove Wang')!.click();
    const q = await asked();
    expect([q.title, q.confirmLabel]).to.deep.equal([
      'Remove Wang from this team project?',
      'Remove Wang',
    ]);
    expect(q.focused?.textContent?.trim(), 'the safe choice first').to.equal('Cancel');
    await q.answer(false);
    expect(fired, 'nothing without confirming').to.equal(false);
    byLabel(el, 'Remove Wang')!.click();
    setTimeout(() => void asked().then((q) => q.answer(true)));
    const e = await oneEvent(el, 'bt-request-remove-member');
    expect(e.detail).to.deep.equal({ userId: 'u-wang' });
    await expect(el).to.be.accessible();
  });

  it('lists open invite links for the owner and revokes one', async () => {
    const el = await fixture<BtTeamAccess>(
      html`<bt-team-access owner .members=${members} .invites=${invites}></bt-team-access>`,
    );
    const revoke = buttons(el).find((b) => b.textContent!.trim() === 'Revoke')!;
    expect(revoke.getAttribute('aria-label')).to.match(/^Revoke the viewer link made /);
    expect(el.shadowRoot!.textContent).to.contain('1 joined');
    setTimeout(() => revoke.click());
    const e = await oneEvent(el, 'bt-request-revoke-invite');
    expect(e.detail).to.deep.equal({ code: 'c-1' });
  });

  it('shows anyone but the owner the members, with nothing to remove and no links', async () => {
    const el = await fixture<BtTeamAccess>(
      html`<bt-team-access .members=${members} .invites=${invites}></bt-team-access>`,
    );
    expect(buttons(el)).to.have.length(0);
    expect(el.shadowRoot!.textContent).to.contain('Vic');
    expect(el.shadowRoot!.textContent).not.to.contain('invite links');
    await expect(el).to.be.accessible();
  });

  it('speaks Chinese', async () => {
    await initI18n('zh-CN').then(loadAllStrings);
    try {
      const el = await fixture<BtTeamAccess>(
        html`<bt-team-access owner .members=${members} .invites=${[]}></bt-team-access>`,
      );
      expect(byLabel(el, '移除 Wang')).to.not.equal(undefined);
      expect(el.shadowRoot!.textContent).to.contain('目前没有可用的邀请链接');
    } finally {
      await initI18n('en').then(loadAllStrings);
    }
  });
});
