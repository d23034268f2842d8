import { expect } from '@open-wc/testing';
import { FormatError, importFile, type ImportResult } from '../../src/core/formats/index.js';
import { ImportClient } from '../../src/workers/import-client.js';

/** What importing gives: the result, or the error's message (with file and line) and code. */
type Outcome = { result: ImportResult } | { error: string; code?: string; params?: object };

const refused = (e: unknown): Outcome =>
  e instanceof FormatError
    ? { error: e.message, code: e.code, params: e.params }
    : { error: (e as Error).message };

const whole = (name: string, bytes: Uint8Array): Outcome => {
  try {
    return { result: importFile(name, bytes) };
  } catch (e) {
    return refused(e);
  }
};

async function inWorker(
  client: ImportClient,
  name: string,
  source: Blob | Uint8Array,
  onProgress?: (f: number) => void,
): Promise<Outcome> {
  try {
    return { result: await client.import(name, source, undefined, { onProgress }) };
  } catch (e) {
    return refused(e);
  }
}

/** A TMX of `n` zh/en units, one in four with an inline code. */
function tmx(n: number): string {
  const tu = (i: number) =>
    `<tu><tuv xml:lang="zh-CN"><seg>第${i}条。${i % 4 ? '' : '<ph>&lt;br/&gt;</ph>'}</seg></tuv>` +
    `<tuv xml:lang="en"><seg>Item ${i}.</seg></tuv></tu>\n`;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="zh-CN" ' +
    'datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="t" creationtool="t" ' +
    `creationtoolversion="1"/><body>\n${Array.from({ length: n }, (_, i) => tu(i)).join('')}</body></tmx>\n`
  );
}

describe('workers/import-client', () => {
  const client = new ImportClient();
  after(() => client.terminate());

  it('streams a big TMX from a File: the same result as a whole import, with progress to 1', async () => {
    const bytes = new TextEncoder().encode(tmx(40_000));
    expect(bytes.length).to.be.greaterThan(3 * 2 ** 20);
    const seen: number[] = [];
    const got = await inWorker(client, 'big.tmx', new File([bytes], 'big.tmx'), (f) =>
      seen.push(f),
    );
    expect(got).to.deep.equal(whole('big.tmx', bytes));
    expect('result' in got && got.result.documents[0]?.pairs.length).to.equal(40_000);
    expect(seen.length).to.be.greaterThan(2);
    expect(seen).to.deep.equal([...seen].sort((a, b) => a - b));
    expect(seen[seen.length - 1]).to.equal(1);
  });

  it('reads bytes as before and leaves the caller its own', async () => {
    const bytes = new TextEncoder().encode(tmx(10));
    const got = await inWorker(client, 'small.tmx', bytes);
    expect(got).to.deep.equal(whole('small.tmx', bytes));
    expect(bytes.length).to.be.greaterThan(0);
  });

  it('a file that is not UTF-8 past its start is read again whole, as importFile reads it', async () => {
    // 100 KB of ASCII units first, so the start looks like UTF-8; then GB18030 text.
    const head = new TextEncoder().encode(
      tmx(2000)
        .replace(/第(\d+)条。/g, 'Unit $1.')
        .replace(/<\/body><\/tmx>\n$/, ''),
    );
    const gb = new Uint8Array([0xc4, 0xe3, 0xba, 0xc3]); // 你好 in GB18030
    const open = new TextEncoder().encode('<tu><tuv xml:lang="zh-CN"><seg>');
    const close = new TextEncoder().encode(
      '</seg></tuv><tuv xml:lang="en"><seg>Hello</seg></tuv></tu></body></tmx>\n',
    );
    const bytes = new Uint8Array([...head, ...open, ...gb, ...close]);
    expect(head.length).to.be.greaterThan(64 * 1024);
    const got = await inWorker(client, 'gb.tmx', new File([bytes], 'gb.tmx'));
    const expected = whole('gb.tmx', bytes);
    expect(got).to.deep.equal(expected);
    expect('result' in got && got.result.encoding?.name).to.equal('gb18030');
  });

  it('refuses what importFile refuses, with the same words and code', async () => {
    const cases: [string, string][] = [
      ['bomb.tmx', '<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY a "a">]>\n<tmx/>'],
      ['broken.tmx', tmx(3).replace('</tu>', '')],
      ['nul.tmx', tmx(3).replace('Item 1.', 'Item\u00001.')],
      ['wrong.tmx', '<?xml version="1.0"?><xliff version="1.2"></xliff>'],
    ];
    for (const [name, text] of cases) {
      const bytes = new TextEncoder().encode(text);
      const got = await inWorker(client, name, new File([bytes], name));
      expect(got, name).to.deep.equal(whole(name, bytes));
      expect('error' in got && got.code, name).to.be.a('string');
    }
  });

  it('imports every real file in ../shared/data/formats as importFile does', async function () {
    const list = await fetch('/shared-formats/index.json');
    if (!list.ok) {
      console.warn('skipped: ../shared/data/formats is absent (real third-party files)');
      this.skip();
    }
    const files = ((await list.json()) as string[]).filter((f) =>
      /\.(tmx|xlf|xliff|sdlxliff|xml)$/.test(f),
    );
    expect(files.length).to.be.greaterThan(10);
    let streamed = 0;
    for (const path of files) {
      const bytes = new Uint8Array(await (await fetch(`/shared-formats/${path}`)).arrayBuffer());
      const name = path.split('/').pop() ?? path;
      let progress = false;
      const got = await inWorker(client, name, new File([bytes], name), () => (progress = true));
      expect(got, path).to.deep.equal(whole(name, bytes));
      if (progress) streamed++;
    }
    // Most of them go the streaming way (the rest are UTF-16 without a BOM or refused early).
    expect(streamed).to.be.greaterThan(files.length / 2);
  });
});
