import { expect } from '@open-wc/testing';
import {
  exportAs,
  importFile,
  readDocxParagraphs,
  type Bitext,
} from '../../../src/core/formats/index.js';
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
