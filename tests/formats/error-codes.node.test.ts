// Node test (node --import tsx --test). The browser runner's glob tests/**/*.test.ts also matches
// *.node.test.ts, so the suite lives in error-codes.node-suite.ts and loads only under Node.
if (typeof process !== 'undefined' && process.versions?.node)
  await import('./error-codes.node-suite.js');

export {};
