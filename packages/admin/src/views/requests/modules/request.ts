import { asSubject, REQUEST_STEP_FROM, type RequestState, type SubjectObject } from '@gongkai/shared';
import type { DisclosureRequestFieldsFragment, DisclosureRequestListFieldsFragment } from '../gql/graphql';

export type RequestRow = DisclosureRequestListFieldsFragment;
export type RequestDetail = DisclosureRequestFieldsFragment;

export const REQUEST_STATE_TAG: Record<RequestState, 'info' | 'warning' | 'success' | 'danger' | 'primary'> = {
  SUBMITTED: 'warning',
  IN_PROGRESS: 'primary',
  CORRECTION: 'info',
  THIRD_PARTY: 'info',
  REPLIED: 'warning',
  DELIVERED: 'success',
  NOT_REGISTERED: 'info',
};

/** The request as the abilities read it: the body it is addressed to, its level, its state. */
export function requestSubject(r: Pick<RequestRow, 'id' | 'unitId' | 'governmentId' | 'state'>): SubjectObject {
  return asSubject('DisclosureRequest', { id: r.id, unitId: r.unitId, governmentId: r.governmentId, state: r.state });
}

export type RequestStep = keyof typeof REQUEST_STEP_FROM;
/** Whether the request's state is one the step starts from (the workflow's own list). */
export const stepFrom = (step: RequestStep, state: string) => (REQUEST_STEP_FROM[step] as readonly string[]).includes(state);
