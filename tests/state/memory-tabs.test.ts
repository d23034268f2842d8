// Two tabs on one workspace: a TM renamed, deleted or brought back in one shows so in the other's
// list, without a reload.
import { expect, waitUntil } from '@open-wc/testing';
import { initI18n, loadAllStrings } from '../../src/i18n/index.js';
import { useServices } from './helpers.js';

describe('memory service: another tab', () => {
  const open = useServices();

  it('hears a TM renamed, deleted and brought back in another tab', async () => {
    await initI18n('en');
    await loadAllStrings();
    const a = await open();
    const tm = await a.memory.create('Legal', 'zh-Hans', 'en');
    const b = await open(a.dbName, { separate: true });
    await b.memory.load();
    const names = () => b.memory.state.tms.map((x) => x.name);
    await waitUntil(() => names().includes('Legal'), 'the other tab lists the TM');
    await a.memory.rename(tm.id, 'Legal 2026');
    await waitUntil(() => names().includes('Legal 2026'), `renamed: ${names().join(', ')}`);
    expect(names()).to.not.include('Legal');
    await a.memory.remove(tm.id);
    await waitUntil(() => !names().includes('Legal 2026'), `deleted: ${names().join(', ')}`);
    await a.notices.runAction(); // Undo
    await waitUntil(() => names().includes('Legal 2026'), `brought back: ${names().join(', ')}`);
  });
});
