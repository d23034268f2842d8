import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { initI18n, loadAllStrings } from '../../../src/i18n/index.js';
import type { MatchView } from '../../../src/state/index.js';
import '../../../src/ui/memory/bt-matches-panel.js';
import type { BtMatchesPanel } from '../../../src/ui/memory/bt-matches-panel.js';

const hit = (
  score: number,
  kind: MatchView['kind'],
  source: string,
  target: string,
): MatchView => ({
  target,
  adjusted: false,
  tm: 't1',
  score,
  kind,
  unit: {
    id: `u${score}`,
    source,
    target,
    project: '去年的项目',
    author: '李',
    createdAt: Date.UTC(2025, 0, 2),
    changedAt: Date.UTC(2025, 0, 2),
  },
});

const tms = [
  {
    id: 't1',
    name: '主库',
    sourceLang: 'zh-Hans',
    targetLang: 'en',
    createdAt: 0,
    changedAt: 0,
    size: 2,
  },
] as const;

describe('bt-matches-panel', () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    it(`shows score, the source difference, target and origin, best first (${lang})`, async () => {
      await initI18n(lang);
      await loadAllStrings();
      const el = await fixture<BtMatchesPanel>(
        html`<bt-matches-panel
          .hits=${[
            hit(101, 'context', '我们明天去北京。', 'We go to Beijing tomorrow.'),
            hit(88, 'fuzzy', '我们昨天去了北京。', 'We went to Beijing yesterday.'),
          ]}
          .row=${3}
          rowSource="我们明天去北京。"
          .tms=${tms}
          .serving=${{ status: 'ready', loaded: 2, total: 2, ms: 1200 }}
        ></bt-matches-panel>`,
      );
      const items = [...el.shadowRoot!.querySelectorAll('li')];
      expect(items).to.have.length(2);
      expect(items[0].querySelector('.score')!.textContent).to.equal('101 %');
      expect(items[0].textContent).to.contain('Ctrl+1');
      // The 101 % match's source is the row's: nothing marked. The fuzzy one shows what differs.
      expect(items[0].querySelectorAll('ins, del')).to.have.length(0);
      const marks = [...items[1].querySelectorAll('ins, del')].map(
        (m) => `${m.localName}:${m.textContent}`,
      );
      // Chinese is compared character by character.
      expect(marks).to.include.members(['ins:明', 'del:昨', 'del:了']);
      expect(items[1].textContent).to.contain('We went to Beijing yesterday.');
      expect(items[1].textContent).to.contain('主库 · 去年的项目 · 李');
      await expect(el).to.be.accessible();

      setTimeout(() => items[1].querySelector<HTMLButtonElement>('button')!.click());
      const e = await oneEvent(el, 'bt-request-insert-match');
      expect(e.detail).to.deep.equal({ n: 2 });
    });
  }

  for (const lang of ['en', 'zh-CN'] as const) {
    it(`keeps each score on one line in a narrow panel, "numbers adjusted" too (${lang})`, async () => {
      await initI18n(lang);
      await loadAllStrings();
      const adjusted = { ...hit(99, 'fuzzy', '第31825条。', 'Item 7.'), adjusted: true };
      const box = await fixture<HTMLDivElement>(
        html`<div style="width: 22rem">
          <bt-matches-panel
            .hits=${[adjusted, hit(88, 'fuzzy', '我们昨天去了北京。', 'We went.')]}
            .row=${1}
            rowSource="第7条。"
            .tms=${tms}
          ></bt-matches-panel>
        </div>`,
      );
      const el = box.querySelector('bt-matches-panel')!;
      await el.updateComplete;
      for (const score of el.shadowRoot!.querySelectorAll('.score')) {
        const range = document.createRange();
        range.selectNodeContents(score);
        // One box per line the text takes: "99" and "%" apart are two.
        expect(range.getClientRects().length, score.textContent!).to.equal(1);
      }
    });
  }

  it('chooses the TMs the project reads and writes', async () => {
    await initI18n('en');
    await loadAllStrings();
    const two = [...tms, { ...tms[0], id: 't2', name: '法律' }];
    const el = await fixture<BtMatchesPanel>(
      html`<bt-matches-panel
        .tms=${two}
        .links=${{ read: ['t1'], write: 't1' }}
      ></bt-matches-panel>`,
    );
    const read = el.shadowRoot!.querySelector<HTMLInputElement>('input[aria-label="Read 法律"]')!;
    setTimeout(() => read.click());
    expect((await oneEvent(el, 'bt-request-tm-links')).detail).to.deep.equal({
      read: ['t1', 't2'],
      write: 't1',
    });
    const write = el.shadowRoot!.querySelector<HTMLInputElement>(
      'input[aria-label="Write confirmed rows to 法律"]',
    )!;
    setTimeout(() => write.click());
    expect((await oneEvent(el, 'bt-request-tm-links')).detail).to.deep.equal({
      read: ['t1', 't2'],
      write: 't2',
    });
    await expect(el).to.be.accessible();
  });

  it('adds the confirmed rows to the write TM, and waits while an import runs', async () => {
    await initI18n('en');
    await loadAllStrings();
    const two = [...tms, { ...tms[0], id: 't2', name: '法律' }];
    const el = await fixture<BtMatchesPanel>(
      html`<bt-matches-panel
        .tms=${two}
        .links=${{ read: ['t1', 't2'], write: 't2' }}
      ></bt-matches-panel>`,
    );
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>(
      'button[aria-label^="Add confirmed rows to TM"]',
    )!;
    // The visible words are in the name, and the name says which TM.
    expect(button.textContent!.trim()).to.equal('Add confirmed rows to TM');
    expect(button.getAttribute('aria-label')).to.contain('“法律”');
    setTimeout(() => button.click());
    await oneEvent(el, 'bt-request-add-confirmed-rows');
    el.importing = { file: '测试.tmx', tmName: '法律', units: 1500 };
    await el.updateComplete;
    expect(button.disabled).to.equal(true);
    expect(el.shadowRoot!.textContent).to.match(/Importing 测试\.tmx into “法律”: 1,500 units/);
    await expect(el).to.be.accessible();
  });

  it('says when there is no match and how far loading got', async () => {
    await initI18n('en');
    await loadAllStrings();
    const el = await fixture<BtMatchesPanel>(
      html`<bt-matches-panel
        .row=${1}
        .serving=${{ status: 'loading', loaded: 20000, total: 100000, ms: 0 }}
      ></bt-matches-panel>`,
    );
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain(
      '20,000 of 100,000',
    );
    expect(el.shadowRoot!.textContent).to.contain('No match of 70 % or more for row 1.');
    await expect(el).to.be.accessible();
  });
});
