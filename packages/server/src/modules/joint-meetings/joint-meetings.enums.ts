// The module's GraphQL enums, from the shared vocabulary.
import { registerEnumType } from 'type-graphql';
import {
  JOINT_AGENDA_KINDS,
  JOINT_MEETING_STATES,
  LEADING_GROUP_POSITIONS,
  RESOLUTION_STATES,
  type JointAgendaKind,
  type JointMeetingState,
  type LeadingGroupPosition,
  type ResolutionState,
} from '@gongkai/shared';
import { enumObject } from '../../common/graphql/enums.js';

export const LeadingGroupPositionEnum = enumObject<LeadingGroupPosition>(LEADING_GROUP_POSITIONS);
registerEnumType(LeadingGroupPositionEnum, { name: 'LeadingGroupPosition' });
export const JointAgendaKindEnum = enumObject<JointAgendaKind>(JOINT_AGENDA_KINDS);
registerEnumType(JointAgendaKindEnum, { name: 'JointAgendaKind' });
export const JointMeetingStateEnum = enumObject<JointMeetingState>(JOINT_MEETING_STATES);
registerEnumType(JointMeetingStateEnum, { name: 'JointMeetingState' });
export const ResolutionStateEnum = enumObject<ResolutionState>(RESOLUTION_STATES);
registerEnumType(ResolutionStateEnum, { name: 'ResolutionState' });
