// `npm run bench:store`: measures the IndexedDB store in headless Chromium and prints a table
// (bench/store-entry.ts in a real page: see page-bench.mjs). Figures only; nothing is asserted.
import { runPageBench } from './page-bench.mjs';

await runPageBench({
  entry: new URL('./store-entry.ts', import.meta.url).pathname,
  name: 'Store',
  title: 'store benchmark',
});
