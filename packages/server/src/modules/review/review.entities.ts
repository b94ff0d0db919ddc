import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  drawSample,
  RECTIFICATION_OPEN_STATES,
  REVIEW_REPORT_OPEN_STATES,
  type DisclosureAttribute,
  type RectificationState,
  type ReviewCampaignState,
  type ReviewItemSource,
  type ReviewOutcome,
  type ReviewReportState,
  type SpotCheckMethod,
} from '@gongkai/shared';
import {
  RectificationStateEnum,
  ReviewCampaignStateEnum,
  ReviewItemSourceEnum,
  ReviewOutcomeEnum,
  ReviewReportStateEnum,
  SpotCheckMethodEnum,
} from './review.enums.js';
import { DisclosureAttributeEnum } from '../documents/documents.enums.js';
import { Unit } from '../../common/organisation/organisation.entities.js';
import { today } from '../../common/clock.js';

/** 定期审查 of a year at one government level, opened by its Disclosure Office. */
@ObjectType('ReviewCampaign')
@Entity({ tableName: 'review_campaign' })
@Unique({ name: 'review_campaign_year_unique', properties: ['government', 'year'] })
export class ReviewCampaign {
  [OptionalProps]?: 'createdAt' | 'state' | 'governmentId';
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) government!: Ref<Unit>;
  @Field(() => Int) @Property({ type: 'integer' }) year!: number;
  @Field(() => ReviewCampaignStateEnum) @Enum({ items: () => Object.values(ReviewCampaignStateEnum) }) state: ReviewCampaignState = 'OPEN';
  @Field({ description: "The day the units' reports are due (review.reportDue in force on the opening day)" })
  @Property({ type: 'date' })
  reportDueOn!: string;
  @Field() @Property({ type: 'date' }) openedOn!: string;
  @Field(() => String, { nullable: true }) @Property({ nullable: true }) openedByName?: string | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'date', nullable: true }) closedOn?: string | null;
  @Field(() => Int) @Property({ version: true }) version!: number;
  @Field(() => Date) @Property({ type: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();

  @Field(() => ID) get governmentId(): string {
    return this.government.id;
  }
}

/** A unit's review report for a campaign: 审查情况 and 工作总结, drafted, signed off by the head, submitted. */
@ObjectType('ReviewReport')
@Entity({ tableName: 'review_report' })
@Unique({ name: 'review_report_unit_unique', properties: ['campaign', 'unit'] })
@Index({ properties: ['government', 'year'] })
export class ReviewReport {
  [OptionalProps]?: 'createdAt' | 'state' | 'unitId' | 'governmentId' | 'campaignId' | 'overdue' | 'submittedLate';
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Index() @ManyToOne(() => ReviewCampaign, { ref: true, deleteRule: 'restrict' }) campaign!: Ref<ReviewCampaign>;
  @Index() @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) unit!: Ref<Unit>;
  @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) government!: Ref<Unit>;
  @Field(() => Int) @Property({ type: 'integer' }) year!: number;
  @Field(() => ReviewReportStateEnum) @Enum({ items: () => Object.values(ReviewReportStateEnum) }) state: ReviewReportState = 'DRAFT';
  @Field({ description: 'Last day to submit' }) @Property({ type: 'date' }) dueOn!: string;
  @Field(() => String, { nullable: true, description: '审查情况' }) @Property({ type: 'text', nullable: true }) situation?: string | null;
  @Field(() => String, { nullable: true, description: '工作总结' }) @Property({ type: 'text', nullable: true }) workSummary?: string | null;
  @Field(() => String, { nullable: true }) @Property({ nullable: true }) draftedByName?: string | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) sentForSignOffAt?: Date | null;
  @Field(() => String, { nullable: true, description: 'Why the head sent it back' })
  @Property({ type: 'text', nullable: true })
  returnReason?: string | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) signedOffAt?: Date | null;
  @Field(() => String, { nullable: true }) @Property({ nullable: true }) signedOffByName?: string | null;
  @Field(() => String, { nullable: true, description: 'The day it reached the Disclosure Office' })
  @Property({ type: 'date', nullable: true })
  submittedOn?: string | null;
  @Field(() => Int) @Property({ version: true }) version!: number;
  @Field(() => Date) @Property({ type: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();

  @Field(() => ID) get unitId(): string {
    return this.unit.id;
  }
  @Field(() => ID) get governmentId(): string {
    return this.government.id;
  }
  @Field(() => ID) get campaignId(): string {
    return this.campaign.id;
  }
  @Field({ description: 'Not submitted after its last day' }) get overdue(): boolean {
    return REVIEW_REPORT_OPEN_STATES.includes(this.state) && this.dueOn < today();
  }
  @Field({ description: 'Submitted after its last day' }) get submittedLate(): boolean {
    return !!this.submittedOn && this.submittedOn > this.dueOn;
  }
}

/** One item a unit reviews: a document not disclosed proactively, or information often requested; its outcome and reason. */
@ObjectType('ReviewItem')
@Entity({ tableName: 'review_item' })
@Unique({ name: 'review_item_key_unique', properties: ['report', 'itemKey'] })
export class ReviewItem {
  [OptionalProps]?: 'createdAt' | 'unitId' | 'governmentId' | 'reportId' | 'classified' | 'ownDocument';
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Index() @ManyToOne(() => ReviewReport, { ref: true, deleteRule: 'cascade' }) report!: Ref<ReviewReport>;
  @Index() @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) unit!: Ref<Unit>;
  @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) government!: Ref<Unit>;
  /** doc:<document id> or req:<description>: an item is listed once per report. */
  @Property() itemKey!: string;
  @Field(() => ReviewItemSourceEnum) @Enum({ items: () => Object.values(ReviewItemSourceEnum) }) source!: ReviewItemSource;
  @Field(() => ID, { nullable: true, description: 'The policy document, when the item is one' })
  @Property({ type: 'uuid', nullable: true })
  documentId?: string | null;
  @Field({ description: 'The document title, or the information as requested' }) @Property({ type: 'text' }) title!: string;
  @Field(() => String, { nullable: true }) @Property({ nullable: true }) documentNumber?: string | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'date', nullable: true }) issueDate?: string | null;
  @Field(() => DisclosureAttributeEnum, { nullable: true, description: 'The attribute when the item was listed' })
  @Enum({ items: () => Object.values(DisclosureAttributeEnum), nullable: true })
  attributeBefore?: DisclosureAttribute | null;
  @Field() @Property({ default: false }) classified: boolean = false;
  @Field({ description: "The document is the unit's own (it leads it): only then may the review change its attribute" })
  @Property({ default: true })
  ownDocument: boolean = true;
  @Field(() => Int, { nullable: true, description: 'Requests for it in the year (依申请频次)' })
  @Property({ type: 'integer', nullable: true })
  requestCount?: number | null;
  @Field(() => ReviewOutcomeEnum, { nullable: true })
  @Enum({ items: () => Object.values(ReviewOutcomeEnum), nullable: true })
  outcome?: ReviewOutcome | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) reason?: string | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) decidedAt?: Date | null;
  @Field(() => String, { nullable: true }) @Property({ nullable: true }) decidedByName?: string | null;
  @Field(() => Date, { nullable: true, description: "When the document's attribute was changed (at the head's sign-off)" })
  @Property({ type: 'timestamptz', nullable: true })
  appliedAt?: Date | null;
  @Field(() => Int) @Property({ version: true }) version!: number;
  @Field(() => Date) @Property({ type: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();

  @Field(() => ID) get unitId(): string {
    return this.unit.id;
  }
  @Field(() => ID) get governmentId(): string {
    return this.government.id;
  }
  @Field(() => ID) get reportId(): string {
    return this.report.id;
  }
}

/**
 * 抽查: a sample drawn by the Disclosure Office, reproducibly: the population (sorted ids), the seed
 * and the size give the sample again (drawSample in the shared code); who drew it and when.
 */
@ObjectType('SpotCheck')
@Entity({ tableName: 'review_spot_check' })
export class SpotCheck {
  [OptionalProps]?: 'createdAt' | 'governmentId' | 'campaignId' | 'reproducible' | 'populationSize';
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Index() @ManyToOne(() => ReviewCampaign, { ref: true, deleteRule: 'restrict' }) campaign!: Ref<ReviewCampaign>;
  @Index() @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) government!: Ref<Unit>;
  @Field(() => SpotCheckMethodEnum) @Enum({ items: () => Object.values(SpotCheckMethodEnum) }) method!: SpotCheckMethod;
  @Field(() => Int) @Property({ type: 'integer' }) sampleSize!: number;
  @Field({ description: 'The random seed the sample was drawn with' }) @Property() seed!: string;
  @Field(() => [ID], { description: 'What the sample was drawn from (unit or item ids, sorted)' })
  @Property({ type: 'uuid[]', columnType: 'uuid[]' })
  populationIds: string[] = [];
  @Field(() => [ID], { description: 'What was drawn (unit or item ids)' }) @Property({ type: 'uuid[]', columnType: 'uuid[]' }) sampledIds: string[] =
    [];
  @Field(() => [ID], { description: 'The units drawn, or the units of the items drawn' })
  @Property({ type: 'uuid[]', columnType: 'uuid[]' })
  sampledUnitIds: string[] = [];
  @Field(() => Date) @Property({ type: 'timestamptz' }) drawnAt!: Date;
  @Property({ type: 'uuid', nullable: true }) drawnById?: string | null;
  @Field(() => String, { nullable: true }) @Property({ nullable: true }) drawnByName?: string | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) note?: string | null;
  @Field(() => String, { nullable: true, description: '抽查发现的问题、抽查结论' }) @Property({ type: 'text', nullable: true }) findings?:
    string | null;
  @Field(() => Int) @Property({ version: true }) version!: number;
  @Field(() => Date) @Property({ type: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();

  @Field(() => ID) get governmentId(): string {
    return this.government.id;
  }
  @Field(() => ID) get campaignId(): string {
    return this.campaign.id;
  }
  @Field(() => Int) get populationSize(): number {
    return this.populationIds.length;
  }
  @Field({ description: 'Drawing again from the stored population with the seed gives the same sample' })
  get reproducible(): boolean {
    const again = drawSample(this.populationIds, this.seed, this.sampleSize);
    return again.length === this.sampledIds.length && again.every((id, i) => id === [...this.sampledIds].sort()[i]);
  }
}

/** 整改 ordered to a unit after a spot check: a finding, a due date, the unit's report, the office's verification. */
@ObjectType('Rectification')
@Entity({ tableName: 'review_rectification' })
@Index({ properties: ['state', 'dueOn'] })
export class Rectification {
  [OptionalProps]?: 'createdAt' | 'state' | 'returnCount' | 'unitId' | 'governmentId' | 'campaignId' | 'spotCheckId' | 'overdue';
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Index() @ManyToOne(() => SpotCheck, { ref: true, deleteRule: 'restrict' }) spotCheck!: Ref<SpotCheck>;
  @Index() @ManyToOne(() => ReviewCampaign, { ref: true, deleteRule: 'restrict' }) campaign!: Ref<ReviewCampaign>;
  @Index() @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) unit!: Ref<Unit>;
  @Index() @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) government!: Ref<Unit>;
  @Field(() => Int) @Property({ type: 'integer' }) year!: number;
  @Field({ description: '发现的问题' }) @Property({ type: 'text' }) finding!: string;
  @Field(() => String, { nullable: true, description: '整改要求' }) @Property({ type: 'text', nullable: true }) requirement?: string | null;
  @Field() @Property({ type: 'date' }) dueOn!: string;
  @Field(() => RectificationStateEnum) @Enum({ items: () => Object.values(RectificationStateEnum) }) state: RectificationState = 'ORDERED';
  @Field() @Property({ type: 'date' }) orderedOn!: string;
  @Field(() => String, { nullable: true }) @Property({ nullable: true }) orderedByName?: string | null;
  @Field(() => String, { nullable: true, description: '整改情况, reported by the unit' }) @Property({ type: 'text', nullable: true }) report?:
    string | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'date', nullable: true }) reportedOn?: string | null;
  @Field(() => String, { nullable: true }) @Property({ nullable: true }) reportedByName?: string | null;
  @Field(() => String, { nullable: true, description: 'Why the office sent the report back' })
  @Property({ type: 'text', nullable: true })
  returnReason?: string | null;
  @Field(() => Int) @Property({ type: 'integer', default: 0 }) returnCount: number = 0;
  @Field(() => String, { nullable: true }) @Property({ type: 'date', nullable: true }) verifiedOn?: string | null;
  @Field(() => String, { nullable: true }) @Property({ nullable: true }) verifiedByName?: string | null;
  @Field(() => Int) @Property({ version: true }) version!: number;
  @Field(() => Date) @Property({ type: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();

  @Field(() => ID) get unitId(): string {
    return this.unit.id;
  }
  @Field(() => ID) get governmentId(): string {
    return this.government.id;
  }
  @Field(() => ID) get campaignId(): string {
    return this.campaign.id;
  }
  @Field(() => ID) get spotCheckId(): string {
    return this.spotCheck.id;
  }
  @Field({ description: 'Not reported after its due date' }) get overdue(): boolean {
    return RECTIFICATION_OPEN_STATES.includes(this.state) && this.dueOn < today();
  }
}
