import { Arg, Ctx as GqlCtx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { CASE_CLOSED_STATES, CASE_REPLIED_STATES, CASE_STEP_FROM, type CaseKind, type CaseRating, type CaseState } from '@gongkai/shared';
import type { Ctx } from '../../common/context.js';
import { today } from '../../common/clock.js';
import { IdempotencyKey, idempotent } from '../../common/idempotency/idempotency.js';
import { Can, CanRead, Derived, Public } from '../../common/graphql/permission.js';
import { Unit } from '../../common/organisation/organisation.entities.js';
import { CaseKindEnum, CaseRatingEnum, CaseStateEnum } from './complaints.enums.js';
import { Case } from './complaints.entities.js';
import { CaseFilter, CaseInput, PublicCaseInput } from './complaints.inputs.js';
import * as svc from './complaints.service.js';

@ObjectType()
class CasePage {
  @CanRead('Case') @Field(() => [Case]) items: Case[];
  @Field(() => Int) total: number;
}

@ObjectType({ description: 'What the citizen reads of their case with its number and check code: no personal data, no staff names' })
class PublicCase {
  @Field() caseNumber: string;
  @Field(() => CaseKindEnum) kind: CaseKind;
  @Field() title: string;
  @Field(() => CaseStateEnum) state: CaseState;
  @Field() receivedOn: string;
  @Field(() => String, { nullable: true }) notAcceptedReason: string | null;
  @Field(() => String, { nullable: true }) dueOn: string | null;
  @Field(() => String, { nullable: true, description: 'The reply, once the unit has replied' }) reply: string | null;
  @Field(() => String, { nullable: true }) repliedOn: string | null;
  @Field(() => String, { nullable: true }) closedOn: string | null;
  @Field(() => String, { nullable: true }) ratingDueOn: string | null;
  @Field(() => CaseRatingEnum, { nullable: true }) rating: CaseRating | null;
  @Field({ description: 'Closed and within the rating period' }) canRate: boolean;
  @Field(() => Int) version: number;
}

@ObjectType({ description: 'The receipt of a submission: keep both codes to follow the case' })
class CaseReceipt extends PublicCase {
  @Field({ description: '查询码: with the case number, opens the case' }) checkCode: string;
}

function toPublic(c: Case): PublicCase {
  const replied = CASE_REPLIED_STATES.includes(c.state);
  return {
    caseNumber: c.caseNumber,
    kind: c.kind,
    title: c.title,
    state: c.state,
    receivedOn: c.receivedOn,
    notAcceptedReason: c.notAcceptedReason ?? null,
    dueOn: c.dueOn ?? null,
    reply: replied ? (c.reply ?? null) : null,
    repliedOn: replied ? (c.repliedOn ?? null) : null,
    closedOn: CASE_CLOSED_STATES.includes(c.state) ? (c.closedOn ?? null) : null,
    ratingDueOn: c.ratingDueOn ?? null,
    rating: c.rating ?? null,
    canRate: (CASE_STEP_FROM.rate as readonly CaseState[]).includes(c.state) && !!c.ratingDueOn && c.ratingDueOn >= today(),
    version: c.version,
  };
}

@Resolver(() => Case)
export class CaseResolver {
  @Derived("the case's own field: in full for those handling it, masked for others (handles decides)")
  @FieldResolver(() => String, { nullable: true, description: 'Masked (张*) unless the user handles the case' })
  complainantName(@Root() c: Case, @GqlCtx() ctx: Ctx) {
    return svc.complainantName(ctx, c);
  }

  @Derived("the case's own field: in full for those handling it, masked for others (handles decides)")
  @FieldResolver(() => String, { nullable: true, description: 'Masked (138****1234) unless the user handles the case' })
  complainantPhone(@Root() c: Case, @GqlCtx() ctx: Ctx) {
    return svc.complainantPhone(ctx, c);
  }

  @CanRead('Unit')
  @FieldResolver(() => Unit, { nullable: true })
  assignedUnit(@Root() c: Case) {
    return c.assignedUnit?.load() ?? null;
  }

  @CanRead('Unit')
  @FieldResolver(() => Unit, { nullable: true })
  subjectUnit(@Root() c: Case) {
    return c.subjectUnit?.load() ?? null;
  }

  @Can('read', 'Case')
  @Query(() => CasePage)
  cases(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => CaseFilter, { nullable: true }) filter: CaseFilter | null,
    @Arg('page', () => Int, { defaultValue: 1 }) page: number,
    @Arg('pageSize', () => Int, { defaultValue: 20 }) pageSize: number,
  ) {
    return svc.listCases(ctx, filter ?? {}, page, pageSize);
  }

  @Can('read', 'Case')
  @Query(() => Case)
  case(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return svc.getCase(ctx, id);
  }

  @Can('create', 'Case')
  @Mutation(() => Case, { description: 'The Complaint Office records a case received by letter, visit or phone' })
  registerCase(@GqlCtx() ctx: Ctx, @Arg('input', () => CaseInput) input: CaseInput, @IdempotencyKey() key: string | null) {
    return idempotent(ctx, key, { operation: 'registerCase', payload: input, entity: Case }, (tx) => svc.registerCase(tx, input));
  }

  @Can('accept', 'Case')
  @Mutation(() => Case, { description: '受理: the reply deadline starts' })
  acceptCase(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return svc.acceptCase(ctx, id, version);
  }

  @Can('return', 'Case')
  @Mutation(() => Case, { description: '不予受理, with the reason the citizen reads' })
  notAcceptCase(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('reason') reason: string) {
    return svc.notAcceptCase(ctx, id, version, reason);
  }

  @Can('assign', 'Case')
  @Mutation(() => Case, { description: '交办 to a unit of the level' })
  assignCase(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('unitId', () => ID) unitId: string,
  ) {
    return svc.assignCase(ctx, id, version, unitId);
  }

  @Can('return', 'Case')
  @Mutation(() => Case, { description: 'The assigned unit hands a misassigned case back, with the reason' })
  handBackCase(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('reason') reason: string) {
    return svc.handBackCase(ctx, id, version, reason);
  }

  @Can('answer', 'Case')
  @Mutation(() => Case, { description: '答复 by the assigned unit' })
  replyCase(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('reply') reply: string) {
    return svc.replyCase(ctx, id, version, reply);
  }

  @Can('close', 'Case')
  @Mutation(() => Case, { description: '办结: the citizen may rate within the rating period' })
  closeCase(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return svc.closeCase(ctx, id, version);
  }

  @Can('reopen', 'Case')
  @Mutation(() => Case, { description: '重办 a dissatisfied case: back to its unit with a new deadline' })
  reopenCase(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('reason') reason: string) {
    return svc.reopenCase(ctx, id, version, reason);
  }

  @Can('extend', 'Case')
  @Mutation(() => Case, { description: '申请延期: the assigned unit asks once for more working days, with the reason' })
  requestCaseExtension(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('days', () => Int) days: number,
    @Arg('reason') reason: string,
  ) {
    return svc.requestCaseExtension(ctx, id, version, days, reason);
  }

  @Can('approve', 'Case')
  @Mutation(() => Case, { description: 'The Complaint Office approves the extension: the last day moves' })
  approveCaseExtension(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return svc.approveCaseExtension(ctx, id, version);
  }

  @Can('approve', 'Case')
  @Mutation(() => Case, { description: 'The Complaint Office refuses the extension, with the reason' })
  rejectCaseExtension(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason') reason: string,
  ) {
    return svc.rejectCaseExtension(ctx, id, version, reason);
  }

  @Public()
  @Mutation(() => CaseReceipt, { description: 'A citizen submits a report, complaint or suggestion on the portal' })
  async submitCase(@GqlCtx() ctx: Ctx, @Arg('input', () => PublicCaseInput) input: PublicCaseInput): Promise<CaseReceipt> {
    const c = await svc.submitCase(ctx, input);
    return { ...toPublic(c), checkCode: c.checkCode };
  }

  @Public()
  @Query(() => PublicCase, { description: 'A citizen follows their case with its number and check code' })
  async publicCase(@GqlCtx() ctx: Ctx, @Arg('caseNumber') caseNumber: string, @Arg('checkCode') checkCode: string) {
    return toPublic(await svc.publicCase(ctx, caseNumber, checkCode));
  }

  @Public()
  @Mutation(() => PublicCase, { description: 'A citizen rates the reply of their closed case' })
  async ratePublicCase(
    @GqlCtx() ctx: Ctx,
    @Arg('caseNumber') caseNumber: string,
    @Arg('checkCode') checkCode: string,
    @Arg('version', () => Int) version: number,
    @Arg('rating', () => CaseRatingEnum) rating: CaseRating,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
  ) {
    return toPublic(await svc.ratePublicCase(ctx, caseNumber, checkCode, version, rating, comment ?? null));
  }
}
