import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { initI18n, setLanguage, loadAllStrings } from '../../../src/i18n/index.js';
import type { Diagnosis, RecoveryKind } from '../../../src/state/recovery.js';
import '../../../src/ui/shell/bt-recovery.js';
import type { BtRecovery } from '../../../src/ui/shell/bt-recovery.js';

const diagnosis = (kind: RecoveryKind, over: Partial<Diagnosis> = {}): Diagnosis => ({
  kind,
  counts: {
    projects: { kept: 2, leftOut: 1 },
    documents: { kept: 2, leftOut: 1 },
    segments: { kept: 40, leftOut: 7 },
    revisions: { kept: 12, leftOut: 0 },
    versions: { kept: 1, leftOut: 0 },
    settings: { kept: 3, leftOut: 1 },
    termbases: { kept: 1, leftOut: 0 },
    termEntries: { kept: 0, leftOut: 2 },
    projectTermbases: { kept: 0, leftOut: 0 },
    qaIgnored: { kept: 0, leftOut: 0 },
    qaSettings: { kept: 0, leftOut: 0 },
  },
  shown: [
    'projects',
    'documents',
    'segments',
    'revisions',
    'versions',
    'settings',
    'termbases',
    'termEntries',
  ],
  kept: 60,
  leftOut: 10,
  orphaned: 6,
  readable: true,
  ...over,
});

const root = (el: BtRecovery) => el.shadowRoot!;
const text = (el: BtRecovery) => root(el).textContent!.replace(/\s+/g, ' ');
const buttons = (el: BtRecovery) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('.actions button')].map((b) =>
    b.textContent!.trim(),
  );
const button = (el: BtRecovery, name: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find(
    (b) => b.textContent!.trim() === name,
  )!;
const dialog = (el: BtRecovery) => root(el).querySelector('dialog')!;

async function render(d: Diagnosis | null) {
  return fixture<BtRecovery>(html`<bt-recovery .diagnosis=${d}></bt-recovery>`);
}

/** Every piece of text on screen or read out, as in tests/i18n/no-hardcoded-strings.test.ts. */
function visibleStrings(n: Node, out: string[] = []): string[] {
  if (n.nodeType === Node.TEXT_NODE) {
    if (n.parentElement?.tagName !== 'STYLE') out.push(n.textContent ?? '');
    return out;
  }
  if (n instanceof Element) {
    for (const a of ['aria-label', 'title']) out.push(n.getAttribute(a) ?? '');
    if (n.shadowRoot) visibleStrings(n.shadowRoot, out);
  }
  n.childNodes.forEach((c) => visibleStrings(c, out));
  return out;
}

/** Runs `fn`, catching the links it clicks instead of downloading them. */
function saving(fn: () => void): HTMLAnchorElement[] {
  const saved: HTMLAnchorElement[] = [];
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    saved.push(this);
  };
  try {
    fn();
  } finally {
    HTMLAnchorElement.prototype.click = click;
  }
  return saved;
}

/** Waits (up to 3 s) for what a click leads to: the element updates in its own time. */
async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 150 && !cond(); i++) await aTimeout(20);
  expect(cond()).to.equal(true);
}

describe('bt-recovery', () => {
  before(() => initI18n('en').then(loadAllStrings));
  afterEach(() => setLanguage('en'));

  it('explains damage in words, counts each kind, and is accessible', async () => {
    const el = await render(diagnosis('damaged'));
    expect(text(el)).to.contain('Some stored records are damaged');
    const rows = [...root(el).querySelectorAll('tbody tr')].map((r) =>
      [...r.children].map((c) => c.textContent!.trim()),
    );
    expect(rows).to.deep.equal([
      ['Projects', '2', '1'],
      ['Documents', '2', '1'],
      ['Rows', '40', '7'],
      ['History entries', '12', '0'],
      ['Versions', '1', '0'],
      ['Settings', '3', '1'],
      ['Termbases', '1', '0'],
      ['Terms', '0', '2'],
    ]);
    expect(text(el)).to.contain('their project or document is damaged: 6');
    expect(buttons(el)).to.deep.equal([
      'Download what can be read',
      'Open without the damaged part',
    ]);
    await expect(el).to.be.accessible();
  });

  it('says a newer version wrote the workspace and offers the download and starting empty', async () => {
    const el = await render(diagnosis('newer-version', { leftOut: 0, orphaned: 0 }));
    expect(text(el)).to.contain('A newer version of this app wrote the workspace');
    expect(buttons(el)).to.deep.equal([
      'Download what can be read',
      'Delete the workspace and start empty',
    ]);
    await expect(el).to.be.accessible();
  });

  it('offers no download when nothing can be read', async () => {
    const el = await render(diagnosis('unknown', { readable: false, kept: 0 }));
    expect(text(el)).to.contain('Nothing could be read');
    expect(buttons(el)).to.deep.equal(['Delete the workspace and start empty']);
  });

  it('while reading, says so and offers nothing yet', async () => {
    const el = await render(null);
    expect(text(el)).to.contain('Reading what can still be read');
    expect(buttons(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('asks for the download, and saves the text the app answers with', async () => {
    const el = await render(diagnosis('damaged'));
    setTimeout(() => button(el, 'Download what can be read').click());
    await oneEvent(el, 'bt-request-download-salvage');
    const saved = saving(() => el.download('{"format":"bitext-workbench-backup"}'));
    expect(saved.length).to.equal(1);
    expect(saved[0].download).to.match(/^bitext-workbench-salvage-\d{4}-\d\d-\d\d\.json$/);
    expect(await (await fetch(saved[0].href)).text()).to.equal(
      '{"format":"bitext-workbench-backup"}',
    );
    await el.updateComplete;
    expect(text(el)).to.contain('The backup was downloaded');
  });

  it('opens without the damaged part only once confirmed, naming how many records go', async () => {
    const el = await render(diagnosis('damaged'));
    const fired: string[] = [];
    el.addEventListener('bt-request-open-without-damaged', () => fired.push('without'));
    button(el, 'Open without the damaged part').click();
    await until(() => dialog(el).open && !!button(el, 'Cancel'));
    expect(dialog(el).textContent).to.contain('10 records will be deleted');
    expect(dialog(el).textContent).to.contain('not downloaded');
    await expect(el).to.be.accessible();
    button(el, 'Cancel').click();
    await until(() => !dialog(el).open);
    expect(fired).to.deep.equal([]);

    button(el, 'Open without the damaged part').click();
    await until(() => dialog(el).open && !!button(el, 'Delete them and open'));
    setTimeout(() => button(el, 'Delete them and open').click());
    await oneEvent(el, 'bt-request-open-without-damaged');
    expect(fired).to.deep.equal(['without']);
  });

  it('starts empty only once confirmed, naming everything that will be lost', async () => {
    const el = await render(diagnosis('unknown'));
    button(el, 'Delete the workspace and start empty').click();
    await until(() => dialog(el).open && !!button(el, 'Delete everything'));
    expect(dialog(el).textContent!.replace(/\s+/g, ' ')).to.contain(
      '3 projects, 3 documents, 47 rows, 12 history entries and 1 versions',
    );
    setTimeout(() => button(el, 'Delete everything').click());
    await oneEvent(el, 'bt-request-start-empty');
  });

  it('shows a failed action as its kind in words, and waits while busy', async () => {
    const el = await render(diagnosis('damaged'));
    el.failure = 'quota';
    el.busy = true;
    await el.updateComplete;
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain(
      "The browser's storage is full",
    );
    const all = [...root(el).querySelectorAll<HTMLButtonElement>('.actions button')];
    expect(all.length).to.equal(2);
    expect(all.every((b) => b.disabled)).to.equal(true);
  });

  it('shows no hard-coded English in Chinese, in every state and dialog', async () => {
    await setLanguage('zh-CN');
    const seen: string[] = [];
    for (const kind of ['damaged', 'newer-version', 'unknown'] as const) {
      const el = await render(diagnosis(kind));
      el.failure = 'unknown';
      saving(() => el.download('{}'));
      const name = kind === 'damaged' ? '略去损坏部分并打开' : '删除工作区，从空白开始';
      button(el, name).click();
      await aTimeout(20);
      expect(dialog(el).open).to.equal(true);
      seen.push(...visibleStrings(el));
      dialog(el).close();
    }
    seen.push(...visibleStrings(await render(null)));
    seen.push(...visibleStrings(await render(diagnosis('unknown', { readable: false }))));
    expect(seen.join(' '))
      .to.contain('无法打开工作区')
      .and.contain('全部删除')
      .and.contain('删除并打开');
    expect(seen.flatMap((s) => s.match(/[A-Za-z]{2,}/g) ?? [])).to.deep.equal([]);
  });
});
