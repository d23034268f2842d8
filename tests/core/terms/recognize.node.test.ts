import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  SequenceMatcher,
  TermIndex,
  singular,
  tokenize,
  wordKey,
  type TermEntry,
} from '../../../src/core/terms/index.js';

const entry = (id: string, zh: string[], en: string[], forbiddenEn: string[] = []): TermEntry => ({
  id,
  terms: {
    'zh-Hans': zh.map((text) => ({ text, status: 'preferred' })),
    en: [
      ...en.map((text) => ({ text, status: 'preferred' as const })),
      ...forbiddenEn.map((text) => ({ text, status: 'forbidden' as const })),
    ],
  },
});

const TB: TermEntry[] = [
  entry('1', ['开源'], ['open source']),
  entry('2', ['峰会'], ['summit']),
  entry('3', ['开源峰会'], ['Open Source Summit']),
  entry('4', ['开放原子开源基金会'], ['OpenAtom Foundation']),
  entry('5', ['基金会'], ['foundation'], ['fund']),
  entry('6', ['政策'], ['policy']),
  entry('7', ['OpenHarmony'], ['OpenHarmony']),
  entry('8', ['源代码'], ['source code']),
  entry('9', ['部署'], ['deploy']),
  entry('10', ['配置文件'], ['configure file']),
  entry('11', ['嵌入'], ['embed']),
  entry('12', ['字符串'], ['string']),
  entry('13', ['信息技术'], ['IT']),
  entry('14', ['个人识别码'], ['PIN code']),
];

describe('terms: recognition in Chinese (no word boundaries, longest first)', () => {
  const zh = new TermIndex('zh-Hans', 'en', TB);
  // text, expected [source found, start, end] in order
  const CASES: [string, [string, number, number][]][] = [
    ['开源很好', [['开源', 0, 2]]],
    ['欢迎参加开源峰会。', [['开源峰会', 4, 8]]],
    [
      '开源与峰会',
      [
        ['开源', 0, 2],
        ['峰会', 3, 5],
      ],
    ],
    ['开放原子开源基金会主办', [['开放原子开源基金会', 0, 9]]],
    ['本基金会', [['基金会', 1, 4]]],
    ['开源代码', [['源代码', 1, 4]]],
    [
      '基于OpenHarmony的开源项目',
      [
        ['OpenHarmony', 2, 13],
        ['开源', 14, 16],
      ],
    ],
    ['openharmony 生态', [['openharmony', 0, 11]]],
    ['没有术语', []],
    ['', []],
    ['𠀀开源', [['开源', 2, 4]]],
    ['开\n源', [['开\n源', 0, 3]]],
  ];
  for (const [text, want] of CASES)
    it(JSON.stringify(text), () => {
      const got = zh.find(text).map((h) => [h.source, h.start, h.end]);
      assert.deepEqual(got, want);
      for (const h of zh.find(text)) assert.equal(text.slice(h.start, h.end), h.source);
    });

  it('gives each hit its target terms, preferred first and forbidden last', () => {
    const [hit] = zh.find('基金会');
    assert.deepEqual(
      hit?.targets.map((t) => [t.text, t.status]),
      [
        ['foundation', 'preferred'],
        ['fund', 'forbidden'],
      ],
    );
  });
});

describe('terms: recognition in English (case, plurals, hyphens, line breaks)', () => {
  const en = new TermIndex('en', 'zh-Hans', TB);
  const CASES: [string, [string, number, number][]][] = [
    ['The summit opens', [['summit', 4, 10]]],
    ['Two Summits', [['Summits', 4, 11]]],
    ['open-source tools', [['open-source', 0, 11]]],
    ['Open Source', [['Open Source', 0, 11]]],
    ['the open\nsource summit', [['open\nsource summit', 4, 22]]],
    [
      'open  source, summit',
      [
        ['open  source', 0, 12],
        ['summit', 14, 20],
      ],
    ],
    ['the policies', [['policies', 4, 12]]],
    // A verb's inflections: what a source says and a translation writes is rarely the base form.
    ['We deployed it', [['deployed', 3, 11]]],
    [
      'Deploying now; it deploys',
      [
        ['Deploying', 0, 9],
        ['deploys', 18, 25],
      ],
    ],
    ['configured files', [['configured files', 0, 16]]],
    [
      'embedded and embedding',
      [
        ['embedded', 0, 8],
        ['embedding', 13, 22],
      ],
    ],
    ['two strings', [['strings', 4, 11]]],
    // An acronym term is found only in capitals; a term in small letters in any case.
    ['The IT team', [['IT', 4, 6]]],
    ['it works; It does', []],
    ['the pin code, the PIN code', [['PIN code', 18, 26]]],
    ['THE SUMMIT', [['SUMMIT', 4, 10]]],
    // …but not a derivation.
    ['the deployment', []],
    ['summitry', []],
    ['ＳＵＭＭＩＴ', [['ＳＵＭＭＩＴ', 0, 6]]],
    [
      'source code and the OpenAtom Foundation',
      [
        ['source code', 0, 11],
        ['OpenAtom Foundation', 20, 39],
      ],
    ],
  ];
  for (const [text, want] of CASES)
    it(JSON.stringify(text), () => {
      assert.deepEqual(
        en.find(text).map((h) => [h.source, h.start, h.end]),
        want,
      );
    });

  it('serves the other direction from the same entries', () => {
    assert.deepEqual(
      en.find('summit')[0]?.targets.map((t) => t.text),
      ['峰会'],
    );
  });
});

describe('terms: solid, hyphenated and spaced spellings of one word', () => {
  const en = new TermIndex('en', 'zh-Hans', [
    entry('1', ['电子邮件'], ['email']),
    entry('2', ['无线网络'], ['Wi-Fi']),
    entry('3', ['数据库'], ['database']),
    entry('4', ['登录'], ['log in']),
    entry('5', ['非典型'], ['atypical']),
    entry('6', ['无效'], ['invalid']),
    entry('7', ['开源'], ['open source']),
    entry('8', ['信息技术'], ['IT']),
    entry('9', ['本地化'], ['localization']),
    entry('10', ['数据'], ['data']),
  ]);
  const CASES: [string, [string, number, number][]][] = [
    ['Send an e-mail', [['e-mail', 8, 14]]],
    ['two E-Mails', [['E-Mails', 4, 11]]],
    ['an e mail', [['e mail', 3, 9]]],
    ['emails', [['emails', 0, 6]]],
    [
      'WiFi and wifi and Wi Fi',
      [
        ['WiFi', 0, 4],
        ['wifi', 9, 13],
        ['Wi Fi', 18, 23],
      ],
    ],
    // The longer reading wins over a term inside it.
    ['the data base', [['data base', 4, 13]]],
    ['data-bases', [['data-bases', 0, 10]]],
    ['the data', [['data', 4, 8]]],
    [
      'login, log-in, logged in',
      [
        ['login', 0, 5],
        ['log-in', 7, 13],
        ['logged in', 15, 24],
      ],
    ],
    ['opensource', [['opensource', 0, 10]]],
    // A soft hyphen inside a word, as word processors leave it.
    ['locali\u00ADzation', [['locali\u00ADzation', 0, 13]]],
    // A little word before another is a phrase, not a split word…
    ['a typical case', []],
    ['in valid form', []],
    // …unless a hyphen joins them; and never across punctuation or two spaces.
    ['in-valid', [['in-valid', 0, 8]]],
    ['e, mail', []],
    ['e  mail', []],
    ['I T', []],
  ];
  for (const [text, want] of CASES)
    it(JSON.stringify(text), () => {
      assert.deepEqual(
        en.find(text).map((h) => [h.source, h.start, h.end]),
        want,
      );
    });

  it('a term written apart is found written as one, and forgotten with its entry', () => {
    const m = new SequenceMatcher<string>();
    m.upsert('Wi-Fi', () => 'wifi');
    assert.deepEqual(
      m.find('WiFi').map((x) => x.value),
      ['wifi'],
    );
    m.delete('Wi-Fi');
    assert.deepEqual(m.find('WiFi and Wi-Fi'), []);
  });

  it('QA reads spellings as written: joins are recognition only', () => {
    const m = new SequenceMatcher<string>(singular);
    m.upsert('email', () => 'email');
    m.upsert('Wi-Fi', () => 'wifi');
    assert.deepEqual(
      m.find('e-mail and WiFi').map((x) => x.value),
      [],
    );
    assert.deepEqual(
      m.find('email and Wi-Fi').map((x) => x.value),
      ['email', 'wifi'],
    );
  });
});

describe('terms: tokens', () => {
  const SINGULAR: [string, string][] = [
    ['summits', 'summit'],
    ['policies', 'policy'],
    ['boxes', 'box'],
    ['branches', 'branch'],
    ['class', 'class'],
    ['status', 'status'],
    ['analysis', 'analysis'],
    ['bus', 'bus'],
    // Plurals no ending rule reaches.
    ['analyses', 'analysis'],
    ['hypotheses', 'hypothesis'],
    ['diagnoses', 'diagnosis'],
    ['children', 'child'],
    ['indices', 'index'],
    ['criteria', 'criterion'],
    ['leaves', 'leaf'],
    ['men', 'man'],
    ['spokeswomen', 'spokeswoman'],
    ['salesmen', 'salesman'],
    // Regular ones that look irregular stay regular.
    ['devices', 'device'],
    ['archives', 'archive'],
    ['noses', 'nose'],
    ['data', 'data'],
  ];
  for (const [w, s] of SINGULAR) it(`${w} → ${s}`, () => assert.equal(singular(w), s));

  // Words that must meet (one key) and words that must stay apart.
  const SAME: string[][] = [
    ['deploy', 'deployed', 'deploying', 'deploys'],
    ['stop', 'stopped', 'stopping'],
    ['make', 'making', 'makes'],
    ['install', 'installed', 'installing'],
    ['control', 'controlled', 'controlling'],
    ['apply', 'applied', 'applies', 'applying'],
    ['configure', 'configured', 'configuring'],
    ['embed', 'embedded', 'embedding'],
    ['need', 'needed'],
    ['speed', 'speeding'],
    ['build', 'building', 'buildings'],
    ['process', 'processes', 'processed'],
    ['server', 'servers'],
    ['analysis', 'analyses'],
    ['matrix', 'matrices'],
    ['life', 'lives'],
    ['person', 'people'],
    // British and American spellings meet.
    ['localisation', 'localization', 'localisations'],
    ['colour', 'color', 'coloured', 'colored'],
    ['centre', 'center', 'centres'],
    ['analyse', 'analyze', 'analysed', 'analyzing'],
    ['organise', 'organize', 'organised', 'organizing'],
    ['catalogue', 'catalog'],
    ['programme', 'program', 'programmes'],
  ];
  for (const words of SAME)
    it(`${words.join(', ')}: one key`, () =>
      assert.deepEqual(new Set(words.map(wordKey)).size, 1, words.map(wordKey).join(' ')));
  const APART: [string, string][] = [
    ['deploy', 'deployment'],
    ['use', 'user'],
    ['use', 'us'],
    ['string', 'str'],
    ['thing', 'th'],
    ['sing', 'single'],
    ['bed', 'be'],
    ['red', 'r'],
    ['see', 'seed'],
    ['speed', 'spe'],
    // Short words that look British stay apart from their neighbours.
    ['four', 'for'],
    ['hour', 'hor'],
    ['prise', 'prize'],
    ['organise', 'organisation'],
  ];
  for (const [a, b] of APART)
    it(`${a} and ${b} stay apart`, () => assert.notEqual(wordKey(a), wordKey(b)));

  it('reads typographic quotes as typed ones', () => {
    assert.deepEqual(
      tokenize('user’s “guide”').map((t) => t.key),
      tokenize('user\'s "guide"').map((t) => t.key),
    );
  });

  it('keeps punctuation as a token so terms do not run across it', () => {
    assert.deepEqual(
      tokenize('a, b').map((t) => t.key),
      ['a', ',', 'b'],
    );
  });
});

describe('terms: capitals of an acronym', () => {
  const found = (terms: string[], text: string) => {
    const m = new SequenceMatcher<string>();
    for (const t of terms) m.upsert(t, () => t);
    return m.find(text).map((h) => text.slice(h.start, h.end));
  };
  // terms, text, found
  const CASES: [string[], string, string[]][] = [
    [['IT'], 'it and IT', ['IT']],
    [['IT', 'it'], 'it and IT', ['it', 'IT']],
    [['it', 'IT'], 'it and IT', ['it', 'IT']],
    [['IT support'], 'IT Support, it support', ['IT Support']],
    [['ＩＴ'], 'IT and it', ['IT']],
    [['MP3'], 'an mp3 or MP3', ['MP3']],
    // An abbreviation's points: U.S. is the term US, still only in capitals.
    [['US'], 'the U.S. and the u.s. and US', ['U.S.', 'US']],
    [['U.S. Army'], 'the US Army, the U.S. Army', ['US Army', 'U.S. Army']],
    [['PhD'], 'a Ph.D. or PhD', ['Ph.D.', 'PhD']],
    [['e.g.'], 'e.g., this', ['e.g.']],
    // Not an abbreviation: two parts of more than one letter, or a point before a digit.
    [['nodejs'], 'node.js or nodejs', ['nodejs']],
    [['No5'], 'No.5', []],
    // A possessive is the word it is of, its apostrophe typed or typographic.
    [
      ['user guide'],
      "the user's guide, the users' guide, The User’s Guide",
      ["user's guide", "users' guide", 'User’s Guide'],
    ],
    [['IT'], "it's IT's", ["IT's"]],
    [['Brien'], "O'Brien", ['Brien']],
  ];
  for (const [terms, text, want] of CASES)
    it(`${terms.join(' + ')} in ${JSON.stringify(text)}`, () =>
      assert.deepEqual(found(terms, text), want));
});

describe('terms: several terms under one key (build and building)', () => {
  // build and building share a key (wordKey undoes -ing), as do process and processing.
  const en = new TermIndex('en', 'zh-Hans', [
    entry('b1', ['构建'], ['build']),
    entry('b2', ['建筑'], ['building']),
    entry('b3', ['编译'], ['Build']),
    entry('p1', ['处理'], ['process']),
    entry('p2', ['加工'], ['processing']),
    entry('d1', ['部署'], ['deploy']),
    entry('o1', ['开源'], ['open source']),
    entry('o2', ['开放源代码'], ['open sources']),
  ]);
  // text, [entry ids, target terms] of its one hit
  const CASES: [string, [string[], string[]]][] = [
    [
      'build',
      [
        ['b1', 'b3'],
        ['构建', '编译'],
      ],
    ],
    [
      'BUILD',
      [
        ['b1', 'b3'],
        ['构建', '编译'],
      ],
    ],
    [
      'builds',
      [
        ['b1', 'b3'],
        ['构建', '编译'],
      ],
    ],
    ['Building', [['b2'], ['建筑']]],
    ['buildings', [['b2'], ['建筑']]],
    ['process', [['p1'], ['处理']]],
    ['processes', [['p1'], ['处理']]],
    ['processing', [['p2'], ['加工']]],
    // a form that is none of the terms: every term of the key
    [
      'processed',
      [
        ['p1', 'p2'],
        ['处理', '加工'],
      ],
    ],
    // one term under its key: its inflections still find it
    ['deployed', [['d1'], ['部署']]],
    ['deploying', [['d1'], ['部署']]],
    // plurals are one spelling (termKey): open sources is both terms' form
    [
      'Open-Source',
      [
        ['o1', 'o2'],
        ['开源', '开放源代码'],
      ],
    ],
  ];
  for (const [text, [ids, targets]] of CASES)
    it(JSON.stringify(text), () => {
      const hits = en.find(text);
      assert.deepEqual(
        hits.map((h) => [h.source, h.entryIds, h.targets.map((t) => t.text)]),
        [[text, ids, targets]],
      );
    });
});

describe('terms: an index changed one entry at a time', () => {
  const found = (ix: TermIndex, text: string) =>
    ix.find(text).map((h) => [h.source, h.targets.map((t) => t.text).join('/')]);

  it('takes an entry out when its terms are its own, and the shorter terms show again', () => {
    const ix = new TermIndex('zh-Hans', 'en', TB);
    assert.deepEqual(found(ix, '开源峰会'), [['开源峰会', 'Open Source Summit']]);
    const without = ix.withoutEntry(TB[2]!);
    assert.ok(without && without !== ix);
    assert.deepEqual(found(without, '开源峰会'), [
      ['开源', 'open source'],
      ['峰会', 'summit'],
    ]);
    // Edited: out as it was, in as it is.
    const edited = without.withEntry(entry('3', ['开源峰会'], ['OSS Summit']));
    assert.deepEqual(found(edited, '开源峰会'), [['开源峰会', 'OSS Summit']]);
  });

  it('refuses when another entry shares the key: only a rebuild knows what is left', () => {
    const tb = [entry('a', ['构建'], ['build']), entry('b', ['建筑'], ['building'])];
    const en = new TermIndex('en', 'zh-Hans', tb);
    assert.equal(en.withoutEntry(tb[0]!), undefined);
    // Nothing was taken out.
    assert.deepEqual(found(en, 'build'), [['build', '构建']]);
    assert.deepEqual(found(en, 'building'), [['building', '建筑']]);
  });

  it('takes an entry out by its id alone (changed in another tab), its solid spelling too', () => {
    const tb = [
      entry('a', ['电子邮件'], ['e-mail', 'mail address']),
      entry('b', ['地址'], ['address']),
      entry('c', ['构建'], ['build']),
      entry('d', ['建筑'], ['building']),
    ];
    const en = new TermIndex('en', 'zh-Hans', tb);
    assert.deepEqual(found(en, 'an email to my mail address'), [
      ['email', '电子邮件'],
      ['mail address', '电子邮件'],
    ]);
    const without = en.withoutEntryId('a');
    assert.ok(without && without !== en);
    assert.deepEqual(found(without, 'an email to my mail address'), [['address', '地址']]);
    // Put back as it is now: found again, solid spelling and all.
    const back = without.withEntry(entry('a', ['电子邮件'], ['e-mail']));
    assert.deepEqual(found(back, 'an email'), [['email', '电子邮件']]);
    // A key shared with another entry: refused, nothing taken out.
    assert.equal(back.withoutEntryId('c'), undefined);
    assert.deepEqual(found(back, 'build'), [['build', '构建']]);
    // An id no slot holds: nothing to take out.
    assert.deepEqual(found(back.withoutEntryId('nope')!, 'an email'), [['email', '电子邮件']]);
  });

  it('finds an acronym term by its capitals again once its entry is out', () => {
    const tb = [entry('a', ['美国'], ['US']), entry('b', ['我们'], ['us'])];
    const en = new TermIndex('en', 'zh-Hans', [tb[0]!]);
    const without = en.withoutEntry(tb[0]!)!;
    assert.deepEqual(found(without, 'US and us'), []);
    const lower = without.withEntry(tb[1]!);
    assert.deepEqual(found(lower, 'US and us'), [
      ['US', '我们'],
      ['us', '我们'],
    ]);
  });
});
