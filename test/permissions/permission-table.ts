// The permission table: every GraphQL operation × role × (own / other unit), and the expected answer.
// "own" means the object belongs to the acting user's unit, "other" to another unit; operations that
// do not concern a unit's object have only "any". A new operation without a row fails the suite.
import type { Role } from '../../packages/shared/src/index.js';

export type Who = 'PUBLIC' | 'SIGNED_IN' | 'NOBODY' | readonly Role[];
export interface Row { any?: Who; own?: Who; other?: Who }

const HEADS: Role[] = ['DEPARTMENT_HEAD', 'DISCLOSURE_OFFICER'];
const DRAFTING_UNIT: Role[] = ['DEPARTMENT_STAFF', 'DEPARTMENT_HEAD', 'DISCLOSURE_OFFICER'];
const DRAFTERS: Role[] = ['DEPARTMENT_STAFF', 'DEPARTMENT_HEAD'];
const FEEDBACK_ANSWERERS: Role[] = ['DEPARTMENT_STAFF', 'DISCLOSURE_OFFICER', 'DISCLOSURE_OFFICE'];
const FEEDBACK_READERS: Role[] = [...FEEDBACK_ANSWERERS, 'LEADER'];
const ALL_STAFF_BUT_SUPERVISOR: Role[] = [
  'DEPARTMENT_STAFF', 'DEPARTMENT_HEAD', 'DISCLOSURE_OFFICER', 'DISCLOSURE_OFFICE', 'SECRETARIAT', 'DOCUMENT_SECTION',
  'EGOV_CENTER', 'COMPLAINT_OFFICE', 'ACADEMY_EVALUATOR', 'ACADEMY_ADMIN', 'TRAINING_ADMIN', 'LEADER', 'ADMIN',
];

export const PERMISSION_TABLE: Record<string, Row> = {
  // signing in and one's own things
  me: { any: 'PUBLIC' },
  login: { any: 'PUBLIC' },
  logout: { any: 'PUBLIC' },
  changePassword: { any: 'SIGNED_IN' },
  myTodos: { any: 'SIGNED_IN' },
  myNotifications: { any: 'SIGNED_IN' },
  markNotificationsRead: { any: 'SIGNED_IN' },
  // reference data anyone may read (the portal too)
  units: { any: 'PUBLIC' },
  policyParameters: { any: 'PUBLIC' },
  parameterValue: { any: 'PUBLIC' },
  calendarYear: { any: 'PUBLIC' },
  coveredYears: { any: 'PUBLIC' },
  addWorkingDays: { any: 'PUBLIC' },
  // administration
  createUnit: { any: ['ADMIN'] },
  updateUnit: { any: ['ADMIN'] },
  users: { own: ALL_STAFF_BUT_SUPERVISOR, other: ['LEADER', 'ADMIN'] },
  user: { own: ALL_STAFF_BUT_SUPERVISOR, other: ['LEADER', 'ADMIN'] },
  createUser: { any: ['ADMIN'] },
  updateUser: { own: ['ADMIN'], other: ['ADMIN'] },
  setUserActive: { own: ['ADMIN'], other: ['ADMIN'] },
  resetPassword: { own: ['ADMIN'], other: ['ADMIN'] },
  addParameterVersion: { any: ['ADMIN'] },
  setCalendarDay: { any: ['ADMIN'] },
  setYearCovered: { any: ['ADMIN'] },
  auditRecords: { any: ['ADMIN'] },
  auditChainStatus: { any: ['ADMIN'] },
  // account requests: a unit asks, the administrator decides
  accountRequests: { own: [...HEADS, 'ADMIN'], other: ['ADMIN'] },
  accountRequest: { own: [...HEADS, 'ADMIN'], other: ['ADMIN'] },
  attachments: { own: [...HEADS, 'ADMIN'], other: ['ADMIN'] },
  createAccountRequest: { any: HEADS },
  updateAccountRequest: { own: HEADS, other: 'NOBODY' },
  submitAccountRequest: { own: HEADS, other: 'NOBODY' },
  approveAccountRequest: { own: ['ADMIN'], other: ['ADMIN'] },
  returnAccountRequest: { own: ['ADMIN'], other: ['ADMIN'] },
  // policy documents (system 2): a draft is seen by its drafting unit only; the function units of
  // the level see it from the step that reaches them ("other" = another unit of the same level)
  documents: { own: DRAFTING_UNIT, other: 'NOBODY' },
  document: { own: DRAFTING_UNIT, other: 'NOBODY' },
  documentHistory: { own: DRAFTING_UNIT, other: 'NOBODY' },
  createDocument: { any: DRAFTERS },
  registerClassifiedDocument: { any: DRAFTERS },
  updateDocument: { own: DRAFTERS, other: 'NOBODY' },
  submitDocument: { own: DRAFTERS, other: 'NOBODY' },
  approveDocumentAttribute: { own: ['DISCLOSURE_OFFICER'], other: 'NOBODY' },
  signOffDocument: { own: ['DEPARTMENT_HEAD'], other: 'NOBODY' },
  reviewDocument: { own: ['DISCLOSURE_OFFICE'], other: ['DISCLOSURE_OFFICE'] },
  returnDocument: { own: ['DISCLOSURE_OFFICE'], other: ['DISCLOSURE_OFFICE'] },
  issueDocument: { own: ['DOCUMENT_SECTION'], other: ['DOCUMENT_SECTION'] },
  publicDocuments: { any: 'PUBLIC' },
  publicDocument: { any: 'PUBLIC' },
  // interpretation (system 5): "whoever drafts, interprets"; the Disclosure Office oversees its level
  interpretations: { own: [...DRAFTING_UNIT, 'DISCLOSURE_OFFICE'], other: ['DISCLOSURE_OFFICE'] },
  interpretation: { own: [...DRAFTING_UNIT, 'DISCLOSURE_OFFICE'], other: ['DISCLOSURE_OFFICE'] },
  saveInterpretation: { own: DRAFTERS, other: 'NOBODY' },
  publishInterpretation: { own: DRAFTERS, other: 'NOBODY' },
  publicInterpretations: { any: 'PUBLIC' },
  publicInterpretation: { any: 'PUBLIC' },
  // consultation (system 3): the undertaking unit drafts; the Secretariat reviews other units' topics;
  // the E-Government Center publishes and moderates; the public submits and reads published items
  consultationTopics: { own: [...DRAFTERS, 'SECRETARIAT'], other: ['SECRETARIAT'] },
  consultationTopic: { own: [...DRAFTERS, 'SECRETARIAT'], other: ['SECRETARIAT'] },
  // figures over the topics one may read: the E-Government Center reads the published ones
  consultationFigures: { own: [...DRAFTERS, 'SECRETARIAT', 'EGOV_CENTER'], other: ['SECRETARIAT', 'EGOV_CENTER'] },
  createTopic: { any: DRAFTERS },
  updateTopic: { own: DRAFTERS, other: 'NOBODY' },
  submitTopic: { own: DRAFTERS, other: 'NOBODY' },
  approveTopic: { own: 'NOBODY', other: ['SECRETARIAT'] },
  returnTopic: { own: 'NOBODY', other: ['SECRETARIAT'] },
  publishTopic: { own: ['EGOV_CENTER'], other: ['EGOV_CENTER'] },
  saveTopicSummary: { own: DRAFTERS, other: 'NOBODY' },
  publishTopicResults: { own: DRAFTERS, other: 'NOBODY' },
  publicConsultations: { any: 'PUBLIC' },
  publicConsultation: { any: 'PUBLIC' },
  topicOpinions: { own: [...DRAFTERS, 'EGOV_CENTER'], other: ['EGOV_CENTER'] },
  recordOpinion: { own: DRAFTERS, other: 'NOBODY' },
  answerOpinion: { own: DRAFTERS, other: 'NOBODY' },
  moderateOpinion: { own: ['EGOV_CENTER'], other: ['EGOV_CENTER'] },
  submitOpinion: { any: 'PUBLIC' },
  opinionReceipt: { any: 'PUBLIC' },
  consultationEvents: { own: [...DRAFTERS, 'SECRETARIAT'], other: ['SECRETARIAT'] },
  addConsultationEvent: { own: DRAFTERS, other: 'NOBODY' },
  recordMaterialDelivery: { own: DRAFTERS, other: 'NOBODY' },
  // government meetings and attendance (system 4): the Secretariat plans meetings and approves
  // attendance; the submitting unit proposes and notifies; the E-Government Center publishes news
  meetings: { any: [...DRAFTERS, 'SECRETARIAT', 'EGOV_CENTER'] },
  meeting: { any: [...DRAFTERS, 'SECRETARIAT', 'EGOV_CENTER'] },
  createMeeting: { any: ['SECRETARIAT'] },
  addAgendaItem: { any: ['SECRETARIAT'] },
  publishPressRelease: { any: ['EGOV_CENTER'] },
  publicMeetingNews: { any: 'PUBLIC' },
  publicPressRelease: { any: 'PUBLIC' },
  consultationRates: { any: 'PUBLIC' },
  attendanceProposals: { own: [...DRAFTERS, 'SECRETARIAT'], other: ['SECRETARIAT'] },
  attendanceProposal: { own: [...DRAFTERS, 'SECRETARIAT'], other: ['SECRETARIAT'] },
  saveAttendanceProposal: { own: DRAFTERS, other: 'NOBODY' },
  submitAttendanceProposal: { own: DRAFTERS, other: 'NOBODY' },
  approveAttendanceProposal: { own: ['SECRETARIAT'], other: ['SECRETARIAT'] },
  returnAttendanceProposal: { own: ['SECRETARIAT'], other: ['SECRETARIAT'] },
  recordNoticeDelivery: { own: DRAFTERS, other: 'NOBODY' },
  // supervisors (system 7): the Disclosure Office keeps the registry of its level and reads every item of
  // it; "own" is the supervisor's own item, or an item addressed to the acting user's unit
  supervisors: { any: ['DISCLOSURE_OFFICE', 'LEADER'] },
  supervisor: { any: ['DISCLOSURE_OFFICE', 'LEADER'] },
  mySupervisor: { any: 'SIGNED_IN' },
  supervisorAccounts: { any: ['DISCLOSURE_OFFICE'] },
  createSupervisor: { any: ['DISCLOSURE_OFFICE'] },
  updateSupervisor: { any: ['DISCLOSURE_OFFICE'] },
  supervisorFeedbacks: { own: [...FEEDBACK_READERS, 'SUPERVISOR'], other: ['DISCLOSURE_OFFICE', 'LEADER'] },
  supervisorFeedback: { own: [...FEEDBACK_READERS, 'SUPERVISOR'], other: ['DISCLOSURE_OFFICE', 'LEADER'] },
  supervisorFeedbackStats: { any: [...FEEDBACK_READERS, 'SUPERVISOR'] },
  fileSupervisorFeedback: { any: ['SUPERVISOR'] },
  answerSupervisorFeedback: { own: FEEDBACK_ANSWERERS, other: 'NOBODY' },
  rateSupervisorFeedback: { own: ['SUPERVISOR'], other: 'NOBODY' },
  reopenSupervisorFeedback: { own: ['SUPERVISOR'], other: 'NOBODY' },
  // third-party evaluation (system 7): the academy builds indicator systems with the Disclosure Office and
  // runs the rounds; evaluators score what is assigned to them; a unit sees its own scores once sent and
  // appeals ("own" = the acting user's unit's score); leaders read; the public reads published results
  indicatorSystems: { any: ['ACADEMY_ADMIN', 'DISCLOSURE_OFFICE'] },
  indicatorSystem: { any: ['ACADEMY_ADMIN', 'DISCLOSURE_OFFICE'] },
  createIndicatorSystem: { any: ['ACADEMY_ADMIN'] },
  copyIndicatorSystem: { any: ['ACADEMY_ADMIN'] },
  saveIndicatorTree: { any: ['ACADEMY_ADMIN'] },
  signOffIndicatorSystem: { any: ['ACADEMY_ADMIN', 'DISCLOSURE_OFFICE'] },
  reopenIndicatorSystem: { any: ['ACADEMY_ADMIN'] },
  evaluationRounds: { any: ['ACADEMY_ADMIN', 'DISCLOSURE_OFFICE', 'LEADER'] },
  evaluationRound: { any: ['ACADEMY_ADMIN', 'DISCLOSURE_OFFICE', 'LEADER'] },
  createEvaluationRound: { any: ['ACADEMY_ADMIN'] },
  setRoundUnits: { any: ['ACADEMY_ADMIN'] },
  assignEvaluator: { any: ['ACADEMY_ADMIN'] },
  removeEvaluatorAssignment: { any: ['ACADEMY_ADMIN'] },
  startEvaluationRound: { any: ['ACADEMY_ADMIN'] },
  releaseEvaluationRound: { any: ['ACADEMY_ADMIN'] },
  publishEvaluationRound: { any: ['ACADEMY_ADMIN'] },
  evaluationResults: { any: [...DRAFTING_UNIT, 'DISCLOSURE_OFFICE', 'ACADEMY_ADMIN', 'LEADER'] },
  evaluationScores: { own: [...DRAFTING_UNIT, 'DISCLOSURE_OFFICE', 'ACADEMY_ADMIN', 'LEADER'], other: ['DISCLOSURE_OFFICE', 'ACADEMY_ADMIN', 'LEADER'] },
  scorableIndicators: { any: ['ACADEMY_EVALUATOR'] },
  scoreIndicator: { any: ['ACADEMY_EVALUATOR'] },
  evaluationAppeals: { own: [...DRAFTING_UNIT, 'DISCLOSURE_OFFICE', 'ACADEMY_ADMIN', 'LEADER'], other: ['DISCLOSURE_OFFICE', 'ACADEMY_ADMIN', 'LEADER'] },
  submitAppeal: { own: HEADS, other: 'NOBODY' },
  acceptAppeal: { any: ['ACADEMY_ADMIN'] },
  rejectAppeal: { any: ['ACADEMY_ADMIN'] },
  roundQuestionnaire: { any: ['ACADEMY_ADMIN', 'DISCLOSURE_OFFICE', 'LEADER'] },
  questionnaireTally: { any: ['ACADEMY_ADMIN', 'DISCLOSURE_OFFICE', 'LEADER'] },
  saveQuestionnaire: { any: ['ACADEMY_ADMIN'] },
  publishQuestionnaire: { any: ['ACADEMY_ADMIN'] },
  aggregateQuestionnaire: { any: ['ACADEMY_ADMIN'] },
  publicQuestionnaires: { any: 'PUBLIC' },
  publicQuestionnaire: { any: 'PUBLIC' },
  submitQuestionnaireResponse: { any: 'PUBLIC' },
  publicEvaluationYears: { any: 'PUBLIC' },
  publicEvaluation: { any: 'PUBLIC' },
};

export function allows(who: Who, role: Role | null): boolean {
  if (who === 'PUBLIC') return true;
  if (who === 'NOBODY') return false;
  if (role === null) return false;
  if (who === 'SIGNED_IN') return true;
  return who.includes(role);
}
