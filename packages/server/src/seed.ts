import { randomBytes, randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { AppConfig } from './config.js';
import { seedCalendar } from './common/calendar/calendar.service.js';
import { seedParameters } from './common/parameters/parameters.seed.js';
import { APPLICATION } from './application.js';
import { issueSetupToken, pendingSetupUser } from './common/auth/auth.service.js';
import { assertStrongPassword, hashPassword } from './common/auth/passwords.js';

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
  // The demo is a story of some hundreds of steps, each its own transaction: their commits do not each wait
  // for the disk (a crash loses the last ones, never consistency); the last commit below waits for all of them.
  const seeding = orm.em.fork({ cloneEventManager: true });
  seeding.getEventManager().registerSubscriber({
    afterTransactionStart: ({ em: tx, transaction }) => tx.getConnection().execute('set local synchronous_commit = off', [], 'run', transaction),
  });
  for (const m of APPLICATION.modules) await m.seed?.(seeding.fork(), config);
  await em.transactional((tx) => tx.execute('select pg_current_xact_id()'));
  return true;
}

export interface FirstStart {
  /** The demo city was created. */
  demo: boolean;
  /** The first administrator was created with ADMIN_INITIAL_PASSWORD. */
  adminFromEnvironment?: boolean;
  /** The one-time setup token to print once (the first administrator has no password yet). */
  setupToken?: string;
}

/**
 * What an empty database gets on start. Outside production, or with SEED_DEMO=true, the demo
 * city. In production otherwise: one government unit and its administrator (`admin`), whose
 * password is ADMIN_INITIAL_PASSWORD, or else set once with a setup token printed to the log
 * (POST /setup). While that setup is pending, every start replaces the token with a fresh one.
 */
export async function firstStart(orm: MikroORM<PostgreSqlDriver>, config: AppConfig): Promise<FirstStart> {
  const em = orm.em.fork();
  const [{ n }] = await em.getConnection().execute<{ n: number }[]>('select count(*)::int as n from unit');
  if (n > 0) {
    const pending = await pendingSetupUser(em);
    return pending ? { demo: false, setupToken: await issueSetupToken(em, pending) } : { demo: false };
  }
  if (config.seedDemo) return { demo: await seedDemo(orm, config) };
  if (config.adminInitialPassword) assertStrongPassword(config.adminInitialPassword, 'ADMIN_INITIAL_PASSWORD');
  const unitId = randomUUID();
  const userId = randomUUID();
  const passwordHash = await hashPassword(config.adminInitialPassword ?? randomBytes(32).toString('base64url'));
  await em.transactional(async (tx) => {
    const conn = tx.getConnection();
    const ctx = tx.getTransactionContext();
    await conn.execute(
      `insert into unit (id, name, kind, level, government_id, sort_order) values (?, '人民政府', 'GOVERNMENT', 'CITY', ?, 0)`,
      [unitId, unitId],
      'run',
      ctx,
    );
    await conn.execute(
      `insert into app_user (id, username, display_name, unit_id, roles, password_hash) values (?, 'admin', '系统管理员', ?, '{ADMIN}'::text[], ?)`,
      [userId, unitId, passwordHash],
      'run',
      ctx,
    );
  });
  if (config.adminInitialPassword) return { demo: false, adminFromEnvironment: true };
  return { demo: false, setupToken: await issueSetupToken(em, userId) };
}
