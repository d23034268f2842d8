// A unit as seen from the other direction of its TM (a TM serves both directions).
import type { TmUnit } from './types.js';

/** Sides swapped; the context (the source's neighbours) dropped, as it belongs to the source. */
export const swapSides = (u: TmUnit): TmUnit => ({
  ...u,
  source: u.target,
  target: u.source,
  prev: undefined,
  next: undefined,
});
