// The import Worker keeps a parsed file and writes its rows to the workspace itself: the page gets
// counts, never pairs, and the project is all or nothing — a Worker stopped half-way (the tab
// closed) leaves only a pending project, never listed and removed at the next start.
import { expect } from '@open-wc/testing';
import { importRows, importSummary } from '../../src/core/exchange.js';
import { importFile } from '../../src/core/formats/index.js';
import { ImportClient } from '../../src/workers/import-client.js';
import { useDb } from '../store/helpers.js';

/** A TMX of `n` zh/en units, one in four with an inline code, one with a note. */
function tmx(n: number): string {
  const tu = (i: number) =>
    `<tu>${i === 7 ? '<note>核对</note>' : ''}<tuv xml:lang="zh-CN"><seg>第${i}条。${i % 4 ? '' : '<ph>&lt;br/&gt;</ph>'}</seg></tuv>` +
    `<tuv xml:lang="en"><seg>${i % 9 ? `Item ${i}.` : ''}</seg></tuv></tu>\n`;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="zh-CN" ' +
    'datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="t" creationtool="t" ' +
    `creationtoolversion="1"/><body>\n${Array.from({ length: n }, (_, i) => tu(i)).join('')}</body></tmx>\n`
  );
}

const project = (id: string) =>
  ({ id, name: '大', sourceLang: 'zh-Hans', targetLang: 'en' }) as const;

describe('workers/import-client: staged imports written by the Worker', () => {
  const db = useDb();
  let client: ImportClient;
  beforeEach(() => (client = new ImportClient()));
  afterEach(() => client.terminate());

  // [file, content]: streamed (TMX) and read whole (TSV), one transaction and batches.
  const cases: [string, string, number][] = [
    ['big.tmx', tmx(12_003), 5000],
    ['small.tmx', tmx(40), 5000],
    ['table.tsv', Array.from({ length: 7001 }, (_, i) => `源${i}\tSource ${i}`).join('\n'), 5000],
  ];
  for (const [name, text, batchSize] of cases) {
    it(`${name}: counts come back without pairs, and the rows written are the import's`, async () => {
      const ws = await db.open();
      const bytes = new TextEncoder().encode(text);
      const whole = importFile(name, bytes);
      const staged = await client.stage(name, new File([bytes], name));
      expect(staged.result.documents.every((d) => d.pairs.length === 0)).to.equal(true);
      expect(staged.counts).to.deep.equal(importSummary(whole));
      const seen: number[] = [];
      const id = crypto.randomUUID();
      await client.write(staged.ticket, { db: db.name(), project: project(id), batchSize }, (f) =>
        seen.push(f),
      );
      expect(seen[seen.length - 1]).to.equal(1);
      expect((await ws.projects.list()).map((p) => p.id)).to.deep.equal([id]);
      const [doc] = await ws.documents.list(id);
      const stored = await ws.segments.all(doc.id);
      const pick = (r: object) => {
        const { source, target, status, note, paragraphStart, link, codes } = r as Record<
          string,
          unknown
        >;
        return { source, target, status, note, paragraphStart, link, codes };
      };
      expect(stored.map(pick)).to.deep.equal(importRows(whole).map(pick));
      // Written, the ticket is used up.
      let again: unknown;
      await client
        .write(staged.ticket, { db: db.name(), project: project('x'), batchSize })
        .catch((e) => (again = e));
      expect(again).to.be.an('error');
    });
  }

  it('a Worker stopped half-way leaves a pending project only, never listed, gone at the next start', async () => {
    const ws = await db.open();
    const bytes = new TextEncoder().encode(tmx(30_000));
    const staged = await client.stage('big.tmx', new File([bytes], 'big.tmx'));
    const id = crypto.randomUUID();
    let err: unknown;
    await client
      .write(staged.ticket, { db: db.name(), project: project(id), batchSize: 5000 }, (f) => {
        // The tab closes once some batches are in.
        if (f > 0.2 && f < 1) client.terminate();
      })
      .catch((e) => (err = e));
    expect(err, 'the write was cut off').to.be.an('error');
    expect(await ws.projects.list()).to.deep.equal([]);
    expect(await ws.projects.get(id)).to.equal(undefined);
    const [doc] = await ws.documents.list(id);
    expect(await ws.segments.count(doc.id)).to.be.greaterThan(0);
    // What the library's start does with a pending project nobody is writing.
    expect(await ws.projects.deletePending(() => false)).to.equal(1);
    expect(await ws.segments.count(doc.id)).to.equal(0);
  });

  it('a failed write keeps the file staged: Create can be tried again', async () => {
    const ws = await db.open();
    const bytes = new TextEncoder().encode(tmx(6000));
    const staged = await client.stage('big.tmx', new File([bytes], 'big.tmx'));
    const id = crypto.randomUUID();
    await ws.projects.create({ ...project(id) });
    // The id is taken: the first write fails and leaves the existing project as it was.
    let err: unknown;
    await client
      .write(staged.ticket, { db: db.name(), project: project(id), batchSize: 5000 })
      .catch((e) => (err = e));
    expect(err).to.be.an('error');
    expect(await ws.projects.list()).to.have.length(1);
    const other = crypto.randomUUID();
    await client.write(staged.ticket, { db: db.name(), project: project(other), batchSize: 5000 });
    const [doc] = await ws.documents.list(other);
    expect(await ws.segments.count(doc.id)).to.equal(6000);
  });
});
