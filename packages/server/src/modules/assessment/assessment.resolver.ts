import { Arg, Ctx as GqlCtx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { AssessmentItem, AssessmentItemStatus } from '@gongkai/shared';
import type { Ctx } from '../../common/context.js';
import { Can, CanRead, Derived, Public } from '../../common/graphql/permission.js';
import { Unit } from '../../common/organisation/organisation.entities.js';
import { AssessmentItemEnum, AssessmentItemStatusEnum } from './assessment.enums.js';
import { Assessment, Deduction, RoutineCheck } from './assessment.entities.js';
import type { Scorecard } from './assessment.scorecard.js';
import * as svc from './assessment.service.js';

@ObjectType('AssessmentItemScore', { description: 'An item of the year-end scorecard: its rate from the records, and the points it gives' })
class AssessmentItemScore {
  @Field(() => AssessmentItemEnum) key: AssessmentItem;
  @Field() label: string;
  @Field({ description: 'The work system the records come from' }) source: string;
  @Field({ description: 'How the rate is computed' }) method: string;
  @Field(() => AssessmentItemStatusEnum) status: AssessmentItemStatus;
  @Field(() => Int, { description: 'The weight of the parameter' }) weight: number;
  @Field(() => Float, { description: 'The weight it counts with (the counted items scaled to 100)' }) countedWeight: number;
  @Field(() => Int) records: number;
  @Field(() => Float) earned: number;
  @Field(() => Float) possible: number;
  @Field(() => Float, { nullable: true }) rate: number | null;
  @Field(() => Float, { nullable: true }) points: number | null;
}

@ObjectType('Scorecard', { description: "A unit's scorecard of a year: year-end items, routine checks, deductions, score and rank" })
export class ScorecardType {
  @Field(() => ID) assessmentId: string;
  @Field(() => Int) year: number;
  @Field(() => ID) unitId: string;
  @Field(() => ID) governmentId: string;
  @Field() unitName: string;
  @Derived("the scorecard's own items") @Field(() => [AssessmentItemScore]) items: AssessmentItemScore[];
  @Field(() => Float, { nullable: true, description: '年终考核 (0–100)' }) yearEnd: number | null;
  @Field(() => Float, { nullable: true, description: '平时检查: the mean of the routine checks (0–100)' }) routine: number | null;
  @Field(() => Int) routineChecks: number;
  @Field(() => Float, { description: 'Points deducted (问责)' }) deductions: number;
  @Field(() => Int) deductionCount: number;
  @Field(() => Float, { nullable: true }) total: number | null;
  @Field(() => Int, { nullable: true }) rank: number | null;
  @Field({ description: 'As frozen at the sign-off (else as the work stands)' }) frozen: boolean;
}
const toCard = (a: Assessment, c: Scorecard): ScorecardType => ({
  ...c,
  assessmentId: a.id,
  year: a.year,
  governmentId: a.government.id,
  frozen: !!a.frozen,
});

@ObjectType('AssessmentItemRecord', { description: 'A record behind an item of a scorecard (the drill-down)' })
class AssessmentItemRecord {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) on: string | null;
  @Field(() => Float) earned: number;
  @Field(() => Float) possible: number;
  @Field() note: string;
}

@InputType({ description: '平时检查: a check of a unit by the Disclosure Office' })
class RoutineCheckInput {
  @Field(() => ID) unitId: string;
  @Field() checkedOn: string;
  @Field() findings: string;
  @Field(() => Float) score: number;
}

@InputType({ description: '问责: points deducted from a unit, with the reason' })
class DeductionInput {
  @Field(() => ID) unitId: string;
  @Field() decidedOn: string;
  @Field(() => Float) points: number;
  @Field() reason: string;
}

@Resolver(() => Assessment)
export class AssessmentResolver {
  @Derived("the year's own government, named")
  @FieldResolver(() => String)
  async governmentName(@Root() a: Assessment, @GqlCtx() ctx: Ctx) {
    return (await ctx.em.findOneOrFail(Unit, a.government.id, { fields: ['name'] })).name;
  }

  @CanRead('Scorecard')
  @FieldResolver(() => [ScorecardType], { description: "Every unit's scorecard, ranked: frozen once signed off, else as the work stands" })
  async scorecards(@Root() a: Assessment, @GqlCtx() ctx: Ctx) {
    return (await svc.scorecards(ctx, a)).map((c) => toCard(a, c));
  }

  @CanRead('RoutineCheck')
  @FieldResolver(() => [RoutineCheck])
  routineChecks(@Root() a: Assessment, @GqlCtx() ctx: Ctx, @Arg('unitId', () => ID, { nullable: true }) unitId: string | null) {
    return svc.routineChecks(ctx, a, unitId ?? null);
  }

  @CanRead('Deduction')
  @FieldResolver(() => [Deduction])
  deductions(@Root() a: Assessment, @GqlCtx() ctx: Ctx, @Arg('unitId', () => ID, { nullable: true }) unitId: string | null) {
    return svc.deductions(ctx, a, unitId ?? null);
  }

  @Can('read', 'Assessment')
  @Query(() => [Assessment], { description: "The years' assessments of the user's government (the Disclosure Office and the leaders)" })
  assessments(@GqlCtx() ctx: Ctx) {
    return svc.listAssessments(ctx);
  }

  @Can('read', 'Assessment')
  @Query(() => Assessment)
  assessment(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return svc.getAssessment(ctx, id);
  }

  @Can('read', 'Scorecard')
  @Query(() => ScorecardType, { description: "A unit's scorecard of a year (the unit itself, or its government's Disclosure Office and leaders)" })
  async scorecard(@GqlCtx() ctx: Ctx, @Arg('year', () => Int) year: number, @Arg('unitId', () => ID) unitId: string) {
    const { assessment, card } = await svc.unitScorecard(ctx, year, unitId);
    return toCard(assessment, card);
  }

  @Can('read', 'Scorecard')
  @Query(() => [AssessmentItemRecord], { description: "The records behind one item of a unit's scorecard (the drill-down)" })
  scorecardRecords(
    @GqlCtx() ctx: Ctx,
    @Arg('year', () => Int) year: number,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('item', () => AssessmentItemEnum) item: AssessmentItem,
  ) {
    return svc.scorecardRecords(ctx, year, unitId, item);
  }

  @Can('create', 'Assessment')
  @Mutation(() => Assessment, {
    description: "The Disclosure Office opens its government's assessment of a year (the parameters in force are stored)",
  })
  openAssessment(@GqlCtx() ctx: Ctx, @Arg('year', () => Int) year: number) {
    return svc.openAssessment(ctx, year);
  }

  @Can('create', 'RoutineCheck')
  @Mutation(() => RoutineCheck, { description: '平时检查: record a check of a unit (the year must be open)' })
  addRoutineCheck(
    @GqlCtx() ctx: Ctx,
    @Arg('assessmentId', () => ID) assessmentId: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => RoutineCheckInput) input: RoutineCheckInput,
  ) {
    return svc.addRoutineCheck(ctx, assessmentId, version, input);
  }

  @Can('create', 'Deduction')
  @Mutation(() => Deduction, { description: '问责: deduct points from a unit with the reason; the decision is attached after' })
  addDeduction(
    @GqlCtx() ctx: Ctx,
    @Arg('assessmentId', () => ID) assessmentId: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => DeductionInput) input: DeductionInput,
  ) {
    return svc.addDeduction(ctx, assessmentId, version, input);
  }

  @Can('submit', 'Assessment')
  @Mutation(() => Assessment, { description: '政务公开办公室审签: the year has ended; the scorecards are frozen' })
  officeSignOffAssessment(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return svc.officeSignOffAssessment(ctx, id, version);
  }

  @Can('signOff', 'Assessment')
  @Mutation(() => Assessment, { description: '领导审签 of the frozen results' })
  signOffAssessment(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return svc.signOffAssessment(ctx, id, version);
  }

  @Can('return', 'Assessment')
  @Mutation(() => Assessment, { description: '退回 to the Disclosure Office with the reason (the figures are unfrozen)' })
  returnAssessment(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('reason') reason: string) {
    return svc.returnAssessment(ctx, id, version, reason);
  }

  @Can('publish', 'Assessment')
  @Mutation(() => Assessment, { description: '发布 the signed-off results on the portal' })
  publishAssessment(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return svc.publishAssessment(ctx, id, version);
  }

  @Public()
  @Query(() => [PublicAssessment], { description: '政务公开工作考核结果: the published years, newest first' })
  async publicAssessments(@GqlCtx() ctx: Ctx) {
    return (await svc.publicAssessments(ctx)).map(toPublic);
  }
}

@ObjectType({ description: "A unit's published result" })
class PublicAssessmentResult {
  @Field(() => Int, { nullable: true }) rank: number | null;
  @Field() unitName: string;
  @Field(() => Float, { nullable: true }) routine: number | null;
  @Field(() => Float, { nullable: true }) yearEnd: number | null;
  @Field(() => Float) deductions: number;
  @Field(() => Float, { nullable: true }) total: number | null;
}

@ObjectType({ description: "A government's published assessment of a year" })
class PublicAssessment {
  @Field(() => ID) id: string;
  @Field(() => Int) year: number;
  @Field() governmentName: string;
  @Field(() => Date) publishedAt: Date;
  @Field(() => Float) routineShare: number;
  @Field(() => [PublicAssessmentResult], { description: 'As signed off, ranked' }) results: PublicAssessmentResult[];
}
function toPublic(a: Assessment): PublicAssessment {
  return svc.publishedResults(a);
}

@Resolver(() => ScorecardType)
export class ScorecardResolver {
  @CanRead('RoutineCheck')
  @FieldResolver(() => [RoutineCheck], { description: "The unit's routine checks of the year" })
  async checks(@Root() c: ScorecardType, @GqlCtx() ctx: Ctx) {
    return svc.routineChecks(ctx, await ctxAssessment(ctx, c), c.unitId);
  }

  @CanRead('Deduction')
  @FieldResolver(() => [Deduction], { description: "The unit's deductions of the year" })
  async deductionList(@Root() c: ScorecardType, @GqlCtx() ctx: Ctx) {
    return svc.deductions(ctx, await ctxAssessment(ctx, c), c.unitId);
  }
}
const ctxAssessment = (ctx: Ctx, c: ScorecardType) => ctx.em.findOneOrFail(Assessment, c.assessmentId);

@Resolver(() => RoutineCheck)
export class RoutineCheckResolver {
  @Derived("the checked unit's name, part of the check")
  @FieldResolver(() => String)
  async unitName(@Root() r: RoutineCheck) {
    return (await r.unit.load())?.name ?? '';
  }
}

@Resolver(() => Deduction)
export class DeductionResolver {
  @Derived("the unit's name, part of the deduction")
  @FieldResolver(() => String)
  async unitName(@Root() d: Deduction) {
    return (await d.unit.load())?.name ?? '';
  }
}
