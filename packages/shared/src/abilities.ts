import { createMongoAbility } from '@casl/ability';
import { packRules, unpackRules, type PackRule } from '@casl/ability/extra';
import type { Role } from './roles.js';
import {
  DOCUMENT_EDITABLE_STATES,
  DOCUMENT_PUBLIC_ATTRIBUTES,
  DOCUMENT_PUBLISHED_STATES,
  DOCUMENT_STEP_FROM,
  GOVERNMENT_LEVEL_KINDS,
  INTERPRETATION_PUBLISHED_STATES,
} from './documents/states.js';
import { TOPIC_EDITABLE_STATES, TOPIC_PUBLISHED_STATES, TOPIC_STEP_FROM } from './consultation/states.js';
import { PROPOSAL_EDITABLE_STATES, PROPOSAL_STEP_FROM } from './meetings/states.js';
import {
  APPEAL_OPEN_STATES,
  INDICATOR_SYSTEM_STEP_FROM,
  QUESTIONNAIRE_STEP_FROM,
  ROUND_RELEASED_STATES,
  ROUND_STEP_FROM,
} from './evaluation/states.js';
import { CASE_STEP_FROM } from './complaints/states.js';
import {
  inStates,
  type AbilityContext,
  type AppAbility,
  type AppRule,
  type ModuleRules,
  type RuleBuilder,
  type SubjectName,
  type SubjectObject,
} from './abilities.base.js';
import { REQUEST_RULES } from './requests/abilities.js';
import { REVIEW_RULES } from './review/abilities.js';
import { ANNUAL_REPORT_RULES } from './annual-report/abilities.js';
import { TRAINING_RULES } from './training/abilities.js';
import { JOINT_MEETING_RULES } from './joint-meetings/abilities.js';
import { ASSESSMENT_RULES } from './assessment/abilities.js';

/** The rules of the systems that keep them in their own folder (one file each). */
const MODULE_RULES: readonly ModuleRules[] = [
  REQUEST_RULES,
  REVIEW_RULES,
  ANNUAL_REPORT_RULES,
  TRAINING_RULES,
  JOINT_MEETING_RULES,
  ASSESSMENT_RULES,
];

export * from './abilities.base.js';

const own = (c: AbilityContext) => ({ unitId: c.unitId });

/** What every signed-in user may do, whatever the role. */
const everyone: RuleBuilder = (c) => [
  { action: 'read', subject: 'Unit' },
  { action: 'read', subject: 'PolicyParameter' },
  { action: 'read', subject: 'CalendarDay' },
  { action: 'read', subject: 'User', conditions: { id: c.userId } },
  { action: 'read', subject: 'Todo', conditions: { assigneeUserId: c.userId } },
  { action: 'read', subject: 'Todo', conditions: { assigneeRole: { $in: [...c.roles] }, assigneeUnitId: c.unitId } },
  // to-dos addressed to a role across the whole deployment (e.g. every administrator)
  { action: 'read', subject: 'Todo', conditions: { assigneeRole: { $in: [...c.roles] }, assigneeUnitId: null } },
  { action: 'read', subject: 'Notification', conditions: { userId: c.userId } },
  { action: 'update', subject: 'Notification', conditions: { userId: c.userId } },
  { action: 'create', subject: 'Attachment' },
  { action: 'read', subject: 'Attachment', conditions: { uploaderId: c.userId } },
];

/** Heads and disclosure officers ask the administrator for accounts of their own unit. */
const accountRequester: RuleBuilder = (c) => [
  { action: 'read', subject: 'AccountRequest', conditions: own(c) },
  { action: 'create', subject: 'AccountRequest', conditions: own(c) },
  { action: 'update', subject: 'AccountRequest', conditions: own(c) },
  { action: 'submit', subject: 'AccountRequest', conditions: own(c) },
];

/** A state condition from a step's `from` list (packages/shared/src/<module>/states.ts), the one place it is written. */

// ——— policy documents (system 2) and interpretation (system 5) ———
const lead = (c: AbilityContext) => ({ leadUnitId: c.unitId });
const GOVERNMENT_LEVEL = inStates(GOVERNMENT_LEVEL_KINDS);
const ISSUED = inStates(DOCUMENT_PUBLISHED_STATES);
const INTERPRETATION_PUBLISHED = inStates(INTERPRETATION_PUBLISHED_STATES);

/** The drafting unit: what its staff draft, and joint documents it co-drafts (read only). */
const drafting: RuleBuilder = (c) => [
  { action: 'read', subject: 'PolicyDocument', conditions: lead(c) },
  { action: 'read', subject: 'PolicyDocument', conditions: { coUnitIds: c.unitId } },
  { action: 'read', subject: 'Interpretation', conditions: { ownerUnitId: c.unitId } },
];
const documentStaff: RuleBuilder = (c) => [
  ...drafting(c),
  { action: 'create', subject: 'PolicyDocument', conditions: lead(c) },
  { action: 'update', subject: 'PolicyDocument', conditions: { ...lead(c), state: inStates(DOCUMENT_EDITABLE_STATES) } },
  { action: 'submit', subject: 'PolicyDocument', conditions: { ...lead(c), state: inStates(DOCUMENT_STEP_FROM.submit) } },
  // a department numbers and issues its own documents after the head's sign-off
  { action: 'issue', subject: 'PolicyDocument', conditions: { ...lead(c), kind: 'DEPARTMENT', state: inStates(DOCUMENT_STEP_FROM.issueOwn) } },
  { action: 'update', subject: 'Interpretation', conditions: { ownerUnitId: c.unitId } },
  { action: 'publish', subject: 'Interpretation', conditions: { ownerUnitId: c.unitId } },
];
const documentHead: RuleBuilder = (c) => [
  ...documentStaff(c),
  { action: 'signOff', subject: 'PolicyDocument', conditions: { ...lead(c), state: inStates(DOCUMENT_STEP_FROM.signOff) } },
  { action: 'return', subject: 'PolicyDocument', conditions: { ...lead(c), state: inStates(DOCUMENT_STEP_FROM.signOff) } },
];
const documentOfficer: RuleBuilder = (c) => [
  ...drafting(c),
  { action: 'approveAttribute', subject: 'PolicyDocument', conditions: { ...lead(c), state: inStates(DOCUMENT_STEP_FROM.approveAttribute) } },
  { action: 'return', subject: 'PolicyDocument', conditions: { ...lead(c), state: inStates(DOCUMENT_STEP_FROM.approveAttribute) } },
];
/**
 * The Disclosure Office sees a document once it reaches the office's review (submitted to it, and
 * after: forwarded, returned by the office, resubmitted, issued), and the government's own documents
 * once issued. A unit's drafts, and what its own officer or head returned, stay inside the unit.
 */
const disclosureOffice: RuleBuilder = (c) => [
  { action: 'read', subject: 'PolicyDocument', conditions: { governmentId: c.governmentId, reachedDisclosureReview: true } },
  { action: 'read', subject: 'PolicyDocument', conditions: { governmentId: c.governmentId, kind: GOVERNMENT_LEVEL, state: ISSUED } },
  // interpretation oversight covers every issued document of the level, departments' too (not their classified registrations)
  { action: 'read', subject: 'PolicyDocument', conditions: { governmentId: c.governmentId, state: ISSUED, classified: false } },
  { action: 'approve', subject: 'PolicyDocument', conditions: { governmentId: c.governmentId, state: inStates(DOCUMENT_STEP_FROM.approve) } },
  { action: 'return', subject: 'PolicyDocument', conditions: { governmentId: c.governmentId, state: inStates(DOCUMENT_STEP_FROM.approve) } },
  // an interpretation goes with its document: read once the document reached the office's review, or once issued
  { action: 'read', subject: 'Interpretation', conditions: { governmentId: c.governmentId, documentReachedDisclosureReview: true } },
  { action: 'read', subject: 'Interpretation', conditions: { governmentId: c.governmentId, documentState: ISSUED } },
];
const documentSection: RuleBuilder = (c) => [
  // the government-level documents it numbers and issues
  {
    action: 'read',
    subject: 'PolicyDocument',
    conditions: {
      governmentId: c.governmentId,
      kind: GOVERNMENT_LEVEL,
      state: inStates([...DOCUMENT_STEP_FROM.issueForwarded, ...DOCUMENT_PUBLISHED_STATES]),
    },
  },
  { action: 'issue', subject: 'PolicyDocument', conditions: { governmentId: c.governmentId, state: inStates(DOCUMENT_STEP_FROM.issueForwarded) } },
];
/** What the level has published: issued documents disclosed proactively or on application, and published interpretations. */
const publishedOfLevel: RuleBuilder = (c) => [
  {
    action: 'read',
    subject: 'PolicyDocument',
    conditions: { governmentId: c.governmentId, state: ISSUED, classified: false, disclosureAttribute: inStates(DOCUMENT_PUBLIC_ATTRIBUTES) },
  },
  { action: 'read', subject: 'Interpretation', conditions: { governmentId: c.governmentId, state: INTERPRETATION_PUBLISHED } },
];
/**
 * Leaders read every issued document of their level, and every interpretation of an issued document
 * (the ones past their deadline too: the same set the Disclosure Office oversees once issued).
 */
const issuedOfLevel: RuleBuilder = (c) => [
  { action: 'read', subject: 'PolicyDocument', conditions: { governmentId: c.governmentId, state: ISSUED } },
  { action: 'read', subject: 'Interpretation', conditions: { governmentId: c.governmentId, state: INTERPRETATION_PUBLISHED } },
  { action: 'read', subject: 'Interpretation', conditions: { governmentId: c.governmentId, documentState: ISSUED } },
];

// ——— consultation before government meetings (system 3) ———
const undertaking = (c: AbilityContext) => ({ undertakingUnitId: c.unitId });
const consultationUnit: RuleBuilder = (c) => [
  { action: 'read', subject: 'ConsultationTopic', conditions: undertaking(c) },
  { action: 'create', subject: 'ConsultationTopic', conditions: undertaking(c) },
  { action: 'update', subject: 'ConsultationTopic', conditions: { ...undertaking(c), state: inStates(TOPIC_EDITABLE_STATES) } },
  { action: 'submit', subject: 'ConsultationTopic', conditions: undertaking(c) },
  // after the window: assess and reply to each opinion, write the summary, publish the results
  { action: 'read', subject: 'Opinion', conditions: undertaking(c) },
  { action: 'create', subject: 'Opinion', conditions: undertaking(c) },
  { action: 'answer', subject: 'Opinion', conditions: undertaking(c) },
  { action: 'publish', subject: 'ConsultationTopic', conditions: { ...undertaking(c), state: inStates(TOPIC_STEP_FROM.publishResults) } },
  // hearings, polls and symposiums, and the delivery of materials to representatives
  { action: 'read', subject: 'ConsultationEvent', conditions: undertaking(c) },
  { action: 'create', subject: 'ConsultationEvent', conditions: undertaking(c) },
  { action: 'update', subject: 'ConsultationEvent', conditions: undertaking(c) },
  // attendance at government meetings (system 4): the submitting unit proposes and notifies
  { action: 'read', subject: 'GovernmentMeeting', conditions: { governmentId: c.governmentId } },
  { action: 'read', subject: 'AttendanceProposal', conditions: { submittingUnitId: c.unitId } },
  { action: 'update', subject: 'AttendanceProposal', conditions: { submittingUnitId: c.unitId, state: inStates(PROPOSAL_EDITABLE_STATES) } },
  { action: 'submit', subject: 'AttendanceProposal', conditions: { submittingUnitId: c.unitId } },
  { action: 'issue', subject: 'AttendanceProposal', conditions: { submittingUnitId: c.unitId, state: inStates(PROPOSAL_STEP_FROM.notify) } },
];
const secretariat: RuleBuilder = (c) => [
  // a unit never reviews its own topic
  { action: 'read', subject: 'ConsultationTopic', conditions: { governmentId: c.governmentId, state: { $ne: 'DRAFT' } } },
  {
    action: 'approve',
    subject: 'ConsultationTopic',
    conditions: { governmentId: c.governmentId, state: inStates(TOPIC_STEP_FROM.approve), undertakingUnitId: { $ne: c.unitId } },
  },
  {
    action: 'return',
    subject: 'ConsultationTopic',
    conditions: { governmentId: c.governmentId, state: inStates(TOPIC_STEP_FROM.return), undertakingUnitId: { $ne: c.unitId } },
  },
  { action: 'read', subject: 'ConsultationEvent', conditions: { governmentId: c.governmentId } },
  // meetings of the level: plan them with their agenda; approve attendance with the meeting plan
  { action: 'read', subject: 'GovernmentMeeting', conditions: { governmentId: c.governmentId } },
  { action: 'create', subject: 'GovernmentMeeting', conditions: { governmentId: c.governmentId } },
  { action: 'update', subject: 'GovernmentMeeting', conditions: { governmentId: c.governmentId } },
  { action: 'read', subject: 'AttendanceProposal', conditions: { governmentId: c.governmentId, state: { $ne: 'DRAFT' } } },
  { action: 'approve', subject: 'AttendanceProposal', conditions: { governmentId: c.governmentId, state: inStates(PROPOSAL_STEP_FROM.approve) } },
  { action: 'return', subject: 'AttendanceProposal', conditions: { governmentId: c.governmentId, state: inStates(PROPOSAL_STEP_FROM.return) } },
];
/**
 * Leaders and the Disclosure Office oversee consultation and meetings of their level, read only:
 * topics once submitted (a unit's draft stays inside it, as for the Secretariat), their hearings,
 * the meetings, and attendance proposals once submitted.
 */
const consultationOversight: RuleBuilder = (c) => [
  // the at-a-glance figures of the level (each counted over what the reader may read)
  { action: 'read', subject: 'GovernmentOverview', conditions: { governmentId: c.governmentId } },
  { action: 'read', subject: 'ConsultationTopic', conditions: { governmentId: c.governmentId, state: { $ne: 'DRAFT' } } },
  { action: 'read', subject: 'ConsultationEvent', conditions: { governmentId: c.governmentId } },
  { action: 'read', subject: 'GovernmentMeeting', conditions: { governmentId: c.governmentId } },
  { action: 'read', subject: 'AttendanceProposal', conditions: { governmentId: c.governmentId, state: { $ne: 'DRAFT' } } },
];
const egovConsultation: RuleBuilder = (c) => [
  {
    action: 'read',
    subject: 'ConsultationTopic',
    conditions: { governmentId: c.governmentId, state: inStates([...TOPIC_STEP_FROM.publish, ...TOPIC_PUBLISHED_STATES]) },
  },
  { action: 'issue', subject: 'ConsultationTopic', conditions: { governmentId: c.governmentId, state: inStates(TOPIC_STEP_FROM.publish) } },
  { action: 'read', subject: 'Opinion', conditions: { governmentId: c.governmentId } },
  { action: 'moderate', subject: 'Opinion', conditions: { governmentId: c.governmentId } },
  // the 政府会议 column: press releases on the meetings
  { action: 'read', subject: 'GovernmentMeeting', conditions: { governmentId: c.governmentId } },
  { action: 'create', subject: 'PressRelease', conditions: { governmentId: c.governmentId } },
];

// ——— supervisors (system 7) ———
/** A supervisor files feedback and follows their own items: rates the answer, asks once for a new one. */
const supervisorSelf: RuleBuilder = (c) => [
  { action: 'read', subject: 'Supervisor', conditions: { userId: c.userId } },
  { action: 'create', subject: 'SupervisorFeedback', conditions: { supervisorUserId: c.userId } },
  { action: 'read', subject: 'SupervisorFeedback', conditions: { supervisorUserId: c.userId } },
  { action: 'rate', subject: 'SupervisorFeedback', conditions: { supervisorUserId: c.userId } },
  { action: 'return', subject: 'SupervisorFeedback', conditions: { supervisorUserId: c.userId } },
];
/** The unit addressed (its disclosure body) reads and answers what supervisors sent it. */
const feedbackTarget: RuleBuilder = (c) => [
  { action: 'read', subject: 'SupervisorFeedback', conditions: { targetUnitId: c.unitId } },
  { action: 'answer', subject: 'SupervisorFeedback', conditions: { targetUnitId: c.unitId } },
];
/** Everything on the supervisors of a level: items addressed to its units, and items its own supervisors filed. */
const supervisorsOfLevel: RuleBuilder = (c) => [
  { action: 'read', subject: 'Supervisor', conditions: { governmentId: c.governmentId } },
  { action: 'read', subject: 'SupervisorFeedback', conditions: { governmentId: c.governmentId } },
  { action: 'read', subject: 'SupervisorFeedback', conditions: { supervisorGovernmentId: c.governmentId } },
];
/** The Disclosure Office keeps the registry of its level (and answers what is addressed to itself). */
const supervisorRegistry: RuleBuilder = (c) => [
  ...supervisorsOfLevel(c),
  ...feedbackTarget(c),
  { action: 'create', subject: 'Supervisor', conditions: { governmentId: c.governmentId } },
  { action: 'update', subject: 'Supervisor', conditions: { governmentId: c.governmentId } },
];

// ——— third-party evaluation (system 7) ———
/** The academy runs the evaluation of its level: indicator systems (with the Disclosure Office), rounds, appeals. */
const academyAdmin: RuleBuilder = (c) => [
  { action: 'read', subject: 'IndicatorSystem', conditions: { governmentId: c.governmentId } },
  { action: 'create', subject: 'IndicatorSystem', conditions: { governmentId: c.governmentId } },
  { action: 'update', subject: 'IndicatorSystem', conditions: { governmentId: c.governmentId } },
  {
    action: 'signOff',
    subject: 'IndicatorSystem',
    conditions: { governmentId: c.governmentId, state: inStates(INDICATOR_SYSTEM_STEP_FROM.signOff) },
  },
  { action: 'read', subject: 'EvaluationRound', conditions: { governmentId: c.governmentId } },
  { action: 'create', subject: 'EvaluationRound', conditions: { governmentId: c.governmentId } },
  { action: 'update', subject: 'EvaluationRound', conditions: { governmentId: c.governmentId } },
  { action: 'issue', subject: 'EvaluationRound', conditions: { governmentId: c.governmentId, state: inStates(ROUND_STEP_FROM.release) } },
  { action: 'publish', subject: 'EvaluationRound', conditions: { governmentId: c.governmentId, state: inStates(ROUND_STEP_FROM.publish) } },
  { action: 'read', subject: 'EvaluationScore', conditions: { governmentId: c.governmentId } },
  { action: 'read', subject: 'Appeal', conditions: { governmentId: c.governmentId } },
  { action: 'answer', subject: 'Appeal', conditions: { governmentId: c.governmentId, state: inStates(APPEAL_OPEN_STATES) } },
  // the round's public questionnaire
  { action: 'read', subject: 'Questionnaire', conditions: { governmentId: c.governmentId } },
  { action: 'update', subject: 'Questionnaire', conditions: { governmentId: c.governmentId } },
  { action: 'publish', subject: 'Questionnaire', conditions: { governmentId: c.governmentId, state: inStates(QUESTIONNAIRE_STEP_FROM.publish) } },
];
/** An evaluator scores the units assigned to them, while the round is scoring. */
const academyEvaluator: RuleBuilder = (c) => [
  {
    action: 'read',
    subject: 'IndicatorSystem',
    conditions: { governmentId: c.governmentId, state: inStates(INDICATOR_SYSTEM_STEP_FROM.useInRound) },
  },
  { action: 'read', subject: 'EvaluationRound', conditions: { evaluatorIds: c.userId } },
  { action: 'score', subject: 'EvaluationRound', conditions: { evaluatorIds: c.userId, state: inStates(ROUND_STEP_FROM.score) } },
  { action: 'read', subject: 'EvaluationScore', conditions: { evaluatorId: c.userId } },
];
/** The Disclosure Office drafts the standards with the academy, signs them off, and sees the results once sent to the units. */
const evaluationOversight: RuleBuilder = (c) => [
  { action: 'read', subject: 'IndicatorSystem', conditions: { governmentId: c.governmentId } },
  {
    action: 'signOff',
    subject: 'IndicatorSystem',
    conditions: { governmentId: c.governmentId, state: inStates(INDICATOR_SYSTEM_STEP_FROM.signOff) },
  },
  ...evaluationReader(c),
];
/** Leaders and the Disclosure Office: rounds of the level, scores and appeals once released. */
const evaluationReader: RuleBuilder = (c) => [
  { action: 'read', subject: 'EvaluationRound', conditions: { governmentId: c.governmentId } },
  { action: 'read', subject: 'EvaluationScore', conditions: { governmentId: c.governmentId, released: true } },
  { action: 'read', subject: 'Appeal', conditions: { governmentId: c.governmentId } },
  { action: 'read', subject: 'Questionnaire', conditions: { governmentId: c.governmentId } },
];
/** An evaluated unit sees its own scores once they are sent to it, and appeals (head or disclosure officer). */
const evaluatedUnit: RuleBuilder = (c) => [
  { action: 'read', subject: 'EvaluationRound', conditions: { evaluatedUnitIds: c.unitId, state: inStates(ROUND_RELEASED_STATES) } },
  { action: 'read', subject: 'EvaluationScore', conditions: { unitId: c.unitId, released: true } },
  { action: 'read', subject: 'Appeal', conditions: { unitId: c.unitId } },
];
const appealingUnit: RuleBuilder = (c) => [...evaluatedUnit(c), { action: 'create', subject: 'Appeal', conditions: { unitId: c.unitId } }];

// ——— citizens' reports, complaints and suggestions (system 8) ———
/** The Complaint Office receives every case of its level, accepts or refuses it, assigns it, closes it, reopens it. */
const complaintOffice: RuleBuilder = (c) => [
  { action: 'read', subject: 'Case', conditions: { governmentId: c.governmentId } },
  { action: 'create', subject: 'Case', conditions: { governmentId: c.governmentId } },
  { action: 'accept', subject: 'Case', conditions: { governmentId: c.governmentId, state: inStates(CASE_STEP_FROM.accept) } },
  { action: 'return', subject: 'Case', conditions: { governmentId: c.governmentId, state: inStates(CASE_STEP_FROM.notAccept) } },
  { action: 'assign', subject: 'Case', conditions: { governmentId: c.governmentId, state: inStates(CASE_STEP_FROM.assign) } },
  { action: 'close', subject: 'Case', conditions: { governmentId: c.governmentId, state: inStates(CASE_STEP_FROM.close) } },
  { action: 'reopen', subject: 'Case', conditions: { governmentId: c.governmentId, state: inStates(CASE_STEP_FROM.reopen) } },
  // publishes the statistics of a period that has ended
  { action: 'publish', subject: 'Case', conditions: { governmentId: c.governmentId } },
  // decides a unit's request for more time (the request itself is checked by the workflow)
  { action: 'approve', subject: 'Case', conditions: { governmentId: c.governmentId, state: inStates(CASE_STEP_FROM.decideExtension) } },
];
/** The unit a case is assigned to: its staff and its disclosure body handle it, reply, hand it back, or ask for more time. */
const caseHandler: RuleBuilder = (c) => [
  { action: 'read', subject: 'Case', conditions: { assignedUnitId: c.unitId } },
  { action: 'answer', subject: 'Case', conditions: { assignedUnitId: c.unitId, state: inStates(CASE_STEP_FROM.reply) } },
  { action: 'return', subject: 'Case', conditions: { assignedUnitId: c.unitId, state: inStates(CASE_STEP_FROM.handBack) } },
  { action: 'extend', subject: 'Case', conditions: { assignedUnitId: c.unitId, state: inStates(CASE_STEP_FROM.requestExtension) } },
];
/** Leaders follow the cases of their level (personal data masked). */
const casesOfLevel: RuleBuilder = (c) => [{ action: 'read', subject: 'Case', conditions: { governmentId: c.governmentId } }];

const readOwnUnitUsers: RuleBuilder = (c) => [{ action: 'read', subject: 'User', conditions: own(c) }];

export const RULES_BY_ROLE: Record<Role, RuleBuilder> = {
  DEPARTMENT_STAFF: (c) => [
    ...readOwnUnitUsers(c),
    ...documentStaff(c),
    ...consultationUnit(c),
    ...feedbackTarget(c),
    ...evaluatedUnit(c),
    ...caseHandler(c),
  ],
  DEPARTMENT_HEAD: (c) => [...readOwnUnitUsers(c), ...accountRequester(c), ...documentHead(c), ...consultationUnit(c), ...appealingUnit(c)],
  DISCLOSURE_OFFICER: (c) => [
    ...readOwnUnitUsers(c),
    ...accountRequester(c),
    ...documentOfficer(c),
    ...feedbackTarget(c),
    ...appealingUnit(c),
    ...caseHandler(c),
  ],
  DISCLOSURE_OFFICE: (c) => [
    ...readOwnUnitUsers(c),
    ...disclosureOffice(c),
    ...consultationOversight(c),
    ...supervisorRegistry(c),
    ...evaluationOversight(c),
  ],
  SECRETARIAT: (c) => [...readOwnUnitUsers(c), ...secretariat(c)],
  DOCUMENT_SECTION: (c) => [...readOwnUnitUsers(c), ...documentSection(c)],
  EGOV_CENTER: (c) => [...readOwnUnitUsers(c), ...publishedOfLevel(c), ...egovConsultation(c)],
  COMPLAINT_OFFICE: (c) => [...readOwnUnitUsers(c), ...complaintOffice(c)],
  ACADEMY_EVALUATOR: (c) => [...readOwnUnitUsers(c), ...academyEvaluator(c)],
  ACADEMY_ADMIN: (c) => [...readOwnUnitUsers(c), ...academyAdmin(c)],
  TRAINING_ADMIN: (c) => [...readOwnUnitUsers(c)],
  // leaders read the accounts of their own government's units
  LEADER: (c) => [
    { action: 'read', subject: 'User', conditions: { governmentId: c.governmentId } },
    ...issuedOfLevel(c),
    ...consultationOversight(c),
    ...supervisorsOfLevel(c),
    ...evaluationReader(c),
    ...casesOfLevel(c),
  ],
  SUPERVISOR: (c) => [...supervisorSelf(c)],
  ADMIN: () => [
    { action: 'create', subject: 'Unit' },
    { action: 'update', subject: 'Unit' },
    { action: 'read', subject: 'User' },
    { action: 'create', subject: 'User' },
    { action: 'update', subject: 'User' },
    { action: 'disable', subject: 'User' },
    { action: 'resetPassword', subject: 'User' },
    { action: 'create', subject: 'PolicyParameter' },
    { action: 'update', subject: 'CalendarDay' },
    { action: 'read', subject: 'AuditRecord' },
    { action: 'verify', subject: 'AuditRecord' },
    { action: 'read', subject: 'AccountRequest' },
    { action: 'approve', subject: 'AccountRequest' },
    { action: 'return', subject: 'AccountRequest' },
  ],
};

/** What an anonymous visitor (the public on the portal) may read. */
export const ANONYMOUS_RULES: AppRule[] = [
  { action: 'read', subject: 'Unit' },
  { action: 'read', subject: 'PolicyParameter' },
  { action: 'read', subject: 'CalendarDay' },
];

export function rulesFor(context: AbilityContext | null): AppRule[] {
  if (!context) return ANONYMOUS_RULES;
  const rules = everyone(context);
  for (const role of new Set(context.roles)) {
    rules.push(...RULES_BY_ROLE[role](context));
    for (const module of MODULE_RULES) rules.push(...(module[role]?.(context) ?? []));
  }
  return rules;
}

function detectSubjectType(object: SubjectObject): SubjectName {
  if (object.__typename) return object.__typename;
  const tagged = (object as { __caslSubjectType__?: SubjectName }).__caslSubjectType__;
  if (tagged) return tagged;
  return (object.constructor as { name: string }).name as SubjectName;
}

export function buildAbility(rules: AppRule[]): AppAbility {
  return createMongoAbility<AppAbility>(rules, { detectSubjectType });
}

export function abilityFor(context: AbilityContext | null): AppAbility {
  return buildAbility(rulesFor(context));
}

/** Rules travel to the SPA packed (compact JSON); the SPA unpacks them into the same ability. */
export function packAbilityRules(rules: AppRule[]): string {
  return JSON.stringify(packRules(rules));
}
export function unpackAbilityRules(packed: string): AppRule[] {
  return unpackRules(JSON.parse(packed) as PackRule<AppRule>[]);
}

/** Tag a plain object with its subject type, for checks on objects that are not entities. */
export function asSubject<T extends Record<string, unknown>>(type: SubjectName, object: T): T & SubjectObject {
  return Object.assign(object, { __typename: type }) as T & SubjectObject;
}
