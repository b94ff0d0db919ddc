import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { AppConfig } from './config.js';
import { seedCalendar } from './common/calendar/calendar.service.js';
import { seedParameters } from './common/parameters/parameters.seed.js';
import { seedOrganisation } from './modules/organisation/organisation.seed.js';
import { seedAccountRequests } from './modules/accounts/accounts.seed.js';
import { seedDocuments } from './modules/documents/documents.seed.js';
import { seedConsultations } from './modules/consultation/consultation.seed.js';
import { seedMeetings } from './modules/meetings/meetings.seed.js';
import { seedEvaluation } from './modules/evaluation/evaluation.seed.js';
import { seedSupervisors } from './modules/supervisors/supervisors.seed.js';

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
  await em.transactional(async (tx) => seedOrganisation(tx));
  await seedAccountRequests(orm.em.fork(), config);
  await seedDocuments(orm.em.fork(), config);
  await seedConsultations(orm.em.fork(), config);
  await seedMeetings(orm.em.fork(), config);
  await seedSupervisors(orm.em.fork(), config);
  await seedEvaluation(orm.em.fork(), config);
  return true;
}
