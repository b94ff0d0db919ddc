import { Arg, Ctx as GqlCtx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { inStep, ROUND_STEP_FROM, type EvaluationDimension, type EvaluationGroup, type Grade } from '@gongkai/shared';
import type { Ctx } from '../../common/context.js';
import { IdempotencyKey, idempotent } from '../../common/idempotency/idempotency.js';
import { Can, Derived, Public } from '../../common/graphql/permission.js';
import { EvaluationDimensionEnum, EvaluationGroupEnum, GradeEnum } from './evaluation.enums.js';
import {
  Appeal,
  EvaluatedUnit,
  EvaluationRound,
  EvaluationScore,
  EvaluatorAssignment,
  Indicator,
  IndicatorSystem,
  Question,
  Questionnaire,
} from './evaluation.entities.js';
import {
  AssignmentInput,
  IndicatorSystemInput,
  IndicatorTreeInput,
  QuestionnaireInput,
  QuestionnaireResponseInput,
  RoundInput,
  ScoreInput,
} from './evaluation.inputs.js';
import * as svc from './evaluation.service.js';
import * as qsvc from './evaluation.questionnaire.js';
import { today } from '../../common/clock.js';
import { Unit } from '../../common/organisation/organisation.entities.js';

@ObjectType()
class DimensionScore {
  @Field(() => EvaluationDimensionEnum) dimension: EvaluationDimension;
  @Field(() => Float) score: number;
  @Field(() => Float) max: number;
}

@ObjectType({ description: 'A unit’s total, rank in its group, grade, dimension profile and change on last year' })
class UnitResult {
  @Field(() => ID) unitId: string;
  @Field() unitName: string;
  @Field(() => EvaluationGroupEnum) group: EvaluationGroup;
  @Field(() => Float) total: number;
  @Field(() => Int) rank: number;
  @Field(() => GradeEnum) grade: Grade;
  @Field(() => [DimensionScore]) dimensions: DimensionScore[];
  @Field(() => Float, { nullable: true }) previousTotal: number | null;
  @Field(() => Float, { nullable: true }) change: number | null;
}

@ObjectType()
class UnitProgress {
  @Field(() => ID) unitId: string;
  @Field() unitName: string;
  @Field(() => EvaluationGroupEnum) group: EvaluationGroup;
  @Field(() => Int) scored: number;
  @Field(() => Int) total: number;
}

@ObjectType({ description: 'The published results of a year, for the portal' })
class PublicEvaluation {
  @Field(() => Int) year: number;
  @Field() title: string;
  @Field(() => Float) fullScore: number;
  @Field(() => Date) publishedAt: Date;
  @Field(() => [DimensionScore], { description: 'The full score of each dimension (score = max)' }) dimensions: DimensionScore[];
  @Field(() => [UnitResult]) rows: UnitResult[];
}

@Resolver(() => IndicatorSystem)
export class IndicatorSystemResolver {
  @Derived('rows of the indicator system itself, read with it')
  @FieldResolver(() => [Indicator])
  indicators(@Root() s: IndicatorSystem, @GqlCtx() ctx: Ctx) {
    return svc.indicatorsOf(ctx, s.id);
  }

  @Can('read', 'IndicatorSystem')
  @Query(() => [IndicatorSystem])
  indicatorSystems(@GqlCtx() ctx: Ctx, @Arg('year', () => Int, { nullable: true }) year: number | null) {
    return svc.listIndicatorSystems(ctx, year ?? null);
  }

  @Can('read', 'IndicatorSystem')
  @Query(() => IndicatorSystem)
  indicatorSystem(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return svc.getIndicatorSystem(ctx, id);
  }

  @Can('create', 'IndicatorSystem')
  @Mutation(() => IndicatorSystem)
  createIndicatorSystem(
    @GqlCtx() ctx: Ctx,
    @Arg('input', () => IndicatorSystemInput) input: IndicatorSystemInput,
    @IdempotencyKey() key: string | null,
  ) {
    return idempotent(ctx, key, { operation: 'createIndicatorSystem', payload: input, entity: IndicatorSystem }, (tx) =>
      svc.createIndicatorSystem(tx, input),
    );
  }

  @Can('create', 'IndicatorSystem')
  @Mutation(() => IndicatorSystem, {
    description: 'Copy a system into a new draft (last year’s into this year, or a frozen one as the next version)',
  })
  copyIndicatorSystem(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @IdempotencyKey() key: string | null,
  ) {
    return idempotent(ctx, key, { operation: 'copyIndicatorSystem', payload: { id, year }, entity: IndicatorSystem }, (tx) =>
      svc.copyIndicatorSystem(tx, id, year ?? null),
    );
  }

  @Can('update', 'IndicatorSystem')
  @Mutation(() => IndicatorSystem)
  saveIndicatorTree(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => IndicatorTreeInput) input: IndicatorTreeInput,
  ) {
    return svc.saveIndicatorTree(ctx, id, version, input);
  }

  @Can('signOff', 'IndicatorSystem')
  @Mutation(() => IndicatorSystem)
  signOffIndicatorSystem(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return svc.signOffIndicatorSystem(ctx, id, version);
  }

  @Can('update', 'IndicatorSystem')
  @Mutation(() => IndicatorSystem)
  reopenIndicatorSystem(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return svc.reopenIndicatorSystem(ctx, id, version);
  }
}

@Resolver(() => EvaluationRound)
export class EvaluationRoundResolver {
  /** The standards the round is scored by: known to all it concerns, the units evaluated included (评估标准和方法 are sent to them). */
  @Derived('a round is scored against an approved, frozen system: whoever reads the round reads the standards it is scored by')
  @FieldResolver(() => IndicatorSystem)
  system(@Root() r: EvaluationRound, @GqlCtx() ctx: Ctx) {
    return ctx.em.findOneOrFail(IndicatorSystem, r.system.id);
  }

  @Derived('rows of the round; an evaluated unit sees only its own entry (visibleRoundUnits decides)')
  @FieldResolver(() => [EvaluatedUnit], { description: 'An evaluated unit sees only its own entry' })
  units(@Root() r: EvaluationRound, @GqlCtx() ctx: Ctx) {
    return svc.visibleRoundUnits(ctx, r);
  }

  @Derived('rows of the round; the academy and the level see all, an evaluator their own, a unit none (visibleAssignments decides)')
  @FieldResolver(() => [EvaluatorAssignment], { description: 'The academy and the level see all, an evaluator their own, a unit none' })
  assignments(@Root() r: EvaluationRound, @GqlCtx() ctx: Ctx) {
    return svc.visibleAssignments(ctx, r);
  }

  @Derived('a figure of the round itself')
  @FieldResolver(() => Boolean, { description: 'Units may still appeal (by the server’s calendar): the results cannot be published yet' })
  appealOpen(@Root() r: EvaluationRound) {
    return inStep(ROUND_STEP_FROM.appeal, r.state) && !!r.appealDeadline && today() <= r.appealDeadline;
  }

  @Derived('figures of the round; an evaluator sees what is assigned to them (roundProgress decides)')
  @FieldResolver(() => [UnitProgress], { description: 'Leaf indicators scored per unit (an evaluator sees what is assigned to them)' })
  progress(@Root() r: EvaluationRound, @GqlCtx() ctx: Ctx) {
    return svc.roundProgress(ctx, r.id);
  }

  @Can('read', 'EvaluationRound')
  @Query(() => [EvaluationRound])
  evaluationRounds(@GqlCtx() ctx: Ctx) {
    return svc.listRounds(ctx);
  }

  @Can('read', 'EvaluationRound')
  @Query(() => EvaluationRound)
  evaluationRound(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return svc.getRound(ctx, id);
  }

  @Can('create', 'EvaluationRound')
  @Mutation(() => EvaluationRound)
  createEvaluationRound(@GqlCtx() ctx: Ctx, @Arg('input', () => RoundInput) input: RoundInput, @IdempotencyKey() key: string | null) {
    return idempotent(ctx, key, { operation: 'createEvaluationRound', payload: input, entity: EvaluationRound }, (tx) => svc.createRound(tx, input));
  }

  @Can('update', 'EvaluationRound')
  @Mutation(() => EvaluationRound)
  setRoundUnits(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('unitIds', () => [ID]) unitIds: string[]) {
    return svc.setRoundUnits(ctx, id, unitIds);
  }

  @Can('update', 'EvaluationRound')
  @Mutation(() => EvaluatorAssignment)
  assignEvaluator(@GqlCtx() ctx: Ctx, @Arg('roundId', () => ID) roundId: string, @Arg('input', () => AssignmentInput) input: AssignmentInput) {
    return svc.assignEvaluator(ctx, roundId, input);
  }

  @Can('update', 'EvaluationRound')
  @Mutation(() => EvaluationRound)
  removeEvaluatorAssignment(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return svc.removeAssignment(ctx, id);
  }

  @Can('update', 'EvaluationRound')
  @Mutation(() => EvaluationRound)
  startEvaluationRound(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return svc.startRound(ctx, id, version);
  }

  @Can('issue', 'EvaluationRound')
  @Mutation(() => EvaluationRound, { description: 'Send the scores to the evaluated units; the appeal window opens' })
  releaseEvaluationRound(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return svc.releaseRound(ctx, id, version);
  }

  @Can('publish', 'EvaluationRound')
  @Mutation(() => EvaluationRound)
  publishEvaluationRound(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return svc.publishRound(ctx, id, version);
  }

  @Can('read', 'EvaluationRound')
  @Query(() => [UnitResult], { description: 'Totals, ranks and grades (a unit sees its own line, after release)' })
  evaluationResults(@GqlCtx() ctx: Ctx, @Arg('roundId', () => ID) roundId: string) {
    return svc.staffRoundResults(ctx, roundId);
  }

  @Public()
  @Query(() => [Int], { description: 'Years with published results' })
  publicEvaluationYears(
    @GqlCtx() ctx: Ctx,
    @Arg('governmentId', () => ID, { nullable: true, description: 'This deployment’s top government by default' }) governmentId: string | null,
  ) {
    return svc.publicYears(ctx, governmentId ?? null);
  }

  @Public()
  @Query(() => PublicEvaluation, { nullable: true, description: 'The published results of a year (the latest by default)' })
  async publicEvaluation(
    @GqlCtx() ctx: Ctx,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Arg('governmentId', () => ID, { nullable: true, description: 'This deployment’s top government by default' }) governmentId: string | null,
  ): Promise<PublicEvaluation | null> {
    return svc.publicResults(ctx, year ?? null, governmentId ?? null);
  }
}

@Resolver(() => EvaluatedUnit)
export class EvaluatedUnitResolver {
  @Derived('the name of the evaluated unit (unit names are public)')
  @FieldResolver(() => String)
  unitName(@Root() e: EvaluatedUnit) {
    return e.unit.getEntity().name;
  }
}

@Resolver(() => EvaluatorAssignment)
export class EvaluatorAssignmentResolver {
  @Derived('the name of the evaluator assigned, part of the assignment')
  @FieldResolver(() => String)
  evaluatorName(@Root() a: EvaluatorAssignment) {
    return a.evaluator.getEntity().displayName;
  }

  @Derived('the name of the unit assigned (unit names are public)')
  @FieldResolver(() => String, { nullable: true })
  async unitName(@Root() a: EvaluatorAssignment, @GqlCtx() ctx: Ctx) {
    if (!a.unit) return null;
    return a.unit.isInitialized() ? a.unit.getEntity().name : (await ctx.em.findOneOrFail(Unit, a.unit.id)).name;
  }
}

@Resolver(() => EvaluationScore)
export class EvaluationScoreResolver {
  @Derived('not shown to the unit evaluated (scoreEvaluatorName decides)')
  @FieldResolver(() => String, { nullable: true, description: 'Not shown to the unit evaluated' })
  evaluatorName(@Root() s: EvaluationScore, @GqlCtx() ctx: Ctx) {
    return svc.scoreEvaluatorName(ctx, s);
  }

  @Derived('the indicator the score is on, part of the score')
  @FieldResolver(() => Indicator)
  indicator(@Root() s: EvaluationScore, @GqlCtx() ctx: Ctx) {
    return s.indicator.isInitialized() ? s.indicator.getEntity() : ctx.em.findOneOrFail(Indicator, s.indicator.id);
  }

  @Can('read', 'EvaluationScore')
  @Query(() => [EvaluationScore], { description: 'One unit’s scores in a round (its scoring sheet)' })
  evaluationScores(@GqlCtx() ctx: Ctx, @Arg('roundId', () => ID) roundId: string, @Arg('unitId', () => ID) unitId: string) {
    return svc.unitScores(ctx, roundId, unitId);
  }

  @Can('score', 'EvaluationRound')
  @Query(() => [ID], { description: 'The leaf indicators the signed-in evaluator may score for the unit' })
  scorableIndicators(@GqlCtx() ctx: Ctx, @Arg('roundId', () => ID) roundId: string, @Arg('unitId', () => ID) unitId: string) {
    return svc.scorableIndicatorIds(ctx, roundId, unitId);
  }

  @Can('score', 'EvaluationRound')
  @Mutation(() => EvaluationScore)
  scoreIndicator(@GqlCtx() ctx: Ctx, @Arg('roundId', () => ID) roundId: string, @Arg('input', () => ScoreInput) input: ScoreInput) {
    return svc.scoreIndicator(ctx, roundId, input);
  }
}

@Resolver(() => Appeal)
export class AppealResolver {
  @Derived('the name of the appealing unit (unit names are public)')
  @FieldResolver(() => String)
  unitName(@Root() a: Appeal, @GqlCtx() ctx: Ctx) {
    return a.unit.isInitialized() ? a.unit.getEntity().name : ctx.em.findOneOrFail(Unit, a.unit.id).then((u) => u.name);
  }

  @Derived('the indicator the appealed score is on, part of the appeal')
  @FieldResolver(() => Indicator)
  async indicator(@Root() a: Appeal, @GqlCtx() ctx: Ctx) {
    const s = a.score.isInitialized() ? a.score.getEntity() : await ctx.em.findOneOrFail(EvaluationScore, a.score.id);
    return ctx.em.findOneOrFail(Indicator, s.indicator.id);
  }

  @Can('read', 'Appeal')
  @Query(() => [Appeal])
  evaluationAppeals(@GqlCtx() ctx: Ctx, @Arg('roundId', () => ID) roundId: string) {
    return svc.listAppeals(ctx, roundId);
  }

  @Can('create', 'Appeal')
  @Mutation(() => Appeal)
  submitAppeal(@GqlCtx() ctx: Ctx, @Arg('scoreId', () => ID) scoreId: string, @Arg('reason') reason: string) {
    return svc.submitAppeal(ctx, scoreId, reason);
  }

  @Can('answer', 'Appeal')
  @Mutation(() => Appeal, { description: 'Accept: the score becomes newScore' })
  acceptAppeal(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('newScore', () => Float) newScore: number,
    @Arg('reply') reply: string,
  ) {
    return svc.acceptAppeal(ctx, id, version, newScore, reply);
  }

  @Can('answer', 'Appeal')
  @Mutation(() => Appeal)
  rejectAppeal(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('reply') reply: string) {
    return svc.rejectAppeal(ctx, id, version, reply);
  }
}

@ObjectType()
class IndicatorTally {
  @Field(() => ID) indicatorId: string;
  @Field(() => Int) answers: number;
  @Field(() => Float) mean: number;
}

@ObjectType({ description: 'Responses about one unit and the mean answer per questionnaire indicator' })
class UnitTally {
  @Field(() => ID) unitId: string;
  @Field() unitName: string;
  @Field(() => Int) responses: number;
  @Field(() => [IndicatorTally]) indicators: IndicatorTally[];
}

@ObjectType()
class QuestionnaireUnit {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => EvaluationGroupEnum) group: EvaluationGroup;
}

@ObjectType({ description: 'A questionnaire as the portal shows it' })
class PublicQuestionnaire {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) intro: string | null;
  @Field() opensOn: string;
  @Field() closesOn: string;
  @Field({ description: 'UPCOMING, OPEN or CLOSED' }) phase: string;
  @Field(() => [Question]) questions: Question[];
  @Field(() => [QuestionnaireUnit]) units: QuestionnaireUnit[];
}

@ObjectType()
class QuestionnaireReceipt {
  @Field() received: boolean;
  @Field(() => Date) submittedAt: Date;
}

async function toPublicQuestionnaire(ctx: Ctx, q: Questionnaire): Promise<PublicQuestionnaire> {
  const units = await qsvc.questionnaireUnits(ctx, q);
  return {
    id: q.id,
    title: q.title,
    intro: q.intro ?? null,
    opensOn: q.opensOn,
    closesOn: q.closesOn,
    phase: qsvc.phaseOf(q),
    questions: await qsvc.questionsOf(ctx, q.id),
    units: units.map((u) => ({ id: u.unit.id, name: u.unit.getEntity().name, group: u.group })),
  };
}

@Resolver(() => Questionnaire)
export class QuestionnaireResolver {
  @Derived('rows of the questionnaire itself, read with it')
  @FieldResolver(() => [Question])
  questions(@Root() q: Questionnaire, @GqlCtx() ctx: Ctx) {
    return qsvc.questionsOf(ctx, q.id);
  }

  @Derived('a figure of the questionnaire itself')
  @FieldResolver(() => String, { description: 'UPCOMING, OPEN or CLOSED' })
  phase(@Root() q: Questionnaire) {
    return qsvc.phaseOf(q);
  }

  @Can('read', 'Questionnaire')
  @Query(() => Questionnaire, { nullable: true, description: 'The round’s questionnaire, if it has one' })
  roundQuestionnaire(@GqlCtx() ctx: Ctx, @Arg('roundId', () => ID) roundId: string) {
    return qsvc.roundQuestionnaire(ctx, roundId);
  }

  @Can('read', 'Questionnaire')
  @Query(() => [UnitTally])
  questionnaireTally(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return qsvc.questionnaireTally(ctx, id);
  }

  @Can('update', 'Questionnaire')
  @Mutation(() => Questionnaire)
  saveQuestionnaire(
    @GqlCtx() ctx: Ctx,
    @Arg('roundId', () => ID) roundId: string,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Arg('input', () => QuestionnaireInput) input: QuestionnaireInput,
  ) {
    return qsvc.saveQuestionnaire(ctx, roundId, version ?? null, input);
  }

  @Can('publish', 'Questionnaire')
  @Mutation(() => Questionnaire)
  publishQuestionnaire(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return qsvc.publishQuestionnaire(ctx, id, version);
  }

  @Can('update', 'Questionnaire')
  @Mutation(() => Questionnaire, { description: 'After the window: the answers become the questionnaire indicators’ scores' })
  aggregateQuestionnaire(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return qsvc.aggregateQuestionnaire(ctx, id, version);
  }

  @Public()
  @Query(() => [PublicQuestionnaire], { description: 'Questionnaires open now or about to open' })
  async publicQuestionnaires(@GqlCtx() ctx: Ctx) {
    return Promise.all((await qsvc.publicQuestionnaires(ctx)).map((q) => toPublicQuestionnaire(ctx, q)));
  }

  @Public()
  @Query(() => PublicQuestionnaire)
  async publicQuestionnaire(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return toPublicQuestionnaire(ctx, await qsvc.publicQuestionnaire(ctx, id));
  }

  @Public()
  @Mutation(() => QuestionnaireReceipt)
  async submitQuestionnaireResponse(
    @GqlCtx() ctx: Ctx,
    @Arg('input', () => QuestionnaireResponseInput) input: QuestionnaireResponseInput,
  ): Promise<QuestionnaireReceipt> {
    const r = await qsvc.submitResponse(ctx, input);
    return { received: true, submittedAt: r.submittedAt };
  }
}
