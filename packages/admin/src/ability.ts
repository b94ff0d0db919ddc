import { buildAbility, unpackAbilityRules, type AppAbility } from '@gongkai/shared';

/**
 * The one ability of the SPA, provided to every component by @casl/vue. It starts empty (deny
 * everything) and takes the packed rules the server sends with the viewer at login and on `me`.
 * The server checks every request itself; the SPA only hides what is not permitted.
 */
export const ability: AppAbility = buildAbility([]);

export function applyPackedRules(packed: string | null): void {
  ability.update(packed ? unpackAbilityRules(packed) : []);
}
