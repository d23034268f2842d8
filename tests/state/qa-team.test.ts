// A team project's quality-check settings in the browser, on real checks and a real IndexedDB:
// only its owner changes them, on the server first (offline or refused: nothing changes, and a
// message says so); the server's settings, brought to this device, apply at once. The server's
// HTTP answers are played by a stand-in fetch; the real server is tests/server/qa-settings.
import { expect, waitUntil } from '@open-wc/testing';
import { DEFAULT_QA_SETTINGS } from '../../src/core/qa/project-settings.js';
import { initI18n, loadAllStrings } from '../../src/i18n/index.js';
import type { QaService } from '../../src/state/qa.js';
import { pullQaSettings } from '../../src/state/team-qa.js';
import { TeamLinks, type TeamLink } from '../../src/store/team-links.js';
import { openProject, useServices, type TestServices } from './helpers.js';

type WithQa = TestServices & { qa: QaService };

const ROWS = [
  { source: '我们有三个苹果。', target: 'We have three apples.' },
  { source: '他说：“好的。”', target: 'He said: "Fine.' },
];
const found = (s: WithQa) => s.qa.state.findings.map((f) => `${f.row + 1}:${f.check}`);

/** Answers the project's qa-settings route as the server would; anything else fails. */
function serve(answer: (method: string, body: unknown) => unknown): () => void {
  const real = window.fetch;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    if (!String(input).endsWith('/qa-settings')) throw new TypeError('offline');
    const method = init?.method ?? 'GET';
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    return new Response(JSON.stringify(answer(method, body)), {
      headers: { 'Content-Type': 'application/json' },
    });
  };
  return () => (window.fetch = real);
}

describe('Services: a team project’s quality-check settings', () => {
  const services = useServices();
  before(() => initI18n('en').then(loadAllStrings));

  /**
   * A project made here, then made a team project of `link`'s kind and opened again as after
   * a reload (the QA service learns whose settings they are when the document opens).
   */
  const teamProject = async (link: Partial<TeamLink>): Promise<WithQa & { id: string }> => {
    const first = await services();
    const id = await openProject(first, ROWS);
    await first.document.flush();
    await (
      await TeamLinks.open(first.dbName)
    ).put({
      projectId: id,
      serverUrls: ['ws://127.0.0.1:9'],
      token: 't',
      role: 'translator',
      userId: 'u1',
      name: 'Tina',
      documents: {},
      joinedAt: Date.now(),
      ...link,
    });
    const s = await services(first.dbName, { separate: true });
    const qa = await s.loadQa();
    await s.document.open(id);
    await waitUntil(() => qa.state.settingsBy !== 'device', 'the settings are the team’s');
    await qa.checkAll();
    return Object.assign(s, { qa, id });
  };

  it('a member sees the team’s settings and may not change them', async () => {
    const s = await teamProject({ owner: false });
    expect(s.qa.state.settingsBy).to.equal('member');
    expect(found(s)).to.deep.equal(['2:quotes']);
    await s.qa.setSettings({ enabled: { quotes: false }, severity: {} });
    expect(s.notices.state.notice?.key).to.equal('qaPanel.settings.notOwner');
    expect(s.qa.state.settings).to.deep.equal(DEFAULT_QA_SETTINGS);
    expect(await s.ws.qa.settings(s.id)).to.deep.equal(DEFAULT_QA_SETTINGS);
    expect(found(s)).to.deep.equal(['2:quotes']);
  });

  it('the owner, with the server out of reach, is told so and nothing changes', async () => {
    const s = await teamProject({ owner: true });
    expect(s.qa.state.settingsBy).to.equal('owner');
    await s.qa.setSettings({ enabled: { quotes: false }, severity: {} });
    expect(s.notices.state.notice?.key).to.equal('qaPanel.settings.offline');
    expect(s.qa.state.settings).to.deep.equal(DEFAULT_QA_SETTINGS);
    expect(await s.ws.qa.settings(s.id)).to.deep.equal(DEFAULT_QA_SETTINGS);
    expect(found(s)).to.deep.equal(['2:quotes']);
  });

  it('the owner’s change goes to the server first, and what it kept applies here', async () => {
    const s = await teamProject({ owner: true });
    const sent: unknown[] = [];
    // The server keeps its own cleaned copy (here with a severity a newer server added).
    const restore = serve((method, body) => {
      sent.push([method, body]);
      return { severity: { number: 'warning' }, enabled: { quotes: false } };
    });
    try {
      await s.qa.setSettings({ enabled: { quotes: false }, severity: {} });
    } finally {
      restore();
    }
    expect(sent).to.deep.equal([['PUT', { enabled: { quotes: false }, severity: {} }]]);
    expect(s.qa.state.settings.severity).to.deep.equal({ number: 'warning' });
    await waitUntil(() => !found(s).includes('2:quotes'), 'the quotes check is off');
    expect((await s.ws.qa.settings(s.id)).enabled).to.deep.equal({ quotes: false });
    // Refused by the server (not the owner there any more, say): nothing changes.
    const refuse = window.fetch;
    window.fetch = async () =>
      new Response(JSON.stringify({ error: 'only the owner' }), { status: 403 });
    try {
      await s.qa.setSettings(DEFAULT_QA_SETTINGS);
    } finally {
      window.fetch = refuse;
    }
    expect(s.notices.state.notice?.key).to.equal('qaPanel.settings.refused');
    expect(s.qa.state.settings.enabled).to.deep.equal({ quotes: false });
  });

  it('the team’s settings brought from the server apply at once, checked anew', async () => {
    const s = await teamProject({ owner: false });
    const link = (await (await TeamLinks.open(s.dbName)).get(s.id))!;
    let theirs: unknown = {
      enabled: { quotes: false },
      severity: { number: 'warning' },
      lqaThreshold: 25,
    };
    const restore = serve(() => theirs);
    try {
      expect(await pullQaSettings(s.ws, link)).to.equal(true);
      await waitUntil(() => !found(s).includes('2:quotes'), 'the quotes check went off');
      expect(s.qa.state.settings.severity).to.deep.equal({ number: 'warning' });
      // The review's pass threshold travels with them.
      expect(s.qa.state.settings.lqaThreshold).to.equal(25);
      // The same again (keys in another order, as a JSON store may give them): nothing to do.
      theirs = { lqaThreshold: 25, severity: { number: 'warning' }, enabled: { quotes: false } };
      expect(await pullQaSettings(s.ws, link)).to.equal(false);
      // Turned back on: found again without a reload.
      theirs = { enabled: {}, severity: {} };
      expect(await pullQaSettings(s.ws, link)).to.equal(true);
      await waitUntil(() => found(s).includes('2:quotes'), 'the quotes check is back');
    } finally {
      restore();
    }
  });
});
