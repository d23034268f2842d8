import { expect, fixture, html } from '@open-wc/testing';
import { initI18n, loadAllStrings } from '../../../src/i18n/index.js';
import { ANALYSIS_BANDS } from '../../../src/core/tm/types.js';
import type { Analysis } from '../../../src/state/index.js';
import '../../../src/ui/memory/bt-analysis-dialog.js';
import type { BtAnalysisDialog } from '../../../src/ui/memory/bt-analysis-dialog.js';

const analysis: Analysis = {
  bands: ANALYSIS_BANDS.map((band, i) => ({ band, segments: i, cjkChars: 10 * i, words: 0 })),
  total: { segments: 28, cjkChars: 280, words: 0 },
};

describe('bt-analysis-dialog', () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    it(`shows a row and a bar per band, and the total (${lang})`, async () => {
      await initI18n(lang);
      await loadAllStrings();
      const el = await fixture<BtAnalysisDialog>(
        html`<bt-analysis-dialog open .analysis=${analysis}></bt-analysis-dialog>`,
      );
      const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')];
      expect(rows).to.have.length(ANALYSIS_BANDS.length);
      expect(rows[7].querySelector('td')!.textContent).to.equal('7');
      const bar = (i: number) => rows[i].querySelector<HTMLElement>('.bar')!.style.width;
      expect([bar(0), bar(7)]).to.deep.equal(['0%', '100%']);
      // An empty band shows no bar at all; the smallest non-empty one still shows.
      const drawn = (i: number) => rows[i].querySelector<HTMLElement>('.bar')!.offsetWidth;
      expect(drawn(0)).to.equal(0);
      expect(drawn(1)).to.be.greaterThan(0);
      expect(el.shadowRoot!.querySelector('tfoot')!.textContent).to.contain('280');
      await expect(el).to.be.accessible();
    });
  }
});
