// Node entry of the diff benchmark: the same measured steps as in the browser.
export { runBench } from './diff-run.js';
