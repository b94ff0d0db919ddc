import { randomUUID } from 'node:crypto';
import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import {
  REQUEST_CLOCK_STATES,
  type ApplicantKind,
  type DeliveryMethod,
  type IdProofKind,
  type InformationForm,
  type ReplyType,
  type RequestChannel,
  type RequestExtensionState,
  type RequestState,
} from '@gongkai/shared';
import {
  ApplicantKindEnum,
  DeliveryMethodEnum,
  IdProofKindEnum,
  InformationFormEnum,
  ReplyTypeEnum,
  RequestChannelEnum,
  RequestExtensionStateEnum,
  RequestStateEnum,
} from './requests.enums.js';
import { Unit } from '../../common/organisation/organisation.entities.js';
import { today } from '../../common/clock.js';

/**
 * A request for government information on application (依申请公开申请), addressed to one
 * administrative body (`unit`) and handled by its disclosure body. The applicant's ID number and
 * contact are personal data: only its handlers read them (masked for everyone else, reads audited).
 *
 * The clock (Art. 33): `replyWorkingDays` (+ an approved extension, + the working days paused for a
 * third party) counted from `clockStartOn` — the day of receipt, or the day the corrected request
 * arrived — that day not counted. `dueOn` is that last day, stored when it changes.
 */
@ObjectType('DisclosureRequest')
@Entity({ tableName: 'disclosure_request' })
@Index({ properties: ['state', 'dueOn'] })
@Index({ name: 'disclosure_request_unit_submitted_index', properties: ['unit', 'submittedAt'] })
@Index({ name: 'disclosure_request_government_received_index', properties: ['government', 'receivedOn'] })
@Index({ name: 'disclosure_request_government_replied_index', properties: ['government', 'repliedOn'] })
export class DisclosureRequest {
  [OptionalProps]?: 'createdAt' | 'state' | 'governmentId' | 'unitId' | 'overdue' | 'repliedLate' | 'pausedWorkingDays';
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Field({ description: '申请编号, given to the applicant' }) @Property({ unique: true }) requestNumber!: string;
  /** With the request number, lets the applicant follow the request on the portal; never shown to staff. */
  @Property() checkCode!: string;
  /** The administrative body the request is addressed to (its disclosure body handles it). */
  @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) unit!: Ref<Unit>;
  /** The level the body belongs to. */
  @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) government!: Ref<Unit>;

  @Field(() => ApplicantKindEnum) @Enum({ items: () => Object.values(ApplicantKindEnum) }) applicantKind!: ApplicantKind;
  /** Personal data (see the class comment): the name of a natural person is masked for non-handlers. */
  @Property() applicantName!: string;
  /** An organisation's legal representative or contact person. */
  @Property({ nullable: true }) contactPerson?: string | null;
  @Field(() => IdProofKindEnum) @Enum({ items: () => Object.values(IdProofKindEnum) }) idProofKind!: IdProofKind;
  @Property() idProofNumber!: string;
  @Property({ nullable: true }) phone?: string | null;
  @Property({ nullable: true }) email?: string | null;
  @Property({ nullable: true }) postalAddress?: string | null;
  @Property({ nullable: true }) postcode?: string | null;

  @Field({ description: '所需信息的用途等补充说明' }) @Property({ type: 'text', default: '' }) note: string = '';
  @Field(() => InformationFormEnum) @Enum({ items: () => Object.values(InformationFormEnum) }) informationForm!: InformationForm;
  @Field(() => DeliveryMethodEnum) @Enum({ items: () => Object.values(DeliveryMethodEnum) }) deliveryMethod!: DeliveryMethod;
  @Field(() => RequestChannelEnum) @Enum({ items: () => Object.values(RequestChannelEnum) }) channel!: RequestChannel;
  /** The portal's submission key (a retry stores the request once) and the sender's address (rate limits). */
  @Property({ nullable: true, unique: true }) idempotencyKey?: string | null;
  @Property({ nullable: true }) address?: string | null;

  @Field(() => RequestStateEnum) @Enum({ items: () => Object.values(RequestStateEnum) }) state: RequestState = 'SUBMITTED';
  @Field(() => Date, { description: 'When it was submitted online or registered by staff' })
  @Property({ type: 'timestamptz' })
  submittedAt!: Date;
  @Field(() => String, { nullable: true, description: '收到申请之日 (Art. 31), YYYY-MM-DD; null until confirmed' })
  @Property({ type: 'date', nullable: true })
  receivedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Why an online request was not registered (e.g. not a request for information)' })
  @Property({ type: 'text', nullable: true })
  notRegisteredReason?: string | null;

  /** The reply period in working days (application.replyWorkingDays in force on the day of receipt). */
  @Field(() => Int, { nullable: true }) @Property({ type: 'integer', nullable: true }) replyWorkingDays?: number | null;
  @Field(() => String, { nullable: true, description: 'The day the clock counts from (not counted): receipt, or the corrected request' })
  @Property({ type: 'date', nullable: true })
  clockStartOn?: string | null;
  @Field(() => String, { nullable: true, description: 'The last day to reply' }) @Property({ type: 'date', nullable: true }) dueOn?: string | null;

  // 补正 (Art. 30): one notice within the notice period after receipt; the clock restarts from the corrected request.
  @Field(() => String, { nullable: true, description: 'Last day to send the correction notice' })
  @Property({ type: 'date', nullable: true })
  correctionNoticeDueOn?: string | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'date', nullable: true }) correctionAskedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'What the applicant is asked to correct' })
  @Property({ type: 'text', nullable: true })
  correctionText?: string | null;
  @Field(() => String, { nullable: true, description: 'Last day for the applicant to correct' })
  @Property({ type: 'date', nullable: true })
  correctionDueOn?: string | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'date', nullable: true }) correctionReceivedOn?: string | null;

  // 征求第三方意见 (Art. 32): the time it takes is not counted (at most application.thirdPartyWorkingDays).
  @Field(() => String, { nullable: true }) @Property({ type: 'date', nullable: true }) thirdPartyFrom?: string | null;
  @Field(() => String, { nullable: true, description: 'Last day for the third party to answer' })
  @Property({ type: 'date', nullable: true })
  thirdPartyDueOn?: string | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) thirdPartyName?: string | null;
  @Field(() => Int, { description: 'Working days not counted while a third party was consulted' })
  @Property({ type: 'integer', default: 0 })
  pausedWorkingDays: number = 0;

  // 延长答复期限 (Art. 33): once, at most application.extensionWorkingDays, approved by the head.
  @Field(() => RequestExtensionStateEnum, { nullable: true })
  @Enum({ items: () => Object.values(RequestExtensionStateEnum), nullable: true })
  extensionState?: RequestExtensionState | null;
  @Field(() => Int, { nullable: true }) @Property({ type: 'integer', nullable: true }) extensionDays?: number | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) extensionReason?: string | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) extensionRefusal?: string | null;
  @Field(() => String, { nullable: true }) @Property({ nullable: true }) extensionApprovedByName?: string | null;

  @Field(() => String, { nullable: true, description: '答复书文号' }) @Property({ nullable: true }) replyNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'The body of the reply letter' })
  @Property({ type: 'text', nullable: true })
  reply?: string | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'date', nullable: true }) repliedOn?: string | null;
  @Field(() => String, { nullable: true }) @Property({ nullable: true }) repliedByName?: string | null;
  @Field({ description: 'The reply came after the last day' }) @Property({ default: false }) repliedLate: boolean = false;
  @Field(() => Float, { description: '信息处理费 charged (yuan)' })
  @Property({ type: 'numeric', precision: 12, scale: 2, default: 0, serializer: Number })
  feeCharged: number = 0;
  @Field(() => String, { nullable: true }) @Property({ type: 'date', nullable: true }) deliveredOn?: string | null;
  @Field(() => DeliveryMethodEnum, { nullable: true, description: 'How the reply was actually delivered' })
  @Enum({ items: () => Object.values(DeliveryMethodEnum), nullable: true })
  deliveredBy?: DeliveryMethod | null;
  /** The last day the handlers were reminded of, and the day the overdue request was reported. */
  @Property({ type: 'date', nullable: true }) remindedForDueOn?: string | null;
  @Property({ type: 'date', nullable: true }) overdueReportedOn?: string | null;

  @OneToMany(() => DisclosureRequestItem, (i) => i.request, { orderBy: { seq: 'asc' } })
  items = new Collection<DisclosureRequestItem>(this);
  @Field(() => Int) @Property({ version: true }) version!: number;
  @Field(() => Date) @Property({ type: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();

  @Field(() => ID) get governmentId(): string {
    return this.government.id;
  }
  @Field(() => ID) get unitId(): string {
    return this.unit.id;
  }
  @Field({ description: 'Not replied after its last day (the clock runs)' }) get overdue(): boolean {
    return REQUEST_CLOCK_STATES.includes(this.state) && !!this.dueOn && this.dueOn < today();
  }
}

/**
 * One piece of information asked for (a request may ask several, answered differently). Linked to a
 * policy document where it matches one: requests are counted per document for the yearly review.
 */
@ObjectType('DisclosureRequestItem')
@Entity({ tableName: 'disclosure_request_item' })
@Index({ name: 'disclosure_request_item_document_index', properties: ['documentId'] })
export class DisclosureRequestItem {
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne(() => DisclosureRequest, { ref: true, deleteRule: 'cascade' }) request!: Ref<DisclosureRequest>;
  @Field(() => Int) @Property({ type: 'integer' }) seq!: number;
  @Field({ description: '所需信息的名称、文号或者便于查询的其他特征性描述' }) @Property({ type: 'text' }) description!: string;
  /** The policy document it asks for, when it matches one (id only: documents are another module's). */
  @Field(() => ID, { nullable: true }) @Property({ type: 'uuid', nullable: true }) documentId?: string | null;
  @Field(() => ReplyTypeEnum, { nullable: true }) @Enum({ items: () => Object.values(ReplyTypeEnum), nullable: true }) outcome?: ReplyType | null;
  @Field(() => String, { nullable: true, description: 'The sub-reason of the reply type (template table 三)' })
  @Property({ nullable: true })
  outcomeReason?: string | null;
  @Field(() => String, { nullable: true, description: 'What the letter says about this item (where to find it, the legal basis…)' })
  @Property({ type: 'text', nullable: true })
  outcomeNote?: string | null;
}
