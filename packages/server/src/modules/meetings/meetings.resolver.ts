import { Arg, Ctx as GqlCtx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { InviteeCategory, MeetingKind } from '@gongkai/shared';
import type { Ctx } from '../../common/context.js';
import { IdempotencyKey, idempotent } from '../../common/idempotency/idempotency.js';
import { Can, CanRead, Derived, Public } from '../../common/graphql/permission.js';
import { canRead } from '../../common/graphql/field-guards.js';
import { InviteeCategoryEnum, MeetingKindEnum } from './meetings.enums.js';
import { Unit } from '../../common/organisation/organisation.entities.js';
import { ConsultationTopic } from '../consultation/consultation.entities.js';
import { AgendaItem, AttendanceProposal, GovernmentMeeting, Invitee, PressRelease } from './meetings.entities.js';
import { AgendaItemInput, MeetingInput, PressReleaseInput, ProposalInput } from './meetings.inputs.js';
import * as svc from './meetings.service.js';
import { batchLoad } from '../../common/batch.js';

@ObjectType()
class MeetingPage {
  @CanRead('GovernmentMeeting') @Field(() => [GovernmentMeeting]) items: GovernmentMeeting[];
  @Field(() => Int) total: number;
}

@ObjectType({ description: '议题意见征集率 of one unit (or 合计), computed from the agendas' })
class ConsultationRate {
  @Field(() => ID, { nullable: true }) unitId: string | null;
  @Field() unitName: string;
  @Field(() => Int) required: number;
  @Field(() => Int) consulted: number;
  @Field(() => Float, { nullable: true }) rate: number | null;
}

@ObjectType()
class PublicPressRelease {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() body: string;
  @Field(() => String, { nullable: true }) source: string | null;
  @Field(() => Date) publishedAt: Date;
  @Field() meetingTitle: string;
  @Field(() => MeetingKindEnum) meetingKind: MeetingKind;
  @Field() meetingDate: string;
}

@ObjectType()
class PublicPressReleasePage {
  @Field(() => [PublicPressRelease]) items: PublicPressRelease[];
  @Field(() => Int) total: number;
}

const toPublic = (r: PressRelease): PublicPressRelease => {
  const m = r.meeting.getEntity();
  return {
    id: r.id,
    title: r.title,
    body: r.body,
    source: r.source ?? null,
    publishedAt: r.publishedAt,
    meetingTitle: m.title,
    meetingKind: m.kind,
    meetingDate: m.date,
  };
};

@Resolver(() => GovernmentMeeting)
export class MeetingResolver {
  @Derived('rows of the meeting itself, read with it; what they link to is guarded on its own field')
  @FieldResolver(() => [AgendaItem])
  async agenda(@Root() m: GovernmentMeeting, @GqlCtx() ctx: Ctx) {
    return (await batchLoad(ctx, 'meetingAgendas', m.id, (ids) => svc.agendasOf(ctx, ids))) ?? [];
  }

  @Can('read', 'GovernmentMeeting')
  @Query(() => MeetingPage)
  meetings(
    @GqlCtx() ctx: Ctx,
    @Arg('page', () => Int, { defaultValue: 1 }) page: number,
    @Arg('pageSize', () => Int, { defaultValue: 20 }) pageSize: number,
  ) {
    return svc.listMeetings(ctx, page, pageSize);
  }

  @Can('read', 'GovernmentMeeting')
  @Query(() => GovernmentMeeting)
  meeting(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return svc.getMeeting(ctx, id);
  }

  @Can('create', 'GovernmentMeeting')
  @Mutation(() => GovernmentMeeting)
  createMeeting(@GqlCtx() ctx: Ctx, @Arg('input', () => MeetingInput) input: MeetingInput, @IdempotencyKey() key: string | null) {
    return idempotent(ctx, key, { operation: 'createMeeting', payload: input, entity: GovernmentMeeting }, (tx) => svc.createMeeting(tx, input));
  }

  @Can('update', 'GovernmentMeeting')
  @Mutation(() => AgendaItem)
  addAgendaItem(
    @GqlCtx() ctx: Ctx,
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('input', () => AgendaItemInput) input: AgendaItemInput,
    @IdempotencyKey() key: string | null,
  ) {
    return idempotent(ctx, key, { operation: 'addAgendaItem', payload: { meetingId, input }, entity: AgendaItem }, (tx) =>
      svc.addAgendaItem(tx, meetingId, input),
    );
  }

  @Can('create', 'PressRelease')
  @Mutation(() => PressRelease, { description: 'The E-Government Center publishes a press release in 政府会议' })
  publishPressRelease(
    @GqlCtx() ctx: Ctx,
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('input', () => PressReleaseInput) input: PressReleaseInput,
  ) {
    return svc.publishPressRelease(ctx, meetingId, input);
  }

  @Public()
  @Query(() => PublicPressReleasePage, { description: '政府会议: press releases on the meetings' })
  async publicMeetingNews(
    @GqlCtx() ctx: Ctx,
    @Arg('page', () => Int, { defaultValue: 1 }) page: number,
    @Arg('pageSize', () => Int, { defaultValue: 20 }) pageSize: number,
  ) {
    const { items, total } = await svc.publicPressReleases(ctx, page, pageSize);
    return { items: items.map(toPublic), total };
  }

  @Public()
  @Query(() => PublicPressRelease)
  async publicPressRelease(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return toPublic(await svc.publicPressRelease(ctx, id));
  }

  @Public()
  @Query(() => [ConsultationRate], { description: '议题意见征集率 of a quarter, by unit and overall (the last row, unitId null)' })
  consultationRates(
    @GqlCtx() ctx: Ctx,
    @Arg('year', () => Int) year: number,
    @Arg('quarter', () => Int) quarter: number,
    @Arg('governmentId', () => ID, { nullable: true }) governmentId: string | null,
    @Arg('withChildren', { defaultValue: false, description: 'With the governments directly below it (本级及下级)' }) withChildren: boolean,
  ) {
    return svc.consultationRates(ctx, year, quarter, governmentId ?? null, withChildren);
  }
}

@Resolver(() => AgendaItem)
export class AgendaItemResolver {
  @CanRead('Unit')
  @FieldResolver(() => Unit)
  submittingUnit(@Root() a: AgendaItem) {
    return a.submittingUnit.load();
  }

  @CanRead('ConsultationTopic')
  @FieldResolver(() => ConsultationTopic, {
    nullable: true,
    description: 'The consultation on the topic, with its summary and rates (attached automatically)',
  })
  consultationTopic(@Root() a: AgendaItem) {
    return a.consultationTopic?.load() ?? null;
  }

  @Derived('the id of the topic above, under the same check: who may not read the topic (a draft of another unit) is not told it exists')
  @FieldResolver(() => ID, { nullable: true })
  async consultationTopicId(@Root() a: AgendaItem, @GqlCtx() ctx: Ctx) {
    const topic = await a.consultationTopic?.load();
    return topic && canRead(ctx, 'ConsultationTopic', topic) ? topic.id : null;
  }
}

@Resolver(() => AttendanceProposal)
export class AttendanceProposalResolver {
  @Derived('the agenda row the proposal is for, read with the proposal')
  @FieldResolver(() => AgendaItem)
  agendaItem(@Root() p: AttendanceProposal) {
    return p.agendaItem.load();
  }

  @Derived('rows of the proposal itself; contacts shown by inviteeView')
  @FieldResolver(() => [InviteeView])
  async invitees(@Root() p: AttendanceProposal, @GqlCtx() ctx: Ctx) {
    return (await svc.inviteesFor(ctx, p)).map((i) => inviteeView(ctx, i, p));
  }

  @Can('read', 'AttendanceProposal')
  @Query(() => [AttendanceProposal])
  attendanceProposals(@GqlCtx() ctx: Ctx, @Arg('meetingId', () => ID, { nullable: true }) meetingId: string | null) {
    return svc.listProposals(ctx, meetingId ?? null);
  }

  @Can('read', 'AttendanceProposal')
  @Query(() => AttendanceProposal)
  attendanceProposal(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return svc.getProposal(ctx, id);
  }

  @Can('update', 'AttendanceProposal')
  @Mutation(() => AttendanceProposal, { description: 'The submitting unit writes its attendance proposal (列席意见) for an agenda item' })
  saveAttendanceProposal(
    @GqlCtx() ctx: Ctx,
    @Arg('agendaItemId', () => ID) agendaItemId: string,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Arg('input', () => ProposalInput) input: ProposalInput,
  ) {
    return svc.saveProposal(ctx, agendaItemId, version ?? null, input);
  }

  @Can('submit', 'AttendanceProposal')
  @Mutation(() => AttendanceProposal)
  submitAttendanceProposal(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return svc.submitProposal(ctx, id, version);
  }

  @Can('approve', 'AttendanceProposal')
  @Mutation(() => AttendanceProposal)
  approveAttendanceProposal(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return svc.approveProposal(ctx, id, version);
  }

  @Can('return', 'AttendanceProposal')
  @Mutation(() => AttendanceProposal)
  returnAttendanceProposal(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason') reason: string,
  ) {
    return svc.returnProposal(ctx, id, version, reason);
  }

  @Can('issue', 'AttendanceProposal')
  @Mutation(() => InviteeView, { description: 'Record when the written notice reached an attendee' })
  async recordNoticeDelivery(
    @GqlCtx() ctx: Ctx,
    @Arg('inviteeId', () => ID) inviteeId: string,
    @Arg('deliveredOn') deliveredOn: string,
    @Arg('lateReason', () => String, { nullable: true }) lateReason: string | null,
    @IdempotencyKey() key: string | null,
  ) {
    const i = await idempotent(
      ctx,
      key,
      { operation: 'recordNoticeDelivery', payload: { inviteeId, deliveredOn, lateReason }, entity: Invitee, populate: ['proposal'] },
      (tx) => svc.recordNoticeDelivery(tx, inviteeId, deliveredOn, lateReason ?? null),
    );
    return inviteeView(ctx, i, i.proposal.getEntity());
  }
}

@ObjectType('InviteeDetail', { description: 'An invitee; contact only for the submitting unit and the Secretariat' })
class InviteeView {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => InviteeCategoryEnum) category: InviteeCategory;
  @Field(() => String, { nullable: true }) organisation: string | null;
  @Field(() => String, { nullable: true }) contact: string | null;
  @Field(() => String, { nullable: true }) noticeDeliveredOn: string | null;
  @Field() noticeLate: boolean;
  @Field(() => String, { nullable: true }) noticeLateReason: string | null;
}

function inviteeView(ctx: Ctx, i: Invitee, p: AttendanceProposal): InviteeView {
  return {
    id: i.id,
    name: i.name,
    category: i.category,
    organisation: i.organisation ?? null,
    contact: svc.visibleInviteeContact(ctx, i, p),
    noticeDeliveredOn: i.noticeDeliveredOn ?? null,
    noticeLate: i.noticeLate,
    noticeLateReason: i.noticeLateReason ?? null,
  };
}
