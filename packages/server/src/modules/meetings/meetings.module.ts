import { MEETING_TODO_KINDS } from '@gongkai/shared';
import type { ModuleManifest } from '../../common/modules.js';
import * as enums from './meetings.enums.js';
import { AgendaItem, AttendanceProposal, GovernmentMeeting, Invitee, PressRelease } from './meetings.entities.js';
import { registerMeetingRoutes } from './meetings.notice.js';
import { AgendaItemResolver, AttendanceProposalResolver, MeetingResolver } from './meetings.resolver.js';
import { seedMeetings } from './meetings.seed.js';

/** System 4: stakeholders at government meetings (agendas, attendance, notices, press releases). */
export const meetingsModule: ModuleManifest = {
  name: 'meetings',
  entities: [GovernmentMeeting, AgendaItem, AttendanceProposal, Invitee, PressRelease],
  resolvers: [MeetingResolver, AgendaItemResolver, AttendanceProposalResolver],
  enums: { ...enums },
  routes: registerMeetingRoutes,
  todoKinds: MEETING_TODO_KINDS,
  seed: seedMeetings,
};
