// Text normalisation applied before anything is segmented, counted or compared, so that the
// same visible text always has the same code points and line ends.

/**
 * NFC composition, CRLF and lone CR to LF, NUL characters removed. Idempotent.
 * Other control characters are kept: they are the caller's data, not encoding noise.
 */
export function normalizeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\0/g, '').normalize('NFC');
}

/** Splits normalised text into lines; every line is a paragraph for the segmenter. */
export function splitLines(text: string): string[] {
  return normalizeText(text).split('\n');
}
