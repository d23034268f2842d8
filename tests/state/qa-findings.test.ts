// The QA service's bookkeeping: which rows to check again, and findings numbered as rows are now.
import { expect } from '@open-wc/testing';
import { FindingsBook } from '../../src/state/qa-findings.js';
import type { Segment } from '../../src/core/model.js';
import type { Finding } from '../../src/core/qa/types.js';

const seg = (id: string, target: string, status: Segment['status'] = 'draft'): Segment => ({
  id,
  docId: 'd',
  order: id,
  paragraphStart: false,
  source: `源${id}`,
  target,
  status,
  link: { source: 1, target: 1 },
  confidence: 1,
  note: '',
  updatedAt: 0,
  rev: 1,
});
const f = (rowId: string, check: Finding['check'] = 'number'): Finding => ({
  row: 0,
  rowId,
  check,
  severity: 'error',
  params: {},
});
const ids = (xs: readonly Segment[]) => xs.map((s) => s.id);

describe('state/qa-findings', () => {
  it('finds the rows to check: edited ones before a run, changed or new ones after', () => {
    const [a, b] = [seg('a', 'A'), seg('b', 'B')];
    const book = new FindingsBook([a, b]);
    const cases: [string, Segment[], boolean, string[]][] = [
      ['nothing changed', [a, b], false, []],
      ['a row re-read with the same text', [seg('a', 'A'), b], false, []],
      ['a row typed into', [seg('a', 'A2'), b], false, ['a']],
      ['a row added before a run', [seg('a', 'A2'), b, seg('c', 'C')], false, []],
    ];
    for (const [what, rows, all, want] of cases)
      expect(ids(book.changes(rows, all).changed), what).to.deep.equal(want);
    const now = [seg('a', 'A2'), b, seg('c', 'C')];
    book.setRun(now, [f('a'), f('c', 'inconsistent-translation')], now);
    expect(ids(book.changes(now, true).changed), 'after a run').to.deep.equal([]);
    const added = [...now, seg('d', 'D')];
    expect(ids(book.changes(added, true).changed), 'a row added after a run').to.deep.equal(['d']);
  });

  it('checks again a row typed into while the run went on', () => {
    const sent = [seg('a', 'A'), seg('b', 'B')];
    const book = new FindingsBook(sent);
    const typed = [seg('a', 'A typed'), sent[1]];
    // The typing was looked at (and checked) before the run's results came back.
    book.changes(typed, false);
    book.setRun(sent, [f('a')], typed);
    expect(ids(book.changes(typed, true).changed)).to.deep.equal(['a']);
  });

  it('numbers findings as the rows are now and forgets rows gone; keeps document findings', () => {
    const rows = [seg('a', 'A'), seg('b', 'B'), seg('c', 'C')];
    const book = new FindingsBook(rows);
    book.setRun(rows, [f('b'), f('c', 'inconsistent-source')], rows);
    const after = [seg('x', 'X'), rows[2], rows[1]];
    expect(book.placed(after).map((x) => `${x.row}:${x.rowId}:${x.check}`)).to.deep.equal([
      '2:b:number',
      '1:c:inconsistent-source',
    ]);
    // Row checks replace a row's own findings, never the document ones.
    book.setRows([rows[2]], [f('c', 'quotes'), f('c', 'inconsistent-source')]);
    expect(book.placed(rows).map((x) => `${x.rowId}:${x.check}`)).to.deep.equal([
      'b:number',
      'c:quotes',
      'c:inconsistent-source',
    ]);
  });

  it('tells a confirm from typing', () => {
    const a = seg('a', 'A', 'draft');
    const book = new FindingsBook([a]);
    expect(book.confirmedSince([{ ...a, target: 'A2' }], ['translated'])).to.equal(false);
    expect(book.confirmedSince([{ ...a, status: 'translated' }], ['translated'])).to.equal(true);
  });
});
