import { expect } from '@open-wc/testing';
import { Autosave, type AutosaveState, type SaveStatus } from '../../src/state/autosave.js';
import { StoreError, type Workspace } from '../../src/store/index.js';
import { reviewer, seed, translator, useDb } from './helpers.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `check` holds or `ms` pass; returns whether it held. */
async function eventually(check: () => Promise<boolean>, ms = 2000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await sleep(20);
  }
  return false;
}

function autosaveFor(ws: Workspace, opts: Partial<ConstructorParameters<typeof Autosave>[0]> = {}) {
  const saver = new Autosave({
    save: (id, patch, rev) => ws.edit(id, patch, rev, translator),
    window,
    ...opts,
  });
  const statuses: SaveStatus[] = [];
  saver.onChange((s: AutosaveState) => statuses.push(s.status));
  return { saver, statuses };
}

describe('state/autosave', () => {
  const db = useDb();
  const disposers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const d of disposers.splice(0)) await d();
  });
  const track = (s: Autosave) => disposers.push(() => s.dispose());

  it('writes within a second of the last keystroke, as one row write per pause', async () => {
    const ws = await db.open();
    const { segs } = await seed(ws, 1);
    const { saver, statuses } = autosaveFor(ws, { delayMs: 300 });
    track(saver);
    saver.queue(segs[0].id, { target: 'H' }, segs[0].rev);
    saver.queue(segs[0].id, { target: 'He' }, segs[0].rev);
    saver.queue(segs[0].id, { target: 'Hello' }, segs[0].rev);
    expect(saver.state.status).to.equal('saving');
    expect(saver.dirty).to.equal(true);
    const saved = await eventually(
      async () => (await ws.segments.get(segs[0].id))!.target === 'Hello',
      1000,
    );
    expect(saved).to.equal(true);
    expect(await eventually(async () => saver.state.status === 'saved', 500)).to.equal(true);
    expect(saver.state.lastSavedAt).to.be.a('number');
    // Only the final text was written: one revision, one undo step.
    expect((await ws.history.page(segs[0].id, 0, 10)).map((r) => r.after)).to.deep.equal(['Hello']);
    // Listeners hear of changes of status, not of every keystroke (each one re-rendered the app).
    expect(statuses).to.deep.equal(['saving', 'saved']);
  });

  it('keeps saving later keystrokes of the same row without a false conflict', async () => {
    const ws = await db.open();
    const { segs } = await seed(ws, 1);
    const { saver } = autosaveFor(ws, { delayMs: 10_000 });
    track(saver);
    saver.queue(segs[0].id, { target: 'one' }, segs[0].rev);
    await saver.flush();
    // The editor still holds the rev it loaded; the queue knows its own writes.
    saver.queue(segs[0].id, { target: 'one two' }, segs[0].rev);
    await saver.flush();
    expect(saver.state.status).to.equal('saved');
    expect((await ws.segments.get(segs[0].id))!.target).to.equal('one two');
  });

  it('writes at once on pagehide (closing the page mid-sentence)', async () => {
    const ws = await db.open();
    const { segs } = await seed(ws, 1);
    const { saver } = autosaveFor(ws, { delayMs: 60_000 });
    track(saver);
    saver.queue(segs[0].id, { target: '半句话' }, segs[0].rev);
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    // Another connection (the next visit) finds the text long before the debounce would fire.
    const reader = await db.open();
    const found = await eventually(
      async () => (await reader.segments.get(segs[0].id))!.target === '半句话',
    );
    expect(found).to.equal(true);
  });

  it('writes at once when the page is hidden', async () => {
    const ws = await db.open();
    const { segs } = await seed(ws, 1);
    const { saver } = autosaveFor(ws, { delayMs: 60_000 });
    track(saver);
    saver.queue(segs[0].id, { note: 'hidden' }, segs[0].rev);
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      delete (document as { visibilityState?: string }).visibilityState;
    }
    const found = await eventually(
      async () => (await ws.segments.get(segs[0].id))!.note === 'hidden',
    );
    expect(found).to.equal(true);
  });

  it('on a quota error keeps the edit, says failed (never saved), and retries until it lands', async () => {
    const ws = await db.open();
    const { segs } = await seed(ws, 1);
    const { saver, statuses } = autosaveFor(ws, { delayMs: 10_000, retryBaseMs: 50 });
    track(saver);
    ws.injectFault(() => new DOMException('full', 'QuotaExceededError'));
    saver.queue(segs[0].id, { target: 'precious' }, segs[0].rev);
    await saver.flush();
    expect(saver.state.status).to.equal('failed');
    expect((saver.state.error as StoreError).kind).to.equal('quota');
    expect(saver.unsaved(segs[0].id)).to.deep.equal({ target: 'precious' });
    await sleep(200); // a few retries, all failing
    expect(statuses).to.not.include('saved');
    expect((await ws.segments.get(segs[0].id))!.target).to.equal('Source 0.');

    ws.injectFault(null);
    expect(await eventually(async () => saver.state.status === 'saved')).to.equal(true);
    expect((await ws.segments.get(segs[0].id))!.target).to.equal('precious');
    expect(saver.dirty).to.equal(false);
  });

  it('surfaces a conflict with another tab and lets the user keep their text', async () => {
    const tabA = await db.open();
    const tabB = await db.open();
    const { segs } = await seed(tabA, 1);
    const { saver } = autosaveFor(tabA, { delayMs: 10_000 });
    track(saver);
    await tabB.edit(segs[0].id, { target: 'from B' }, segs[0].rev, reviewer);
    saver.queue(segs[0].id, { target: 'from A' }, segs[0].rev);
    await saver.flush();
    expect(saver.state.status).to.equal('conflict');
    const [c] = saver.state.conflicts;
    expect(c.theirs.target).to.equal('from B');
    expect(c.mine).to.deep.equal({ target: 'from A' });
    expect((await tabA.segments.get(segs[0].id))!.target).to.equal('from B');

    saver.resolveConflict(segs[0].id, 'mine');
    await saver.flush();
    expect(saver.state.status).to.equal('saved');
    expect((await tabB.segments.get(segs[0].id))!.target).to.equal('from A');
  });
});
