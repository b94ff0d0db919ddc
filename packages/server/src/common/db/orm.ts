import 'reflect-metadata';
import { DataloaderType, MikroORM, ReflectMetadataProvider, type Options } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { installedModules } from '../modules.js';
import { MIGRATIONS } from '../../migrations/index.js';

export function ormOptions(clientUrl: string, extra: Partial<Options<PostgreSqlDriver>> = {}): Options<PostgreSqlDriver> {
  return {
    driver: PostgreSqlDriver,
    clientUrl,
    entities: installedModules().entities,
    metadataProvider: ReflectMetadataProvider,
    discovery: { disableDynamicFileAccess: true },
    extensions: [Migrator],
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
    pool: { min: 0, max: Number(process.env.DB_POOL_MAX ?? 10) },
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
