import '../../setup.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { initI18n, loadAllStrings, setLanguage } from '../../../src/i18n/index.js';
import '../../../src/ui/shell/bt-save-indicator.js';
import type { BtSaveIndicator } from '../../../src/ui/shell/bt-save-indicator.js';
import { openProject, useServices } from '../../state/helpers.js';

const said = (el: BtSaveIndicator) => el.shadowRoot!.textContent!.trim();

describe('bt-save-indicator', () => {
  before(() => initI18n('en').then(loadAllStrings));
  after(() => setLanguage('en'));
  const open = useServices();

  /** Two tabs edit row 1 from the same text; the other tab writes first. */
  async function conflict() {
    const mine = await open();
    const id = await openProject(mine, [{ source: '你好。', target: 'Hello.' }]);
    const theirs = await open(mine.dbName, { separate: true });
    await theirs.document.open(id);
    const [row] = mine.document.current!.segments;
    mine.document.edit(row.id, 'target', 'Hi.');
    theirs.document.edit(row.id, 'target', 'Hey.');
    await theirs.document.flush();
    await mine.document.flush();
    return { mine, theirs, row };
  }

  it('says "waiting for your choice", not "retrying", while a row edited in two tabs waits', async () => {
    const { mine, theirs, row } = await conflict();
    // Nothing is retried: the row waits for "Keep my text" (or the user leaving theirs).
    expect(mine.notices.state.notice?.key).to.equal('notice.conflict');
    expect(mine.document.state.save.state).to.equal('conflict');

    const el = await fixture<BtSaveIndicator>(
      html`<bt-save-indicator .state=${mine.document.state.save.state}></bt-save-indicator>`,
    );
    expect(said(el)).to.equal('Not saved — waiting for your choice');
    expect(said(el)).not.to.contain('retrying');
    await setLanguage('zh-CN');
    await el.updateComplete;
    expect(said(el)).to.equal('未保存——等待您的选择');
    await setLanguage('en');
    await expect(el).to.be.accessible();

    // Keeping my text writes it: the status says saved again.
    mine.notices.runAction();
    await mine.document.flush();
    await waitUntil(() => mine.document.state.save.state === 'saved', 'never saved');
    el.state = mine.document.state.save.state;
    el.savedAt = mine.document.state.save.at;
    await el.updateComplete;
    expect(said(el)).to.match(/^Saved /);
    // The other tab takes my text in before the tabs close.
    await waitUntil(() => theirs.document.row(row.id)?.target === 'Hi.', 'theirs never updated');
    await theirs.document.flush();
  });

  it("shows the choice again when its notice went, and closing it leaves the other tab's text", async () => {
    const { mine, theirs, row } = await conflict();
    expect(mine.notices.state.notice?.key).to.equal('notice.conflict');
    // Another notice takes its place: the row still waits, and nothing on screen offers the choice.
    mine.notices.info('notice.copied');
    expect(mine.document.state.save.state).to.equal('conflict');
    const el = await fixture<BtSaveIndicator>(
      html`<bt-save-indicator
        .state=${'conflict'}
        @bt-request-show-conflict=${() => mine.document.showConflicts()}
      ></bt-save-indicator>`,
    );
    const button = el.shadowRoot!.querySelector('button')!;
    expect(button.textContent!.trim()).to.equal('Not saved — waiting for your choice');
    await expect(el).to.be.accessible();
    button.click();
    expect(mine.notices.state.notice?.key, 'the choice is back').to.equal('notice.conflict');
    // Closing the notice leaves the other tab's text: nothing waits any more.
    mine.notices.dismiss();
    await waitUntil(() => mine.document.state.save.state !== 'conflict', 'still waiting');
    expect(mine.document.row(row.id)?.target).to.equal('Hey.');
    await mine.document.flush();
    expect(mine.document.state.save.state).to.not.equal('conflict');
    await theirs.document.flush();
  });

  it('says "retrying" only while a failed save is being retried', async () => {
    const el = await fixture<BtSaveIndicator>(
      html`<bt-save-indicator state="failed"></bt-save-indicator>`,
    );
    expect(said(el)).to.equal('Not saved — retrying');
  });
});
