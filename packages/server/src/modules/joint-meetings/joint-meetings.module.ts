import { JOINT_MEETING_TODO_KINDS } from '@gongkai/shared';
import type { ModuleManifest } from '../../common/modules.js';
import { AppError } from '../../common/errors.js';
import { JointMeetingError as E } from './joint-meetings.errors.js';
import * as enums from './joint-meetings.enums.js';
import {
  JointMeeting,
  JointMeetingDelegation,
  LeadingGroupMember,
  MinutesReceipt,
  Resolution,
  ResolutionProgress,
} from './joint-meetings.entities.js';
import {
  JointMeetingDelegationResolver,
  JointMeetingResolver,
  LeadingGroupResolver,
  MinutesReceiptResolver,
  ResolutionResolver,
} from './joint-meetings.resolver.js';
import { registerJointMeetingRoutes } from './joint-meetings.minutes.js';
import { remindYearMinimum } from './joint-meetings.service.js';
import { seedJointMeetings } from './joint-meetings.seed.js';

/** System 1: joint meetings of the disclosure leading group, their minutes and resolutions. */
export const jointMeetingsModule: ModuleManifest = {
  name: 'joint-meetings',
  entities: [LeadingGroupMember, JointMeetingDelegation, JointMeeting, Resolution, ResolutionProgress, MinutesReceipt],
  resolvers: [LeadingGroupResolver, JointMeetingDelegationResolver, JointMeetingResolver, ResolutionResolver, MinutesReceiptResolver],
  enums: { ...enums },
  routes: (app, contextFor) => registerJointMeetingRoutes(app, contextFor),
  uniqueRefusals: {
    joint_minutes_receipt_unique: () => new AppError(E.ALREADY_ACKNOWLEDGED, '本单位已确认收到该会议纪要'),
  },
  todoKinds: JOINT_MEETING_TODO_KINDS,
  seed: seedJointMeetings,
  jobs: [
    // in the last quarter, the Disclosure Office's to-do when the year's minimum of meetings was not held
    { name: 'jointMeeting.yearMinimum', everyHours: 6, run: remindYearMinimum },
  ],
};
