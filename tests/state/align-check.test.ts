import '../setup.js';
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import type { AlignRow } from '../../src/core/beads.js';
import type { AlignDraft } from '../../src/state/align-check.js';
import { useServices } from './helpers.js';

const zh = ['1998年，他去了北京。', '那里很冷。', '他在那里住了三年。', '后来他回到了上海。'];
const en = [
  'In 1998 he went to Beijing.',
  'It was cold there.',
  'He lived there for three years.',
  'Later he went back to Shanghai.',
];

const draft = (rows: AlignRow[], active = 0): AlignDraft => ({
  name: 'Trip',
  sourceLang: 'zh-Hans',
  targetLang: 'en',
  sourceText: zh.join(''),
  targetText: en.join(' '),
  rows,
  active,
  topRow: 0,
});

describe('state: the alignment check', () => {
  const open = useServices();

  it('saves as the user works and a reload finds the newest state', async () => {
    const s = await open();
    await s.library.loadCheck();
    const rows: AlignRow[] = zh.map((z, i) => ({
      source: [z],
      target: [en[i]],
      confidence: 0.9,
      paragraphStart: i === 0,
    }));
    // A burst of fixes: only the newest waiting one needs writing, and it must land last.
    void s.library.check!.save(draft(rows, 0));
    void s.library.check!.save(draft(rows, 1));
    await s.library.check!.save(draft(rows.slice(1), 2));
    s.close();
    const again = await open(s.dbName);
    await again.library.loadCheck();
    const d = await again.library.check!.load();
    expect(d?.active).to.equal(2);
    expect(d?.rows.length).to.equal(3);
    await again.library.check!.discard();
    expect(await again.library.check!.load()).to.equal(undefined);
  });

  it('re-aligns after a row in the Worker, keeping a checked row where the user put it', async () => {
    const s = await open();
    await s.library.loadCheck();
    // After row 0 the aligner went wrong (a 2-1 row and a lone target); row 3 the user checked.
    const rows: AlignRow[] = [
      { source: [zh[0]], target: [en[0]], confidence: 0.9, paragraphStart: true },
      { source: [zh[1], zh[2]], target: [en[1]], confidence: 0.2, paragraphStart: false },
      { source: [], target: [en[2]], confidence: 0.1, paragraphStart: false },
      { source: [zh[3]], target: [en[3]], confidence: 1, paragraphStart: false, checked: true },
    ];
    const out = await s.library.check!.realign(rows, 0, {
      sourceLang: 'zh-Hans',
      targetLang: 'en',
    });
    expect(s.library.check!.state.realigning.status).to.equal('done');
    expect(out!.map((r) => `${r.source.join('')}|${r.target.join(' ')}`)).to.deep.equal(
      zh.map((z, i) => `${z}|${en[i]}`),
    );
    expect(out![0]).to.equal(rows[0]);
    expect(out![3]).to.equal(rows[3]);
    // Nothing after the last row: nothing to do.
    const nothing = await s.library.check!.realign(rows, 3, {
      sourceLang: 'zh-Hans',
      targetLang: 'en',
    });
    expect(nothing).to.equal(undefined);
  });

  it('tells a second tab when the first saves or discards the shared draft', async () => {
    const first = await open();
    const second = await open(first.dbName);
    const a = await first.library.loadCheck();
    const b = await second.library.loadCheck();
    const rows: AlignRow[] = [
      { source: [zh[0]], target: [en[0]], confidence: 0.9, paragraphStart: true },
    ];
    expect(b.state.changedElsewhere).to.equal(0);
    await a.save(draft(rows));
    await waitUntil(() => b.state.changedElsewhere === 1, 'the second tab was told of the save');
    expect((await b.load())?.rows).to.deep.equal(rows);
    // A tab is not told of its own writes (it would take its own rows up again).
    expect(a.state.changedElsewhere).to.equal(0);
    await b.save(draft(rows, 0));
    await waitUntil(() => a.state.changedElsewhere === 1, 'the first tab was told');
    await a.discard();
    await waitUntil(() => b.state.changedElsewhere === 2, 'the second tab was told of the discard');
  });

  it('does not write a tab’s older rows over the fixes another tab saved since', async () => {
    const first = await open();
    const second = await open(first.dbName);
    const a = await first.library.loadCheck();
    const b = await second.library.loadCheck();
    const row = (t: string): AlignRow => ({
      source: [t],
      target: [t],
      confidence: 0.9,
      paragraphStart: false,
    });
    // A new alignment replaces any draft; both tabs have read it.
    await a.save(draft([row('甲。')]), { replace: true });
    await b.load();
    await aTimeout(5);
    // The second tab fixes a row…
    await b.save(draft([row('乙。')]));
    await aTimeout(5);
    // …and the first, which has not taken that up yet, moves: its rows are not written.
    const told = a.state.changedElsewhere;
    await a.save(draft([row('甲。')], 1));
    expect((await a.load())?.rows[0].source).to.deep.equal(['乙。']);
    expect(a.state.changedElsewhere).to.be.greaterThan(told);
    // Once it has read the newer draft, its own fixes are written again.
    await a.save(draft([row('丙。')]));
    expect((await b.load())?.rows[0].source).to.deep.equal(['丙。']);
  });
});
