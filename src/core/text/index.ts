// PLACEHOLDER until the segmentation branch lands its text utilities (same signature).
export function countUnits(text: string, _lang?: string): { cjkChars: number; words: number } {
  const cjkChars = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const words = (
    text.replace(/\p{Script=Han}/gu, ' ').match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []
  ).length;
  return { cjkChars, words };
}
