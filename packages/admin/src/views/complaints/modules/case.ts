import { asSubject, CASE_STEP_FROM, type CaseState, type SubjectObject } from '@gongkai/shared';
import type { CaseFieldsFragment, CaseListFieldsFragment } from '../gql/graphql';

export type CaseRow = CaseListFieldsFragment;
export type CaseDetail = CaseFieldsFragment;

export const CASE_STATE_TAG: Record<CaseState, 'info' | 'warning' | 'success' | 'danger' | 'primary'> = {
  RECEIVED: 'warning',
  NOT_ACCEPTED: 'info',
  ACCEPTED: 'warning',
  ASSIGNED: 'primary',
  REPLIED: 'warning',
  CLOSED: 'success',
  RATED: 'success',
  UNRATED: 'info',
};

/** The case as the abilities read it: its level, its assigned unit, its state. */
export function caseSubject(c: Pick<CaseRow, 'id' | 'governmentId' | 'assignedUnitId' | 'state'>): SubjectObject {
  return asSubject('Case', { id: c.id, governmentId: c.governmentId, assignedUnitId: c.assignedUnitId, state: c.state });
}

export type CaseStep = keyof typeof CASE_STEP_FROM;
/** Whether the case's state is one the step starts from (the workflow's own list). */
export const stepFrom = (step: CaseStep, state: string) => (CASE_STEP_FROM[step] as readonly string[]).includes(state);

export { useNarrow } from '@/composables/useNarrow';
