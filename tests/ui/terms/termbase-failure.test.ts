// A termbase refused on import says why in the UI language, with languages in words: the
// exception's own text (English, with tags such as zh-Hans) is for the command line.
import { expect, fixture, html } from '@open-wc/testing';
import { initI18n, loadAllStrings } from '../../../src/i18n/index.js';
import { assertServes } from '../../../src/core/terms/langs.js';
import { importTermbase } from '../../../src/core/formats/termbase.js';
import { toAppError } from '../../../src/state/errors.js';
import '../../../src/ui/terms/bt-termbase-manager.js';
import type { BtTermbaseManager } from '../../../src/ui/terms/bt-termbase-manager.js';

const thrown = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return toAppError(e, 'invalidFile');
  }
  throw new Error('nothing thrown');
};

// Okapi's test TBX has English and Hungarian terms only.
const noChinese = thrown(() => assertServes(['en', 'hu'], 'zh-Hans', 'en'));
const empty = thrown(() => importTermbase('empty.tbx', new Uint8Array()));

const cases = {
  en: [
    'The termbase could not be imported: it has no terms in Chinese (it has English, Hungarian).',
    'The termbase could not be imported: ',
  ],
  'zh-CN': ['无法导入术语库：其中没有中文术语（只有英文、匈牙利语）。', '无法导入术语库：'],
} as const;

describe('termbase import failures', () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    it(`are worded in the UI language, languages named (${lang})`, async () => {
      await initI18n(lang);
      await loadAllStrings();
      const el = await fixture<BtTermbaseManager>(
        html`<bt-termbase-manager
          .termbases=${[]}
          .read=${[]}
          .importing=${{ status: 'failed', progress: 0, error: noChinese }}
        ></bt-termbase-manager>`,
      );
      const alert = () => el.shadowRoot!.querySelector('[role=alert]')!.textContent!.trim();
      expect(alert()).to.equal(cases[lang][0]);
      await expect(el).to.be.accessible();
      // A refused file: the reason the import dialogs give for it, never the English exception.
      el.importing = { status: 'failed', progress: 0, error: empty };
      await el.updateComplete;
      expect(alert().startsWith(cases[lang][1])).to.equal(true);
      expect(alert()).not.to.contain(empty.message);
      if (lang === 'zh-CN') expect(alert()).not.to.match(/[a-z]{4}/);
    });
  }
});
