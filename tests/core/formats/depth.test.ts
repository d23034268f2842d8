import { expect } from '@open-wc/testing';
import { FormatError, importFile } from '../../../src/core/formats/index.js';
import { enc } from './helpers.js';

/** A TMX whose segment holds `depth` nested <hi>, one per line after the first line. */
function nested(depth: number): Uint8Array {
  const open = '\n<hi>'.repeat(depth);
  const close = '</hi>'.repeat(depth);
  return enc(
    `<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>${open}deep${close}</seg></tuv></tu></body></tmx>`,
  );
}

function outcome(bytes: Uint8Array): string {
  try {
    return `source ${importFile('deep.tmx', bytes).documents[0]?.pairs[0]?.source.length}`;
  } catch (e) {
    if (e instanceof FormatError) return e.message;
    throw e;
  }
}

describe('formats: deeply nested XML', () => {
  // <tmx> <body> <tu> <tuv> <seg> are 5 levels; the 252nd <hi> (line 253) is level 257.
  const CASES: [number, RegExp][] = [
    [10, /^source 34$/],
    [1000, /^deep\.tmx:253: elements nested too deeply \(more than 256 levels\) at line 253$/],
    [100_000, /^deep\.tmx:253: elements nested too deeply \(more than 256 levels\) at line 253$/],
  ];
  for (const [depth, expected] of CASES)
    it(`${depth.toLocaleString('en')} levels`, () => {
      expect(outcome(nested(depth))).to.match(expected);
    });
});
