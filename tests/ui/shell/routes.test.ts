import { expect } from '@open-wc/testing';
import { initI18n } from '../../../src/i18n/index.js';
import { loadPage, routeOf, type Route } from '../../../src/ui/shell/routes.js';

describe('routeOf', () => {
  const cases: [string, Route][] = [
    ['', { page: 'library' }],
    ['#/', { page: 'library' }],
    ['#/new', { page: 'new' }],
    ['#/new/x', { page: 'library' }],
    ['#/tm', { page: 'tm' }],
    ['#/join?server=ws%3A%2F%2Fh&code=abc', { page: 'join' }],
    ['#/join', { page: 'library' }],
    ['#/p/abc', { page: 'grid', project: 'abc' }],
    ['#/p/a%20b%E4%B8%AD', { page: 'grid', project: 'a b中' }],
    ['#/p/abc/compare', { page: 'review', project: 'abc' }],
    // A stray % typed by hand: the id as written, not an exception that leaves the page blank.
    ['#/p/50%off', { page: 'grid', project: '50%off' }],
    ['#/p/', { page: 'library' }],
  ];
  for (const [hash, want] of cases)
    it(`${hash || '(no hash)'} → ${want.page}`, () => {
      expect(routeOf(hash)).to.deep.equal(want);
    });
});

describe('loadPage', () => {
  before(() => initI18n('en'));
  it('defines the element of each page it loads, with what it needs first', async () => {
    let asked = 0;
    await loadPage('new', async () => void asked++);
    expect(asked).to.equal(1);
    expect(customElements.get('bt-new-project')).to.not.equal(undefined);
    await loadPage('library');
    expect(customElements.get('bt-library-page')).to.not.equal(undefined);
    await loadPage('review');
    expect(customElements.get('bt-review-page')).to.not.equal(undefined);
    await loadPage('tm');
    expect(customElements.get('bt-tm-page')).to.not.equal(undefined);
    await loadPage('join');
    expect(customElements.get('bt-join-page')).to.not.equal(undefined);
  });
});
