// Node test (node --import tsx --test). The browser runner's glob tests/**/*.test.ts also matches
// *.node.test.ts, so the suite lives in convert.node-suite.ts and loads only under Node: in the
// browser this file registers nothing instead of failing on node: imports.
if (typeof process !== 'undefined' && process.versions?.node)
  await import('./convert.node-suite.js');

export {};
