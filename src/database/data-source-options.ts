import type { DataSourceOptions } from 'typeorm';
import { migrations } from '../../migrations/index.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    namingStrategy: new SnakeNamingStrategy(),
    migrations,
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    // A request waits at most 20 s for a connection, then gets the 503 page instead of hanging (a
    // burst of 300 registrations on two cores queues longer than 5 s; a stopped server refuses at once).
    extra: { max: 10, connectionTimeoutMillis: 20_000 },
  };
}
