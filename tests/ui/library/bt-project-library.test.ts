import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { initI18n, loadAllStrings } from '../../../src/i18n/index.js';
import '../../../src/ui/library/bt-project-library.js';
import type { BtProjectLibrary } from '../../../src/ui/library/bt-project-library.js';
import { project } from '../fixtures.js';
import { asked, noneAsked } from '../ask.js';

const deep = () => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};

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

  it('draws New project the height of the button beside it', async () => {
    const el = await fixture<BtProjectLibrary>(
      html`<bt-project-library .projects=${[project]}></bt-project-library>`,
    );
    const height = (sel: string) =>
      el.shadowRoot!.querySelector(sel)!.getBoundingClientRect().height;
    expect(height('a.new')).to.be.greaterThan(20);
    expect(height('a.new')).to.equal(height('button.open-file'));
  });

  it("deletes only after the user confirms, in the app's own question", async () => {
    const el = await fixture<BtProjectLibrary>(
      html`<bt-project-library .projects=${[project]}></bt-project-library>`,
    );
    let deleted = 0;
    el.addEventListener('bt-request-delete-project', () => deleted++);
    const del = [...el.shadowRoot!.querySelectorAll('li button')].find(
      (b) => b.textContent!.trim() === 'Delete',
    ) as HTMLButtonElement;
    del.click();
    let q = await asked();
    expect(q.title).to.equal('Delete “测试项目”?');
    expect(q.confirmLabel).to.equal('Delete project');
    // A deletion: the keyboard starts on Cancel.
    expect(q.focused?.textContent?.trim()).to.equal('Cancel');
    await q.answer(false);
    await new Promise((r) => setTimeout(r, 20));
    expect(deleted).to.equal(0);
    del.click();
    q = await asked();
    setTimeout(() => void q.answer(true));
    const ev = await oneEvent(el, 'bt-request-delete-project');
    expect(ev.detail).to.deep.equal({ id: 'p1' });
    expect(deleted).to.equal(1);
  });

  it('renames in place: the name selected for typing, Escape cancels, the keyboard back on Rename', async () => {
    const el = await fixture<BtProjectLibrary>(
      html`<bt-project-library .projects=${[project]}></bt-project-library>`,
    );
    const root = el.shadowRoot!;
    const rename = () =>
      root.querySelector<HTMLButtonElement>('button[aria-label="Rename 测试项目"]')!;
    rename().click();
    await el.updateComplete;
    await el.updateComplete;
    const input = root.querySelector<HTMLInputElement>('input[name=name]')!;
    expect(deep()).to.equal(input);
    expect([input.selectionStart, input.selectionEnd]).to.deep.equal([0, '测试项目'.length]);
    await expect(el).to.be.accessible();
    let renamed = 0;
    el.addEventListener('bt-request-rename-project', () => renamed++);
    input.value = '新名字';
    input.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    await el.updateComplete;
    await el.updateComplete;
    expect(root.querySelector('input[name=name]')).to.equal(null);
    expect(deep()).to.equal(rename());
    expect(renamed).to.equal(0);
    // Saved: the keyboard is back on Rename too.
    rename().click();
    await el.updateComplete;
    await el.updateComplete;
    root.querySelector<HTMLInputElement>('input[name=name]')!.value = '新名字';
    setTimeout(() => root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click());
    expect((await oneEvent(el, 'bt-request-rename-project')).detail.name).to.equal('新名字');
    await el.updateComplete;
    await el.updateComplete;
    expect(deep()).to.equal(rename());
  });

  it("moves the keyboard to the next project's Delete once one is deleted, then to the heading", async () => {
    const second = { ...project, id: 'p2', name: '第二个', updatedAt: -1 };
    const el = await fixture<BtProjectLibrary>(
      html`<bt-project-library .projects=${[project, second]}></bt-project-library>`,
    );
    const root = el.shadowRoot!;
    const del = (name: string) =>
      root.querySelector<HTMLButtonElement>(`button[aria-label="Delete ${name}"]`)!;
    const confirmDelete = async (name: string) => {
      del(name).focus();
      del(name).click();
      const q = await asked();
      setTimeout(() => void q.answer(true));
      return (await oneEvent(el, 'bt-request-delete-project')).detail.id;
    };
    expect(await confirmDelete('测试项目')).to.equal('p1');
    // The app deletes it a moment later: the list comes without it.
    await new Promise((r) => setTimeout(r, 20));
    el.projects = [second];
    await el.updateComplete;
    expect(deep()).to.equal(del('第二个'));
    expect(await confirmDelete('第二个')).to.equal('p2');
    await new Promise((r) => setTimeout(r, 20));
    el.projects = [];
    await el.updateComplete;
    expect(deep()).to.equal(root.querySelector('h2'));
  });

  it('replaces the library from a backup only after the user confirms, merges without asking', async () => {
    const el = await fixture<BtProjectLibrary>(
      html`<bt-project-library .projects=${[project]}></bt-project-library>`,
    );
    const root = el.shadowRoot!;
    const file = root.querySelector<HTMLInputElement>('.backup input[type=file]')!;
    const choose = () => {
      const dt = new DataTransfer();
      dt.items.add(new File(['{"backup":1}'], 'bitext-backup.json'));
      file.files = dt.files;
      file.dispatchEvent(new Event('change'));
    };
    const imported: string[] = [];
    el.addEventListener('bt-request-import-backup', (e) => imported.push(e.detail.mode));
    root.querySelector<HTMLInputElement>('input[name=mode][value=replace]')!.click();
    choose();
    const q = await asked();
    expect([q.title, q.message, q.confirmLabel]).to.deep.equal([
      'Replace every project with the backup?',
      'Every project in this browser is replaced by those in “bitext-backup.json”. This cannot be undone.',
      'Replace all projects',
    ]);
    expect(q.focused?.textContent?.trim(), 'the safe choice first').to.equal('Cancel');
    await q.answer(false);
    expect(imported, 'declined: nothing restored').to.deep.equal([]);
    expect(file.value, 'the file is let go, to be chosen again').to.equal('');
    choose();
    setTimeout(() => void asked().then((q) => q.answer(true)));
    expect((await oneEvent(el, 'bt-request-import-backup')).detail.mode).to.equal('replace');
    // Merging destroys nothing: no question.
    root.querySelector<HTMLInputElement>('input[name=mode][value=merge]')!.click();
    setTimeout(choose);
    expect((await oneEvent(el, 'bt-request-import-backup')).detail.mode).to.equal('merge');
    expect(noneAsked()).to.equal(true);
  });

  describe('filter and sort', () => {
    const many = [
      { ...project, id: 'a', name: 'Annual report 2025', createdAt: 1, updatedAt: 30 },
      { ...project, id: 'b', name: '北京宣传册', createdAt: 3, updatedAt: 20 },
      { ...project, id: 'c', name: 'annual Report 2026', createdAt: 2, updatedAt: 10 },
    ];
    const names = (el: BtProjectLibrary) =>
      [...el.shadowRoot!.querySelectorAll('ul li a[href^="#/p/"]')].map((a) => a.textContent);
    const status = (el: BtProjectLibrary) =>
      el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
    beforeEach(() => localStorage.removeItem('bt.librarySort'));
    after(() => localStorage.removeItem('bt.librarySort'));

    it('filters by words of the name, says how many are shown, and is accessible', async () => {
      const el = await fixture<BtProjectLibrary>(
        html`<bt-project-library .projects=${many}></bt-project-library>`,
      );
      expect(names(el)).to.deep.equal(['Annual report 2025', '北京宣传册', 'annual Report 2026']);
      const input = el.shadowRoot!.querySelector<HTMLInputElement>(
        'input[aria-label="Filter projects"]',
      )!;
      input.value = 'REPORT annual';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Annual report 2025', 'annual Report 2026']);
      expect(status(el)).to.equal('2 of 3 projects shown');
      input.value = 'zzz';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(names(el)).to.deep.equal([]);
      expect(status(el)).to.equal('No project name holds “zzz”.');
      await expect(el).to.be.accessible();
    });

    it('sorts as chosen and remembers the order for the next visit', async () => {
      const el = await fixture<BtProjectLibrary>(
        html`<bt-project-library .projects=${many}></bt-project-library>`,
      );
      const select = el.shadowRoot!.querySelector('select')!;
      select.value = 'created';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['北京宣传册', 'annual Report 2026', 'Annual report 2025']);
      const again = await fixture<BtProjectLibrary>(
        html`<bt-project-library .projects=${many}></bt-project-library>`,
      );
      expect(again.shadowRoot!.querySelector('select')!.value).to.equal('created');
      expect(names(again)).to.deep.equal([
        '北京宣传册',
        'annual Report 2026',
        'Annual report 2025',
      ]);
    });

    it('offers no filter for a single project', async () => {
      const el = await fixture<BtProjectLibrary>(
        html`<bt-project-library .projects=${[project]}></bt-project-library>`,
      );
      expect(el.shadowRoot!.querySelector('input[type="search"]') === null).to.equal(true);
    });
  });
});
