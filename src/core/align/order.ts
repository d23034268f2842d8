// Where in a sentence its matches fall. Translation is roughly monotone at the clause level: in
// a 1-2 bead the first target sentence renders the first part of the source sentence and the
// second the rest. A bead whose partners' matches cross (the second partner matching the
// beginning, the first the end) is likelier two beads cut wrongly. Positions are word indices:
// a sentence's words come in text order, then its numbers, Latin words and marks, which carry
// no position (see features.ts), so only the leading run of words is positioned.
import type { SentenceFeatures } from './features.js';

/** How many leading words of each sentence are in text order (at most 32, the mask's bits). */
export function positionedWords(
  f: readonly SentenceFeatures[],
  keys: readonly string[],
): Uint8Array {
  // Per key id: 0 not looked at yet, 1 a word in text order, 2 not (a sentence repeats its
  // words' keys, and the prefix tests per word were a tenth of bible-001's between-pass time).
  const kind = new Uint8Array(keys.length);
  const inOrder = (id: number): boolean => {
    if (id >= kind.length) return true;
    if (kind[id] === 0) {
      const key = keys[id] ?? '';
      const tail = key.startsWith('num:') || key.startsWith('mark:') || key.startsWith('py:');
      kind[id] = tail ? 2 : 1;
    }
    return kind[id] === 1;
  };
  return Uint8Array.from(f, (s) => {
    let k = 0;
    while (k < s.words.length && k < 32 && inOrder(s.words[k]![0]!)) k++;
    return k;
  });
}

/** Mean bit position of a mask's set bits among the first `n`, as a share of n; −1 if none. */
export function centre(mask: number, n: number): number {
  let m = n >= 32 ? mask : mask & ((1 << n) - 1);
  if (!m || n < 2) return -1;
  let sum = 0;
  let count = 0;
  while (m) {
    sum += 31 - Math.clz32(m & -m);
    count++;
    m &= m - 1;
  }
  return sum / count / (n - 1);
}
