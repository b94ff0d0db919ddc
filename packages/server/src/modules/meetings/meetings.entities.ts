import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OneToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { InviteeCategory, MeetingKind, ProposalState, TopicCategory } from '@gongkai/shared';
import { InviteeCategoryEnum, MeetingKindEnum, ProposalStateEnum } from './meetings.enums.js';
import { TopicCategoryEnum } from '../consultation/consultation.enums.js';
import { Unit } from '../../common/organisation/organisation.entities.js';
import { ConsultationTopic } from '../consultation/consultation.entities.js';

/** A government meeting (常务会议, 市长办公会议 …) planned by the Secretariat. */
@ObjectType()
@Entity({ tableName: 'government_meeting' })
export class GovernmentMeeting {
  [OptionalProps]?: 'createdAt' | 'governmentId';
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Index() @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) government!: Ref<Unit>;
  @Field(() => MeetingKindEnum) @Enum({ items: () => Object.values(MeetingKindEnum) }) kind!: MeetingKind;
  @Field() @Property({ type: 'text' }) title!: string;
  @Field({ description: 'YYYY-MM-DD' }) @Index() @Property({ type: 'date' }) date!: string;
  @Field(() => String, { nullable: true, description: 'HH:mm' }) @Property({ nullable: true }) startTime?: string | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) place?: string | null;
  @Field(() => String, { nullable: true, description: '参会须知' }) @Property({ type: 'text', nullable: true }) attendeeNotes?: string | null;
  /** Working days a written notice must reach each attendee before the meeting (in force when it was planned). */
  @Field(() => Int) @Property({ type: 'integer' }) noticeWorkingDays!: number;
  /** The latest day the written notice may reach an attendee: that many working days before the meeting (null when the calendar of that year is not yet published). */
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: latest day the written notice may be delivered' })
  @Property({ type: 'date', nullable: true })
  noticeDueOn?: string | null;
  @Field(() => Int) @Property({ version: true }) version!: number;
  @Field(() => Date) @Property({ type: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();
  @Field(() => ID) get governmentId(): string {
    return this.government.id;
  }
}

/** A topic on a meeting's agenda, submitted by a unit; linked to its consultation when there was one. */
@ObjectType()
@Entity({ tableName: 'agenda_item' })
export class AgendaItem {
  [OptionalProps]?: 'meetingId' | 'submittingUnitId' | 'consultationTopicId';
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Index() @ManyToOne(() => GovernmentMeeting, { ref: true, deleteRule: 'cascade' }) meeting!: Ref<GovernmentMeeting>;
  @Field(() => Int) @Property({ type: 'integer' }) position!: number;
  @Field() @Property({ type: 'text' }) title!: string;
  @Index() @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) submittingUnit!: Ref<Unit>;
  @Field(() => TopicCategoryEnum) @Enum({ items: () => Object.values(TopicCategoryEnum) }) category!: TopicCategory;
  /** Kept confidential by law: not to be consulted on. */
  @Field() @Property({ default: false }) exempt: boolean = false;
  /** 重要民生议题: grassroots representatives must attend. */
  @Field() @Property({ default: false }) importantLivelihood: boolean = false;
  @ManyToOne(() => ConsultationTopic, { ref: true, nullable: true, deleteRule: 'set null' }) consultationTopic?: Ref<ConsultationTopic> | null;
  @Field(() => ID) get meetingId(): string {
    return this.meeting.id;
  }
  @Field(() => ID) get submittingUnitId(): string {
    return this.submittingUnit.id;
  }
  /** Not a field of the schema as it stands: the resolver shows the id only to who may read the topic. */
  get consultationTopicId(): string | null {
    return this.consultationTopic?.id ?? null;
  }
}

/** The submitting unit's proposal on who attends for a livelihood topic (列席意见), approved with the meeting plan. */
@ObjectType()
@Entity({ tableName: 'attendance_proposal' })
export class AttendanceProposal {
  [OptionalProps]?: 'createdAt' | 'state' | 'submittingUnitId' | 'governmentId' | 'agendaItemId';
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @OneToOne(() => AgendaItem, { ref: true, owner: true, deleteRule: 'cascade' }) agendaItem!: Ref<AgendaItem>;
  @Index() @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) submittingUnit!: Ref<Unit>;
  @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) government!: Ref<Unit>;
  @Field({ description: 'Whether to invite stakeholders, the public, experts or media' }) @Property() invite!: boolean;
  @Field(() => String, { nullable: true, description: '邀请的必要性' }) @Property({ type: 'text', nullable: true }) necessity?: string | null;
  @Field(() => String, { nullable: true, description: '参与方式' }) @Property({ type: 'text', nullable: true }) participationWay?: string | null;
  @Field(() => String, { nullable: true, description: '邀请准备情况' }) @Property({ type: 'text', nullable: true }) preparations?: string | null;
  @Field(() => ProposalStateEnum) @Enum({ items: () => Object.values(ProposalStateEnum) }) state: ProposalState = 'DRAFT';
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) returnReason?: string | null;
  @Field(() => Int) @Property({ version: true }) version!: number;
  @Property({ type: 'uuid' }) createdById!: string;
  @Field(() => Date) @Property({ type: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();
  @Field(() => ID) get agendaItemId(): string {
    return this.agendaItem.id;
  }
  @Field(() => ID) get submittingUnitId(): string {
    return this.submittingUnit.id;
  }
  @Field(() => ID) get governmentId(): string {
    return this.government.id;
  }
}

/** One person invited to attend, and the delivery of the written notice. */
@ObjectType()
@Entity({ tableName: 'invitee' })
export class Invitee {
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Index() @ManyToOne(() => AttendanceProposal, { ref: true, deleteRule: 'cascade' }) proposal!: Ref<AttendanceProposal>;
  @Field() @Property() name!: string;
  @Field(() => InviteeCategoryEnum) @Enum({ items: () => Object.values(InviteeCategoryEnum) }) category!: InviteeCategory;
  @Field(() => String, { nullable: true }) @Property({ nullable: true }) organisation?: string | null;
  /** Personal data: shown to the submitting unit and the Secretariat only. */
  @Property({ nullable: true }) contact?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) @Property({ type: 'date', nullable: true }) noticeDeliveredOn?: string | null;
  @Field() @Property({ default: false }) noticeLate: boolean = false;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) noticeLateReason?: string | null;
}

/** A press release on a meeting (新闻通稿), published by the E-Government Center in the 政府会议 column. */
@ObjectType()
@Entity({ tableName: 'press_release' })
export class PressRelease {
  [OptionalProps]?: 'publishedAt' | 'meetingId';
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Index() @ManyToOne(() => GovernmentMeeting, { ref: true, deleteRule: 'cascade' }) meeting!: Ref<GovernmentMeeting>;
  @Field() @Property({ type: 'text' }) title!: string;
  @Field() @Property({ type: 'text' }) body!: string;
  @Field(() => String, { nullable: true, description: 'The medium that reported it' }) @Property({ nullable: true }) source?: string | null;
  @Field(() => Date) @Index() @Property({ type: 'timestamptz', defaultRaw: 'now()' }) publishedAt: Date = new Date();
  @Field(() => ID) get meetingId(): string {
    return this.meeting.id;
  }
}
