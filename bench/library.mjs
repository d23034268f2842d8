// `npm run bench:library`: what the project library costs with 50 projects of 5,000 rows
// (bench/library-entry.ts in a real page: see page-bench.mjs). Figures only; nothing is asserted.
import { runPageBench } from './page-bench.mjs';

await runPageBench({
  entry: new URL('./library-entry.ts', import.meta.url).pathname,
  name: 'Library',
  title: 'library benchmark',
});
