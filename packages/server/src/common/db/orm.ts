import 'reflect-metadata';
import { DataloaderType, MikroORM, ReflectMetadataProvider, type Options } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { installedModules } from '../modules.js';
import { MIGRATIONS } from '../../migrations/index.js';
import { ResilientPostgreSqlDriver } from './transient.js';
import { SearchIndexer } from '../search/search.index.js';

export function ormOptions(clientUrl: string, extra: Partial<Options<PostgreSqlDriver>> = {}): Options<PostgreSqlDriver> {
  return {
    driver: ResilientPostgreSqlDriver,
    clientUrl,
    entities: installedModules().entities,
    metadataProvider: ReflectMetadataProvider,
    discovery: { disableDynamicFileAccess: true },
    extensions: [Migrator],
    // the search index follows every write that touches a searchable item, in its transaction
    subscribers: [new SearchIndexer()],
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    allowGlobalContext: false,
    migrations: {
      migrationsList: MIGRATIONS,
      snapshot: false,
      transactional: true,
      allOrNothing: true,
      path: 'src/migrations',
      pathTs: 'src/migrations',
      emit: 'ts',
      fileName: (timestamp: string, name?: string) => `Migration${timestamp}${name ? '_' + name : ''}`,
    },
    // A connection the server dropped is marked by its `error`/`end` events (also when idle, so such an
    // event never goes unhandled) and thrown away when next taken from the pool. Waiting for a
    // connection is bounded: past that, the request is answered SERVICE_UNAVAILABLE.
    pool: { min: 0, max: Number(process.env.DB_POOL_MAX ?? 10), acquireTimeoutMillis: 10_000, createTimeoutMillis: 5_000 },
    // the pool notes each connection it throws away as a warning on the console; the request that met
    // the fault logs it already
    driverOptions: { log: { warn: (message: string) => String(message).startsWith('Connection Error') || console.warn(message) } },
    ...extra,
  };
}

export async function openOrm(clientUrl: string, extra: Partial<Options<PostgreSqlDriver>> = {}) {
  return MikroORM.init<PostgreSqlDriver>(ormOptions(clientUrl, extra));
}

/** Apply every committed migration that has not run yet. */
export async function migrate(orm: MikroORM<PostgreSqlDriver>) {
  await orm.getMigrator().up();
}
