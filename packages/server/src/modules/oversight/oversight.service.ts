import type { EntityName } from '@mikro-orm/postgresql';
import {
  type SubjectName,
  CASE_OPEN_STATES,
  FEEDBACK_OPEN_STATES,
  INTERPRETATION_PUBLISHED_STATES,
  REQUEST_CLOCK_STATES,
  TOPIC_PUBLISHED_STATES,
} from '@gongkai/shared';
import type { Ctx } from '../../common/context.js';
import { accessibleBy, requireUser } from '../../common/ability.js';
import { today } from '../../common/clock.js';
import { ConsultationTopic } from '../consultation/consultation.entities.js';
import { AttendanceProposal, GovernmentMeeting } from '../meetings/meetings.entities.js';
import { Interpretation } from '../interpretation/interpretation.entities.js';
import { Case } from '../complaints/complaints.entities.js';
import { DisclosureRequest } from '../requests/requests.entities.js';
import { SupervisorFeedback } from '../supervisors/supervisors.entities.js';

export interface GovernmentOverviewData {
  consultationsInReview: number;
  consultationsOpen: number;
  meetingsUpcoming: number;
  proposalsPending: number;
  interpretationsOverdue: number;
  casesOverdue: number;
  requestsOverdue: number;
  feedbackOverdue: number;
}

/**
 * The government at a glance: each figure counted over what the reader may read of it (the same
 * definitions as the lists the figures link to), so a leader and the Disclosure Office of a level
 * read the same numbers.
 */
export async function governmentOverview(ctx: Ctx): Promise<GovernmentOverviewData> {
  requireUser(ctx);
  const day = today();
  const count = async <T extends object>(subject: SubjectName, entity: EntityName<T>, where: object) => {
    const visible = accessibleBy(ctx, 'read', subject, entity);
    if (!visible) return 0;
    return ctx.em.count(entity, { $and: [visible, where] } as never);
  };
  const [
    consultationsInReview,
    consultationsOpen,
    meetingsUpcoming,
    proposalsPending,
    interpretationsOverdue,
    casesOverdue,
    requestsOverdue,
    feedbackOverdue,
  ] = await Promise.all([
    count('ConsultationTopic', ConsultationTopic, { state: 'SUBMITTED' }),
    count('ConsultationTopic', ConsultationTopic, {
      state: { $in: [...TOPIC_PUBLISHED_STATES] },
      windowStart: { $lte: day },
      windowEnd: { $gte: day },
    }),
    count('GovernmentMeeting', GovernmentMeeting, { date: { $gte: day } }),
    count('AttendanceProposal', AttendanceProposal, { state: 'SUBMITTED' }),
    // the lists' "overdue": not published, and the deadline's day is over
    count('Interpretation', Interpretation, { state: { $nin: [...INTERPRETATION_PUBLISHED_STATES] }, deadline: { $lt: day } }),
    count('Case', Case, { state: { $in: [...CASE_OPEN_STATES] }, dueOn: { $lt: day } }),
    count('DisclosureRequest', DisclosureRequest, { state: { $in: [...REQUEST_CLOCK_STATES] }, dueOn: { $lt: day } }),
    count('SupervisorFeedback', SupervisorFeedback, { state: { $in: [...FEEDBACK_OPEN_STATES] }, dueOn: { $lt: day } }),
  ]);
  return {
    consultationsInReview,
    consultationsOpen,
    meetingsUpcoming,
    proposalsPending,
    interpretationsOverdue,
    casesOverdue,
    requestsOverdue,
    feedbackOverdue,
  };
}
