import { expect } from '@open-wc/testing';
import {
  exportAs,
  importFile,
  readDocxParagraphs,
  type Bitext,
} from '../../../src/core/formats/index.js';
import { HTML_TABLE_CSP, STYLE_HASH } from '../../../src/core/formats/html.js';
import { sample } from './helpers.js';

const hostile: Bitext = {
  sourceLang: 'zh-Hans',
  targetLang: 'en',
  documents: [
    {
      name: '<script>alert(1)</script>',
      pairs: [
        {
          source: '<img src=x onerror=alert(1)>',
          target: '</td><script>x()</script>',
          status: 'new',
          note: '" onclick="y',
        },
      ],
    },
  ],
};

describe('formats: HTML table', () => {
  it('escapes every piece of imported text', () => {
    const html = exportAs('html', hostile) as string;
    expect(html).to.not.contain('<script>');
    expect(html).to.not.contain('<img');
    expect(html).to.contain('&lt;img src=x onerror=alert(1)&gt;');
    // Parsed by the browser, the text is text: no element was created from it.
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    expect(parsed.querySelectorAll('script, img')).to.have.length(0);
    expect(parsed.querySelector('td.source')?.textContent).to.equal('<img src=x onerror=alert(1)>');
  });

  it('is self-contained and printable', () => {
    const html = exportAs('html', sample) as string;
    expect(html).to.not.match(/<(link|script)\b|src=|url\(/);
    expect(html).to.contain('@media print');
    expect(html).to.contain('<td class="source" lang="zh-Hans">');
  });

  it('carries a policy that allows no script, only its own style', async () => {
    const html = exportAs('html', sample) as string;
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    const meta = parsed.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(meta?.getAttribute('content')).to.equal(HTML_TABLE_CSP);
    expect(HTML_TABLE_CSP).to.match(/^default-src 'none';/);
    expect(HTML_TABLE_CSP).to.not.match(/script-src|unsafe/);
    // The hash is of the style the file carries: a style changed without it would be refused.
    const style = parsed.querySelector('style')!.textContent!;
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(style));
    const b64 = btoa(String.fromCharCode(...new Uint8Array(digest)));
    expect(STYLE_HASH).to.equal(`sha256-${b64}`);
  });

  it('writes hidden characters as visible markers and reads them back exactly', () => {
    const spoof: Bitext = {
      sourceLang: 'zh-Hans',
      targetLang: 'en',
      documents: [
        {
          name: 'abc\u202Egpj.exe',
          pairs: [
            {
              source: '打开abc\u202Egpj.exe',
              target: 'Open pay\u200Bpal\u2066x\u2069',
              status: 'draft',
              note: 'a\u200Fb',
            },
          ],
        },
      ],
    };
    const html = exportAs('html', spoof) as string;
    // No hidden character is left to act in what a browser shows.
    const shownPart = html.replace(/data-document="[^"]*"/g, '');
    expect(shownPart).to.not.match(/[\u202A-\u202E\u2066-\u2069\u200B-\u200F\u061C\u2060\uFEFF]/);
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    const source = parsed.querySelector('td.source')!;
    expect(source.textContent).to.equal('打开abcRLOgpj.exe');
    expect(source.querySelector('span.hidden-char')?.getAttribute('title')).to.equal(
      'U+202E RIGHT-TO-LEFT OVERRIDE',
    );
    expect(parsed.querySelector('td.target')!.textContent).to.equal('Open payZWSPpalLRIxPDI');
    expect(parsed.querySelector('h2')!.textContent).to.equal('abcRLOgpj.exe');
    expect(parsed.title).to.equal('abc⟦RLO⟧gpj.exe');
    const back = importFile('t.html', new TextEncoder().encode(html));
    expect(back.documents[0]!.name).to.equal(spoof.documents[0]!.name);
    expect(back.documents[0]!.pairs[0]).to.deep.include(spoof.documents[0]!.pairs[0]!);
  });

  it('reads a marker of a character it does not hide as text', () => {
    const html = (exportAs('html', sample) as string).replace(
      '<td class="note">',
      '<td class="note"><span class="hidden-char" data-char="U+0041">X</span>',
    );
    const back = importFile('t.html', new TextEncoder().encode(html));
    expect(back.documents[0]!.pairs[0]!.note).to.match(/^X/);
  });
});

describe('formats: DOCX', () => {
  it('bilingual table: two columns by default, with a header row', () => {
    const docx = exportAs('docx', sample) as Uint8Array;
    const paras = readDocxParagraphs(docx);
    expect(paras.slice(0, 4)).to.deep.equal([
      'chapter-1.txt',
      'source (zh-Hans)',
      'target (en)',
      '太平寺始建于南北朝。',
    ]);
  });

  it('keeps line breaks and tabs inside a cell', () => {
    const back = importFile('t.docx', exportAs('docx', sample) as Uint8Array);
    expect(back.documents[0]?.pairs[4]?.source).to.equal('第一行\n第二行\t制表');
  });

  it('is a zip whose document part is valid XML even with hostile text', () => {
    const docx = exportAs('docx', hostile) as Uint8Array;
    expect([...docx.slice(0, 4)]).to.deep.equal([0x50, 0x4b, 0x03, 0x04]);
    expect(readDocxParagraphs(docx)).to.include('</td><script>x()</script>');
  });
});
