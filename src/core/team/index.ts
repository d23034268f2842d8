// Team projects: the shared pieces of the sync server and the browser client.
export * from './schema.js';
export * from './roles.js';
export * from './changes.js';
export * from './token.js';
export * from './names.js';
export * from './failover.js';
export * from './versions.js';
export type * from './api.js';
export * from './terms.js';
export * from './tm.js';
