import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyEntryForm, entryForm } from '../../../src/core/terms/edit.js';
import type { TermEntry } from '../../../src/core/terms/types.js';

const who = { author: 'Li', now: 2000 };

// An imported entry: a synonym on each side, a third language, the file's own language tags.
const rich = (): TermEntry => ({
  id: 'e1',
  terms: {
    'zh-CN': [
      { text: '开源', status: 'preferred', author: 'tbx', changedAt: 1 },
      { text: '开放源代码', status: 'admitted' },
    ],
    'en-US': [
      { text: 'open source', status: 'preferred', pos: 'adjective' },
      { text: 'open-source', status: 'admitted' },
    ],
    de: [{ text: 'Open Source', status: 'preferred' }],
  },
  note: 'software licences',
  createdAt: 1,
});

describe('core/terms/edit', () => {
  it('shows the first term of each side, the note, and counts what it does not show', () => {
    assert.deepEqual(entryForm(rich(), 'zh-Hans', 'en'), {
      source: '开源',
      target: 'open source',
      note: 'software licences',
      forbidden: false,
      hidden: 2,
    });
    // The other direction reads the same entry from the other side.
    assert.equal(entryForm(rich(), 'en', 'zh-Hans').source, 'open source');
    const lone: TermEntry = {
      id: 'x',
      terms: { 'zh-Hans': [{ text: '峰会', status: 'preferred' }] },
    };
    assert.deepEqual(entryForm(lone, 'zh-Hans', 'en'), {
      source: '峰会',
      target: '',
      note: '',
      forbidden: false,
      hidden: 0,
    });
  });

  const cases: {
    name: string;
    form: { source: string; target: string; note: string; forbidden: boolean };
    check: (e: TermEntry) => void;
  }[] = [
    {
      name: 'a new target text keeps its status, part of speech, the synonyms and other languages',
      form: {
        source: '开源',
        target: 'open-source software',
        note: 'software licences',
        forbidden: false,
      },
      check: (e) => {
        assert.deepEqual(e.terms['en-US']![0], {
          text: 'open-source software',
          status: 'preferred',
          pos: 'adjective',
          author: 'Li',
          changedAt: 2000,
        });
        assert.equal(e.terms['en-US']![1]!.text, 'open-source');
        assert.deepEqual(e.terms.de, rich().terms.de);
        // The source term did not change: its author and time stay.
        assert.deepEqual(e.terms['zh-CN']![0], rich().terms['zh-CN']![0]);
        assert.equal(e.changedAt, 2000);
        assert.equal(e.incomplete, undefined);
      },
    },
    {
      name: 'ticking forbidden forbids the shown target term only',
      form: { source: '开源', target: 'open source', note: 'software licences', forbidden: true },
      check: (e) => {
        assert.equal(e.terms['en-US']![0]!.status, 'forbidden');
        assert.equal(e.terms['en-US']![1]!.status, 'admitted');
      },
    },
    {
      name: 'an emptied target removes that term; the synonym moves up',
      form: { source: '开源', target: '', note: '', forbidden: false },
      check: (e) => {
        assert.deepEqual(
          e.terms['en-US']!.map((t) => t.text),
          ['open-source'],
        );
        assert.equal('note' in e, false);
      },
    },
    {
      name: 'the source term is renamed under the key the file gave it',
      form: { source: '開源', target: 'open source', note: 'software licences', forbidden: false },
      check: (e) => {
        assert.equal(e.terms['zh-CN']![0]!.text, '開源');
        assert.equal(e.terms['zh-CN']![0]!.author, 'Li');
        assert.equal('zh-Hans' in e.terms, false);
      },
    },
  ];
  for (const c of cases)
    it(c.name, () => {
      const before = rich();
      const after = applyEntryForm(before, 'zh-Hans', 'en', c.form, who);
      c.check(after);
      assert.deepEqual(before, rich(), 'the input is left as it was');
    });

  it('adds a target to an incomplete entry, and takes the only one away again', () => {
    const lone: TermEntry = {
      id: 'x',
      terms: { 'zh-Hans': [{ text: '峰会', status: 'preferred' }] },
      incomplete: true,
    };
    const done = applyEntryForm(
      lone,
      'zh-Hans',
      'en',
      { source: '峰会', target: 'summit', note: '', forbidden: false },
      who,
    );
    assert.deepEqual(done.terms.en, [
      { text: 'summit', status: 'preferred', author: 'Li', changedAt: 2000 },
    ]);
    assert.equal(done.incomplete, undefined);
    const again = applyEntryForm(
      done,
      'zh-Hans',
      'en',
      { source: '峰会', target: '', note: '', forbidden: false },
      who,
    );
    assert.equal('en' in again.terms, false);
    assert.equal(again.incomplete, true);
  });

  it('unticking forbidden makes the term preferred again', () => {
    const e: TermEntry = {
      id: 'f',
      terms: {
        en: [{ text: 'mainland', status: 'forbidden' }],
        'zh-Hans': [{ text: '内地', status: 'preferred' }],
      },
    };
    const form = entryForm(e, 'zh-Hans', 'en');
    assert.equal(form.forbidden, true);
    const after = applyEntryForm(e, 'zh-Hans', 'en', { ...form, forbidden: false }, who);
    assert.equal(after.terms.en![0]!.status, 'preferred');
  });

  it('refuses an empty source term', () => {
    assert.throws(
      () =>
        applyEntryForm(
          rich(),
          'zh-Hans',
          'en',
          { source: '  ', target: 'x', note: '', forbidden: false },
          who,
        ),
      /source term/,
    );
  });
});
