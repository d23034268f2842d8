// Node test (node --import tsx --test); see real-files.node.test.ts for why the suite is apart.
if (typeof process !== 'undefined' && process.versions?.node)
  await import('./monolingual.node-suite.js');

export {};
