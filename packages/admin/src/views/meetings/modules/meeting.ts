import { asSubject, type ProposalState, type SubjectObject } from '@gongkai/shared';
import type { ProposalListFieldsFragment } from '../gql/graphql';

export type ProposalRow = ProposalListFieldsFragment;

export const PROPOSAL_STATE_TAG: Record<ProposalState, 'info' | 'warning' | 'success' | 'danger'> = {
  DRAFT: 'info',
  SUBMITTED: 'warning',
  RETURNED: 'danger',
  APPROVED: 'success',
};

export function proposalSubject(p: Pick<ProposalRow, 'id' | 'submittingUnitId' | 'governmentId' | 'state'>): SubjectObject {
  return asSubject('AttendanceProposal', { id: p.id, submittingUnitId: p.submittingUnitId, governmentId: p.governmentId, state: p.state });
}

/** The written notice of one invitee (.docx, served by the API, same origin). */
export const noticeUrl = (inviteeId: string) => `/meetings/invitees/${inviteeId}/notice`;
