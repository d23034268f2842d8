import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { FormatError } from '../../../src/core/formats/types.js';
import { parseTbx, tbxStatus, tbxStream, writeTbx } from '../../../src/core/formats/tbx.js';
import { importTermbase } from '../../../src/core/formats/termbase.js';
import { assertServes, TermsError } from '../../../src/core/terms/index.js';

const REAL = '../shared/data/formats/tbx/okapi_test01_bom_doctype.tbx';

const V2 = `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></martifHeader>
<text><body>
<termEntry id="c1">
  <descrip type="subjectField">events</descrip>
  <transacGrp><transac type="transactionType">origination</transac><date>2024-03-01</date><transacNote type="responsibility">Li Lei</transacNote></transacGrp>
  <langSet xml:lang="zh-CN"><tig><term>峰会</term><termNote type="partOfSpeech">noun</termNote></tig></langSet>
  <langSet xml:lang="en-US">
    <descrip type="definition">A meeting of heads.</descrip>
    <tig><term>summit</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
    <ntig><termGrp><term>top meeting</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termGrp><note>calque</note></ntig>
  </langSet>
</termEntry>
<termEntry id="c2"><langSet xml:lang="zh"><tig><term>开源</term></tig></langSet></termEntry>
<termEntry id="c3"><langSet xml:lang="zh-CN"><tig><term>峰会</term></tig></langSet><langSet xml:lang="en"><tig><term>Summits</term><termNote type="normativeAuthorization">admittedTerm</termNote></tig></langSet></termEntry>
<termEntry id="c4"><langSet xml:lang="zh-CN"><tig><term>顶峰会议</term></tig></langSet><langSet xml:lang="en"><tig><term>summit</term></tig></langSet></termEntry>
</body></text></martif>`;

const V3 = `<?xml version="1.0" encoding="UTF-8"?>
<?xml-model href="TBXcoreStructV03.rng" type="application/xml"?>
<tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2" xmlns:basic="http://www.tbxinfo.net/ns/basic">
<tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
<text><body>
<conceptEntry id="k1">
  <langSec xml:lang="en"><termSec><term>open source</term><basic:partOfSpeech>adjective</basic:partOfSpeech><basic:administrativeStatus>preferredTerm-admn-sts</basic:administrativeStatus></termSec>
  <termSec><term>free software</term><basic:administrativeStatus>supersededTerm-admn-sts</basic:administrativeStatus></termSec></langSec>
  <langSec xml:lang="zh-Hans"><termSec><term>开源</term></termSec></langSec>
</conceptEntry>
</body></text></tbx>`;

describe('formats: TBX in', () => {
  it('reads TBX 2008 (martif): terms per language, status, part of speech, who and when', () => {
    const tb = parseTbx(V2, 'a.tbx');
    const c1 = tb.entries.find((e) => e.id === 'c1');
    assert.ok(c1);
    assert.deepEqual(Object.keys(c1.terms).sort(), ['en', 'zh-Hans']);
    assert.deepEqual(
      c1.terms.en?.map((t) => [t.text, t.status, t.note]),
      [
        // c3's "Summits" (admitted) is the same term once merged: one variant is kept.
        ['summit', 'preferred', undefined],
        ['top meeting', 'forbidden', 'calque'],
      ],
    );
    assert.equal(c1.terms['zh-Hans']?.[0]?.pos, 'noun');
    assert.equal(c1.subject, 'events');
    assert.equal(c1.note, 'A meeting of heads.');
    assert.equal(c1.author, 'Li Lei');
    assert.equal(c1.createdAt, Date.UTC(2024, 2, 1));
  });

  it('merges duplicates into one concept, marks incomplete entries and says so', () => {
    const tb = parseTbx(V2, 'a.tbx');
    // c3 shares 峰会 (the first language) with c1 and is merged into it; c4 shares only the
    // English "summit" and stays a concept of its own; c2 has no English term.
    assert.deepEqual(
      tb.entries.map((e) => [e.id, !!e.incomplete]),
      [
        ['c1', false],
        ['c2', true],
        ['c4', false],
      ],
    );
    assert.equal(tb.summary.read, 4);
    assert.equal(tb.summary.merged, 1);
    assert.deepEqual(tb.summary.mergedExamples, ['峰会']);
    assert.equal(tb.summary.incomplete, 1);
    assert.match(tb.warnings.join('\n'), /1 duplicate entry merged/);
    assert.match(tb.warnings.join('\n'), /1 entry has no term in one of/);
  });

  it('reads TBX v3 (tbx, DCT style)', () => {
    const tb = parseTbx(V3, 'b.tbx');
    assert.deepEqual(
      tb.entries[0]?.terms.en?.map((t) => [t.text, t.status, t.pos]),
      [
        ['open source', 'preferred', 'adjective'],
        ['free software', 'forbidden', undefined],
      ],
    );
    assert.equal(tb.entries[0]?.terms['zh-Hans']?.[0]?.text, '开源');
  });

  it(
    'reads the real file with a BOM and a plain DOCTYPE',
    { skip: !existsSync(REAL) && `${REAL} absent` },
    () => {
      const tb = importTermbase('okapi.tbx', readFileSync(REAL));
      assert.equal(tb.entries.length, 1);
      assert.equal(tb.entries[0]?.terms.en?.[0]?.text, 'alpha smoothing factor');
      assert.equal(tb.entries[0]?.terms.hu?.[0]?.text, 'Alfa simítási tényező');
      assert.equal(tb.entries[0]?.note, 'A value between 0 and 1 used in ...');
      assert.deepEqual(tb.summary.langs.sort(), ['en', 'hu']);
      // Asked for a pair it does not hold, it says which languages it has.
      assert.throws(
        () => assertServes(tb.summary.langs, 'zh-Hans', 'en'),
        (e: unknown) =>
          e instanceof TermsError &&
          /no terms in zh-Hans \(languages present: (en, hu|hu, en)\)/.test(e.message),
      );
    },
  );

  const BAD: [string, string, string][] = [
    [
      'entity declarations',
      '<?xml version="1.0"?>\n<!DOCTYPE martif [<!ENTITY a "b">]>\n<martif/>',
      'entity',
    ],
    [
      'internal subset',
      '<?xml version="1.0"?>\n<!DOCTYPE martif [<!ATTLIST martif x CDATA "y">]>\n<martif/>',
      'doctype',
    ],
    ['another XML', '<tmx version="1.4"/>', 'not-tbx'],
    ['broken XML', '<martif><text><body><termEntry></body></text></martif>', 'malformed-xml'],
  ];
  for (const [name, text, code] of BAD)
    it(`refuses ${name}`, () => {
      assert.throws(
        () => importTermbase('x.tbx', new TextEncoder().encode(text)),
        (e: unknown) => e instanceof FormatError && e.code === code,
      );
    });

  it('streams: any chunking gives the same entries and reports progress', () => {
    const whole = parseTbx(V2, 'a.tbx');
    const counts: number[] = [];
    const s = tbxStream('a.tbx', { onEntries: (n) => counts.push(n) });
    for (let i = 0; i < V2.length; i += 7) s.write(V2.slice(i, i + 7));
    assert.deepEqual(s.end().entries, whole.entries);
    assert.deepEqual(counts, [4]);
  });
});

describe('formats: TBX out', () => {
  it('round-trips terms, statuses, notes and who/when', () => {
    const tb = parseTbx(V2, 'a.tbx');
    const again = parseTbx(writeTbx(tb.entries, ['zh-Hans', 'en']), 'b.tbx');
    assert.deepEqual(again.entries, tb.entries);
  });

  it('escapes markup in terms and refuses nothing it wrote', () => {
    const xml = writeTbx([
      { id: '1', terms: { en: [{ text: 'a <b> & "c"', status: 'preferred' }] } },
    ]);
    assert.match(xml, /<termEntry id="c1">/);
    assert.equal(parseTbx(xml, 'x.tbx').entries[0]?.terms.en?.[0]?.text, 'a <b> & "c"');
  });

  const STATUS: [string, string | undefined][] = [
    ['preferredTerm-admn-sts', 'preferred'],
    ['admittedTerm-admn-sts', 'admitted'],
    ['deprecatedTerm-admn-sts', 'forbidden'],
    ['supersededTerm', 'forbidden'],
    ['standardizedTerm', 'preferred'],
    ['nonsense', undefined],
  ];
  for (const [v, s] of STATUS) it(`status ${v} → ${s}`, () => assert.equal(tbxStatus(v), s));
});
