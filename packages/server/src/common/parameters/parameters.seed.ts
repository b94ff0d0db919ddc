import type { EntityManager } from '@mikro-orm/postgresql';
import { PARAMETERS } from './parameters.definitions.js';

/** The parameter history that ships (SPEC table), added where missing. */
export async function seedParameters(em: EntityManager) {
  const rows = PARAMETERS.flatMap((p) => p.shipped.map((v) => [p.key, JSON.stringify(v.value), v.effectiveFrom, v.source, v.note ?? null]));
  await em.getConnection().execute(
    `insert into policy_parameter_version (id, key, data, effective_from, source, note)
     values ${rows.map(() => '(gen_random_uuid(), ?, ?::jsonb, ?, ?, ?)').join(', ')}
     on conflict (key, effective_from) do nothing`,
    rows.flat(),
    'run',
    em.getTransactionContext(),
  );
}
