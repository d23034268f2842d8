// Fractional order keys: strings that sort lexicographically, so a row can be inserted between
// two others without renumbering the rest. Keys use digits and lower-case letters (base 36).

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
const BASE = DIGITS.length;
const MID = DIGITS[BASE >> 1];

/** A key strictly between `a` and `b` (either may be empty, meaning "no bound"). */
export function keyBetween(a: string, b: string): string {
  if (a && b && a >= b) throw new Error(`keyBetween: ${a} must sort before ${b}`);
  let out = '';
  for (let i = 0; ; i++) {
    const lo = i < a.length ? DIGITS.indexOf(a[i]) : 0;
    const hi = b && i < b.length ? DIGITS.indexOf(b[i]) : BASE;
    if (hi - lo > 1) {
      const mid = DIGITS[(lo + hi) >> 1];
      // A key never ends in "0", so there is always room before it.
      return out + mid;
    }
    out += DIGITS[lo];
    // Once we take a's digit while b's is higher, b no longer bounds us.
    if (hi > lo) b = '';
  }
}

/** `n` evenly spread keys, for bulk creation (import, alignment). Sorted ascending. */
export function initialKeys(n: number): string[] {
  const width = Math.max(1, Math.ceil(Math.log(n + 2) / Math.log(BASE)) + 1);
  const keys: string[] = [];
  const span = BASE ** width;
  const step = span / (n + 1);
  for (let i = 1; i <= n; i++) {
    let v = Math.floor(i * step);
    let s = '';
    for (let d = 0; d < width; d++) {
      s = DIGITS[v % BASE] + s;
      v = Math.floor(v / BASE);
    }
    keys.push(s.replace(/0+$/, '') || MID);
  }
  return keys;
}
