import '../setup.js';
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { initI18n, loadAllStrings, setLanguage } from '../../src/i18n/index.js';
import '../../src/ui/grid/bt-editor.js';
import '../../src/ui/library/bt-project-library.js';
import '../../src/ui/shell/bt-toast.js';
import '../../src/ui/shell/bt-save-indicator.js';
import '../../src/ui/shell/bt-language-switch.js';
import '../../src/ui/grid/bt-find-bar.js';
import '../../src/ui/grid/bt-bulk-bar.js';
import '../../src/ui/grid/bt-shortcut-sheet.js';
import '../../src/ui/exchange/bt-export-dialog.js';
import '../../src/ui/exchange/bt-import-dialog.js';
import type { BtImportDialog } from '../../src/ui/exchange/bt-import-dialog.js';
import '../../src/ui/review/bt-compare-view.js';
import '../../src/ui/shell/bt-role-switch.js';
import '../../src/ui/grid/bt-segment-row.js';
import '../../src/ui/grid/bt-track-changes.js';
import { useServices } from '../state/helpers.js';
import { answerCompare, now, version, versions } from '../ui/review/review-fixtures.js';
import { project, rows } from '../ui/fixtures.js';
import { latinWords, visibleStrings } from './latin.js';

const cases: [string, () => TemplateResult][] = [
  [
    'bt-editor',
    () =>
      html`<bt-editor style="height:500px" .project=${project} .segments=${rows(6)}></bt-editor>`,
  ],
  [
    'bt-project-library',
    () => html`<bt-project-library .projects=${[project]}></bt-project-library>`,
  ],
  ['bt-project-library (empty)', () => html`<bt-project-library></bt-project-library>`],
  ['bt-toast', () => html`<bt-toast message="已删除。" action="撤销"></bt-toast>`],
  [
    'bt-save-indicator',
    () => html`<bt-save-indicator state="saved" .savedAt=${Date.now()}></bt-save-indicator>`,
  ],
  ['bt-language-switch', () => html`<bt-language-switch></bt-language-switch>`],
  ['bt-find-bar', () => html`<bt-find-bar replace></bt-find-bar>`],
  ['bt-shortcut-sheet', () => html`<bt-shortcut-sheet open></bt-shortcut-sheet>`],
  [
    'bt-export-dialog',
    () =>
      html`<bt-export-dialog
        open
        projectName="年度报告"
        .bitext=${{
          sourceLang: 'zh-Hans',
          targetLang: 'zh-Hans',
          documents: [{ name: '文档', pairs: [{ source: '甲', target: '乙', note: '注' }] }],
        }}
      ></bt-export-dialog>`,
  ],
  ['bt-import-dialog', () => html`<bt-import-dialog open></bt-import-dialog>`],
  [
    'bt-compare-view',
    () =>
      html`<bt-compare-view
        @bt-request-compare=${answerCompare}
        style="height:600px"
        .project=${{ ...project, targetLang: 'zh-Hans' }}
        .segments=${now}
        .versions=${versions}
        .loadedVersions=${{ v1: version }}
      ></bt-compare-view>`,
  ],
  [
    'bt-compare-view (no versions yet)',
    () =>
      html`<bt-compare-view
        style="height:600px"
        @bt-request-compare=${answerCompare}
      ></bt-compare-view>`,
  ],
  ['bt-role-switch', () => html`<bt-role-switch author="王芳"></bt-role-switch>`],
  ['bt-role-switch (no name yet)', () => html`<bt-role-switch></bt-role-switch>`],
  [
    'bt-editor (track changes since a version)',
    () =>
      html`<bt-editor
        style="height:600px"
        .project=${{ ...project, targetLang: 'zh-Hans' }}
        .segments=${now}
        .versions=${versions}
        .since=${{ id: 'v1', rows: new Map(version.segments.map((r) => [r.id, r])) }}
      ></bt-editor>`,
  ],
  [
    'bt-segment-row (note being written)',
    () =>
      html`<bt-segment-row
        .segment=${{ ...now[1], note: '术语待核对' }}
        .index=${2}
        .targetLang=${'zh-Hans'}
        noteOpen
      ></bt-segment-row>`,
  ],
  [
    'bt-segment-row (tags missing)',
    () =>
      html`<bt-segment-row
        .segment=${{
          ...now[1],
          source: '点击\uE000保存\uE001',
          target: '点击\uE000保存',
          codes: [
            // (The native code is the file's data, not a UI string.)
            { kind: 'open', id: '1', tag: 'bpt', data: '〈粗〉' },
            { kind: 'close', id: '1', tag: 'ept', data: '〈/粗〉' },
          ],
        }}
        .index=${2}
        .targetLang=${'zh-Hans'}
      ></bt-segment-row>`,
  ],
  [
    'bt-track-changes (changed, status changed)',
    () =>
      html`<bt-segment-row
        .segment=${{ ...now[1], status: 'draft' }}
        .index=${2}
        .targetLang=${'zh-Hans'}
        .track=${{ base: version.segments[1], selected: false }}
      ></bt-segment-row>`,
  ],
  [
    'bt-track-changes (added, merged, accepted)',
    () =>
      html`<div>
        <bt-segment-row
          .segment=${now[2]}
          .index=${3}
          .track=${{ selected: false }}
        ></bt-segment-row>
        <bt-segment-row
          .segment=${{ ...now[1], status: 'draft' }}
          .index=${2}
          .track=${{ base: version.segments[1], structural: 'merged', selected: true }}
        ></bt-segment-row>
        <bt-segment-row
          .segment=${{ ...now[3], status: 'approved' }}
          .index=${4}
          .track=${{ base: version.segments[3], selected: false }}
        ></bt-segment-row>
      </div>`,
  ],
  [
    'bt-segment-row (open comments)',
    () => html`<bt-segment-row .segment=${now[5]} .index=${6}></bt-segment-row>`,
  ],
  ['bt-bulk-bar', () => html`<bt-bulk-bar .count=${3}></bt-bulk-bar>`],
];

describe('every visible string comes from locales/', () => {
  before(async () => {
    await initI18n('en');
    await loadAllStrings();
    await setLanguage('zh-CN');
  });
  after(() => setLanguage('en'));
  const services = useServices();

  for (const [name, tpl] of cases) {
    it(`${name} shows no hard-coded English in Chinese`, async () => {
      const el = await fixture(tpl());
      await aTimeout(60);
      // The compare view diffs in a Worker: wait until it shows its rows.
      for (let i = 0; i < 100 && el.shadowRoot?.querySelector('.message[role="status"]'); i++)
        await aTimeout(20);
      expect(latinWords(visibleStrings(el))).to.deep.equal([]);
    });
  }

  it('bt-import-dialog with a file read shows no hard-coded English in Chinese', async () => {
    const { library } = await services();
    const el = await fixture<BtImportDialog>(
      html`<bt-import-dialog open .library=${library}></bt-import-dialog>`,
    );
    // A GB18030 CSV, so the encoding guess and its override are shown too.
    const gbk = [0xc4, 0xe3, 0xba, 0xc3, 0x2c, 0xca, 0xc0, 0xbd, 0xe7, 0x0d, 0x0a];
    await el.load(new File([new Uint8Array(gbk)], '问候.csv'));
    await el.updateComplete;
    await waitUntil(() =>
      el.shadowRoot!.querySelector('bt-import-summary')?.shadowRoot?.querySelector('.found'),
    );
    expect(latinWords(visibleStrings(el))).to.deep.equal([]);
  });

  it('the check itself catches a hard-coded word', async () => {
    const el = await fixture(html`<div><span title="Close">关闭</span></div>`);
    expect(latinWords(visibleStrings(el))).to.deep.equal(['Close']);
  });
});
