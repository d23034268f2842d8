// On its own so the grid's low-confidence filter and row badge use the aligner's threshold without
// loading the aligner.

/**
 * Beads below this confidence are worth a look (the alignment view's colour and "next
 * low-confidence row"). Chosen from the gold sets' figures in README § Alignment (`npx tsx
 * bench/align-confidence-fit.ts` prints them by threshold): about one bead in twenty falls
 * under it, half of those wrong, and a sentence deleted from a real translation lands below it.
 */
export const LOW_CONFIDENCE = 0.75;
