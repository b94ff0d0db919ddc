import { ADMIN_GRANTED_ROLES, ROLES, roleFitsUnit, type AccountRequestState, type Role, type UnitFunction } from '@gongkai/shared';

export const STATE_TAG: Record<AccountRequestState, 'info' | 'warning' | 'success' | 'danger'> = {
  DRAFT: 'info',
  SUBMITTED: 'warning',
  APPROVED: 'success',
  RETURNED: 'danger',
};

/** States in which the requester may still change and (re)submit the request. */
export const EDITABLE_STATES: readonly AccountRequestState[] = ['DRAFT', 'RETURNED'];

/** Roles a unit can ask for: those that fit the unit's function, except those only the administrator grants. */
export function requestableRoles(unitFunction: UnitFunction | null | undefined): Role[] {
  return ROLES.filter((r) => !ADMIN_GRANTED_ROLES.includes(r) && roleFitsUnit(r, unitFunction));
}

/** A submitted request waits for the administrator until its due time. */
export function isOverdue(r: { state: string; dueAt?: string | null }): boolean {
  return r.state === 'SUBMITTED' && !!r.dueAt && new Date(r.dueAt) < new Date();
}
