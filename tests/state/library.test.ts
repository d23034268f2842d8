// The library service: a refused backup is told in the user's words, never as raw error text.
import { expect } from '@open-wc/testing';
import { initI18n, setLanguage, loadAllStrings } from '../../src/i18n/index.js';
import { useServices } from './helpers.js';

describe('LibraryService: backups', () => {
  const open = useServices();
  before(() => initI18n('en').then(loadAllStrings));
  after(() => setLanguage('en'));

  it('says why a backup was refused, by kind and in the UI language', async () => {
    const s = await open();
    const cases: [string, string][] = [
      ['{ not json', 'the file is not JSON'],
      ['{"format":"something-else"}', 'the file is not a Bitext Workbench backup'],
    ];
    for (const [text, reason] of cases) {
      expect(await s.library.importBackup(text, 'merge')).to.equal(false);
      expect(s.notices.state.notice).to.deep.include({
        kind: 'error',
        key: 'notice.backupRejected',
        params: { reason },
      });
    }
    await setLanguage('zh-CN');
    await s.library.importBackup('{ not json', 'merge');
    expect(s.notices.state.notice?.params).to.deep.equal({ reason: '该文件不是 JSON' });
  });
});
