import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  isTopicPublished,
  type Adoption,
  type EventForm,
  type OpinionChannel,
  type TopicCategory,
  type TopicState,
  type WindowPhase,
} from '@gongkai/shared';
import { AdoptionEnum, EventFormEnum, OpinionChannelEnum, TopicCategoryEnum, TopicStateEnum, WindowPhaseEnum } from './consultation.enums.js';
import { Unit } from '../../common/organisation/organisation.entities.js';
import { today as clockToday } from '../../common/clock.js';

/** A topic for a government meeting put to the public before the meeting (意见征集, system 3). */
@ObjectType()
@Entity({ tableName: 'consultation_topic' })
export class ConsultationTopic {
  [OptionalProps]?: 'createdAt' | 'state' | 'undertakingUnitId' | 'governmentId' | 'phase' | 'windowDays';

  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();

  @Index() @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) undertakingUnit!: Ref<Unit>;
  @Index() @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) government!: Ref<Unit>;

  @Field() @Property({ type: 'text' }) title!: string;
  @Field(() => TopicCategoryEnum) @Enum({ items: () => Object.values(TopicCategoryEnum) }) category!: TopicCategory;

  /** Kept confidential by law: exempt from consultation, with the reason. */
  @Field() @Property({ default: false }) exempt: boolean = false;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) exemptReason?: string | null;

  @Field(() => String, { nullable: true, description: '草案' }) @Property({ type: 'text', nullable: true }) draft?: string | null;
  @Field(() => String, { nullable: true, description: '决策依据' }) @Property({ type: 'text', nullable: true }) decisionBasis?: string | null;
  @Field(() => String, { nullable: true, description: '起草说明' }) @Property({ type: 'text', nullable: true }) draftingExplanation?: string | null;

  @Field(() => String, { nullable: true, description: 'First day of the window (YYYY-MM-DD, Asia/Shanghai)' })
  @Property({ type: 'date', nullable: true })
  windowStart?: string | null;
  @Field(() => String, { nullable: true, description: 'Last day of the window, inclusive' })
  @Property({ type: 'date', nullable: true })
  windowEnd?: string | null;
  /** A window shorter than the parameter allows: the reason, published with the draft. */
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) shortWindowReason?: string | null;

  /** The minimum window in force when the topic was created (policy parameter snapshot). */
  @Field(() => Int) @Property({ type: 'integer' }) minDays!: number;

  @Field(() => String, { nullable: true, description: 'Which government meeting the topic is for' })
  @Property({ type: 'text', nullable: true })
  meetingNote?: string | null;

  @Field(() => TopicStateEnum) @Index() @Enum({ items: () => Object.values(TopicStateEnum) }) state: TopicState = 'DRAFT';
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) returnReason?: string | null;
  @Field(() => String, { nullable: true, description: '征集情况汇总' }) @Property({ type: 'text', nullable: true }) summary?: string | null;

  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) submittedAt?: Date | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) approvedAt?: Date | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) publishedAt?: Date | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) resultsPublishedAt?: Date | null;

  @Field(() => Int) @Property({ version: true }) version!: number;
  @Property({ type: 'uuid' }) createdById!: string;
  @Field(() => Date) @Property({ type: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();

  @Field(() => ID) get undertakingUnitId(): string {
    return this.undertakingUnit.id;
  }
  @Field(() => ID) get governmentId(): string {
    return this.government.id;
  }

  /** Length of the window in days, both ends counted. */
  @Field(() => Int, { nullable: true })
  get windowDays(): number | null {
    if (!this.windowStart || !this.windowEnd) return null;
    return Math.round((Date.parse(this.windowEnd) - Date.parse(this.windowStart)) / 86400_000) + 1;
  }

  /** Opened and closed by the calendar (the work's clock): no job needed, in the Asia/Shanghai day. */
  @Field(() => WindowPhaseEnum, { nullable: true })
  get phase(): WindowPhase | null {
    return windowPhase(this.state, this.windowStart, this.windowEnd);
  }
}

/** Where a topic stands in its window today (by the work's clock), once published. */
export function windowPhase(state: TopicState, windowStart: string | null | undefined, windowEnd: string | null | undefined): WindowPhase | null {
  if (!isTopicPublished({ state }) || !windowStart || !windowEnd) return null;
  const today = clockToday();
  return today < windowStart ? 'UPCOMING' : today > windowEnd ? 'CLOSED' : 'OPEN';
}

/** An opinion on a topic: from the portal, or entered by staff with its channel. */
@ObjectType()
@Entity({ tableName: 'opinion' })
@Unique({ properties: ['topic', 'idempotencyKey'] })
@Index({ properties: ['address', 'submittedAt'] })
export class Opinion {
  [OptionalProps]?: 'submittedAt' | 'hidden' | 'topicId' | 'undertakingUnitId' | 'governmentId';

  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Index() @ManyToOne(() => ConsultationTopic, { ref: true, deleteRule: 'cascade' }) topic!: Ref<ConsultationTopic>;
  /** Copied from the topic, so that abilities filter opinions in SQL. */
  @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) undertakingUnit!: Ref<Unit>;
  @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) government!: Ref<Unit>;

  @Field() @Property({ type: 'text' }) content!: string;
  @Field(() => String, { nullable: true }) @Property({ nullable: true }) authorName?: string | null;
  /** Personal data: shown to the handling unit only. */
  @Property({ nullable: true }) contact?: string | null;
  @Field(() => OpinionChannelEnum) @Enum({ items: () => Object.values(OpinionChannelEnum) }) channel!: OpinionChannel;
  @Field({ description: 'Receipt code the citizen uses to find the reply' }) @Property({ unique: true }) receiptCode!: string;
  @Property({ nullable: true }) idempotencyKey?: string | null;
  @Property({ nullable: true }) address?: string | null;
  @Field(() => Date) @Property({ type: 'timestamptz', defaultRaw: 'now()' }) submittedAt: Date = new Date();

  /** Hidden from the public page by moderation, never deleted. */
  @Field() @Property({ default: false }) hidden: boolean = false;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) hiddenReason?: string | null;

  @Field(() => Boolean, { nullable: true, description: '合理意见' }) @Property({ type: 'boolean', nullable: true }) reasonable?: boolean | null;
  @Field(() => AdoptionEnum, { nullable: true }) @Enum({ items: () => Object.values(AdoptionEnum), nullable: true }) adoption?: Adoption | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) reply?: string | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) repliedAt?: Date | null;

  @Field(() => ID) get topicId(): string {
    return this.topic.id;
  }
  @Field(() => ID) get undertakingUnitId(): string {
    return this.undertakingUnit.id;
  }
  @Field(() => ID) get governmentId(): string {
    return this.government.id;
  }
}

/** A hearing, poll or symposium held for a topic, with its participants. */
@ObjectType()
@Entity({ tableName: 'consultation_event' })
export class ConsultationEvent {
  [OptionalProps]?: 'createdAt' | 'topicId' | 'undertakingUnitId' | 'governmentId';

  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Index() @ManyToOne(() => ConsultationTopic, { ref: true, deleteRule: 'cascade' }) topic!: Ref<ConsultationTopic>;
  @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) undertakingUnit!: Ref<Unit>;
  @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) government!: Ref<Unit>;

  @Field(() => EventFormEnum) @Enum({ items: () => Object.values(EventFormEnum) }) form!: EventForm;
  @Field({ description: 'YYYY-MM-DD' }) @Property({ type: 'date' }) date!: string;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) place?: string | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) participants?: string | null;
  /** Days before the event the materials must reach each representative (in force when the event was set). */
  @Field(() => Int) @Property({ type: 'integer' }) leadDays!: number;
  @Field(() => Date) @Property({ type: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();

  @Field(() => ID) get topicId(): string {
    return this.topic.id;
  }
  @Field(() => ID) get undertakingUnitId(): string {
    return this.undertakingUnit.id;
  }
  @Field(() => ID) get governmentId(): string {
    return this.government.id;
  }
}

/** The draft, basis and explanation delivered to one representative before a face-to-face event. */
@ObjectType()
@Entity({ tableName: 'material_delivery' })
export class MaterialDelivery {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Index() @ManyToOne(() => ConsultationEvent, { ref: true, deleteRule: 'cascade' }) event!: Ref<ConsultationEvent>;
  @Field() @Property() representative!: string;
  @Field(() => String, { nullable: true }) @Property({ nullable: true }) organisation?: string | null;
  @Field({ description: 'YYYY-MM-DD' }) @Property({ type: 'date' }) deliveredOn!: string;
  /** Delivered later than the rule allows: flagged, with the reason given. */
  @Field() @Property({ default: false }) late: boolean = false;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) lateReason?: string | null;
  @Field(() => Date) @Property({ type: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();
}
