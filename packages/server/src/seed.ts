import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { AppConfig } from './config.js';
import { seedCalendar } from './common/calendar/calendar.service.js';
import { seedParameters } from './common/parameters/parameters.seed.js';
import { APPLICATION } from './application.js';

/** Reference data every deployment needs: the parameter history and the holiday calendar. */
export async function seedReferenceData(orm: MikroORM<PostgreSqlDriver>) {
  const em = orm.em.fork();
  await seedParameters(em);
  await seedCalendar(em);
}

/** The demo city, on first start only (when there are no units yet). Returns whether it seeded. */
export async function seedDemo(orm: MikroORM<PostgreSqlDriver>, config: AppConfig): Promise<boolean> {
  const em = orm.em.fork();
  const [{ n }] = await em.getConnection().execute<{ n: number }[]>('select count(*)::int as n from unit');
  if (n > 0) return false;
  for (const m of APPLICATION.modules) await m.seed?.(orm.em.fork(), config);
  return true;
}
