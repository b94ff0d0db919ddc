import { Arg, Ctx as GqlCtx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  CASE_CLOSED_STATES,
  CASE_FIGURES,
  CASE_REPLIED_STATES,
  CASE_STEP_FROM,
  caseEvaluationRuleOn,
  casePeriodLabel,
  evaluateCase,
  redactPersonalData,
  type CaseEvaluationRule,
  type CaseKind,
  type CasePeriodKind,
  type CaseRating,
  type CaseStatDimension,
  type CaseState,
} from '@gongkai/shared';
import { GovernmentScopeInput } from '../../common/graphql/scope.js';
import type { Ctx } from '../../common/context.js';
import { today } from '../../common/clock.js';
import { IdempotencyKey, idempotent } from '../../common/idempotency/idempotency.js';
import { Can, CanRead, Derived, Public } from '../../common/graphql/permission.js';
import { Unit } from '../../common/organisation/organisation.entities.js';
import { CaseKindEnum, CasePeriodKindEnum, CaseRatingEnum, CaseStatDimensionEnum, CaseStateEnum } from './complaints.enums.js';
import { Case, CaseImport, CaseStatisticsRelease } from './complaints.entities.js';
import * as imports from './complaints.imports.js';
import * as stats from './complaints.statistics.js';
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
  @Field(() => Int, { description: 'How often the case was handled again (重办) after a rating of 不满意' }) reopenCount: number;
  @Field(() => CaseRatingEnum, { nullable: true, description: 'The rating that led to the last reopening' }) previousRating: CaseRating | null;
  @Field({ description: 'Closed and within the rating period' }) canRate: boolean;
  @Field(() => [String], { description: 'The names of the files the citizen sent with the case' }) fileNames: string[];
  @Field({ description: 'Files may still be added: the case waits for acceptance' }) canAddFiles: boolean;
  @Field(() => Int) version: number;
}

@ObjectType({ description: 'The receipt of a submission: keep both codes to follow the case' })
class CaseReceipt extends PublicCase {
  @Field({ description: '查询码: with the case number, opens the case' }) checkCode: string;
}

@ObjectType({ description: '办结自动评价 of one case, by the rule in force on the day it was closed' })
class CaseEvaluationType {
  @Field(() => Float) score: number;
  @Field() grade: string;
  @Field(() => Int) ruleVersion: number;
}

@ObjectType({ description: 'What a figure counts: written once, shown next to it' })
class CaseFigureDefinition {
  @Field() key: string;
  @Field() label: string;
  @Field() definition: string;
}
const DEFINITIONS: CaseFigureDefinition[] = Object.entries(CASE_FIGURES).map(([key, f]) => ({ key, ...f }));

@ObjectType({ description: 'The rule of 办结自动评价' })
class CaseEvaluationRuleType {
  @Field(() => Int) version: number;
  @Field() effectiveFrom: string;
  @Field() source: string;
  @Field({ description: 'The rule in words' }) description: string;
}
function ruleType(r: CaseEvaluationRule): CaseEvaluationRuleType {
  const s = r.satisfaction;
  const grades = r.grades.map((g) => `${g.label}≥${g.min}分`).join('，');
  return {
    version: r.version,
    effectiveFrom: r.effectiveFrom,
    source: r.source,
    description:
      `按期答复${r.timeliness.onTime}分、逾期答复${r.timeliness.late}分；满意${s.SATISFIED}分、基本满意${s.BASICALLY_SATISFIED}分、` +
      `不满意${s.DISSATISFIED}分、未评价${s.unrated}分；每重办一次扣${r.perReopen}分。${grades}，低于${r.grades[r.grades.length - 1]?.min ?? 0}分为不合格。`,
  };
}

@ObjectType({ description: 'One row of the statistics: a unit, kind or channel, or the total' })
class CaseStatRowType {
  @Field(() => ID, { nullable: true }) key: string | null;
  @Field() label: string;
  @Field() total: boolean;
  @Field(() => Int) received: number;
  @Field(() => Int) accepted: number;
  @Field(() => Int) due: number;
  @Field(() => Int) replied: number;
  @Field(() => Int) onTime: number;
  @Field(() => Int) closed: number;
  @Field(() => Int) rated: number;
  @Field(() => Int) unrated: number;
  @Field(() => Int) satisfied: number;
  @Field(() => Int) reopened: number;
  @Field(() => Float, { nullable: true }) replyRate: number | null;
  @Field(() => Float, { nullable: true }) onTimeRate: number | null;
  @Field(() => Float, { nullable: true }) satisfactionRate: number | null;
  @Field(() => Float, { nullable: true }) reopenRate: number | null;
  @Field(() => Float, { nullable: true }) averageScore: number | null;
}

@ObjectType({ description: '自动统计 of a period, by one dimension, computed now' })
class CaseStatisticsType {
  @Field(() => CasePeriodKindEnum) periodKind: CasePeriodKind;
  @Field(() => Int) year: number;
  @Field(() => Int) period: number;
  @Field() periodKey: string;
  @Field() periodLabel: string;
  @Field() asOf: string;
  @Field(() => CaseStatDimensionEnum) dimension: CaseStatDimension;
  @Field(() => [CaseStatRowType]) rows: CaseStatRowType[];
  @Field(() => [CaseFigureDefinition]) definitions: CaseFigureDefinition[];
  @Field(() => CaseEvaluationRuleType) rule: CaseEvaluationRuleType;
}

@ObjectType({ description: 'A published period of the statistics, frozen as it was published' })
class PublishedCaseStatistics {
  @Field() periodKey: string;
  @Field() periodLabel: string;
  @Field(() => CasePeriodKindEnum) periodKind: CasePeriodKind;
  @Field(() => Int) year: number;
  @Field(() => Int) period: number;
  @Field(() => Date) publishedAt: Date;
  @Field({ description: 'The day the figures were counted on' }) asOf: string;
  @Field(() => [CaseStatRowType]) byUnit: CaseStatRowType[];
  @Field(() => [CaseStatRowType]) byKind: CaseStatRowType[];
  @Field(() => [CaseStatRowType]) byChannel: CaseStatRowType[];
  @Field(() => [CaseFigureDefinition]) definitions: CaseFigureDefinition[];
  @Field(() => CaseEvaluationRuleType) rule: CaseEvaluationRuleType;
  @Field({ description: 'The same figures as CSV, at a stable address' }) csvUrl: string;
  @Field({ description: 'The same figures as JSON, at a stable address' }) jsonUrl: string;
}
function toPublished(r: CaseStatisticsRelease): PublishedCaseStatistics {
  return {
    periodKey: r.periodKey,
    periodLabel: casePeriodLabel(r.periodKind, r.year, r.period),
    periodKind: r.periodKind,
    year: r.year,
    period: r.period,
    publishedAt: r.publishedAt,
    asOf: r.data.asOf,
    byUnit: r.data.byUnit,
    byKind: r.data.byKind,
    byChannel: r.data.byChannel,
    definitions: Object.entries(r.data.definitions).map(([key, f]) => ({ key, ...f })),
    rule: ruleType(r.data.rule),
    csvUrl: stats.openDataUrl(r.periodKey, 'csv'),
    jsonUrl: stats.openDataUrl(r.periodKey, 'json'),
  };
}

@ObjectType({ description: "How many cases are in each quick view of the list (the whole level, or the unit's assigned cases)" })
class CaseCountsType {
  @Field(() => Int, { description: '待受理' }) received: number;
  @Field(() => Int, { description: '待交办' }) accepted: number;
  @Field(() => Int, { description: '办理中' }) assigned: number;
  @Field(() => Int, { description: '待办结' }) replied: number;
  @Field(() => Int, { description: '已超期' }) overdue: number;
  @Field(() => Int, { description: '延期待审批' }) extensionRequested: number;
}

@ObjectType({ description: 'A refused row of an import, with the reason' })
class CaseImportErrorType {
  @Field(() => Int, { description: 'The row in the file (the heading is row 1)' }) rowNumber: number;
  @Field(() => String, { nullable: true }) sourceCaseId: string | null;
  @Field() code: string;
  @Field() reason: string;
}

@ObjectType({ description: '办理情况: a closed case the citizen agreed to publish, without personal data' })
class PublicCaseSummary {
  @Field(() => ID) id: string;
  @Field(() => CaseKindEnum) kind: CaseKind;
  @Field() title: string;
  @Field() content: string;
  @Field(() => String, { nullable: true }) unitName: string | null;
  @Field() receivedOn: string;
  @Field(() => String, { nullable: true }) reply: string | null;
  @Field(() => String, { nullable: true }) repliedOn: string | null;
  @Field(() => String, { nullable: true }) closedOn: string | null;
  @Field(() => CaseRatingEnum, { nullable: true }) rating: CaseRating | null;
  @Field(() => Int, { description: 'How often it was handled again after a rating of 不满意' }) reopenCount: number;
  @Field(() => CaseEvaluationType, { nullable: true }) evaluation: CaseEvaluationType | null;
}
@ObjectType()
class PublicCaseSummaryPage {
  @Field(() => [PublicCaseSummary]) items: PublicCaseSummary[];
  @Field(() => Int) total: number;
}

function toPublic(c: Case, fileNames: string[] = []): PublicCase {
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
    reopenCount: c.reopenCount,
    previousRating: c.previousRating ?? null,
    canRate: (CASE_STEP_FROM.rate as readonly CaseState[]).includes(c.state) && !!c.ratingDueOn && c.ratingDueOn >= today(),
    fileNames,
    canAddFiles: c.state === 'RECEIVED',
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

  @Derived("the case's own fields (timeliness, rating, reopenings) by the declared rule")
  @FieldResolver(() => CaseEvaluationType, { nullable: true, description: '办结自动评价, once rated or past the rating period' })
  evaluation(@Root() c: Case) {
    return evaluateCase(c);
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

  @Can('read', 'Case')
  @Query(() => CaseStatisticsType, { description: "自动统计: the office's and leaders' whole level; a unit, the cases assigned to it" })
  async caseStatistics(
    @GqlCtx() ctx: Ctx,
    @Arg('periodKind', () => CasePeriodKindEnum) periodKind: CasePeriodKind,
    @Arg('year', () => Int) year: number,
    @Arg('period', () => Int) period: number,
    @Arg('dimension', () => CaseStatDimensionEnum, { defaultValue: 'UNIT' }) dimension: CaseStatDimension,
    @Arg('scope', () => GovernmentScopeInput, { nullable: true }) scope: GovernmentScopeInput | null,
  ): Promise<CaseStatisticsType> {
    const r = await stats.caseStatistics(ctx, periodKind, year, period, dimension, scope);
    return { ...r, definitions: DEFINITIONS, rule: ruleType(caseEvaluationRuleOn(r.asOf)) };
  }

  @Can('read', 'Case')
  @Query(() => CaseCountsType, { description: 'The counts of the quick views of the case list' })
  caseCounts(@GqlCtx() ctx: Ctx) {
    return stats.caseCounts(ctx);
  }

  @Can('create', 'Case')
  @Query(() => [CaseImport], { description: "The level's latest imports (the upload is POST /complaints/imports)" })
  caseImports(@GqlCtx() ctx: Ctx) {
    return imports.listImports(ctx);
  }

  @Can('create', 'Case')
  @Query(() => CaseImport, { description: 'One import and its progress' })
  caseImport(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return imports.getImport(ctx, id);
  }

  @Can('create', 'Case')
  @Query(() => [CaseImportErrorType], { description: 'The first refused rows of an import (all of them: the CSV error report)' })
  async caseImportErrors(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('limit', () => Int, { defaultValue: 100 }) limit: number) {
    const rows = await imports.importErrors(ctx, id, Math.max(1, Math.min(limit, 1000)));
    return rows.map((r) => ({ ...r, sourceCaseId: r.sourceCaseId ?? null }));
  }

  @Can('publish', 'Case')
  @Mutation(() => PublishedCaseStatistics, { description: 'The Complaint Office publishes a period that has ended; frozen from then on' })
  async publishCaseStatistics(
    @GqlCtx() ctx: Ctx,
    @Arg('periodKind', () => CasePeriodKindEnum) periodKind: CasePeriodKind,
    @Arg('year', () => Int) year: number,
    @Arg('period', () => Int) period: number,
  ) {
    return toPublished(await stats.publishCaseStatistics(ctx, periodKind, year, period));
  }

  @Public()
  @Query(() => [PublishedCaseStatistics], { description: 'The published periods of the statistics, newest first' })
  async publicCaseStatisticsReleases(@GqlCtx() ctx: Ctx) {
    return (await stats.publicCaseStatisticsReleases(ctx)).map(toPublished);
  }

  @Public()
  @Query(() => PublishedCaseStatistics, { description: 'One published period (2026-11, 2026-Q4)' })
  async publicCaseStatistics(@GqlCtx() ctx: Ctx, @Arg('periodKey') periodKey: string) {
    return toPublished(await stats.publicCaseStatisticsRelease(ctx, periodKey));
  }

  @Public()
  @Query(() => PublicCaseSummaryPage, { description: "办理情况: closed cases published with the citizen's consent, without personal data" })
  async publicCaseSummaries(
    @GqlCtx() ctx: Ctx,
    @Arg('page', () => Int, { defaultValue: 1 }) page: number,
    @Arg('pageSize', () => Int, { defaultValue: 20 }) pageSize: number,
  ): Promise<PublicCaseSummaryPage> {
    const { items, total } = await svc.publicCaseSummaries(ctx, page, pageSize);
    return {
      total,
      items: items.map((c) => ({
        id: c.id,
        kind: c.kind,
        title: redactPersonalData(c.title),
        content: redactPersonalData(c.content),
        unitName: c.assignedUnit?.getEntity().name ?? null,
        receivedOn: c.receivedOn,
        reply: c.reply ? redactPersonalData(c.reply) : null,
        repliedOn: c.repliedOn ?? null,
        closedOn: c.closedOn ?? null,
        rating: c.rating ?? null,
        reopenCount: c.reopenCount,
        evaluation: evaluateCase(c),
      })),
    };
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
    const c = await svc.publicCase(ctx, caseNumber, checkCode);
    return toPublic(
      c,
      (await svc.citizenFiles(ctx, c.id)).map((f) => f.fileName),
    );
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
    const c = await svc.ratePublicCase(ctx, caseNumber, checkCode, version, rating, comment ?? null);
    return toPublic(
      c,
      (await svc.citizenFiles(ctx, c.id)).map((f) => f.fileName),
    );
  }
}
