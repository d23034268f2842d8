// The production build under its own Content-Security-Policy: every page and dialog a user
// reaches, with the workers (align, import, diff) running, and not one violation.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { startApp, type App } from './harness.js';

const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
<header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="none" adminlang="en" srclang="zh-CN" datatype="plaintext"/>
<body>
<tu><tuv xml:lang="zh-CN"><seg>打开文件abc\u202Egpj.exe。</seg></tuv><tuv xml:lang="en-US"><seg>Open the file.</seg></tuv></tu>
<tu><tuv xml:lang="zh-CN"><seg>第二句。</seg></tuv><tuv xml:lang="en-US"><seg>The second.</seg></tuv></tu>
</body></tmx>`;

/** Violations the page saw, recorded from before any of its own scripts ran. */
const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

/** Waits for `what`, or fails at once with the violations if the policy refused something first. */
async function shows(page: Page, what: Locator, step: string) {
  const refused = page.waitForFunction(
    () => (window as unknown as { __csp: string[] }).__csp.length > 0,
    undefined,
    { timeout: 0 },
  );
  await Promise.race([what.waitFor({ timeout: 30_000 }), refused]);
  assert.deepEqual(await violations(page), [], `refused by the policy during: ${step}`);
  refused.catch(() => undefined);
}

describe('content security policy of the built app', () => {
  let app: App;
  before(async () => {
    app = await startApp();
  });
  after(() => app.close());

  it('library → new project (align worker) → import → grid → export → review: no violation', async () => {
    const page = await app.newPage({ locale: 'en-US' });
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(
          `${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${(e.composedPath()[0] as Element).outerHTML?.slice(0, 120)} ${(e.composedPath() as Element[]).map((x) => x.localName).join('>')}`,
        ),
      );
    });
    const cspConsole: string[] = [];
    page.on('console', (m) => {
      if (/Content.Security.Policy|Refused to/i.test(m.text())) cspConsole.push(m.text());
    });

    await page.goto(app.url + '#/');
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    assert.ok(csp, 'the page carries a CSP meta');
    const directives = new Map(
      csp.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values.join(' ')] as const;
      }),
    );
    assert.equal(directives.get('script-src'), "'self'");
    assert.equal(directives.get('worker-src'), "'self'");
    assert.equal(directives.get('object-src'), "'none'");
    assert.equal(directives.get('base-uri'), "'none'");
    assert.ok(!csp.includes('unsafe-'), csp);

    // Library, then a new project aligned in the align worker.
    await page.getByRole('heading', { name: 'Projects' }).waitFor();
    await page.getByRole('link', { name: 'New project' }).click();
    await page.getByLabel('Name', { exact: true }).fill('CSP walk');
    await page.getByLabel('Source text (Chinese)').fill('太平寺始建于南北朝。寺内现存大殿。');
    await page
      .getByLabel('Translation (English)')
      .fill('The temple was built long ago. A hall remains.');
    await page.getByRole('button', { name: 'Segment and align' }).click();
    await shows(page, page.getByRole('option').first(), 'alignment (align worker)');

    // Import dialog: a TMX parsed in the import worker, made a project, its grid shown.
    await page.goto(app.url + '#/');
    await page.getByRole('button', { name: 'Open a bilingual file' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open a bilingual file' });
    await dialog.getByLabel('File to open').setInputFiles({
      name: 'spoof.tmx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(TMX),
    });
    await dialog.getByRole('button', { name: 'Create project with 2 rows' }).click();
    await page.waitForURL(/#\/p\//);
    const id = decodeURIComponent(/#\/p\/([^/]+)/.exec(page.url())![1]!);
    const cell = (n: number) =>
      page.getByRole('textbox', { name: `Translation ${n}`, exact: true });
    await shows(page, cell(1), 'import (import worker) and grid');
    // The override shows as a marker: the grid reads in stored order.
    const source = page.locator('bt-segment-row').first().locator('.source [lang]');
    assert.equal(await source.innerText(), '打开文件abcRLOgpj.exe。');

    // Export dialog: the HTML table downloads, with its own policy.
    await page.getByRole('button', { name: 'Export' }).click();
    const exp = page.getByRole('dialog', { name: 'Export “spoof”' });
    await exp.getByLabel('Bilingual HTML table (printable)').check();
    const [dl] = await Promise.all([
      page.waitForEvent('download'),
      exp.getByRole('button', { name: /^Download / }).click(),
    ]);
    const table = await readFile(await dl.path(), 'utf8');
    assert.match(table, /<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    await exp.getByRole('button', { name: 'Close' }).click();

    // The side panel's tools: the TM's dialogs (the analysis draws a bar per band), adding a
    // term, and every row checked in the QA worker.
    await page.getByRole('button', { name: 'History & versions' }).click();
    await page.getByRole('tab', { name: 'Matches' }).click();
    for (const [name, content] of [
      ['Analysis…', 'dialog[open] tbody tr'],
      ['Concordance…', 'dialog[open] input'],
      ['Pre-translate…', 'dialog[open] input'],
    ] as const) {
      await page.getByRole('button', { name }).click();
      await shows(page, page.locator(content).first(), name);
      await page.keyboard.press('Escape');
      await page.locator('dialog[open]').waitFor({ state: 'detached' });
    }
    await page.getByRole('tab', { name: 'Terms' }).click();
    await page.getByRole('button', { name: /^Add term…/ }).click();
    await shows(page, page.locator('dialog[open]'), 'Add term…');
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'QA' }).click();
    await page.getByRole('button', { name: 'Check all rows' }).click();
    await shows(page, page.getByRole('button', { name: 'Check all rows again' }), 'QA (qa worker)');

    // A version, an edit, and the review page comparing them in the diff worker.
    await page.getByRole('tab', { name: 'Versions' }).click();
    await page.getByLabel('Version name').fill('Draft');
    await page.getByRole('button', { name: 'Save version' }).click();
    await page.getByText('Version “Draft” saved.').waitFor();
    await cell(2).fill('The second sentence.');
    await cell(1).click();
    await page.goto(`${app.url}#/p/${encodeURIComponent(id)}/compare`);
    await shows(page, page.getByText('1 of 2 rows changed'), 'comparison (diff worker)');

    assert.deepEqual(await violations(page), []);
    assert.deepEqual(cspConsole, []);
    assert.deepEqual(app.errors, []);
  });
});
