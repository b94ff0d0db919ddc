import type { EntityName } from '@mikro-orm/postgresql';
import {
  type GovernmentFigure,
  type SubjectName,
  GOVERNMENT_FIGURES,
  CASE_OPEN_STATES,
  FEEDBACK_OPEN_STATES,
  INTERPRETATION_PUBLISHED_STATES,
  REQUEST_CLOCK_STATES,
  TOPIC_PUBLISHED_STATES,
} from '@gongkai/shared';
import type { Ctx } from '../../common/context.js';
import { accessibleBy, assertCan, requireUser } from '../../common/ability.js';
import { notFound } from '../../common/errors.js';
import { Unit } from '../../common/organisation/organisation.entities.js';
import { governmentsBelow, governmentsUnder, leadersAbility } from '../../common/organisation/governments.js';
import { today } from '../../common/clock.js';
import { ConsultationTopic } from '../consultation/consultation.entities.js';
import { AttendanceProposal, GovernmentMeeting } from '../meetings/meetings.entities.js';
import { Interpretation } from '../interpretation/interpretation.entities.js';
import { Case } from '../complaints/complaints.entities.js';
import { DisclosureRequest } from '../requests/requests.entities.js';
import { SupervisorFeedback } from '../supervisors/supervisors.entities.js';

export type GovernmentOverviewData = Record<GovernmentFigure, number>;

/**
 * The government at a glance: each figure counted over what the reader may read of it (the same
 * definitions as the lists the figures link to), so a leader and the Disclosure Office of a level
 * read the same numbers.
 */
export async function governmentOverview(ctx: Ctx): Promise<GovernmentOverviewData> {
  requireUser(ctx);
  return figuresOf(ctx);
}

/** The figures counted over what `ctx`'s ability may read. */
async function figuresOf(ctx: Ctx): Promise<GovernmentOverviewData> {
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

export interface GovernmentFiguresData {
  governmentId: string;
  governmentName: string;
  level: string;
  figures: GovernmentOverviewData;
}

export interface GovernmentRollupData {
  government: GovernmentFiguresData;
  children: GovernmentFiguresData[];
  total: GovernmentOverviewData;
}

/**
 * A level and the governments directly below it (a city and its counties, a province and its cities),
 * for the reader's government or one below it: each row is that government's own level, counted as its
 * leader reads it (the same definitions as each government's own home), and the total is their sum.
 * Figures only: the records behind a county's figures stay the county's.
 */
export async function governmentRollup(ctx: Ctx, governmentId?: string | null): Promise<GovernmentRollupData> {
  const actor = requireUser(ctx);
  assertCan(ctx, 'read', 'GovernmentOverview', { governmentId: actor.governmentId });
  const targetId = governmentId ?? actor.governmentId;
  const government = await ctx.em.findOne(Unit, { id: targetId, kind: 'GOVERNMENT' });
  if (!government || !(await governmentsUnder(ctx, actor.governmentId)).includes(government.id)) throw notFound('该政府');
  const children = await governmentsBelow(ctx, government.id);
  // each row as the government's own leader reads it: what its home counts
  const rowOf = async (g: Unit): Promise<GovernmentFiguresData> => ({
    governmentId: g.id,
    governmentName: g.name,
    level: g.level,
    figures: await figuresOf({ ...ctx, ability: leadersAbility(actor.userId, [g.id]) }),
  });
  const own = await rowOf(government);
  const rows: GovernmentFiguresData[] = [];
  for (const child of children) rows.push(await rowOf(child));
  const total = Object.fromEntries(
    GOVERNMENT_FIGURES.map((key) => [key, [own, ...rows].reduce((sum, r) => sum + r.figures[key], 0)]),
  ) as GovernmentOverviewData;
  return { government: own, children: rows, total };
}
