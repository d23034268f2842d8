import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from 'playwright-core';
import { startApp, type App } from './harness.js';

// A small TMX written for this test: Chinese → English, a note, a status, an inline <ph>.
const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
<header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="none" adminlang="en" srclang="zh-CN" datatype="plaintext"/>
<body>
<tu tuid="1"><prop type="x-bitext-status">reviewed</prop><note>术语已核对</note>
<tuv xml:lang="zh-CN"><seg>点击<ph x="1">&lt;b/&gt;</ph>保存文件。</seg></tuv>
<tuv xml:lang="en-US"><seg>Click <ph x="1">&lt;b/&gt;</ph> to save the file.</seg></tuv></tu>
<tu tuid="2"><tuv xml:lang="zh-CN"><seg>第二句还没有译文。</seg></tuv><tuv xml:lang="en-US"><seg></seg></tuv></tu>
</body></tmx>`;

const ATTACK = `<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>
<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&b;</seg></tuv></tu></body></tmx>`;

/** Every record the workspace holds, store by store, read straight from IndexedDB. */
const workspaceCounts = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const req = indexedDB.open('bitext-workbench');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names);
          const out: Record<string, number> = {};
          for (const n of names) {
            const c = tx.objectStore(n).count();
            c.onsuccess = () => (out[n] = c.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
        };
      }),
  );

async function download(page: Page, dialog: Locator): Promise<{ dl: Download; bytes: Buffer }> {
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: /^Download / }).click(),
  ]);
  const path = await dl.path();
  return { dl, bytes: await readFile(path) };
}

async function openImport(page: Page) {
  await page.getByRole('button', { name: 'Open a bilingual file' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open a bilingual file' });
  await dialog.waitFor();
  return dialog;
}

const choose = (dialog: Locator, name: string, buffer: Buffer | string) =>
  dialog.getByLabel('File to open').setInputFiles({
    name,
    mimeType: 'application/octet-stream',
    buffer: typeof buffer === 'string' ? Buffer.from(buffer) : buffer,
  });

describe('import and export in the built app', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(() => app.close());

  it('imports a TMX, edits a row, and exports TMX, XLIFF and CSV with the tags restored', async () => {
    const page = await app.newPage({ locale: 'en-US' });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(app.url).origin,
    });
    await page.goto(app.url + '#/');
    await page.getByRole('heading', { name: 'Projects' }).waitFor();

    const dialog = await openImport(page);
    await choose(dialog, 'greeting.tmx', TMX);
    await dialog.getByText('greeting.tmx: TMX, 2 pairs, 1 translated.').waitFor();
    await dialog.getByText('Notes: 1 · inline codes: 1').waitFor();
    await dialog.getByRole('button', { name: 'Create project with 2 rows' }).click();
    await page.waitForURL(/#\/p\//);

    const cell = (n: number) =>
      page.getByRole('textbox', { name: `Translation ${n}`, exact: true });
    await cell(1).waitFor();
    // The code shows as its label in the editable translation, as on the source's chip.
    assert.equal(await cell(1).inputValue(), 'Click ⟨1⟩ to save the file.');
    const chip = page.locator('bt-segment-row').first().locator('.chip');
    assert.equal(await chip.innerText(), '⟨1⟩');
    assert.equal(await chip.getAttribute('title'), '<b/>');
    await page.getByRole('note').filter({ hasText: '术语已核对' }).waitFor();
    const badges = await page
      .locator('bt-segment-row bt-status-badge')
      .evaluateAll((els) => els.map((e) => (e.shadowRoot?.textContent ?? '').trim()));
    assert.deepEqual(badges, ['Reviewed', 'New']);

    // Translate row 2 and confirm it.
    await cell(2).click();
    await cell(2).fill('The second sentence has no translation yet.');
    await cell(2).press('Control+Enter');
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved / })
      .waitFor();

    await page.getByRole('button', { name: 'Export' }).click();
    const exp = page.getByRole('dialog', { name: 'Export “greeting”' });
    await exp.waitFor();

    const tmx = await download(page, exp);
    assert.equal(tmx.dl.suggestedFilename(), 'greeting.tmx');
    const tmxText = tmx.bytes.toString('utf8');
    assert.match(tmxText, /<seg>点击<ph x="1">&lt;b\/&gt;<\/ph>保存文件。<\/seg>/);
    assert.match(tmxText, /<seg>Click <ph x="1">&lt;b\/&gt;<\/ph> to save the file\.<\/seg>/);
    assert.match(tmxText, /<note>术语已核对<\/note>/);
    assert.match(tmxText, /<seg>The second sentence has no translation yet\.<\/seg>/);
    assert.match(tmxText, /<prop type="x-bitext-status">reviewed<\/prop>/);
    await exp
      .getByRole('status')
      .filter({ hasText: 'Downloaded greeting.tmx (2 rows).' })
      .waitFor();

    await exp.getByLabel('XLIFF 1.2').check();
    const xlf = (await download(page, exp)).bytes.toString('utf8');
    assert.match(xlf, /<xliff[^>]*version="1\.2"/);
    assert.match(
      xlf,
      /<target[^>]*>Click <ph id="[^"]+">&lt;b\/&gt;<\/ph> to save the file\.<\/target>/,
    );
    assert.match(xlf, /<note>术语已核对<\/note>/);
    assert.match(xlf, /The second sentence has no translation yet\./);

    await exp.getByLabel('CSV table').check();
    await exp.getByLabel(/UTF-8 BOM/).check();
    const csv = await download(page, exp);
    assert.equal(csv.dl.suggestedFilename(), 'greeting.csv');
    assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const csvText = csv.bytes.toString('utf8');
    assert.match(csvText, /点击<b\/>保存文件。,Click <b\/> to save the file\.,reviewed,术语已核对/);
    assert.match(
      csvText,
      /第二句还没有译文。,The second sentence has no translation yet\.,translated,/,
    );

    // Copy as table: both flavours reach the clipboard.
    await exp.getByRole('button', { name: 'Copy as table' }).click();
    await exp.getByRole('status').filter({ hasText: 'Copied 2 rows' }).waitFor();
    const clip = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return {
        types: [...item.types].sort(),
        text: await (await item.getType('text/plain')).text(),
        html: await (await item.getType('text/html')).text(),
      };
    });
    assert.deepEqual(clip.types, ['text/html', 'text/plain']);
    assert.match(
      clip.text,
      /^Chinese\tEnglish\r?\n点击<b\/>保存文件。\tClick <b\/> to save the file\./,
    );
    assert.match(clip.html, /<td lang="zh-Hans">点击&lt;b\/&gt;保存文件。<\/td>/);

    await exp.getByRole('button', { name: 'Close' }).click();
    await exp.waitFor({ state: 'hidden' });
    assert.deepEqual(app.errors, []);
    await page.context().close();
  });

  it('refuses bad files by name, and nothing in the workspace changes', async () => {
    const page = await app.newPage({ locale: 'en-US' });
    await page.goto(app.url + '#/');
    await page.getByRole('heading', { name: 'Projects' }).waitFor();
    const before = await workspaceCounts(page);
    assert.ok(before.projects >= 1, 'the demo project is there');
    const dialog = await openImport(page);
    const alert = dialog.getByRole('alert');

    const cases: [string, Buffer | string, RegExp][] = [
      ['bomb.tmx', ATTACK, /^Could not open “bomb\.tmx”(, line \d+)?: .*(DTD|ENTITY|DOCTYPE)/i],
      ['broken.tmx', '<tmx version="1.4">\n<body>\n<tu>\n</body>', /“broken\.tmx”, line \d+: /],
      [
        'image.tmx',
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
        // Binary data is refused by name, with the line of the first NUL byte.
        /“image\.tmx”(, line \d+)?: binary data/,
      ],
      ['report.pdf', '%PDF-1.7 not a bilingual file', /“report\.pdf”: unsupported file type/],
    ];
    for (const [name, content, message] of cases) {
      await choose(dialog, name, content);
      await alert.filter({ hasText: name }).waitFor();
      const text = (await alert.innerText()).replace(/\s+/g, ' ');
      assert.match(text, message);
      assert.match(text, /Nothing was added to your projects\./);
      assert.ok(await dialog.getByRole('button', { name: /^Create project/ }).isDisabled());
    }

    // Oversize: the limit is lowered for the test, so the file can stay small.
    await page.evaluate(() => {
      const d = document.querySelector('bt-app')?.shadowRoot?.querySelector('bt-import-dialog');
      if (!d) throw new Error('no import dialog');
      d.maxBytes = 1000;
    });
    await choose(dialog, 'big.tmx', TMX + ' '.repeat(2000));
    await alert.filter({ hasText: 'big.tmx' }).waitFor();
    assert.match(
      await alert.innerText(),
      /Could not open “big\.tmx”: the file is 3 KB, over the limit of 1 KB/,
    );

    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    assert.deepEqual(await workspaceCounts(page), before);
    await page.reload();
    await page.getByRole('heading', { name: 'Projects' }).waitFor();
    assert.deepEqual(await workspaceCounts(page), before);
    assert.deepEqual(app.errors, []);
    await page.context().close();
  });
});

// Text a translator pastes that other programs could misread: markup, formulas, an ampersand,
// quotes, and a character outside the BMP.
const TRICKY_ZH = [
  '点击<b>保存</b>按钮。',
  '=SUM(A1:A3)是一个公式。',
  '价格 & 税费 "含" <script>alert(1)</script>。',
  '+86 电话号码。',
  '@提到某人。',
  '数学字母𝐀很少见。',
];
const TRICKY_EN = [
  'Click the <b>Save</b> button.',
  '=SUM(A1:A3) is a formula.',
  'Price & tax "incl." <script>alert(1)</script>.',
  '+86 phone number.',
  '@mention someone.',
  'The math letter 𝐀 is rare.',
];

describe('every export format, read as another program reads it', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(() => app.close());

  it('writes valid XML, defused spreadsheet cells and markup as text, and reads each back', async () => {
    const page = await app.newPage({ locale: 'en-US' });
    await page.goto(app.url + '#/new');
    await page.getByLabel('Source text (Chinese)').fill(TRICKY_ZH.join('\n'));
    await page.getByLabel('Existing translation (English), optional').fill(TRICKY_EN.join('\n'));
    await page.getByRole('button', { name: 'Segment and align' }).click();
    await page.getByRole('button', { name: 'Create project with 6 rows' }).click();
    await page.waitForURL(/#\/p\//);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: /^Export/ });
    const formats = dialog.getByRole('radio');
    await formats.first().waitFor();
    const n = await formats.count();
    assert.equal(n, 10);
    const { importFile } = await import('../../src/core/formats/index.js');
    for (let i = 0; i < n; i++) {
      const label = (await formats.nth(i).evaluate((e) => e.parentElement?.textContent)) ?? '';
      await formats.nth(i).check();
      const { dl, bytes } = await download(page, dialog);
      const name = dl.suggestedFilename();
      const text = new TextDecoder().decode(bytes);
      if (/\.(tmx|xlf)$/.test(name)) {
        // Another tool's XML parser: Chromium's, which refuses anything not well-formed.
        const error = await page.evaluate(
          (xml) =>
            new DOMParser().parseFromString(xml, 'application/xml').querySelector('parsererror')
              ?.textContent ?? '',
          text,
        );
        assert.equal(error, '', `${name} is not well-formed XML`);
      }
      if (/\.(csv|tsv)$/.test(name)) {
        // No cell starts with what a spreadsheet would run (= + - @).
        const cells = text.replace(/^\uFEFF/, '').split(/[\t,\r\n]+/);
        for (const c of cells)
          assert.doesNotMatch(c.replace(/^"/, ''), /^[=+\-@]/, `${name}: ${c}`);
      }
      if (name.endsWith('.html')) {
        // The markup in the text is text: escaped, never an element a browser would run or draw.
        assert.doesNotMatch(text, /<script|<b>/i, 'markup became elements');
        assert.match(text, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/, 'markup shown as text');
      }
      // Read back: every bilingual format gives the same pairs; translation-only ones the targets.
      const back = importFile(name, new Uint8Array(bytes));
      const pairs = back.documents.flatMap((d) => d.pairs);
      const only = /target/.test(name);
      assert.deepEqual(
        pairs.map((p) => (only ? p.source : [p.source, p.target])),
        only ? TRICKY_EN : TRICKY_ZH.map((z, k) => [z, TRICKY_EN[k]]),
        `${label} (${name}) read back`,
      );
    }
    assert.deepEqual(app.errors, []);
    await page.context().close();
  });
});
