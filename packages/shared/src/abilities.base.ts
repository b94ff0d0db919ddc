import type { MongoAbility, MongoQuery, RawRuleOf } from '@casl/ability';
import type { Role } from './roles.js';

/**
 * Permissions, shared by the server (which enforces them) and the SPAs (which only hide what is
 * not permitted). Deny by default: a role has exactly the rules listed here.
 * Conditions use only `$eq`, `$in`, `$ne` and plain equality so that the server can translate
 * them into SQL filters.
 */
export const ACTIONS = [
  'manage',
  'read',
  'create',
  'update',
  'submit',
  'approve',
  'return',
  'disable',
  'resetPassword',
  'verify',
  'approveAttribute',
  'signOff',
  'issue',
  'publish',
  'moderate',
  'answer',
  'score',
  'rate',
  'accept',
  'assign',
  'close',
  'reopen',
  'extend',
] as const;
export type Action = (typeof ACTIONS)[number];

export const SUBJECTS = [
  'Unit',
  'User',
  'PolicyParameter',
  'CalendarDay',
  'AuditRecord',
  'Todo',
  'Notification',
  'AccountRequest',
  'Attachment',
  'PolicyDocument',
  'Interpretation',
  'ConsultationTopic',
  'Opinion',
  'ConsultationEvent',
  'GovernmentMeeting',
  'AttendanceProposal',
  'PressRelease',
  'IndicatorSystem',
  'EvaluationRound',
  'EvaluationScore',
  'Appeal',
  'Questionnaire',
  'Supervisor',
  'SupervisorFeedback',
  'Case',
  'DisclosureRequest',
  'ReviewCampaign',
  'ReviewReport',
  'ReviewItem',
  'SpotCheck',
  'Rectification',
  'AnnualReport',
  'Assessment',
  'Scorecard',
  'RoutineCheck',
  'Deduction',
  'GovernmentOverview',
  'TrainingCourse',
  'TrainingSession',
  'TrainingEnrolment',
  'LeadingGroupMember',
  'JointMeetingDelegation',
  'JointMeeting',
  'Resolution',
  'MinutesReceipt',
  'JointMeetingFigures',
  'all',
] as const;
export type SubjectName = (typeof SUBJECTS)[number];

/** A plain object tagged with its subject type (the server passes entities, whose class name is the type). */
export type SubjectObject = { __typename?: SubjectName } & Record<string, unknown>;
export type AppAbility = MongoAbility<[Action, SubjectName | SubjectObject], MongoQuery>;
export type AppRule = RawRuleOf<AppAbility>;

/** Who is asking: what the rules' conditions refer to. Anonymous visitors have no user. */
export interface AbilityContext {
  userId: string;
  unitId: string;
  /** The government (city, county or province) whose level the user's unit belongs to. */
  governmentId: string;
  roles: readonly Role[];
}

export type RuleBuilder = (c: AbilityContext) => AppRule[];

/** A rule condition: the subject's state is one of these. */
export const inStates = (states: readonly string[]) => ({ $in: [...states] });
/** The rules of one work system, per role (the roles it gives nothing are absent). */
export type ModuleRules = Partial<Record<Role, RuleBuilder>>;
