// Worker entry of the browser benchmark: the app's diff worker, bundled on its own.
import '../src/workers/diff.worker.js';
