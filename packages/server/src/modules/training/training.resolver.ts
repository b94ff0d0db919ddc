import { Arg, Ctx as GqlCtx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { GovernmentScopeInput } from '../../common/graphql/scope.js';
import type { Ctx } from '../../common/context.js';
import { IdempotencyKey, idempotent } from '../../common/idempotency/idempotency.js';
import { Can, CanRead, Derived, SignedIn } from '../../common/graphql/permission.js';
import { Unit } from '../../common/organisation/organisation.entities.js';
import { TrainingCourse, TrainingEnrolment, TrainingSession } from './training.entities.js';
import {
  TrainingCourseInput,
  TrainingFeedbackInput,
  TrainingSessionFilter,
  TrainingSessionInput,
  TrainingSessionUpdateInput,
} from './training.inputs.js';
import * as svc from './training.service.js';

@ObjectType()
class TrainingSessionPage {
  @CanRead('TrainingSession') @Field(() => [TrainingSession]) items: TrainingSession[];
  @Field(() => Int) total: number;
}

@ObjectType({ description: 'A member of staff who may be put on a session roster' })
class TrainingCandidate {
  @Field(() => ID) id: string;
  @Field() displayName: string;
  @Field(() => ID) unitId: string;
  @Field() unitName: string;
  @Field({ description: 'Already on this session roster' }) enrolled: boolean;
}

@ObjectType({ description: 'Averages of the feedback questionnaire of one session' })
class TrainingFeedbackSummary {
  @Field(() => Int) n: number;
  @Field(() => Float, { nullable: true }) content: number | null;
  @Field(() => Float, { nullable: true }) teaching: number | null;
  @Field(() => Float, { nullable: true }) organisation: number | null;
}

@ObjectType({ description: "A unit's training coverage in a period" })
class TrainingUnitCoverage {
  @Field(() => ID) unitId: string;
  @Field() unitName: string;
  @Field(() => Int) staff: number;
  @Field(() => Int) trained: number;
  @Field(() => Float) hours: number;
  @Field(() => Float, { nullable: true, description: 'trained ÷ staff' }) ratio: number | null;
}

@ObjectType({ description: 'Coverage of a year, or of the rotation cycle ending with it' })
class TrainingCoverage {
  @Field() from: string;
  @Field() to: string;
  @Field(() => Int, { nullable: true, description: 'training.rotationCycleYears in force, for a cycle' }) cycleYears: number | null;
  @Field(() => [TrainingUnitCoverage]) units: TrainingUnitCoverage[];
  @Field(() => Int) staff: number;
  @Field(() => Int) trained: number;
  @Field(() => Float) hours: number;
  @Field(() => Float, { nullable: true }) ratio: number | null;
}

@ObjectType({ description: "One member of staff's sessions and hours in a period" })
class TrainingPersonCoverage {
  @Field(() => ID) userId: string;
  @Field() name: string;
  @Field(() => ID) unitId: string;
  @Field() unitName: string;
  @Field(() => Int) sessions: number;
  @Field(() => Float) hours: number;
  @Field(() => String, { nullable: true }) lastAttendedOn: string | null;
  @Field() trained: boolean;
}

@Resolver(() => TrainingCourse)
export class TrainingCourseResolver {
  @CanRead('Unit')
  @FieldResolver(() => Unit)
  organiserUnit(@Root() c: TrainingCourse) {
    return c.organiserUnit.load();
  }

  @Can('read', 'TrainingCourse')
  @Query(() => [TrainingCourse], { description: 'Courses of the level' })
  trainingCourses(@GqlCtx() ctx: Ctx) {
    return svc.listCourses(ctx);
  }

  @Can('create', 'TrainingCourse')
  @Mutation(() => TrainingCourse)
  createTrainingCourse(
    @GqlCtx() ctx: Ctx,
    @Arg('input', () => TrainingCourseInput) input: TrainingCourseInput,
    @IdempotencyKey() key: string | null,
  ) {
    return idempotent(ctx, key, { operation: 'createTrainingCourse', payload: input, entity: TrainingCourse }, (tx) => svc.createCourse(tx, input));
  }
}

@Resolver(() => TrainingSession)
export class TrainingSessionResolver {
  @CanRead('TrainingCourse')
  @FieldResolver(() => TrainingCourse)
  course(@Root() s: TrainingSession) {
    return s.course.load();
  }

  @CanRead('Unit')
  @FieldResolver(() => Unit)
  organiserUnit(@Root() s: TrainingSession) {
    return s.organiserUnit.load();
  }

  @Derived("the session's own field; its organiser only while open (visibleCheckInCode decides)")
  @FieldResolver(() => String, { nullable: true, description: 'The check-in code: the organiser only; null for everyone else' })
  checkInCode(@Root() s: TrainingSession, @GqlCtx() ctx: Ctx) {
    return svc.visibleCheckInCode(ctx, s);
  }

  @CanRead('TrainingEnrolment')
  @FieldResolver(() => [TrainingEnrolment], { description: 'The roster as the user may read it' })
  enrolments(@Root() s: TrainingSession, @GqlCtx() ctx: Ctx) {
    return svc.sessionEnrolments(ctx, s);
  }

  @CanRead('TrainingEnrolment')
  @FieldResolver(() => TrainingEnrolment, { nullable: true, description: "The signed-in user's own place on the roster" })
  myEnrolment(@Root() s: TrainingSession, @GqlCtx() ctx: Ctx) {
    return svc.myEnrolment(ctx, s);
  }

  @Derived('averages of the questionnaire; null unless the user reads the whole roster (its organiser, the level)')
  @FieldResolver(() => TrainingFeedbackSummary, { nullable: true })
  feedbackSummary(@Root() s: TrainingSession, @GqlCtx() ctx: Ctx) {
    try {
      if (svc.coverageScope(ctx).unitId !== null) return null;
    } catch {
      return null;
    }
    return svc.feedbackSummary(ctx, s);
  }

  @Can('read', 'TrainingSession')
  @Query(() => TrainingSessionPage)
  trainingSessions(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => TrainingSessionFilter, { nullable: true }) filter: TrainingSessionFilter | null,
    @Arg('page', () => Int, { defaultValue: 1 }) page: number,
    @Arg('pageSize', () => Int, { defaultValue: 20 }) pageSize: number,
  ) {
    return svc.listSessions(ctx, filter ?? {}, page, pageSize);
  }

  @Can('read', 'TrainingSession')
  @Query(() => TrainingSession)
  trainingSession(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return svc.getSession(ctx, id);
  }

  @Can('read', 'TrainingSession')
  @Query(() => [TrainingCandidate], { description: 'Staff the user may enrol (own unit) or nominate (organiser) on a session' })
  trainingCandidates(@GqlCtx() ctx: Ctx, @Arg('sessionId', () => ID) sessionId: string) {
    return svc.enrollableStaff(ctx, sessionId);
  }

  @Can('create', 'TrainingSession')
  @Mutation(() => TrainingSession)
  createTrainingSession(
    @GqlCtx() ctx: Ctx,
    @Arg('input', () => TrainingSessionInput) input: TrainingSessionInput,
    @IdempotencyKey() key: string | null,
  ) {
    return idempotent(ctx, key, { operation: 'createTrainingSession', payload: input, entity: TrainingSession }, (tx) =>
      svc.createSession(tx, input),
    );
  }

  @Can('update', 'TrainingSession')
  @Mutation(() => TrainingSession, { description: "A session's arrangements changed while it is open, by its organiser" })
  updateTrainingSession(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => TrainingSessionUpdateInput) input: TrainingSessionUpdateInput,
  ) {
    return svc.updateSession(ctx, id, version, input);
  }

  @Can('update', 'TrainingSession')
  @Mutation(() => TrainingSession, { description: 'Called off while open, with the reason; its roster is told' })
  cancelTrainingSession(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason') reason: string,
  ) {
    return svc.cancelSession(ctx, id, version, reason);
  }

  @Can('close', 'TrainingSession')
  @Mutation(() => TrainingSession, { description: 'Complete (结业) a session: attendance closes, attendees complete' })
  completeTrainingSession(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return svc.completeSession(ctx, id, version);
  }

  @Can('create', 'TrainingEnrolment')
  @Mutation(() => TrainingSession, { description: "A unit's head or disclosure officer enrols its own staff" })
  enrolTrainingStaff(@GqlCtx() ctx: Ctx, @Arg('sessionId', () => ID) sessionId: string, @Arg('userIds', () => [ID]) userIds: string[]) {
    return svc.enrolStaff(ctx, sessionId, userIds);
  }

  @Can('assign', 'TrainingEnrolment')
  @Mutation(() => TrainingSession, { description: 'The organiser nominates (调训) staff of the level' })
  nominateTrainingStaff(@GqlCtx() ctx: Ctx, @Arg('sessionId', () => ID) sessionId: string, @Arg('userIds', () => [ID]) userIds: string[]) {
    return svc.nominateStaff(ctx, sessionId, userIds);
  }

  @Can('update', 'TrainingEnrolment')
  @Mutation(() => TrainingSession, { description: 'The organiser marks the roster present or absent' })
  markTrainingAttendance(
    @GqlCtx() ctx: Ctx,
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('enrolmentIds', () => [ID]) enrolmentIds: string[],
    @Arg('attended') attended: boolean,
  ) {
    return svc.markAttendance(ctx, sessionId, enrolmentIds, attended);
  }
}

@Resolver(() => TrainingEnrolment)
export class TrainingEnrolmentResolver {
  @CanRead('TrainingSession')
  @FieldResolver(() => TrainingSession)
  session(@Root() e: TrainingEnrolment) {
    return e.session.load();
  }

  @CanRead('Unit')
  @FieldResolver(() => Unit)
  unit(@Root() e: TrainingEnrolment) {
    return e.unit.load();
  }

  @SignedIn()
  @Query(() => [TrainingEnrolment], { description: "The signed-in user's own trainings" })
  myTrainings(@GqlCtx() ctx: Ctx) {
    return svc.myTrainings(ctx);
  }

  @Can('read', 'TrainingEnrolment')
  @Query(() => TrainingCoverage, { description: 'Coverage per unit: the whole level, or the own unit for its head and disclosure officer' })
  trainingCoverage(
    @GqlCtx() ctx: Ctx,
    @Arg('year', () => Int) year: number,
    @Arg('cycle', { defaultValue: false }) cycle: boolean,
    @Arg('scope', () => GovernmentScopeInput, { nullable: true }) scope: GovernmentScopeInput | null,
  ) {
    return svc.trainingCoverage(ctx, year, cycle, scope);
  }

  @Can('read', 'TrainingEnrolment')
  @Query(() => [TrainingPersonCoverage], { description: 'Per person: sessions and hours in the period, the untrained first' })
  trainingPeople(
    @GqlCtx() ctx: Ctx,
    @Arg('year', () => Int) year: number,
    @Arg('cycle', { defaultValue: false }) cycle: boolean,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Arg('scope', () => GovernmentScopeInput, { nullable: true }) scope: GovernmentScopeInput | null,
  ) {
    return svc.trainingPeople(ctx, year, cycle, unitId ?? null, scope);
  }

  @Can('verify', 'TrainingEnrolment')
  @Mutation(() => TrainingEnrolment, { description: "The attendee checks in with the session's code, during the session" })
  checkInTraining(@GqlCtx() ctx: Ctx, @Arg('sessionId', () => ID) sessionId: string, @Arg('code') code: string) {
    return svc.checkIn(ctx, sessionId, code);
  }

  @Can('rate', 'TrainingEnrolment')
  @Mutation(() => TrainingEnrolment, { description: 'The attendee answers the questionnaire, once' })
  submitTrainingFeedback(
    @GqlCtx() ctx: Ctx,
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('input', () => TrainingFeedbackInput) input: TrainingFeedbackInput,
  ) {
    return svc.submitFeedback(ctx, sessionId, input);
  }
}
