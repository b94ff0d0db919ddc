import { Arg, Ctx as GqlCtx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { REVIEW_OUTCOMES, type ReviewOutcome } from '@gongkai/shared';
import type { Ctx } from '../../common/context.js';
import { Can, CanRead, Derived } from '../../common/graphql/permission.js';
import { Unit } from '../../common/organisation/organisation.entities.js';
import { Rectification, ReviewCampaign, ReviewItem, ReviewReport, SpotCheck } from './review.entities.js';
import { ReviewOutcomeEnum } from './review.enums.js';
import { RectificationFilter, RectificationInput, ReviewReportFilter, ReviewReportInput, SpotCheckInput } from './review.inputs.js';
import * as svc from './review.service.js';
import { batchLoad } from '../../common/batch.js';

@ObjectType({ description: "A report's items: listed, decided, to be converted to proactive" })
class ReviewProgress {
  @Field(() => Int) items: number;
  @Field(() => Int) decided: number;
  @Field(() => Int) converted: number;
}

@Resolver(() => ReviewCampaign)
export class ReviewCampaignResolver {
  @CanRead('ReviewReport')
  @FieldResolver(() => [ReviewReport], { description: "Every unit's report and its progress (those the reader may read)" })
  reports(@Root() c: ReviewCampaign, @GqlCtx() ctx: Ctx) {
    return svc.campaignProgress(ctx, c.id);
  }

  @CanRead('SpotCheck')
  @FieldResolver(() => [SpotCheck])
  spotChecks(@Root() c: ReviewCampaign, @GqlCtx() ctx: Ctx) {
    return svc.listSpotChecks(ctx, c.id);
  }

  @CanRead('Rectification')
  @FieldResolver(() => [Rectification])
  rectifications(@Root() c: ReviewCampaign, @GqlCtx() ctx: Ctx) {
    return svc.listRectifications(ctx, { campaignId: c.id });
  }

  @Can('read', 'ReviewCampaign')
  @Query(() => [ReviewCampaign], { description: "The level's yearly reviews, newest first" })
  reviewCampaigns(@GqlCtx() ctx: Ctx) {
    return svc.listCampaigns(ctx);
  }

  @Can('read', 'ReviewCampaign')
  @Query(() => ReviewCampaign)
  reviewCampaign(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return svc.getCampaign(ctx, id);
  }

  @Can('create', 'ReviewCampaign')
  @Mutation(() => ReviewCampaign, {
    description: "The Disclosure Office opens its level's review of a year: every unit gets its report and its to-do",
  })
  openReviewCampaign(@GqlCtx() ctx: Ctx, @Arg('year', () => Int) year: number) {
    return svc.openCampaign(ctx, year);
  }

  @Can('close', 'ReviewCampaign')
  @Mutation(() => ReviewCampaign, { description: 'Ends the review: every unit submitted, or the report day has passed' })
  closeReviewCampaign(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return svc.closeCampaign(ctx, id, version);
  }
}

@Resolver(() => ReviewReport)
export class ReviewReportResolver {
  @CanRead('Unit')
  @FieldResolver(() => Unit)
  unit(@Root() r: ReviewReport) {
    return r.unit.load();
  }

  @CanRead('ReviewCampaign')
  @FieldResolver(() => ReviewCampaign, { nullable: true })
  campaign(@Root() r: ReviewReport) {
    return r.campaign.load();
  }

  @CanRead('ReviewItem')
  @FieldResolver(() => [ReviewItem])
  items(@Root() r: ReviewReport, @GqlCtx() ctx: Ctx) {
    return svc.reportItems(ctx, r.id);
  }

  @Derived("counts of the report's own items")
  @FieldResolver(() => ReviewProgress)
  async progress(@Root() r: ReviewReport, @GqlCtx() ctx: Ctx): Promise<ReviewProgress> {
    return (await batchLoad(ctx, 'reviewItemCounts', r.id, (ids) => svc.itemCounts(ctx, ids))) ?? { items: 0, decided: 0, converted: 0 };
  }

  @Can('read', 'ReviewReport')
  @Query(() => [ReviewReport], { description: "Reports the user may read: their unit's, or the whole level's" })
  reviewReports(@GqlCtx() ctx: Ctx, @Arg('filter', () => ReviewReportFilter, { nullable: true }) filter: ReviewReportFilter | null) {
    return svc.listReports(ctx, filter ?? {});
  }

  @Can('read', 'ReviewReport')
  @Query(() => ReviewReport)
  reviewReport(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return svc.getReport(ctx, id);
  }

  @Can('update', 'ReviewReport')
  @Mutation(() => ReviewReport, { description: 'Lists the items again: documents issued since the review opened are added' })
  collectReviewItems(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return svc.collectItems(ctx, id, version);
  }

  @Can('update', 'ReviewReport')
  @Mutation(() => ReviewReport, { description: '审查情况 and 工作总结, while the report is with the unit' })
  updateReviewReport(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ReviewReportInput) input: ReviewReportInput,
  ) {
    return svc.updateReport(ctx, id, version, input);
  }

  @Can('submit', 'ReviewReport')
  @Mutation(() => ReviewReport, { description: "提交审签: to the unit's head, every item decided" })
  submitReviewReport(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return svc.submitReport(ctx, id, version);
  }

  @Can('signOff', 'ReviewReport')
  @Mutation(() => ReviewReport, { description: '审签 by the head: the conversions are made and the report reaches the Disclosure Office' })
  signOffReviewReport(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return svc.signOffReport(ctx, id, version);
  }

  @Can('return', 'ReviewReport')
  @Mutation(() => ReviewReport, { description: 'The head sends the report back, with the reason' })
  returnReviewReport(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('reason') reason: string) {
    return svc.returnReport(ctx, id, version, reason);
  }
}

@Resolver(() => ReviewItem)
export class ReviewItemResolver {
  @Derived("the item's own fields: which outcomes the rules allow for it")
  @FieldResolver(() => [ReviewOutcomeEnum], { description: 'The outcomes this item may take' })
  allowedOutcomes(@Root() i: ReviewItem): ReviewOutcome[] {
    return REVIEW_OUTCOMES.filter((o) => !svc.outcomeRefusal(i, o));
  }

  @Can('update', 'ReviewReport')
  @Mutation(() => ReviewItem, { description: "The unit decides an item: its outcome and the reason (carried out at the head's sign-off)" })
  decideReviewItem(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('outcome', () => ReviewOutcomeEnum) outcome: ReviewOutcome,
    @Arg('reason') reason: string,
  ) {
    return svc.decideItem(ctx, id, version, outcome, reason);
  }
}

@Resolver(() => SpotCheck)
export class SpotCheckResolver {
  @CanRead('Unit')
  @FieldResolver(() => [Unit], { description: 'The units drawn, or the units of the items drawn' })
  sampledUnits(@Root() c: SpotCheck, @GqlCtx() ctx: Ctx) {
    return svc.sampledUnits(ctx, c);
  }

  @CanRead('ReviewItem')
  @FieldResolver(() => [ReviewItem], { description: 'The items drawn (a sample of items)' })
  async sampledItems(@Root() c: SpotCheck, @GqlCtx() ctx: Ctx) {
    if (c.method !== 'ITEMS' || !c.sampledIds.length) return [];
    return ctx.em.find(ReviewItem, { id: { $in: c.sampledIds } }, { orderBy: [{ title: 'asc' }, { id: 'asc' }] });
  }

  @CanRead('Rectification')
  @FieldResolver(() => [Rectification])
  async rectifications(@Root() c: SpotCheck, @GqlCtx() ctx: Ctx) {
    return (await svc.listRectifications(ctx, { campaignId: c.campaign.id })).filter((r) => r.spotCheck.id === c.id);
  }

  @Can('read', 'SpotCheck')
  @Query(() => SpotCheck)
  spotCheck(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return svc.getSpotCheck(ctx, id);
  }

  @Can('create', 'SpotCheck')
  @Mutation(() => SpotCheck, { description: '抽查: a seeded random sample of the units or of the decided items, recorded with its seed' })
  drawSpotCheck(@GqlCtx() ctx: Ctx, @Arg('campaignId', () => ID) campaignId: string, @Arg('input', () => SpotCheckInput) input: SpotCheckInput) {
    return svc.drawSpotCheck(ctx, campaignId, input);
  }

  @Can('update', 'SpotCheck')
  @Mutation(() => SpotCheck, { description: 'What the spot check found' })
  recordSpotCheckFindings(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('findings') findings: string,
  ) {
    return svc.recordFindings(ctx, id, version, findings);
  }
}

@Resolver(() => Rectification)
export class RectificationResolver {
  @CanRead('Unit')
  @FieldResolver(() => Unit)
  unit(@Root() r: Rectification) {
    return r.unit.load();
  }

  @Can('read', 'Rectification')
  @Query(() => [Rectification], { description: "Rectifications the user may read: their unit's, or the whole level's" })
  rectifications(@GqlCtx() ctx: Ctx, @Arg('filter', () => RectificationFilter, { nullable: true }) filter: RectificationFilter | null) {
    return svc.listRectifications(ctx, filter ?? {});
  }

  @Can('read', 'Rectification')
  @Query(() => Rectification)
  rectification(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return svc.getRectification(ctx, id);
  }

  @Can('create', 'Rectification')
  @Mutation(() => Rectification, { description: '整改 ordered to a unit the spot check drew, with a due date' })
  orderRectification(
    @GqlCtx() ctx: Ctx,
    @Arg('spotCheckId', () => ID) spotCheckId: string,
    @Arg('input', () => RectificationInput) input: RectificationInput,
  ) {
    return svc.orderRectification(ctx, spotCheckId, input);
  }

  @Can('answer', 'Rectification')
  @Mutation(() => Rectification, { description: 'The unit reports its rectification' })
  reportRectification(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('report') report: string,
  ) {
    return svc.reportRectification(ctx, id, version, report);
  }

  @Can('verify', 'Rectification')
  @Mutation(() => Rectification, { description: 'The Disclosure Office accepts the rectification (核查通过)' })
  verifyRectification(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return svc.verifyRectification(ctx, id, version);
  }

  @Can('return', 'Rectification')
  @Mutation(() => Rectification, { description: 'The Disclosure Office sends the rectification back, with the reason (and a new due date)' })
  returnRectification(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason') reason: string,
    @Arg('dueOn', () => String, { nullable: true }) dueOn: string | null,
  ) {
    return svc.returnRectification(ctx, id, version, reason, dueOn ?? null);
  }
}
