import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { initI18n, loadAllStrings } from '../../../src/i18n/index.js';
import '../../../src/ui/library/bt-project-library.js';
import type { BtProjectLibrary } from '../../../src/ui/library/bt-project-library.js';
import { project } from '../fixtures.js';

describe('bt-project-library', () => {
  before(() => initI18n('en').then(loadAllStrings));

  it('lists projects as links to them and is accessible', async () => {
    const el = await fixture<BtProjectLibrary>(
      html`<bt-project-library .projects=${[project]}></bt-project-library>`,
    );
    const a = el.shadowRoot!.querySelector('li a') as HTMLAnchorElement;
    expect(a.textContent).to.equal('测试项目');
    expect(a.getAttribute('href')).to.equal('#/p/p1');
    await expect(el).to.be.accessible();
  });

  it('shows a bidi override in a name as a visible marker, never reordering the name', async () => {
    const el = await fixture<BtProjectLibrary>(
      html`<bt-project-library
        .projects=${[{ ...project, name: 'abc\u202Egpj.exe' }]}
      ></bt-project-library>`,
    );
    const link = el.shadowRoot!.querySelector('a[href^="#/p/"]')!;
    expect(link.textContent).to.equal('abc⟦RLO⟧gpj.exe');
    expect(link.querySelector('bdi')).to.not.equal(null);
  });

  it('says so when there are no projects', async () => {
    const el = await fixture<BtProjectLibrary>(html`<bt-project-library></bt-project-library>`);
    expect(el.shadowRoot!.textContent).to.contain('No projects yet');
  });

  it('links to the new-project page', async () => {
    const el = await fixture<BtProjectLibrary>(html`<bt-project-library></bt-project-library>`);
    expect(el.shadowRoot!.querySelector('a.new')!.getAttribute('href')).to.equal('#/new');
  });

  it('deletes only after the user confirms', async () => {
    const el = await fixture<BtProjectLibrary>(
      html`<bt-project-library .projects=${[project]}></bt-project-library>`,
    );
    let asked = false;
    el.addEventListener('bt-request-delete-project', () => (asked = true));
    const del = [...el.shadowRoot!.querySelectorAll('li button')].find(
      (b) => b.textContent!.trim() === 'Delete',
    ) as HTMLButtonElement;
    del.click();
    await el.updateComplete;
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(asked).to.equal(false);
    const confirm = dialog.querySelector('button[value="delete"]') as HTMLButtonElement;
    setTimeout(() => confirm.click());
    const ev = await oneEvent(el, 'bt-request-delete-project');
    expect(ev.detail).to.deep.equal({ id: 'p1' });
  });
});
