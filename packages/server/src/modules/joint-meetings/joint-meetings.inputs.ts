import { Field, ID, InputType } from 'type-graphql';
import type { JointAgendaKind, LeadingGroupPosition, ResolutionState } from '@gongkai/shared';
import { JointAgendaKindEnum, LeadingGroupPositionEnum, ResolutionStateEnum } from './joint-meetings.enums.js';

@InputType({ description: 'A member of the leading group and their term' })
export class LeadingGroupMemberInput {
  @Field(() => ID, { nullable: true, description: 'The user (when adding; ignored when changing)' }) userId?: string | null;
  @Field(() => LeadingGroupPositionEnum) position: LeadingGroupPosition;
  @Field({ description: 'Their office, e.g. 副市长' }) title: string;
  @Field() termStart: string;
  @Field(() => String, { nullable: true }) termEnd?: string | null;
}

@InputType({ description: '委托: a member convenes for the leader during a period' })
export class DelegationInput {
  @Field(() => ID) memberId: string;
  @Field() validFrom: string;
  @Field() validTo: string;
  @Field(() => String, { nullable: true }) purpose?: string | null;
}

@InputType()
export class JointAgendaItemInput {
  @Field(() => JointAgendaKindEnum) kind: JointAgendaKind;
  @Field() title: string;
  @Field(() => ID, { nullable: true, description: 'The unit reporting on it' }) unitId?: string | null;
}

@InputType({ description: '召集: the meeting planned, its invitees and agenda' })
export class JointMeetingInput {
  @Field() title: string;
  @Field() plannedOn: string;
  @Field(() => String, { nullable: true }) place?: string | null;
  @Field(() => [ID], { nullable: true }) inviteeUnitIds?: string[] | null;
  @Field(() => String, { nullable: true }) otherInvitees?: string | null;
  @Field(() => [JointAgendaItemInput]) agenda: JointAgendaItemInput[];
}

@InputType({ description: 'The minutes being drafted (a field left out is not changed)' })
export class MinutesInput {
  @Field(() => String, { nullable: true }) minutesNumber?: string | null;
  @Field(() => String, { nullable: true }) minutesText?: string | null;
}

@InputType({ description: '议定事项: responsible units and due date are required (the server says so)' })
export class ResolutionInput {
  @Field(() => String, { nullable: true }) content?: string | null;
  @Field(() => [ID], { nullable: true }) responsibleUnitIds?: string[] | null;
  @Field(() => String, { nullable: true }) dueOn?: string | null;
}

@InputType()
export class ResolutionFilter {
  @Field(() => ID, { nullable: true }) meetingId?: string | null;
  @Field(() => ResolutionStateEnum, { nullable: true }) state?: ResolutionState | null;
  @Field(() => Boolean, { nullable: true }) overdue?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "Only those assigned to the reader's unit" }) mine?: boolean | null;
}
