// Choosing rows for a bulk action: click, Ctrl+click, Shift+click.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { selectRow, type SelectRequest } from '../../src/core/row-selection.js';

const rows = ['a', 'b', 'c', 'd', 'e'];

// A selection as text: the chosen rows, then "@anchor" ("@-" without one).
const show = (s: { selected: ReadonlySet<string>; anchor?: string }) =>
  `${[...s.selected].sort().join('')}@${s.anchor ?? '-'}`;
const parse = (x: string) => {
  const [sel, anchor] = x.split('@');
  return {
    selected: new Set(sel.split('').filter(Boolean)),
    anchor: anchor === '-' ? undefined : anchor,
  };
};

describe('core/row-selection: selectRow', () => {
  const cases: [string, string, SelectRequest, string][] = [
    // name, before, click, after
    ['a click chooses one row', '@-', { id: 'b' }, 'b@b'],
    ['a click replaces the choice', 'ac@a', { id: 'd' }, 'd@d'],
    ['a click on the only row chosen unchooses it', 'b@b', { id: 'b' }, '@b'],
    ['a click on one of several chooses it alone', 'bc@b', { id: 'b' }, 'b@b'],
    ['Ctrl adds a row', 'b@b', { id: 'd', toggle: true }, 'bd@d'],
    ['Ctrl removes a chosen row', 'bd@d', { id: 'b', toggle: true }, 'd@b'],
    ['Shift adds the run from the anchor', 'b@b', { id: 'd', range: true }, 'bcd@b'],
    ['Shift upwards', 'd@d', { id: 'a', range: true }, 'abcd@d'],
    ['Shift keeps what was chosen', 'e@a', { id: 'b', range: true }, 'abe@a'],
    ['Shift without an anchor adds the one row', 'c@-', { id: 'e', range: true }, 'ce@-'],
    [
      'Shift from an anchor no longer shown adds the one row',
      '@x',
      { id: 'b', range: true },
      'b@x',
    ],
    ['a row not shown is still chosen', '@-', { id: 'z' }, 'z@z'],
  ];
  for (const [name, before, click, after] of cases)
    it(name, () => assert.equal(show(selectRow(parse(before), rows, click)), after));
});
