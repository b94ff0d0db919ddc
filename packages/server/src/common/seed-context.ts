import type { EntityManager } from '@mikro-orm/postgresql';
import pino from 'pino';
import { abilityFor } from '@gongkai/shared';
import type { Ctx } from './context.js';
import type { AppConfig } from '../config.js';
import { User } from './organisation/organisation.entities.js';
import { abilityContextOf, actorOf } from './auth/auth.service.js';

/** A context acting as a given user outside any HTTP request (demo data, scripts, tests). */
export async function contextAs(em: EntityManager, config: AppConfig, userId: string | null): Promise<Ctx> {
  const user = userId ? await em.findOneOrFail(User, userId, { populate: ['unit'] }) : null;
  const noCookies = { sessionToken: () => undefined, setSession: () => {}, clearSession: () => {} };
  return {
    em,
    user,
    actor: user ? actorOf(user) : null,
    ability: abilityFor(user ? abilityContextOf(user) : null),
    requestId: 'seed',
    address: null,
    config,
    log: pino({ level: 'silent' }),
    cookies: noCookies,
  };
}
