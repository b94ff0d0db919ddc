import { randomUUID } from 'node:crypto';
import { Entity, Enum, Formula, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  RESOLUTION_OPEN_STATES,
  type JointAgendaKind,
  type JointMeetingState,
  type LeadingGroupPosition,
  type ResolutionState,
} from '@gongkai/shared';
import { JointAgendaKindEnum, JointMeetingStateEnum, LeadingGroupPositionEnum, ResolutionStateEnum } from './joint-meetings.enums.js';
import { Unit, User } from '../../common/organisation/organisation.entities.js';
import { today } from '../../common/clock.js';

/** 领导小组 of a government level: a user (and the unit they stand for) as leader, deputy or member, for a term. */
@ObjectType('LeadingGroupMember')
@Entity({ tableName: 'leading_group_member' })
@Index({ properties: ['government', 'termStart'] })
export class LeadingGroupMember {
  [OptionalProps]?: 'createdAt' | 'governmentId' | 'unitId' | 'userId' | 'current';
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) government!: Ref<Unit>;
  @Index() @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' }) user!: Ref<User>;
  @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) unit!: Ref<Unit>;
  @Field({ description: 'The member’s name as recorded' }) @Property() name!: string;
  @Field({ description: 'The member’s office, e.g. 副市长, 市教育局局长' }) @Property() title!: string;
  @Field(() => LeadingGroupPositionEnum) @Enum({ items: () => Object.values(LeadingGroupPositionEnum) }) position!: LeadingGroupPosition;
  @Field() @Property({ type: 'date' }) termStart!: string;
  @Field(() => String, { nullable: true, description: 'Open-ended when null' }) @Property({ type: 'date', nullable: true }) termEnd?: string | null;
  @Field(() => Int) @Property({ version: true }) version!: number;
  @Field(() => Date) @Property({ type: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();

  @Field(() => ID) get governmentId(): string {
    return this.government.id;
  }
  @Field(() => ID) get unitId(): string {
    return this.unit.id;
  }
  @Field(() => ID) get userId(): string {
    return this.user.id;
  }
  @Field({ description: 'In term today' }) get current(): boolean {
    const d = today();
    return this.termStart <= d && (!this.termEnd || this.termEnd >= d);
  }
}

/** 委托: the leader delegates convening to a member, for a period (and, if given, a purpose). */
@ObjectType('JointMeetingDelegation')
@Entity({ tableName: 'joint_meeting_delegation' })
export class JointMeetingDelegation {
  [OptionalProps]?: 'createdAt' | 'governmentId' | 'delegateUserId' | 'delegateMemberId';
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Index() @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) government!: Ref<Unit>;
  @ManyToOne(() => LeadingGroupMember, { ref: true, deleteRule: 'restrict' }) delegateMember!: Ref<LeadingGroupMember>;
  @Index() @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' }) delegateUser!: Ref<User>;
  @Field({ description: 'Who was delegated' }) @Property() delegateName!: string;
  @Property({ type: 'uuid' }) grantedById!: string;
  @Field({ description: 'The leader who delegated' }) @Property() grantedByName!: string;
  @Field(() => Date) @Property({ type: 'timestamptz' }) grantedAt!: Date;
  @Field() @Property({ type: 'date' }) validFrom!: string;
  @Field() @Property({ type: 'date' }) validTo!: string;
  @Field(() => String, { nullable: true, description: 'For which meeting or work' }) @Property({ type: 'text', nullable: true }) purpose?:
    string | null;
  @Field(() => Date) @Property({ type: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();

  @Field(() => ID) get governmentId(): string {
    return this.government.id;
  }
  @Field(() => ID) get delegateUserId(): string {
    return this.delegateUser.id;
  }
  @Field(() => ID) get delegateMemberId(): string {
    return this.delegateMember.id;
  }
}

/** One item of the agenda: its kind (the notice's three), its title, the unit that reports on it. */
@ObjectType('JointAgendaItem')
export class JointAgendaItem {
  @Field(() => JointAgendaKindEnum) kind!: JointAgendaKind;
  @Field() title!: string;
  @Field(() => ID, { nullable: true }) unitId?: string | null;
}

/** 联席会议: convened, held, and its minutes (会议纪要) issued (印发) to the units concerned. */
@ObjectType('JointMeeting')
@Entity({ tableName: 'joint_meeting' })
@Index({ properties: ['government', 'plannedOn'] })
export class JointMeeting {
  [OptionalProps]?: 'createdAt' | 'state' | 'governmentId' | 'year' | 'issuedUnitIds' | 'inviteeUnitIds' | 'agenda';
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) government!: Ref<Unit>;
  @Field() @Property() title!: string;
  @Field({ description: 'The planned date' }) @Property({ type: 'date' }) plannedOn!: string;
  @Field(() => String, { nullable: true }) @Property({ nullable: true }) place?: string | null;
  @Field(() => JointMeetingStateEnum) @Enum({ items: () => Object.values(JointMeetingStateEnum) }) state: JointMeetingState = 'CONVENED';
  @Property({ type: 'uuid' }) convenorId!: string;
  @Field({ description: 'Who convened' }) @Property() convenorName!: string;
  @Field(() => LeadingGroupPositionEnum) @Enum({ items: () => Object.values(LeadingGroupPositionEnum) }) convenorPosition!: LeadingGroupPosition;
  @ManyToOne(() => JointMeetingDelegation, { ref: true, nullable: true, deleteRule: 'restrict' }) delegation?: Ref<JointMeetingDelegation> | null;
  @Field(() => [ID], { description: 'Units invited' }) @Property({ type: 'uuid[]', columnType: 'uuid[]' }) inviteeUnitIds: string[] = [];
  @Field(() => String, { nullable: true, description: 'Others invited (其他有关人员)' }) @Property({ type: 'text', nullable: true }) otherInvitees?:
    string | null;
  @Field(() => [JointAgendaItem]) @Property({ type: 'json' }) agenda: JointAgendaItem[] = [];
  @Field(() => String, { nullable: true, description: 'Why it was called off (已取消)' }) @Property({ type: 'text', nullable: true }) cancelReason?:
    string | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'date', nullable: true }) heldOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Who attended' }) @Property({ type: 'text', nullable: true }) attendance?: string | null;
  @Field(() => String, { nullable: true, description: '纪要编号' }) @Property({ nullable: true }) minutesNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'The minutes’ text' }) @Property({ type: 'text', nullable: true }) minutesText?: string | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'date', nullable: true }) issuedOn?: string | null;
  @Field(() => String, { nullable: true }) @Property({ nullable: true }) issuedByName?: string | null;
  @Field(() => [ID], { description: 'Units the minutes were issued to' })
  @Property({ type: 'uuid[]', columnType: 'uuid[]' })
  issuedUnitIds: string[] = [];
  @Field(() => Int) @Property({ version: true }) version!: number;
  @Field(() => Date) @Property({ type: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();

  @Field(() => ID) get governmentId(): string {
    return this.government.id;
  }
  @Field(() => Int) get year(): number {
    return Number((this.heldOn ?? this.plannedOn).slice(0, 4));
  }
  @Field(() => ID, { nullable: true }) get delegationId(): string | null {
    return this.delegation?.id ?? null;
  }
}

/** 议定事项: what the meeting decided, with responsible units and a due date, followed to closure. */
@ObjectType('Resolution')
@Entity({ tableName: 'joint_resolution' })
@Index({ properties: ['government', 'state', 'dueOn'] })
export class Resolution {
  [OptionalProps]?: 'createdAt' | 'state' | 'governmentId' | 'meetingId' | 'overdue' | 'returnCount';
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Index() @ManyToOne(() => JointMeeting, { ref: true, deleteRule: 'restrict' }) meeting!: Ref<JointMeeting>;
  @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) government!: Ref<Unit>;
  @Field(() => Int) @Property({ type: 'integer' }) position!: number;
  @Field() @Property({ type: 'text' }) content!: string;
  @Field(() => [ID]) @Index({ type: 'gin' }) @Property({ type: 'uuid[]', columnType: 'uuid[]' }) responsibleUnitIds: string[] = [];
  @Field() @Property({ type: 'date' }) dueOn!: string;
  @Field(() => ResolutionStateEnum) @Enum({ items: () => Object.values(ResolutionStateEnum) }) state: ResolutionState = 'DRAFT';
  @Field(() => String, { nullable: true, description: 'Why the office sent the report back' })
  @Property({ type: 'text', nullable: true })
  returnReason?: string | null;
  @Field(() => Int) @Property({ type: 'integer', default: 0 }) returnCount: number = 0;
  @Field(() => String, { nullable: true }) @Property({ type: 'date', nullable: true }) closedOn?: string | null;
  @Field(() => String, { nullable: true }) @Property({ nullable: true }) closedByName?: string | null;
  @Field(() => Int) @Property({ version: true }) version!: number;
  @Field(() => Date) @Property({ type: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();

  /**
   * The names of the responsible units in the units' order, read with the resolution only where it is
   * populated (a list of resolutions: the names come with the rows, not in a statement of their own).
   */
  @Formula((t) => `array(select u.name from unit u where u.id = any(${t.alias}.responsible_unit_ids) order by u.sort_order, u.id)`, { lazy: true })
  responsibleUnitNamesRead?: string[];

  @Field(() => ID) get governmentId(): string {
    return this.government.id;
  }
  @Field(() => ID) get meetingId(): string {
    return this.meeting.id;
  }
  @Field({ description: 'Not closed after its due date' }) get overdue(): boolean {
    return RESOLUTION_OPEN_STATES.includes(this.state) && this.dueOn < today();
  }
}

/** A responsible unit's progress report on a resolution (落实进展). */
@ObjectType('ResolutionProgress')
@Entity({ tableName: 'joint_resolution_progress' })
export class ResolutionProgress {
  [OptionalProps]?: 'unitId';
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Index() @ManyToOne(() => Resolution, { ref: true, deleteRule: 'restrict' }) resolution!: Ref<Resolution>;
  @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) unit!: Ref<Unit>;
  @Field() @Property() unitName!: string;
  @Field() @Property({ type: 'text' }) text!: string;
  @Field(() => Date) @Property({ type: 'timestamptz' }) reportedAt!: Date;
  @Field(() => String, { nullable: true }) @Property({ nullable: true }) reportedByName?: string | null;

  @Field(() => ID) get unitId(): string {
    return this.unit.id;
  }
}

/** 确认收到: a unit the minutes were issued to acknowledges receipt, once. */
@ObjectType('MinutesReceipt')
@Entity({ tableName: 'joint_minutes_receipt' })
@Unique({ name: 'joint_minutes_receipt_unique', properties: ['meeting', 'unit'] })
export class MinutesReceipt {
  [OptionalProps]?: 'governmentId' | 'unitId' | 'meetingId';
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne(() => JointMeeting, { ref: true, deleteRule: 'restrict' }) meeting!: Ref<JointMeeting>;
  @Index() @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) unit!: Ref<Unit>;
  @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) government!: Ref<Unit>;
  @Field() @Property() unitName!: string;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) acknowledgedAt?: Date | null;
  @Field(() => String, { nullable: true }) @Property({ nullable: true }) acknowledgedByName?: string | null;
  @Field(() => Int) @Property({ version: true }) version!: number;

  @Field(() => ID) get governmentId(): string {
    return this.government.id;
  }
  @Field(() => ID) get unitId(): string {
    return this.unit.id;
  }
  @Field(() => ID) get meetingId(): string {
    return this.meeting.id;
  }
}
