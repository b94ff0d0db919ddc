import { asSubject, type FeedbackState, type SubjectObject } from '@gongkai/shared';
import type { FeedbackListFieldsFragment } from '../gql/graphql';

export type FeedbackRow = FeedbackListFieldsFragment;

export const FEEDBACK_STATE_TAG: Record<FeedbackState, 'info' | 'warning' | 'success' | 'danger'> = {
  SUBMITTED: 'warning',
  ANSWERED: 'info',
  RATED: 'success',
  REOPENED: 'danger',
};

/** The item as the ability sees it (the same fields the server's conditions name). */
export function feedbackSubject(
  f: Pick<FeedbackRow, 'id' | 'supervisorUserId' | 'targetUnitId' | 'governmentId' | 'supervisorGovernmentId' | 'state'>,
): SubjectObject {
  return asSubject('SupervisorFeedback', {
    id: f.id,
    supervisorUserId: f.supervisorUserId,
    targetUnitId: f.targetUnitId,
    governmentId: f.governmentId,
    supervisorGovernmentId: f.supervisorGovernmentId,
    state: f.state,
  });
}

/** 0.875 → 87.5%; no denominator → — */
export const rate = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${Math.round(value * 1000) / 10}%`);
