// Types of services.mjs for the TypeScript tests and benchmark that import it.
export interface Services {
  databaseUrl: string;
  redisUrl: string | undefined;
  stopPostgres(): void;
  startPostgres(): void;
  stop(): Promise<void>;
}
export function installServices(): string | undefined;
export function startServices(opts?: { redis?: boolean }): Promise<Services | { skip: string }>;
export function freePort(): Promise<number>;
