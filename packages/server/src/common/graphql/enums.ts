import { registerEnumType } from 'type-graphql';
import {
  ROLES, UNIT_FUNCTIONS, UNIT_KINDS, GOV_LEVELS, ACCOUNT_REQUEST_STATES, CALENDAR_DAY_KINDS,
  type Role, type UnitFunction, type UnitKind, type GovLevel, type AccountRequestState, type CalendarDayKind,
} from '@gongkai/shared';

/** Turn a shared `as const` list into the object type-graphql wants for an enum. */
export function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const RoleEnum = enumObject<Role>(ROLES);
export const UnitFunctionEnum = enumObject<UnitFunction>(UNIT_FUNCTIONS);
export const UnitKindEnum = enumObject<UnitKind>(UNIT_KINDS);
export const GovLevelEnum = enumObject<GovLevel>(GOV_LEVELS);
export const AccountRequestStateEnum = enumObject<AccountRequestState>(ACCOUNT_REQUEST_STATES);
export const CalendarDayKindEnum = enumObject<CalendarDayKind>(CALENDAR_DAY_KINDS);

registerEnumType(RoleEnum, { name: 'Role' });
registerEnumType(UnitFunctionEnum, { name: 'UnitFunction' });
registerEnumType(UnitKindEnum, { name: 'UnitKind' });
registerEnumType(GovLevelEnum, { name: 'GovLevel' });
registerEnumType(AccountRequestStateEnum, { name: 'AccountRequestState' });
registerEnumType(CalendarDayKindEnum, { name: 'CalendarDayKind' });
