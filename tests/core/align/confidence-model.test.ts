import { expect } from '@open-wc/testing';
import {
  CONFIDENCE_FEATURES,
  CONFIDENCE_WEIGHTS,
  combine,
} from '../../../src/core/align/confidence.js';

// The fitted weights must say what the features mean: a refit that turned one of these the
// wrong way would rank right beads below wrong ones.
const base: Record<(typeof CONFIDENCE_FEATURES)[number], number> = {
  bias: 1,
  'log posterior': Math.log(0.9),
  'log neighbours’ posterior': Math.log(0.9),
  'length surprise': 0.7,
  'weakest sentence matched': 0.3,
  unpaired: 0,
  'several sentences': 0,
  'nothing matched': 0,
  crossing: 0,
  'log words in the bead': Math.log(21),
};
const vector = (change: Partial<typeof base>): number[] =>
  CONFIDENCE_FEATURES.map((f) => ({ ...base, ...change })[f]);

// [what changes, the bead's features that change]: each must score lower than the base bead.
const CASES: [string, Partial<typeof base>][] = [
  ['a lower posterior', { 'log posterior': Math.log(0.4) }],
  ['a lower neighbour posterior', { 'log neighbours’ posterior': Math.log(0.3) }],
  ['lengths far off the ratio', { 'length surprise': 6 }],
  ['a sentence that matches nothing', { 'weakest sentence matched': 0 }],
  ['a bead whose words match nothing', { 'nothing matched': 1 }],
  ['partners whose matches cross', { crossing: 0.5 }],
  ['an unpaired sentence', { unpaired: 1, 'weakest sentence matched': 0 }],
];

describe('core/align confidence model', () => {
  it('has one weight per feature', () => {
    expect(CONFIDENCE_WEIGHTS).to.have.length(CONFIDENCE_FEATURES.length);
  });
  for (const [what, change] of CASES) {
    it(`${what} lowers the confidence`, () => {
      expect(combine(vector(change))).to.be.lessThan(combine(vector({})));
    });
  }
});
