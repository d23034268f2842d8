import { expect } from '@open-wc/testing';
import {
  DB_VERSION,
  deleteWorkspace,
  StoreError,
  type ChangeMessage,
  type CloseReason,
} from '../../src/store/index.js';
import { createV1, nextMessage, rawOpen, reviewer, seed, translator, useDb } from './helpers.js';

describe('store: several tabs on one workspace', () => {
  const db = useDb();

  it('refuses a stale write to the same row and hands back the newer row', async () => {
    const tabA = await db.open();
    const tabB = await db.open();
    const { segs } = await seed(tabA, 2);
    const row = (await tabB.segments.get(segs[0].id))!;

    const a = await tabA.edit(row.id, { target: 'From A' }, row.rev, translator);
    expect(a.ok).to.equal(true);
    const b = await tabB.edit(row.id, { target: 'From B' }, row.rev, reviewer);
    expect(b.ok).to.equal(false);
    if (!b.ok) expect(b.conflict.target).to.equal('From A');
    expect((await tabB.segments.get(row.id))!.target).to.equal('From A');

    // After seeing the newer row, B can write on top of it.
    if (!b.ok) {
      const retry = await tabB.edit(row.id, { target: 'From B' }, b.conflict.rev, reviewer);
      expect(retry.ok).to.equal(true);
    }
  });

  it('keeps edits of different rows from both tabs and tells the other tab which rows changed', async () => {
    const tabA = await db.open();
    const tabB = await db.open();
    const { project, doc, segs } = await seed(tabA, 2);
    const heard = nextMessage<ChangeMessage>(
      (l) => tabB.subscribe(l),
      (m) => m.type === 'segments',
    );
    await tabA.edit(segs[0].id, { target: 'A row' }, segs[0].rev, translator);
    const msg = await heard;
    expect(msg).to.deep.include({ type: 'segments', projectId: project.id, docId: doc.id });
    expect(msg.segmentIds).to.deep.equal([segs[0].id]);

    const heardByA = nextMessage<ChangeMessage>(
      (l) => tabA.subscribe(l),
      (m) => m.type === 'segments',
    );
    await tabB.edit(segs[1].id, { target: 'B row' }, segs[1].rev, reviewer);
    expect((await heardByA).segmentIds).to.deep.equal([segs[1].id]);

    const all = await tabA.segments.all(doc.id);
    expect(all.map((s) => s.target)).to.deep.equal(['A row', 'B row']);
  });

  it('closes an open connection when a newer schema opens elsewhere, and says why', async () => {
    const old = await db.open();
    await seed(old, 1);
    const reasons: CloseReason[] = [];
    old.onClose((r) => reasons.push(r));
    // A newer release in another tab: this open only succeeds if the old connection lets go.
    const newer = await rawOpen(db.name(), DB_VERSION + 1);
    newer.close();
    expect(reasons).to.deep.equal(['upgrade']);
    expect(old.closed).to.equal('upgrade');
    const err = await old.projects.list().then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).to.be.instanceOf(StoreError);
    expect((err as StoreError).kind).to.equal('closed');
  });

  it('closes and says so when another tab deletes the workspace', async () => {
    const ws = await db.open();
    const reasons: CloseReason[] = [];
    ws.onClose((r) => reasons.push(r));
    await deleteWorkspace(db.name());
    expect(reasons).to.deep.equal(['deleted']);
  });

  it('reports being blocked by an old tab that does not let go, then opens once it closes', async () => {
    // An old tab on schema v1 that ignores versionchange.
    const v1 = await rawOpen(db.name(), 1, createV1);
    let blocked = 0;
    let onBlocked = () => {};
    const wasBlocked = new Promise<void>((r) => (onBlocked = r));
    const opening = db.open({
      onBlocked: () => {
        blocked++;
        onBlocked();
      },
    });
    await wasBlocked;
    expect(blocked).to.equal(1);
    v1.close();
    const ws = await opening;
    expect(ws.closed).to.equal(null);
    expect(await ws.projects.list()).to.deep.equal([]);
  });
});
