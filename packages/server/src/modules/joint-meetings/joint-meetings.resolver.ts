import { Arg, Ctx as GqlCtx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { GovernmentScopeInput } from '../../common/graphql/scope.js';
import type { Ctx } from '../../common/context.js';
import { Can, CanRead, Derived } from '../../common/graphql/permission.js';
import { today } from '../../common/clock.js';
import {
  JointMeeting,
  JointMeetingDelegation,
  LeadingGroupMember,
  MinutesReceipt,
  Resolution,
  ResolutionProgress,
} from './joint-meetings.entities.js';
import {
  DelegationInput,
  JointMeetingInput,
  LeadingGroupMemberInput,
  MinutesInput,
  ResolutionFilter,
  ResolutionInput,
} from './joint-meetings.inputs.js';
import * as svc from './joint-meetings.service.js';
import { batchLoad } from '../../common/batch.js';

@ObjectType({ description: "The dashboard's figures of joint meetings for a level and year" })
class JointMeetingFigures {
  @Field(() => ID) governmentId: string;
  @Field(() => Int) year: number;
  @Field(() => Int, { description: 'jointMeeting.minPerYear in force' }) minPerYear: number;
  @Field(() => Int, { description: 'Meetings held in the year' }) held: number;
  @Field({ description: 'At least the minimum held (with a level and those below it: by every government)' }) met: boolean;
  @Field(() => Int, { description: 'The governments counted (1, or a level and those below it)' }) governments: number;
  @Field(() => Int, { description: 'Of them, those that held at least the minimum' }) governmentsMet: number;
  @Field(() => Int) openResolutions: number;
  @Field(() => Int) overdueResolutions: number;
  @Field(() => Int, { description: 'Receipts of issued minutes not yet acknowledged' }) unacknowledged: number;
}

@ObjectType({ description: 'A user who may be added to the leading group' })
class LeadingGroupCandidate {
  @Field(() => ID) userId: string;
  @Field() name: string;
}

/** The names of the units, in the units' order; the ids of every row of a list are read in one statement. */
const names = async (ctx: Ctx, ids: readonly string[]) => {
  const units = await Promise.all(
    ids.map((id) => batchLoad(ctx, 'unitsNamed', id, async (all) => new Map((await svc.unitsNamed(ctx, all)).map((u) => [u.id, u])))),
  );
  return units
    .filter((u) => u !== undefined)
    .sort((a, b) => a.sortOrder - b.sortOrder || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((u) => u.name);
};

@Resolver(() => LeadingGroupMember)
export class LeadingGroupResolver {
  @Derived("the member's unit name, part of the membership")
  @FieldResolver(() => String)
  async unitName(@Root() m: LeadingGroupMember, @GqlCtx() ctx: Ctx) {
    return (await names(ctx, [m.unit.id]))[0] ?? '';
  }

  @Can('read', 'LeadingGroupMember')
  @Query(() => [LeadingGroupMember], { description: "The level's leading group: in term today, or (all) everyone it has had" })
  leadingGroup(@GqlCtx() ctx: Ctx, @Arg('all', () => Boolean, { nullable: true }) all: boolean | null) {
    return svc.listGroup(ctx, all ?? false);
  }

  @Can('create', 'LeadingGroupMember')
  @Query(() => [LeadingGroupCandidate], { description: 'The active users of a unit of the level, to add to the group' })
  leadingGroupCandidates(@GqlCtx() ctx: Ctx, @Arg('unitId', () => ID) unitId: string) {
    return svc.groupCandidates(ctx, unitId);
  }

  @Can('create', 'LeadingGroupMember')
  @Mutation(() => LeadingGroupMember, { description: 'The Disclosure Office adds a user of the level to the leading group' })
  addLeadingGroupMember(@GqlCtx() ctx: Ctx, @Arg('input', () => LeadingGroupMemberInput) input: LeadingGroupMemberInput) {
    return svc.addMember(ctx, { ...input, userId: input.userId ?? '' });
  }

  @Can('update', 'LeadingGroupMember')
  @Mutation(() => LeadingGroupMember, { description: "A member's position, office or term changed" })
  updateLeadingGroupMember(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => LeadingGroupMemberInput) input: LeadingGroupMemberInput,
  ) {
    return svc.updateMember(ctx, id, version, input);
  }
}

@Resolver(() => JointMeetingDelegation)
export class JointMeetingDelegationResolver {
  @Can('read', 'JointMeetingDelegation')
  @Query(() => [JointMeetingDelegation], { description: "The leader's delegations of convening, newest first" })
  jointMeetingDelegations(@GqlCtx() ctx: Ctx) {
    return svc.listDelegations(ctx);
  }

  @Can('create', 'JointMeetingDelegation')
  @Mutation(() => JointMeetingDelegation, { description: '委托: the leader delegates convening to a member for a period' })
  delegateJointMeetingConvening(@GqlCtx() ctx: Ctx, @Arg('input', () => DelegationInput) input: DelegationInput) {
    return svc.delegateConvening(ctx, input);
  }
}

@Resolver(() => JointMeeting)
export class JointMeetingResolver {
  @CanRead('Resolution')
  @FieldResolver(() => [Resolution], { description: '议定事项 (those the reader may read)' })
  resolutions(@Root() m: JointMeeting, @GqlCtx() ctx: Ctx) {
    return svc.listResolutions(ctx, { meetingId: m.id });
  }

  @CanRead('MinutesReceipt')
  @FieldResolver(() => [MinutesReceipt], { description: 'Who acknowledged the minutes (those the reader may read)' })
  receipts(@Root() m: JointMeeting, @GqlCtx() ctx: Ctx) {
    return svc.meetingReceipts(ctx, m.id);
  }

  @CanRead('JointMeetingDelegation')
  @FieldResolver(() => JointMeetingDelegation, { nullable: true, description: 'The delegation a member convened under' })
  delegation(@Root() m: JointMeeting) {
    return m.delegation?.load() ?? null;
  }

  @Derived('names of the units the meeting itself lists')
  @FieldResolver(() => [String])
  inviteeUnitNames(@Root() m: JointMeeting, @GqlCtx() ctx: Ctx) {
    return names(ctx, m.inviteeUnitIds);
  }

  @Derived('names of the units the meeting itself lists')
  @FieldResolver(() => [String])
  issuedUnitNames(@Root() m: JointMeeting, @GqlCtx() ctx: Ctx) {
    return names(ctx, m.issuedUnitIds);
  }

  @Can('read', 'JointMeeting')
  @Query(() => [JointMeeting], { description: 'Joint meetings the reader may read, newest first' })
  jointMeetings(@GqlCtx() ctx: Ctx, @Arg('year', () => Int, { nullable: true }) year: number | null) {
    return svc.listMeetings(ctx, year ?? null);
  }

  @Can('read', 'JointMeeting')
  @Query(() => JointMeeting)
  jointMeeting(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return svc.getMeeting(ctx, id);
  }

  @Can('create', 'JointMeeting')
  @Mutation(() => JointMeeting, { description: '召集: by the leader, a deputy, or a member the leader delegated' })
  conveneJointMeeting(@GqlCtx() ctx: Ctx, @Arg('input', () => JointMeetingInput) input: JointMeetingInput) {
    return svc.conveneMeeting(ctx, input);
  }

  @Can('update', 'JointMeeting')
  @Mutation(() => JointMeeting, { description: "The meeting's plan changed before it is held: title, date, place, invitees, agenda" })
  updateJointMeeting(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => JointMeetingInput) input: JointMeetingInput,
  ) {
    return svc.updateMeeting(ctx, id, version, input);
  }

  @Can('update', 'JointMeeting')
  @Mutation(() => JointMeeting, { description: '取消: called off before it is held, with the reason' })
  cancelJointMeeting(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('reason') reason: string) {
    return svc.cancelMeeting(ctx, id, version, reason);
  }

  @Can('update', 'JointMeeting')
  @Mutation(() => JointMeeting, { description: 'The meeting was held on a day (not after today)' })
  recordJointMeetingHeld(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('heldOn') heldOn: string,
    @Arg('attendance', () => String, { nullable: true }) attendance: string | null,
  ) {
    return svc.holdMeeting(ctx, id, version, heldOn, attendance ?? null);
  }

  @Can('update', 'JointMeeting')
  @Mutation(() => JointMeeting, { description: 'The minutes drafted: number and text' })
  saveJointMeetingMinutes(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => MinutesInput) input: MinutesInput,
  ) {
    return svc.saveMinutes(ctx, id, version, input);
  }

  @Can('update', 'JointMeeting')
  @Mutation(() => Resolution, { description: '议定事项 added to the minutes being drafted' })
  addResolution(
    @GqlCtx() ctx: Ctx,
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ResolutionInput) input: ResolutionInput,
  ) {
    return svc.addResolution(ctx, meetingId, version, input);
  }

  @Can('update', 'JointMeeting')
  @Mutation(() => Boolean, { description: 'A resolution taken out of minutes not yet issued' })
  removeResolution(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return svc.removeResolution(ctx, id);
  }

  @Can('issue', 'JointMeeting')
  @Mutation(() => JointMeeting, { description: '印发: to the invited and responsible units (and others named), who acknowledge receipt' })
  issueJointMeetingMinutes(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('otherUnitIds', () => [ID], { nullable: true }) otherUnitIds: string[] | null,
  ) {
    return svc.issueMinutes(ctx, id, version, otherUnitIds ?? []);
  }

  @Can('read', 'JointMeetingFigures')
  @Query(() => JointMeetingFigures, { description: "The dashboard: the year's meetings held against the minimum, resolutions open and overdue" })
  jointMeetingFigures(
    @GqlCtx() ctx: Ctx,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Arg('scope', () => GovernmentScopeInput, { nullable: true }) scope: GovernmentScopeInput | null,
  ) {
    return svc.jointMeetingFigures(ctx, year ?? Number(today().slice(0, 4)), scope);
  }
}

@Resolver(() => Resolution)
export class ResolutionResolver {
  @Derived('progress reports are part of the resolution')
  @FieldResolver(() => [ResolutionProgress])
  progress(@Root() r: Resolution, @GqlCtx() ctx: Ctx) {
    return batchLoad(ctx, 'resolutionProgress', r.id, (ids) => svc.resolutionProgresses(ctx, ids)).then((p) => p ?? []);
  }

  @Derived('names of the units the resolution itself lists')
  @FieldResolver(() => [String])
  responsibleUnitNames(@Root() r: Resolution, @GqlCtx() ctx: Ctx) {
    // read with a list's rows; else (one resolution, one just written) batched like the other names
    return r.responsibleUnitNamesRead ?? names(ctx, r.responsibleUnitIds);
  }

  @CanRead('JointMeeting')
  @FieldResolver(() => JointMeeting, { nullable: true })
  meeting(@Root() r: Resolution) {
    return r.meeting.load();
  }

  @Can('read', 'Resolution')
  @Query(() => [Resolution], { description: "Resolutions the reader may read: their unit's, or the whole level's" })
  resolutions(@GqlCtx() ctx: Ctx, @Arg('filter', () => ResolutionFilter, { nullable: true }) filter: ResolutionFilter | null) {
    return svc.listResolutions(ctx, filter ?? {});
  }

  @Can('read', 'Resolution')
  @Query(() => Resolution)
  resolution(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return svc.getResolution(ctx, id);
  }

  @Can('answer', 'Resolution')
  @Mutation(() => Resolution, { description: 'A responsible unit reports progress (落实进展)' })
  reportResolutionProgress(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('progress') progress: string,
  ) {
    return svc.reportProgress(ctx, id, version, progress);
  }

  @Can('verify', 'Resolution')
  @Mutation(() => Resolution, { description: 'The Disclosure Office verifies and closes it (办结), after a progress report' })
  closeResolution(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return svc.closeResolution(ctx, id, version);
  }

  @Can('return', 'Resolution')
  @Mutation(() => Resolution, { description: 'The Disclosure Office sends the report back, with the reason' })
  returnResolution(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('reason') reason: string) {
    return svc.returnResolution(ctx, id, version, reason);
  }
}

@Resolver(() => MinutesReceipt)
export class MinutesReceiptResolver {
  @CanRead('JointMeeting')
  @FieldResolver(() => JointMeeting, { nullable: true })
  meeting(@Root() r: MinutesReceipt) {
    return r.meeting.load();
  }

  @Can('read', 'MinutesReceipt')
  @Query(() => [MinutesReceipt], { description: "The minutes issued to the reader's unit, to acknowledge first" })
  myMinutesReceipts(@GqlCtx() ctx: Ctx) {
    return svc.myReceipts(ctx);
  }

  @Can('accept', 'MinutesReceipt')
  @Mutation(() => MinutesReceipt, { description: '确认收到: once, by the unit the minutes were issued to' })
  acknowledgeMinutes(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return svc.acknowledgeMinutes(ctx, id);
  }
}
