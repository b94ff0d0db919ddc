import { registerEnumType } from 'type-graphql';
import {
  ROLES,
  UNIT_FUNCTIONS,
  UNIT_KINDS,
  GOV_LEVELS,
  CALENDAR_DAY_KINDS,
  type Role,
  type UnitFunction,
  type UnitKind,
  type GovLevel,
  type CalendarDayKind,
} from '@gongkai/shared';

/** Turn a shared `as const` list into the object type-graphql wants for an enum. */
export function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

// The kernel's own enums; each module registers its own in `<module>.enums.ts`.
export const RoleEnum = enumObject<Role>(ROLES);
registerEnumType(RoleEnum, { name: 'Role' });
export const UnitFunctionEnum = enumObject<UnitFunction>(UNIT_FUNCTIONS);
registerEnumType(UnitFunctionEnum, { name: 'UnitFunction' });
export const UnitKindEnum = enumObject<UnitKind>(UNIT_KINDS);
registerEnumType(UnitKindEnum, { name: 'UnitKind' });
export const GovLevelEnum = enumObject<GovLevel>(GOV_LEVELS);
registerEnumType(GovLevelEnum, { name: 'GovLevel' });
export const CalendarDayKindEnum = enumObject<CalendarDayKind>(CALENDAR_DAY_KINDS);
registerEnumType(CalendarDayKindEnum, { name: 'CalendarDayKind' });
