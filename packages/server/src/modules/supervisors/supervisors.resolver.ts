import { Arg, Ctx as GqlCtx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { FeedbackRating } from '@gongkai/shared';
import { GovernmentScopeInput } from '../../common/graphql/scope.js';
import { scopedReader } from '../../common/organisation/governments.js';
import type { Ctx } from '../../common/context.js';
import { IdempotencyKey, idempotent } from '../../common/idempotency/idempotency.js';
import { Can, CanRead, Derived, SignedIn } from '../../common/graphql/permission.js';
import { FeedbackRatingEnum } from './supervisors.enums.js';
import { Unit } from '../../common/organisation/organisation.entities.js';
import { Supervisor, SupervisorFeedback } from './supervisors.entities.js';
import { FeedbackFilter, FeedbackInput, SupervisorInput } from './supervisors.inputs.js';
import * as svc from './supervisors.service.js';

@ObjectType({ description: 'The registry of a level: its supervisors, how many are in term, and the target number in force' })
class SupervisorRoster {
  @CanRead('Supervisor') @Field(() => [Supervisor]) items: Supervisor[];
  @Field(() => Int) total: number;
  @Field(() => Int, { description: 'Supervisors whose term includes today' }) inTerm: number;
  @Field(() => Int, { description: "The policy parameter 'supervisors.count' in force today" }) target: number;
}

@ObjectType({ description: 'An account with the SUPERVISOR role, and the record it is linked to' })
class SupervisorAccount {
  @Field(() => ID) id: string;
  @Field() username: string;
  @Field() displayName: string;
  @Field() unitName: string;
  @Field(() => ID, { nullable: true }) supervisorId: string | null;
}

@ObjectType()
class FeedbackPage {
  @CanRead('SupervisorFeedback') @Field(() => [SupervisorFeedback]) items: SupervisorFeedback[];
  @Field(() => Int) total: number;
}

@ObjectType({ description: "Figures of supervisors' feedback for one unit, one supervisor, or all (合计)" })
class FeedbackStatRow {
  @Field(() => ID, { nullable: true }) key: string | null;
  @Field() name: string;
  @Field(() => Int) filed: number;
  @Field(() => Int) answered: number;
  @Field(() => Int) answeredOnTime: number;
  @Field(() => Int, { description: 'Unanswered after the deadline' }) overdueOpen: number;
  @Field(() => Int) rated: number;
  @Field(() => Int) satisfied: number;
  @Field(() => Int) basicallySatisfied: number;
  @Field(() => Int) dissatisfied: number;
  @Field(() => Float, { nullable: true, description: 'answeredOnTime ÷ (answered + overdueOpen): an overdue unanswered item is late already' })
  onTimeRate: number | null;
  @Field(() => Float, { nullable: true, description: '(satisfied + basically satisfied) ÷ rated' }) satisfactionRate: number | null;
}

@ObjectType()
class FeedbackStats {
  @Field(() => FeedbackStatRow) total: FeedbackStatRow;
  @Field(() => [FeedbackStatRow]) byUnit: FeedbackStatRow[];
  @Field(() => [FeedbackStatRow]) bySupervisor: FeedbackStatRow[];
}

@Resolver(() => Supervisor)
export class SupervisorResolver {
  @Derived("the supervisor's own field; the Disclosure Office only (visibleContact decides)")
  @FieldResolver(() => String, { nullable: true, description: 'The Disclosure Office only; null for everyone else' })
  contact(@Root() s: Supervisor, @GqlCtx() ctx: Ctx) {
    return svc.visibleContact(ctx, s);
  }

  @Derived("the supervisor's own field; the Disclosure Office only (visibleNote decides)")
  @FieldResolver(() => String, { nullable: true, description: 'The registry’s remarks: the Disclosure Office only; null for everyone else' })
  note(@Root() s: Supervisor, @GqlCtx() ctx: Ctx) {
    return svc.visibleNote(ctx, s);
  }

  @Can('read', 'Supervisor')
  @Query(() => SupervisorRoster, { description: '监督员名册 of the levels the user may read' })
  supervisors(@GqlCtx() ctx: Ctx) {
    return svc.supervisorRoster(ctx);
  }

  @Can('read', 'Supervisor')
  @Query(() => Supervisor)
  supervisor(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return svc.getSupervisor(ctx, id);
  }

  @SignedIn()
  @Query(() => Supervisor, { nullable: true, description: "The signed-in user's own record on a registry" })
  mySupervisor(@GqlCtx() ctx: Ctx) {
    return svc.mySupervisor(ctx);
  }

  @Can('update', 'Supervisor')
  @Query(() => [SupervisorAccount], { description: 'Accounts that can be linked to a supervisor' })
  supervisorAccounts(@GqlCtx() ctx: Ctx) {
    return svc.supervisorAccounts(ctx);
  }

  @Can('create', 'Supervisor')
  @Mutation(() => Supervisor)
  createSupervisor(@GqlCtx() ctx: Ctx, @Arg('input', () => SupervisorInput) input: SupervisorInput, @IdempotencyKey() key: string | null) {
    return idempotent(ctx, key, { operation: 'createSupervisor', payload: input, entity: Supervisor }, (tx) => svc.createSupervisor(tx, input));
  }

  @Can('update', 'Supervisor')
  @Mutation(() => Supervisor)
  updateSupervisor(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => SupervisorInput) input: SupervisorInput,
  ) {
    return svc.updateSupervisor(ctx, id, version, input);
  }
}

@Resolver(() => SupervisorFeedback)
export class SupervisorFeedbackResolver {
  @CanRead('Unit')
  @FieldResolver(() => Unit)
  targetUnit(@Root() f: SupervisorFeedback) {
    return f.targetUnit.load();
  }

  @Can('read', 'SupervisorFeedback')
  @Query(() => FeedbackPage)
  supervisorFeedbacks(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => FeedbackFilter, { nullable: true }) filter: FeedbackFilter | null,
    @Arg('page', () => Int, { defaultValue: 1 }) page: number,
    @Arg('pageSize', () => Int, { defaultValue: 20 }) pageSize: number,
  ) {
    return svc.listFeedback(ctx, filter ?? {}, page, pageSize);
  }

  @Can('read', 'SupervisorFeedback')
  @Query(() => SupervisorFeedback)
  supervisorFeedback(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return svc.getFeedback(ctx, id);
  }

  @Can('read', 'SupervisorFeedback')
  @Query(() => FeedbackStats, { description: 'Per unit addressed and per supervisor, over the items the user may read' })
  async supervisorFeedbackStats(
    @GqlCtx() ctx: Ctx,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Arg('scope', () => GovernmentScopeInput, { nullable: true }) scope: GovernmentScopeInput | null,
  ) {
    return svc.feedbackStats((await scopedReader(ctx, scope)).ctx, year ?? null);
  }

  @Can('create', 'SupervisorFeedback')
  @Mutation(() => SupervisorFeedback, { description: 'A supervisor in term sends feedback or a suggestion to a unit' })
  fileSupervisorFeedback(@GqlCtx() ctx: Ctx, @Arg('input', () => FeedbackInput) input: FeedbackInput, @IdempotencyKey() key: string | null) {
    return idempotent(ctx, key, { operation: 'fileSupervisorFeedback', payload: input, entity: SupervisorFeedback }, (tx) =>
      svc.fileFeedback(tx, input),
    );
  }

  @Can('answer', 'SupervisorFeedback')
  @Mutation(() => SupervisorFeedback)
  answerSupervisorFeedback(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('answer') answer: string,
  ) {
    return svc.answerFeedback(ctx, id, version, answer);
  }

  @Can('rate', 'SupervisorFeedback')
  @Mutation(() => SupervisorFeedback)
  rateSupervisorFeedback(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('rating', () => FeedbackRatingEnum) rating: FeedbackRating,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
  ) {
    return svc.rateFeedback(ctx, id, version, rating, comment ?? null);
  }

  @Can('return', 'SupervisorFeedback')
  @Mutation(() => SupervisorFeedback, { description: 'Dissatisfied with the answer: ask the unit once for a new one' })
  reopenSupervisorFeedback(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason') reason: string,
  ) {
    return svc.reopenFeedback(ctx, id, version, reason);
  }
}
