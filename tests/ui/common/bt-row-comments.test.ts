// The comment form as a reviewer and as a translator: a reviewer logs an LQA issue (category and
// severity), a translator sees the chips but has no issue fields. The role comes from the session
// service, provided as the app provides it.
import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { LitElement, html as litHtml } from 'lit';
import type { ReviewComment, Role } from '../../../src/core/model.js';
import { initI18n, loadAllStrings } from '../../../src/i18n/index.js';
import { sessionContext } from '../../../src/state/contexts.js';
import '../../../src/ui/common/bt-row-comments.js';
import type { BtRowComments } from '../../../src/ui/common/bt-row-comments.js';
import { useServices } from '../../state/helpers.js';

class Host extends LitElement {
  override render() {
    return litHtml`<slot></slot>`;
  }
}
customElements.define('bt-test-comments-host', Host);

const comment = (over: Partial<ReviewComment>): ReviewComment => ({
  id: 'c1',
  author: 'Rex',
  role: 'reviewer',
  at: 1,
  text: '应为“峰会”',
  resolved: false,
  ...over,
});

describe('bt-row-comments: LQA issues', () => {
  const open = useServices();

  async function mount(role: Role, author: string, comments: ReviewComment[] = []) {
    const s = await open();
    await s.session.setRole(role);
    await s.session.setAuthor(author);
    const host = await fixture<Host>(html`<bt-test-comments-host></bt-test-comments-host>`);
    new ContextProvider(host, { context: sessionContext, initialValue: s.session });
    const el = document.createElement('bt-row-comments') as BtRowComments;
    el.rowId = 's5';
    el.n = 6;
    el.comments = comments;
    host.appendChild(el);
    await aTimeout(20);
    await el.updateComplete;
    return el;
  }
  const byText = (el: BtRowComments, text: string) =>
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === text);
  async function openForm(el: BtRowComments) {
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.add')!.click();
    await el.updateComplete;
    await aTimeout(0);
  }
  async function choose(el: BtRowComments, label: string, option: string) {
    const root = el.shadowRoot!;
    const id = [...root.querySelectorAll('label')].find(
      (l) => l.textContent!.trim() === label,
    )!.htmlFor;
    const select = root.getElementById(id) as HTMLSelectElement;
    const opt = [...select.options].find((o) => o.textContent!.trim() === option)!;
    select.value = opt.value;
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
  }

  it('a reviewer logs an issue with its category and severity; accessible', async () => {
    await initI18n('en');
    await loadAllStrings();
    const el = await mount('reviewer', 'Rex');
    await openForm(el);
    const root = el.shadowRoot!;
    expect(root.activeElement?.tagName, 'the text field has the keyboard').to.equal('INPUT');
    const cat = root.getElementById('lqa-category') as HTMLSelectElement;
    expect(cat.selectedOptions[0].textContent!.trim()).to.equal('No issue — a comment');
    expect(root.getElementById('lqa-severity'), 'no severity before a category').to.equal(null);
    await choose(el, 'Issue', 'Terminology');
    await choose(el, 'Severity', 'Major (5 points)');
    await expect(el).to.be.accessible();
    root.querySelector('input')!.value = '“峰会”应译作 summit';
    setTimeout(() => root.querySelector('form')!.requestSubmit());
    const ev = await oneEvent(el, 'bt-request-comment');
    expect(ev.detail).to.deep.equal({
      id: 's5',
      text: '“峰会”应译作 summit',
      issue: { category: 'terminology', severity: 'major' },
    });
  });

  it('a reviewer’s plain comment carries no issue', async () => {
    await initI18n('en');
    await loadAllStrings();
    const el = await mount('reviewer', 'Rex');
    await openForm(el);
    el.shadowRoot!.querySelector('input')!.value = '好';
    setTimeout(() => el.shadowRoot!.querySelector('form')!.requestSubmit());
    const ev = await oneEvent(el, 'bt-request-comment');
    expect(ev.detail).to.deep.equal({ id: 's5', text: '好' });
  });

  it('shows each issue as a chip; its own reviewer may withdraw it', async () => {
    await initI18n('en');
    await loadAllStrings();
    const el = await mount('reviewer', 'Rex', [
      comment({ issue: { category: 'terminology', severity: 'major' } }),
      comment({
        id: 'c2',
        author: 'Ann',
        issue: { category: 'accuracy.omission', severity: 'critical' },
      }),
      comment({
        id: 'c3',
        issue: { category: 'style', severity: 'minor' },
        withdrawn: true,
      }),
    ]);
    const root = el.shadowRoot!;
    expect([...root.querySelectorAll('.issue')].map((c) => c.textContent!.trim())).to.deep.equal([
      'Terminology · Major',
      'Accuracy: omission · Critical',
      'Style · Minor',
    ]);
    expect(root.querySelectorAll('li')[2].textContent).to.contain('withdrawn');
    const withdraw = root.querySelectorAll('button[aria-label^="Withdraw issue:"]');
    expect(withdraw.length, 'only Rex’s open issue, not Ann’s').to.equal(1);
    expect(withdraw[0].getAttribute('aria-label')).to.equal('Withdraw issue: Terminology · Major');
    await expect(el).to.be.accessible();
    setTimeout(() => (withdraw[0] as HTMLButtonElement).click());
    const ev = await oneEvent(el, 'bt-request-withdraw-issue');
    expect(ev.detail).to.deep.equal({ id: 's5', commentId: 'c1', withdrawn: true });
    setTimeout(() => byText(el, 'Log again')!.click());
    const again = await oneEvent(el, 'bt-request-withdraw-issue');
    expect(again.detail).to.deep.equal({ id: 's5', commentId: 'c3', withdrawn: false });
  });

  it('a translator sees the chips but logs no issue', async () => {
    await initI18n('en');
    await loadAllStrings();
    const el = await mount('translator', 'Tina', [
      comment({ issue: { category: 'locale.numbers', severity: 'major' } }),
    ]);
    const root = el.shadowRoot!;
    expect(root.querySelector('.issue')!.textContent!.trim()).to.equal(
      'Locale conventions: numbers · Major',
    );
    expect(byText(el, 'Withdraw issue')).to.equal(undefined);
    await openForm(el);
    expect(root.querySelector('select'), 'no issue fields').to.equal(null);
    await expect(el).to.be.accessible();
    root.querySelector('input')!.value = '已改';
    setTimeout(() => root.querySelector('form')!.requestSubmit());
    const ev = await oneEvent(el, 'bt-request-comment');
    expect(ev.detail).to.deep.equal({ id: 's5', text: '已改' });
  });

  it('speaks Chinese: 术语 · 严重, 问题 and 严重程度', async () => {
    await initI18n('zh-CN');
    await loadAllStrings();
    const el = await mount('reviewer', 'Rex', [
      comment({ issue: { category: 'terminology', severity: 'major' } }),
    ]);
    const root = el.shadowRoot!;
    expect(root.querySelector('.issue')!.textContent!.trim()).to.equal('术语 · 严重');
    await openForm(el);
    await choose(el, '问题', '本地化规范：数字');
    await choose(el, '严重程度', '致命（10 分）');
    await expect(el).to.be.accessible();
    root.querySelector('input')!.value = '1.2亿应为 120 million';
    setTimeout(() => root.querySelector('form')!.requestSubmit());
    const ev = await oneEvent(el, 'bt-request-comment');
    expect(ev.detail.issue).to.deep.equal({ category: 'locale.numbers', severity: 'critical' });
    await initI18n('en');
  });
});
