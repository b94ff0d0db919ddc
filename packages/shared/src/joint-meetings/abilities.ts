import { inStates, type AbilityContext, type AppRule, type ModuleRules } from '../abilities.base.js';
import { JOINT_MEETING_STEP_FROM, RESOLUTION_ISSUED_STATES, RESOLUTION_STEP_FROM } from './states.js';

// Joint meetings (联席会议). The Disclosure Office keeps the leading group and, with the Secretariat
// (the notice's 责任部门), records the meeting, drafts its minutes and issues them; leaders read
// everything of their level and the figures. Convening is open to the staff who may sit in the group;
// the service then checks the group itself (leader, deputy, or a member with a delegation in force).
// A unit reads the minutes issued to it, acknowledges them, and reports on the resolutions assigned to it.

const groupOfLevel = (c: AbilityContext): AppRule[] => [
  { action: 'read', subject: 'LeadingGroupMember', conditions: { governmentId: c.governmentId } },
];
const ofLevel = (c: AbilityContext): AppRule[] => {
  const level = { governmentId: c.governmentId };
  return [
    ...groupOfLevel(c),
    { action: 'read', subject: 'JointMeetingDelegation', conditions: level },
    { action: 'read', subject: 'JointMeeting', conditions: level },
    { action: 'read', subject: 'Resolution', conditions: level },
    { action: 'read', subject: 'MinutesReceipt', conditions: level },
  ];
};
const convening = (c: AbilityContext): AppRule[] => [{ action: 'create', subject: 'JointMeeting', conditions: { governmentId: c.governmentId } }];
/** Recording the meeting, its minutes and resolutions, and issuing them. */
const recording = (c: AbilityContext): AppRule[] => {
  const level = { governmentId: c.governmentId };
  return [
    {
      action: 'update',
      subject: 'JointMeeting',
      conditions: { ...level, state: inStates([...JOINT_MEETING_STEP_FROM.edit, ...JOINT_MEETING_STEP_FROM.minutes]) },
    },
    { action: 'issue', subject: 'JointMeeting', conditions: { ...level, state: inStates(JOINT_MEETING_STEP_FROM.issue) } },
  ];
};
/** Minutes issued to the reader's own unit (a function unit too) are acknowledged by it. */
const acknowledging = (c: AbilityContext): AppRule[] => [
  { action: 'read', subject: 'MinutesReceipt', conditions: { unitId: c.unitId } },
  { action: 'accept', subject: 'MinutesReceipt', conditions: { unitId: c.unitId } },
];
/** A unit: the minutes issued to it, its receipts, the resolutions assigned to it. */
const unit = (c: AbilityContext): AppRule[] => [
  ...groupOfLevel(c),
  { action: 'read', subject: 'JointMeeting', conditions: { issuedUnitIds: c.unitId } },
  ...acknowledging(c),
  { action: 'read', subject: 'Resolution', conditions: { responsibleUnitIds: c.unitId, state: inStates(RESOLUTION_ISSUED_STATES) } },
  { action: 'answer', subject: 'Resolution', conditions: { responsibleUnitIds: c.unitId, state: inStates(RESOLUTION_STEP_FROM.report) } },
];
const office = (c: AbilityContext): AppRule[] => {
  const level = { governmentId: c.governmentId };
  return [
    ...ofLevel(c),
    ...acknowledging(c),
    ...convening(c),
    ...recording(c),
    { action: 'create', subject: 'LeadingGroupMember', conditions: level },
    { action: 'update', subject: 'LeadingGroupMember', conditions: level },
    { action: 'verify', subject: 'Resolution', conditions: { ...level, state: inStates(RESOLUTION_STEP_FROM.close) } },
    { action: 'return', subject: 'Resolution', conditions: { ...level, state: inStates(RESOLUTION_STEP_FROM.return) } },
    { action: 'read', subject: 'JointMeetingFigures', conditions: level },
  ];
};

export const JOINT_MEETING_RULES: ModuleRules = {
  DEPARTMENT_STAFF: (c) => unit(c),
  DISCLOSURE_OFFICER: (c) => unit(c),
  DEPARTMENT_HEAD: (c) => [...unit(c), ...convening(c)],
  DISCLOSURE_OFFICE: (c) => office(c),
  SECRETARIAT: (c) => [...ofLevel(c), ...acknowledging(c), ...recording(c)],
  LEADER: (c) => [
    ...ofLevel(c),
    ...acknowledging(c),
    ...convening(c),
    { action: 'create', subject: 'JointMeetingDelegation', conditions: { governmentId: c.governmentId } },
    { action: 'read', subject: 'JointMeetingFigures', conditions: { governmentId: c.governmentId } },
  ],
};
