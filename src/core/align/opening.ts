// The start of a document, apart from the aligner so that the page can take it without loading
// the aligner's code (the alignment Worker warms up on it).
/**
 * A document's first paragraphs, whole, up to `max` sentences (at least one paragraph when there
 * is one): what the alignment Worker aligns to warm up before the job.
 */
export function openingParagraphs(paras: readonly (readonly string[])[], max: number): string[][] {
  const out: string[][] = [];
  let count = 0;
  for (const p of paras) {
    if (out.length && count + p.length > max) break;
    out.push([...p]);
    count += p.length;
  }
  return out;
}
