import { asSubject, type JointAgendaKind, type JointMeetingState, type ResolutionState, type SubjectObject } from '@gongkai/shared';

export const MEETING_STATE_TAG: Record<JointMeetingState, 'info' | 'warning' | 'success' | 'danger'> = {
  CONVENED: 'info',
  HELD: 'warning',
  MINUTES_ISSUED: 'success',
  CANCELLED: 'danger',
};

/** A meeting's plan as its form holds it (convening, or changing it before the meeting). */
export interface MeetingPlan {
  title: string;
  plannedOn: string;
  place: string;
  inviteeUnitIds: string[];
  otherInvitees: string;
  agenda: { kind: JointAgendaKind; title: string; unitId: string }[];
}
export const RESOLUTION_STATE_TAG: Record<ResolutionState, 'info' | 'danger' | 'warning' | 'success'> = {
  DRAFT: 'info',
  OPEN: 'danger',
  REPORTED: 'warning',
  CLOSED: 'success',
};

/** The objects as the ability sees them (the fields the server's conditions name). */
export const meetingSubject = (m: { id: string; governmentId: string; state: string; issuedUnitIds: readonly string[] }): SubjectObject =>
  asSubject('JointMeeting', { id: m.id, governmentId: m.governmentId, state: m.state, issuedUnitIds: [...m.issuedUnitIds] });
export const resolutionSubject = (r: { id: string; governmentId: string; state: string; responsibleUnitIds: readonly string[] }): SubjectObject =>
  asSubject('Resolution', { id: r.id, governmentId: r.governmentId, state: r.state, responsibleUnitIds: [...r.responsibleUnitIds] });
