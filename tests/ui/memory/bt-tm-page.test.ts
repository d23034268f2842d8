import { expect, fixture, html } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { LitElement, html as litHtml } from 'lit';
import { initI18n, loadAllStrings } from '../../../src/i18n/index.js';
import { memoryContext } from '../../../src/state/contexts.js';
import '../../../src/ui/memory/bt-tm-page.js';
import type { BtTmPage } from '../../../src/ui/memory/bt-tm-page.js';
import { openProject, untilMemory, useServices } from '../../state/helpers.js';
import { asked } from '../ask.js';

class TmHost extends LitElement {
  override render() {
    return litHtml`<slot></slot>`;
  }
}
customElements.define('bt-test-tm-host', TmHost);

/** Waits (up to 5 s) for what a click leads to: the TM is written, then the page updates. */
async function until(el: BtTmPage, cond: () => boolean): Promise<void> {
  for (let i = 0; i < 250 && !cond(); i++) {
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
  }
}

const deep = () => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};

describe('bt-tm-page', () => {
  const open = useServices();

  for (const lang of ['en', 'zh-CN'] as const) {
    it(`lists, creates and deletes TMs (${lang})`, async () => {
      await initI18n(lang);
      await loadAllStrings();
      const s = await open();
      const host = await fixture<TmHost>(html`<bt-test-tm-host></bt-test-tm-host>`);
      new ContextProvider(host, { context: memoryContext, initialValue: s.memory });
      const el = document.createElement('bt-tm-page') as BtTmPage;
      host.appendChild(el);
      await el.updateComplete;
      const root = el.shadowRoot!;
      root.querySelector<HTMLInputElement>('input[name=name]')!.value = '法律';
      root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await until(el, () => root.querySelectorAll('tbody tr').length === 1);
      const rows = [...root.querySelectorAll('tbody tr')];
      expect(rows.map((r) => r.querySelector('th')!.textContent!.trim())).to.have.length(1);
      expect(rows[0].textContent).to.contain('法律');
      // Beside Rename, Export and Delete, the file picker says what it is for.
      expect(rows[0].querySelector('.file-button')!.textContent).to.equal(
        lang === 'en' ? 'Import…' : '导入…',
      );
      await expect(el).to.be.accessible();
      // Rename asks for the new name in the app's own dialog, the current name in its field.
      const rename = () =>
        root
          .querySelector<HTMLButtonElement>(
            `button[aria-label="${lang === 'en' ? 'Rename 法律' : '重命名 法律'}"]`,
          )!
          .click();
      rename();
      let q = await asked();
      expect(q.title).to.equal(
        lang === 'en' ? 'Rename the translation memory “法律”' : '重命名翻译记忆库“法律”',
      );
      expect((q.focused as HTMLInputElement).value).to.equal('法律');
      await q.answer(false);
      rename();
      q = await asked();
      await q.answer('合同');
      await until(el, () => !!root.querySelector('tbody tr')?.textContent?.includes('合同'));
      expect(root.querySelector('tbody tr')!.textContent).to.contain('合同');
      const del = [...root.querySelectorAll('button')].find(
        (b) =>
          b.getAttribute('aria-label')?.includes('合同') &&
          b.textContent!.trim() === (lang === 'en' ? 'Delete' : '删除'),
      )!;
      del.click();
      await (await asked()).answer(true);
      await until(el, () => root.querySelectorAll('tbody tr').length === 0);
      expect(root.querySelectorAll('tbody tr')).to.have.length(0);
    });
  }

  /** The page on fresh services, in `lang`, with TMs of these names (zh → en). */
  async function page(lang: 'en' | 'zh-CN', names: string[]) {
    await initI18n(lang);
    await loadAllStrings();
    const s = await open();
    for (const n of names) await s.memory.create(n, 'zh-Hans', 'en');
    const host = await fixture<TmHost>(html`<bt-test-tm-host></bt-test-tm-host>`);
    new ContextProvider(host, { context: memoryContext, initialValue: s.memory });
    const el = document.createElement('bt-tm-page') as BtTmPage;
    host.appendChild(el);
    await el.updateComplete;
    return { s, el, root: el.shadowRoot! };
  }
  const button = (root: ShadowRoot, label: string) =>
    root.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`)!;

  it('asks before deleting a TM, naming its units and the projects using it', async () => {
    const { s, el, root } = await page('en', ['Legal', 'Spare']);
    await openProject(s, [{ source: '你好。', target: '' }]);
    await untilMemory(s, (st) => !!st.links);
    await el.updateComplete;
    button(root, 'Delete Legal').click();
    let q = await asked();
    expect(q.title).to.equal('Delete the translation memory “Legal”?');
    expect(q.message).to.equal(
      'It holds 0 units. The project “测试” uses it. You can undo this right after.',
    );
    expect(q.confirmLabel).to.equal('Delete translation memory');
    expect(q.focused?.textContent?.trim()).to.equal('Cancel');
    await q.answer(false);
    expect(s.memory.state.tms.map((x) => x.name)).to.deep.equal(['Legal', 'Spare']);
    // Confirmed: gone, and the keyboard is on the next TM's Delete, not on the page.
    button(root, 'Delete Legal').click();
    q = await asked();
    await q.answer(true);
    await until(el, () => root.querySelectorAll('tbody tr').length === 1);
    await until(el, () => deep() === button(root, 'Delete Spare'));
    expect(deep()).to.equal(button(root, 'Delete Spare'));
    // The last one: the keyboard goes to the heading.
    button(root, 'Delete Spare').click();
    q = await asked();
    expect(q.message).to.equal(
      'It holds 0 units. No project uses it. You can undo this right after.',
    );
    await q.answer(true);
    await until(el, () => deep() === root.querySelector('h2'));
    expect(deep()).to.equal(root.querySelector('h2'));
  });

  it('says the same in Chinese', async () => {
    const { root } = await page('zh-CN', ['法律']);
    button(root, '删除 法律').click();
    const q = await asked();
    expect(q.title).to.equal('删除翻译记忆库“法律”？');
    expect(q.message).to.equal('其中有 0 个单元。没有项目使用它。删除后可以立即撤销。');
    expect(q.confirmLabel).to.equal('删除翻译记忆库');
    await q.answer(false);
  });

  it('refuses a name another TM has, on create and on rename', async () => {
    const { s, el, root } = await page('en', ['Legal', 'Spare']);
    root.querySelector<HTMLInputElement>('input[name=name]')!.value = ' legal ';
    root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await el.updateComplete;
    expect(root.querySelector('[role=alert]')!.textContent).to.equal(
      'There is already a translation memory named “legal”: choose another name.',
    );
    expect(root.querySelector('input[name=name]')!.getAttribute('aria-invalid')).to.equal('true');
    await new Promise((r) => setTimeout(r, 100));
    expect(s.memory.state.tms).to.have.length(2);
    await expect(el).to.be.accessible();
    button(root, 'Rename Spare').click();
    const q = await asked();
    const input = q.dialog.querySelector('input')!;
    input.value = 'Legal';
    input.dispatchEvent(new Event('input'));
    await (q.dialog.getRootNode() as ShadowRoot & { host: BtTmPage }).host.updateComplete;
    expect(q.dialog.querySelector('.why')!.textContent).to.equal(
      'There is already a translation memory named “Legal”: choose another name.',
    );
    expect(q.dialog.querySelector<HTMLButtonElement>('button[type=submit]')!.disabled).to.equal(
      true,
    );
    await q.answer(false);
  });

  for (const lang of ['en', 'zh-CN'] as const)
    it(`names each control by its visible label first (${lang})`, async () => {
      const { root } = await page(lang, ['Legal']);
      const row = root.querySelector('tbody tr')!;
      const named = [...row.querySelectorAll('button')].map((b) => [
        b.textContent!.trim(),
        b.getAttribute('aria-label') ?? '',
      ]);
      named.push([
        row.querySelector('.file-button')!.textContent!.trim(),
        row.querySelector('input[type=file]')!.getAttribute('aria-label')!,
      ]);
      expect(named).to.have.length(5);
      for (const [label, name] of named) {
        expect(name.startsWith(label), `${name} starts with ${label}`).to.equal(true);
        expect(name).to.contain('Legal');
      }
    });

  it('names a TM deleted after its import by the name it had', async () => {
    const { el, root } = await page('en', ['Legal']);
    const input = root.querySelector<HTMLInputElement>('tbody input[type=file]')!;
    const files = new DataTransfer();
    files.items.add(new File(['你好。\tHello.'], 'a.tsv'));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    const job = () => root.querySelector('.job')?.textContent ?? '';
    await until(el, () => job().includes('Imported'));
    button(root, 'Delete Legal').click();
    await (await asked()).answer(true);
    await until(el, () => root.querySelectorAll('tbody tr').length === 0);
    expect(job()).to.contain('Imported a.tsv into “Legal”');
  });

  // OmegaT's test file in English → Belarusian, written here as it reads; and English → French,
  // whose Latin letters were named "English → English" when guessed from the script.
  const tmxOf = (src: string, tgt: string, a: string, b: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="${src}" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body><tu><tuv xml:lang="${src}"><seg>${a}</seg></tuv><tuv xml:lang="${tgt}"><seg>${b}</seg></tuv></tu></body></tmx>`;
  const be = tmxOf('en', 'be', 'Hello', 'Прывітанне');
  const fr = tmxOf('en-US', 'fr-CA', 'Hello world', 'Bonjour le monde');
  for (const [lang, tmx, said] of [
    ['en', be, 'is in English → Belarusian, not'],
    ['zh-CN', be, '的语言是 英文 → 白俄罗斯语，与'],
    ['en', fr, 'is in English → Canadian French, not'],
    ['zh-CN', fr, '的语言是 英文 → 加拿大法语，与'],
  ] as const) {
    it(`names a refused file's languages in words, as the list does (${lang}, ${tmx === be ? 'be' : 'fr-CA'})`, async () => {
      await initI18n(lang);
      await loadAllStrings();
      const s = await open();
      const host = await fixture<TmHost>(html`<bt-test-tm-host></bt-test-tm-host>`);
      new ContextProvider(host, { context: memoryContext, initialValue: s.memory });
      const el = document.createElement('bt-tm-page') as BtTmPage;
      host.appendChild(el);
      await el.updateComplete;
      const root = el.shadowRoot!;
      root.querySelector<HTMLInputElement>('input[name=name]')!.value = 'Big';
      root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await until(el, () => root.querySelectorAll('tbody tr').length === 1);
      const input = root.querySelector<HTMLInputElement>('tbody input[type=file]')!;
      const files = new DataTransfer();
      files.items.add(new File([tmx], 'be.tmx'));
      input.files = files.files;
      input.dispatchEvent(new Event('change'));
      const alert = () => root.querySelector('[role=alert]')?.textContent ?? '';
      await until(el, () => alert().includes('be.tmx'));
      expect(alert()).to.contain(said);
    });
  }
});
