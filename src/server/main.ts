// `npm run server`: one team sync server instance, configured from the environment (see README,
// "Team projects (server)"). With nothing set: PGlite in ./.team-data, one instance, no Redis.
import { configFromEnv, startTeamServer } from './server.js';

const server = await startTeamServer(configFromEnv());
let stopping = false;
for (const sig of ['SIGINT', 'SIGTERM'] as const)
  process.on(sig, () => {
    if (stopping) return;
    stopping = true;
    server.log.info('stopping', { signal: sig });
    server.stop().then(
      () => process.exit(0),
      (e) => {
        server.log.error('stop failed', { error: String(e) });
        process.exit(1);
      },
    );
  });
