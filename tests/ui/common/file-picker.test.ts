// The file field's words come from the UI's strings, not the browser's, and the hidden native
// input still does the work: it keeps its label's name, takes keyboard focus, and is what a click
// on the drawn button reaches.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { initI18n, loadAllStrings, setLanguage } from '../../../src/i18n/index.js';
import { fileButton, filePickerStyles } from '../../../src/ui/common/file-picker.js';

class FilePickerHost extends LitElement {
  static override styles = filePickerStyles;
  override render() {
    return html`<label>Backup file <input type="file" class="file-input" />${fileButton()}</label>`;
  }
}
customElements.define('test-file-picker-host', FilePickerHost);

describe('file picker', () => {
  before(() => initI18n('en').then(loadAllStrings));
  afterEach(() => setLanguage('en'));

  async function render() {
    const el = await fixture<FilePickerHost>(html`<test-file-picker-host></test-file-picker-host>`);
    const root = el.shadowRoot!;
    return {
      el,
      input: root.querySelector<HTMLInputElement>('input')!,
      button: root.querySelector<HTMLElement>('.file-button')!,
    };
  }

  it('says "choose a file" in the UI language and hides the native control', async () => {
    const { input, button } = await render();
    expect(button.textContent).to.equal('Choose a file…');
    expect(input.getBoundingClientRect().width).to.be.at.most(1);
    await setLanguage('zh-CN');
    const zh = await render();
    expect(zh.button.textContent).to.equal('选择文件…');
  });

  it('keeps the input focusable, named by its label, and reached by a click on the button', async () => {
    const { el, input, button } = await render();
    await expect(el).to.be.accessible();
    input.focus();
    expect(el.shadowRoot!.activeElement).to.equal(input);
    expect(input.labels?.[0].textContent?.trim().startsWith('Backup file')).to.equal(true);
    let clicked = 0;
    input.addEventListener('click', (e) => {
      clicked++;
      e.preventDefault(); // no file chooser in a test
    });
    button.click();
    expect(clicked).to.equal(1);
  });
});
