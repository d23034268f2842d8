import { expect, fixture, html } from '@open-wc/testing';
import { setLanguage, initI18n, loadAllStrings } from '../../../src/i18n/index.js';
import { countAll, type CountedRow } from '../../../src/core/progress.js';
import '../../../src/ui/library/bt-project-library.js';
import type { BtProjectLibrary } from '../../../src/ui/library/bt-project-library.js';
import type { BtProjectProgress } from '../../../src/ui/library/bt-project-progress.js';
import { project } from '../fixtures.js';

const rows = (source: string): CountedRow[] => [
  { status: 'approved', source, target: 'x' },
  { status: 'draft', source, target: 'x' },
  { status: 'new', source, target: '' },
  { status: 'new', source, target: '' },
];

async function library(sourceLang: 'zh-Hans' | 'en', source: string) {
  const p = { ...project, sourceLang, targetLang: sourceLang === 'en' ? 'zh-Hans' : 'en' } as const;
  const el = await fixture<BtProjectLibrary>(
    html`<bt-project-library
      .projects=${[p]}
      .progress=${new Map([[p.id, countAll(rows(source))]])}
    ></bt-project-library>`,
  );
  const progress = el.shadowRoot!.querySelector<BtProjectProgress>('bt-project-progress')!;
  await progress.updateComplete;
  return { el, progress, bar: progress.shadowRoot!.querySelector('[role="progressbar"]')! };
}

describe('bt-project-progress in the library', () => {
  before(() => initI18n('en').then(loadAllStrings));
  after(() => setLanguage('en'));

  it('shows a Chinese source in characters, with the percentages in words, and is accessible', async () => {
    const { el, progress, bar } = await library('zh-Hans', '开源峰会。');
    const text = progress.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('With a translation 50%');
    expect(text).to.contain('Confirmed 25%');
    expect(text).to.contain('4 rows');
    expect(text).to.contain('16 source characters');
    expect(bar.getAttribute('aria-label')).to.equal('Progress of 测试项目');
    expect(bar.getAttribute('aria-valuenow')).to.equal('25');
    expect(bar.getAttribute('aria-valuetext')).to.equal(
      '2 of 4 rows with a translation (50%), 1 confirmed (25%)',
    );
    // The bar's parts: confirmed, then translated but not confirmed, a quarter each.
    const parts = [...bar.querySelectorAll<HTMLElement>('span')].map((s) => s.style.width);
    expect(parts).to.deep.equal(['25%', '25%']);
    expect(el.shadowRoot!.querySelector('.hint')!.textContent).to.contain("this browser's copy");
    await expect(el).to.be.accessible();
  });

  it('shows an English source in words, and all of it in Chinese', async () => {
    const { progress } = await library('en', 'Open source summit, 2026.');
    expect(progress.shadowRoot!.textContent).to.contain('16 source words');
    await setLanguage('zh-CN');
    await progress.updateComplete;
    const text = progress.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('有译文 50%');
    expect(text).to.contain('原文 16 词');
    const bar = progress.shadowRoot!.querySelector('[role="progressbar"]')!;
    expect(bar.getAttribute('aria-valuetext')).to.equal(
      '共 4 行，有译文 2 行（50%），已确认 1 行（25%）',
    );
  });

  it('shows nothing for a project whose counts are not loaded', async () => {
    const el = await fixture<BtProjectLibrary>(
      html`<bt-project-library .projects=${[project]}></bt-project-library>`,
    );
    const progress = el.shadowRoot!.querySelector<BtProjectProgress>('bt-project-progress')!;
    await progress.updateComplete;
    expect(progress.shadowRoot!.querySelector('[role="progressbar"]')).to.equal(null);
  });
});
