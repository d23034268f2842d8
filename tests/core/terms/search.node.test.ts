import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EntrySearch, searchEntries } from '../../../src/core/terms/search.js';
import type { Term, TermEntry } from '../../../src/core/terms/types.js';

const term = (text: string, status: Term['status'] = 'preferred'): Term => ({ text, status });

/** An entry: its Chinese terms, English terms, and note. */
const e = (id: string, zh: string[], en: string[], note?: string): TermEntry => {
  const entry: TermEntry = { id, terms: {} };
  if (zh.length) entry.terms['zh-CN'] = zh.map((t) => term(t));
  if (en.length) entry.terms['en-US'] = en.map((t) => term(t));
  if (note) entry.note = note;
  return entry;
};

const TB: TermEntry[] = [
  e('1', ['开源峰会'], ['Open Source Summit']),
  e('2', ['国际开源'], ['international open source']),
  e('3', ['开源'], ['open source', 'open-source']),
  e('4', ['许可证'], ['licence'], '开源软件的许可'),
  e('5', ['峰会'], ['summit']),
  e('6', [], ['OSS'], 'no Chinese term yet'),
  e('7', ['数据'], ['data'], 'Quelle: Duden'),
  e('8', ['国际峰会'], ['summit meeting']),
];
// A German term, not one of the two languages asked for: never searched.
TB[6]!.terms.de = [term('Daten')];

const ids = (r: { shown: { entry: TermEntry }[] }) => r.shown.map((m) => m.entry.id);

describe('core/terms/search', () => {
  // query → the ids shown (best first) and how many match in all; limit 10 unless given.
  const cases: { query: string; ids: string[]; total?: number; limit?: number; why: string }[] = [
    {
      query: '',
      ids: ['8', '2', '5', '3', '1', '7', '4', '6'],
      why: 'nothing asked: every entry, by source term in character order, none without last',
    },
    {
      query: '',
      ids: ['8', '2'],
      total: 8,
      limit: 2,
      why: 'the first of them only, and how many there are',
    },
    {
      query: '开源',
      ids: ['3', '1', '2', '4'],
      why: 'a whole term, then a term starting with it, then one holding it, then a note',
    },
    { query: '源峰', ids: ['1'], why: 'Chinese: any substring' },
    {
      query: 'SUMMIT',
      ids: ['5', '8', '1'],
      why: 'English: case ignored; the whole term first, though its entry sorts later',
    },
    { query: ' ｏｓｓ ', ids: ['6'], why: 'full-width letters and spaces around are ignored' },
    { query: 'open source', ids: ['3', '1', '2'], why: 'a phrase, in any term of the entry' },
    { query: 'open-source', ids: ['3'], why: 'a synonym is searched too' },
    { query: '许可', ids: ['4'], why: 'an entry counts once, term and note alike' },
    { query: 'chinese term', ids: ['6'], why: 'the note, case ignored' },
    { query: 'daten', ids: [], why: 'other languages are not searched' },
    { query: 'source开源', ids: [], why: 'no match across two terms' },
    { query: 'summit开源', ids: [], why: 'nor across entries' },
    { query: '会', ids: ['8', '5', '1'], why: 'inside terms, in order' },
    { query: 'o', ids: ['3'], total: 4, limit: 1, why: 'counted in full, listed up to the limit' },
  ];
  for (const c of cases)
    it(`${JSON.stringify(c.query)}: ${c.why}`, () => {
      const r = searchEntries(TB, c.query, 'zh-Hans', 'en', c.limit ?? 10);
      assert.deepEqual(ids(r), c.ids);
      assert.equal(r.total, c.total ?? c.ids.length);
    });

  it('gives each entry with its terms in the two languages asked for', () => {
    const [m] = searchEntries(TB, 'open-source', 'zh-Hans', 'en', 10).shown;
    assert.deepEqual(
      m?.source.map((t) => t.text),
      ['开源'],
    );
    assert.deepEqual(
      m?.target.map((t) => t.text),
      ['open source', 'open-source'],
    );
    // The other direction reads the entry from the English side, and sorts by it.
    const en = searchEntries(TB, '', 'en', 'zh-Hans', 3);
    assert.deepEqual(ids(en), ['7', '2', '4']);
    assert.deepEqual(
      en.shown[0]?.target.map((t) => t.text),
      ['数据'],
    );
  });

  it('built a slice at a time, pausing between, it finds the same in the same order', async () => {
    // Many entries, in an order the slices must merge: every = 3 makes runs and merge passes.
    const many = Array.from({ length: 40 }, (_, i) =>
      e(`m${i}`, [`术语${String((i * 17) % 40).padStart(2, '0')}`], [`term ${i % 5}`]),
    );
    many.push(e('dup-b', ['术语07'], ['twin']), e('dup-a', ['术语07'], ['twin']));
    let pauses = 0;
    const built = await EntrySearch.build(
      many,
      'zh-Hans',
      'en',
      async () => {
        pauses++;
      },
      3,
    );
    assert.ok(pauses > 20, `paused ${pauses} times`);
    for (const q of ['', '术语0', 'term 3', 'twin']) {
      const all = built.search(q, 100);
      assert.deepEqual(ids(all), ids(EntrySearch.of(many, 'zh-Hans', 'en').search(q, 100)));
      const zh = all.shown.map((m) => m.source[0]!.text);
      assert.deepEqual(zh, [...zh].sort(), `sorted for ${JSON.stringify(q)}`);
    }
    // Entries with the same terms: by id.
    assert.deepEqual(ids(built.search('twin', 10)), ['dup-a', 'dup-b']);
    assert.equal(built.size, 42);
  });

  it('changed one entry at a time, it finds what a fresh build of the same entries finds', () => {
    // [what happens, id, the entry now (undefined: deleted)]
    const steps: [string, string, TermEntry | undefined][] = [
      ['an edit that moves an entry to the end', '3', e('3', ['源码'], ['source code'])],
      ['a new entry in the middle', 'n1', e('n1', ['开源许可'], ['open licence'], '新')],
      ['a new entry first', 'n2', e('n2', ['一'], ['one'])],
      ['a new entry with no source term: last', 'n3', e('n3', [], ['orphan'], 'summit note')],
      ['the first entry deleted', '8', undefined],
      ['the last entry deleted', 'n3', undefined],
      ['a note changed only', '4', e('4', ['许可证'], ['licence'], 'summit licence')],
      ['a twin of another entry, ordered by id', '0', e('0', ['峰会'], ['summit'])],
      ['an entry that is not there deleted', 'nope', undefined],
    ];
    let entries = [...TB];
    let patched = EntrySearch.of(entries, 'zh-Hans', 'en');
    for (const [what, id, entry] of steps) {
      entries = entries.filter((x) => x.id !== id);
      if (entry) entries.push(entry);
      patched = patched.withEntry(id, entry);
      const fresh = EntrySearch.of(entries, 'zh-Hans', 'en');
      assert.equal(patched.size, fresh.size, what);
      for (const q of ['', '开源', 'summit', 'source', 'licence', '许可', 'one', 'orphan', '新']) {
        const a = patched.search(q, 100);
        const b = fresh.search(q, 100);
        assert.deepEqual([a.total, ids(a)], [b.total, ids(b)], `${what}: ${JSON.stringify(q)}`);
      }
    }
  });
});
