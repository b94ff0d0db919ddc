import { MEETING_TODO_KINDS } from '@gongkai/shared';
import type { ModuleManifest } from '../../common/modules.js';
import { AppError } from '../../common/errors.js';
import * as enums from './meetings.enums.js';
import { AgendaItem, AttendanceProposal, GovernmentMeeting, Invitee, PressRelease } from './meetings.entities.js';
import { registerMeetingRoutes } from './meetings.notice.js';
import { AgendaItemResolver, AttendanceProposalResolver, MeetingResolver } from './meetings.resolver.js';
import { seedMeetings } from './meetings.seed.js';
import { PRESS_RELEASE_SEARCH } from './meetings.search.js';

/** System 4: stakeholders at government meetings (agendas, attendance, notices, press releases). */
export const meetingsModule: ModuleManifest = {
  name: 'meetings',
  searchSources: [PRESS_RELEASE_SEARCH],
  entities: [GovernmentMeeting, AgendaItem, AttendanceProposal, Invitee, PressRelease],
  resolvers: [MeetingResolver, AgendaItemResolver, AttendanceProposalResolver],
  enums: { ...enums },
  routes: registerMeetingRoutes,
  uniqueRefusals: {
    // first saves lock the agenda item; kept as a plain refusal should a writer ever skip the lock
    attendance_proposal_agenda_item_id_unique: () => new AppError('VERSION_CONFLICT', '该议题的列席意见已由他人填写，请刷新后重试'),
  },
  todoKinds: MEETING_TODO_KINDS,
  seed: seedMeetings,
};
