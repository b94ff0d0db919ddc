// The permission table: every GraphQL operation × role × (own / other unit / county), and the expected answer.
// "own" means the object belongs to the acting user's unit, "other" to another unit of the same government,
// "county" to a unit of another government (双塔区: the actors are the city's). Operations that do not
// concern a unit's object have only "any". A row with "own" or "other" is also tried on a county's object,
// where nobody of the city may act unless the row names who ("county"). A new operation without a row
// fails the suite.
import { ROLES, type Role } from '../../packages/shared/src/index.js';

export type Who = 'PUBLIC' | 'SIGNED_IN' | 'NOBODY' | readonly Role[];
export interface Row {
  any?: Who;
  own?: Who;
  other?: Who;
  county?: Who;
  /** Where the fixture makes success impossible, the business refusal those allowed get (its code). */
  refused?: string;
  /**
   * Roles not allowed that are told why by a business refusal (its code) rather than FORBIDDEN: those who may
   * act on the object in another state, refused by a state rule checked after the permission. By default on their
   * own government's objects ("any", "own", "other"); `scopes` narrows (or widens) where.
   */
  refusedTo?: { roles: readonly Role[]; code: string; scopes?: readonly ('any' | 'own' | 'other' | 'county')[] };
}

const HEADS: Role[] = ['DEPARTMENT_HEAD', 'DISCLOSURE_OFFICER'];
const DRAFTING_UNIT: Role[] = ['DEPARTMENT_STAFF', 'DEPARTMENT_HEAD', 'DISCLOSURE_OFFICER'];
const DRAFTERS: Role[] = ['DEPARTMENT_STAFF', 'DEPARTMENT_HEAD'];
const FEEDBACK_ANSWERERS: Role[] = ['DEPARTMENT_STAFF', 'DISCLOSURE_OFFICER', 'DISCLOSURE_OFFICE'];
const FEEDBACK_READERS: Role[] = [...FEEDBACK_ANSWERERS, 'LEADER'];
const COMPLAINT_OFFICE: Role[] = ['COMPLAINT_OFFICE'];
const CASE_HANDLERS: Role[] = ['DEPARTMENT_STAFF', 'DISCLOSURE_OFFICER'];
const CASE_LEVEL_READERS: Role[] = ['COMPLAINT_OFFICE', 'LEADER'];
const CASE_READERS: Role[] = [...CASE_HANDLERS, ...CASE_LEVEL_READERS];
// the annual report: a unit's disclosure body drafts, its head signs off; leaders and the Disclosure Office read the level
const REPORT_DRAFTER: Role[] = ['DISCLOSURE_OFFICER'];
const REPORT_SIGNERS: Role[] = ['DEPARTMENT_HEAD', 'LEADER'];
const REPORT_LEVEL_READERS: Role[] = ['DISCLOSURE_OFFICE', 'LEADER'];
const REPORT_READERS: Role[] = ['DISCLOSURE_OFFICER', 'DEPARTMENT_HEAD', ...REPORT_LEVEL_READERS];
// the assessment (考核): the Disclosure Office runs the year, the leaders sign it off; a unit reads its own scorecard
const ASSESSMENT_OFFICE: Role[] = ['DISCLOSURE_OFFICE'];
const ASSESSMENT_LEVEL: Role[] = ['DISCLOSURE_OFFICE', 'LEADER'];
const SCORECARD_READERS: Role[] = ['DISCLOSURE_OFFICER', 'DEPARTMENT_HEAD', ...ASSESSMENT_LEVEL];
const REQUEST_HANDLERS: Role[] = ['DISCLOSURE_OFFICER'];
const REQUEST_LEVEL_READERS: Role[] = ['DISCLOSURE_OFFICE', 'LEADER'];
const REQUEST_READERS: Role[] = [...REQUEST_HANDLERS, 'DEPARTMENT_HEAD', ...REQUEST_LEVEL_READERS];
// the yearly review: a unit drafts (staff, disclosure officer) and its head signs off; the Disclosure Office runs it
const REVIEW_DRAFTERS: Role[] = ['DEPARTMENT_STAFF', 'DISCLOSURE_OFFICER'];
const REVIEW_HEAD: Role[] = ['DEPARTMENT_HEAD'];
const REVIEW_OFFICE: Role[] = ['DISCLOSURE_OFFICE'];
const REVIEW_LEVEL: Role[] = ['DISCLOSURE_OFFICE', 'LEADER'];
const REVIEW_READERS: Role[] = [...REVIEW_DRAFTERS, ...REVIEW_HEAD, ...REVIEW_LEVEL];
// leaders and the Disclosure Office oversee their level read only: submitted topics, meetings, submitted proposals
const OVERSIGHT: Role[] = ['DISCLOSURE_OFFICE', 'LEADER'];
// regular training: everyone of the level but the administrator reads the catalogue and attends
const TRAINEES: Role[] = ROLES.filter((r) => r !== 'SUPERVISOR' && r !== 'ADMIN');
/** Who reads the rosters of the whole level (organisers, the Disclosure Office, leaders). */
const TRAINING_LEVEL: Role[] = ['TRAINING_ADMIN', 'DISCLOSURE_OFFICE', 'LEADER'];
/** Who follows coverage: the whole level, or a unit's own (its head and disclosure officer). */
const TRAINING_FOLLOWERS: Role[] = [...HEADS, ...TRAINING_LEVEL];
// joint meetings: a unit reads what was issued to it and reports on its resolutions; the Disclosure Office and the
// Secretariat record meetings and issue minutes; the office keeps the group and closes resolutions; leaders read all
const JM_UNIT: Role[] = ['DEPARTMENT_STAFF', 'DEPARTMENT_HEAD', 'DISCLOSURE_OFFICER'];
const JM_LEVEL: Role[] = ['DISCLOSURE_OFFICE', 'SECRETARIAT', 'LEADER'];
const JM_READERS: Role[] = [...JM_UNIT, ...JM_LEVEL];
const JM_RECORDERS: Role[] = ['DISCLOSURE_OFFICE', 'SECRETARIAT'];
const JM_OFFICE: Role[] = ['DISCLOSURE_OFFICE'];
const JM_CONVENORS: Role[] = ['DEPARTMENT_HEAD', 'DISCLOSURE_OFFICE', 'LEADER'];
const ALL_STAFF_BUT_SUPERVISOR: Role[] = [
  'DEPARTMENT_STAFF',
  'DEPARTMENT_HEAD',
  'DISCLOSURE_OFFICER',
  'DISCLOSURE_OFFICE',
  'SECRETARIAT',
  'DOCUMENT_SECTION',
  'EGOV_CENTER',
  'COMPLAINT_OFFICE',
  'ACADEMY_EVALUATOR',
  'ACADEMY_ADMIN',
  'TRAINING_ADMIN',
  'LEADER',
  'ADMIN',
];

export const PERMISSION_TABLE: Record<string, Row> = {
  // signing in and one's own things
  me: { any: 'PUBLIC' },
  login: { any: 'PUBLIC' },
  logout: { any: 'PUBLIC' },
  // the old password given is wrong: changing it would lock the actor out of the rows that follow
  changePassword: { any: 'SIGNED_IN', refused: 'WRONG_OLD_PASSWORD' },
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
  // leaders read the accounts of their own government only
  users: { own: ALL_STAFF_BUT_SUPERVISOR, other: ['LEADER', 'ADMIN'], county: ['ADMIN'] },
  user: { own: ALL_STAFF_BUT_SUPERVISOR, other: ['LEADER', 'ADMIN'], county: ['ADMIN'] },
  createUser: { any: ['ADMIN'] },
  updateUser: { own: ['ADMIN'], other: ['ADMIN'], county: ['ADMIN'] },
  setUserActive: { own: ['ADMIN'], other: ['ADMIN'], county: ['ADMIN'] },
  resetPassword: { own: ['ADMIN'], other: ['ADMIN'], county: ['ADMIN'] },
  unlockUser: { own: ['ADMIN'], other: ['ADMIN'], county: ['ADMIN'] },
  addParameterVersion: { any: ['ADMIN'] },
  setCalendarDay: { any: ['ADMIN'] },
  setYearCovered: { any: ['ADMIN'] },
  // next year's holidays from the State Council's notice: the administrator previews, enters, and is warned
  calendarNoticePreview: { any: ['ADMIN'] },
  applyCalendarNotice: { any: ['ADMIN'] },
  calendarWarning: { any: ['ADMIN'] },
  auditRecords: { any: ['ADMIN'] },
  auditChainStatus: { any: ['ADMIN'] },
  // account requests: a unit asks, the administrator decides
  accountRequests: { own: [...HEADS, 'ADMIN'], other: ['ADMIN'], county: ['ADMIN'] },
  accountRequest: { own: [...HEADS, 'ADMIN'], other: ['ADMIN'], county: ['ADMIN'] },
  attachments: { own: [...HEADS, 'ADMIN'], other: ['ADMIN'], county: ['ADMIN'] },
  createAccountRequest: { any: HEADS },
  updateAccountRequest: { own: HEADS, other: 'NOBODY' },
  submitAccountRequest: { own: HEADS, other: 'NOBODY' },
  approveAccountRequest: { own: ['ADMIN'], other: ['ADMIN'], county: ['ADMIN'] },
  returnAccountRequest: { own: ['ADMIN'], other: ['ADMIN'], county: ['ADMIN'] },
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
  search: { any: 'PUBLIC' },
  publicDocument: { any: 'PUBLIC' },
  // interpretation (system 5): "whoever drafts, interprets"; the Disclosure Office oversees its level
  // an interpretation drafted with a department's draft stays in the unit, as the draft does (the office reads
  // it once the document reaches its review: see the state rows)
  interpretations: { own: DRAFTING_UNIT, other: 'NOBODY' },
  interpretation: { own: DRAFTING_UNIT, other: 'NOBODY' },
  saveInterpretation: { own: DRAFTERS, other: 'NOBODY' },
  publishInterpretation: { own: DRAFTERS, other: 'NOBODY' },
  publicInterpretations: { any: 'PUBLIC' },
  publicInterpretation: { any: 'PUBLIC' },
  // consultation (system 3): the undertaking unit drafts; the Secretariat reviews other units' topics;
  // the E-Government Center publishes and moderates; the public submits and reads published items
  consultationTopics: { own: [...DRAFTERS, 'SECRETARIAT', ...OVERSIGHT], other: ['SECRETARIAT', ...OVERSIGHT] },
  consultationTopic: { own: [...DRAFTERS, 'SECRETARIAT', ...OVERSIGHT], other: ['SECRETARIAT', ...OVERSIGHT] },
  // figures over the topics one may read: the E-Government Center reads the published ones
  consultationFigures: { own: [...DRAFTERS, 'SECRETARIAT', 'EGOV_CENTER', ...OVERSIGHT], other: ['SECRETARIAT', 'EGOV_CENTER', ...OVERSIGHT] },
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
  consultationEvents: { own: [...DRAFTERS, 'SECRETARIAT', ...OVERSIGHT], other: ['SECRETARIAT', ...OVERSIGHT] },
  addConsultationEvent: { own: DRAFTERS, other: 'NOBODY' },
  recordMaterialDelivery: { own: DRAFTERS, other: 'NOBODY' },
  // government meetings and attendance (system 4): the Secretariat plans meetings and approves
  // attendance; the submitting unit proposes and notifies; the E-Government Center publishes news
  meetings: { any: [...DRAFTERS, 'SECRETARIAT', 'EGOV_CENTER', ...OVERSIGHT] },
  meeting: { any: [...DRAFTERS, 'SECRETARIAT', 'EGOV_CENTER', ...OVERSIGHT] },
  createMeeting: { any: ['SECRETARIAT'] },
  addAgendaItem: { any: ['SECRETARIAT'] },
  publishPressRelease: { any: ['EGOV_CENTER'] },
  publicMeetingNews: { any: 'PUBLIC' },
  publicPressRelease: { any: 'PUBLIC' },
  consultationRates: { any: 'PUBLIC' },
  attendanceProposals: { own: [...DRAFTERS, 'SECRETARIAT', ...OVERSIGHT], other: ['SECRETARIAT', ...OVERSIGHT] },
  attendanceProposal: { own: [...DRAFTERS, 'SECRETARIAT', ...OVERSIGHT], other: ['SECRETARIAT', ...OVERSIGHT] },
  // the government at a glance (the home of leaders and the Disclosure Office): counts over what each may read
  governmentOverview: { any: OVERSIGHT },
  // a level and the governments below it: the city's readers roll up its counties' figures ("county"), never the reverse
  governmentRollup: { own: OVERSIGHT, other: OVERSIGHT, county: OVERSIGHT },
  saveAttendanceProposal: { own: DRAFTERS, other: 'NOBODY' },
  submitAttendanceProposal: { own: DRAFTERS, other: 'NOBODY' },
  approveAttendanceProposal: { own: ['SECRETARIAT'], other: ['SECRETARIAT'] },
  returnAttendanceProposal: { own: ['SECRETARIAT'], other: ['SECRETARIAT'] },
  recordNoticeDelivery: { own: DRAFTERS, other: 'NOBODY' },
  // regular training (system 9): organisers (the party school here; "own" is a session the actor's unit runs) run
  // sessions; a unit's head and disclosure officer enrol their own staff; everyone of the level reads the catalogue,
  // checks in and answers the questionnaire ("own": the actor's own place on the roster)
  trainingCourses: { any: TRAINEES },
  trainingSessions: { any: TRAINEES },
  trainingSession: { own: TRAINEES, other: TRAINEES },
  trainingCandidates: { own: [...HEADS, 'TRAINING_ADMIN'], other: HEADS },
  myTrainings: { any: 'SIGNED_IN' },
  trainingCoverage: { any: TRAINING_FOLLOWERS },
  trainingPeople: { any: TRAINING_FOLLOWERS },
  createTrainingCourse: { any: ['TRAINING_ADMIN'] },
  createTrainingSession: { own: ['TRAINING_ADMIN'], other: 'NOBODY' },
  completeTrainingSession: { own: ['TRAINING_ADMIN'], other: 'NOBODY' },
  updateTrainingSession: { own: ['TRAINING_ADMIN'], other: 'NOBODY' },
  cancelTrainingSession: { own: ['TRAINING_ADMIN'], other: 'NOBODY' },
  nominateTrainingStaff: { own: ['TRAINING_ADMIN'], other: 'NOBODY' },
  markTrainingAttendance: { own: ['TRAINING_ADMIN'], other: 'NOBODY' },
  // "other": enrolling a member of another unit's staff, refused with its code to those who enrol their own
  enrolTrainingStaff: { own: HEADS, other: 'NOBODY', refusedTo: { roles: HEADS, code: 'TRAINING_ENROL_OTHER_UNIT', scopes: ['other'] } },
  // "other": a session the actor is not on the roster of
  checkInTraining: { own: TRAINEES, other: 'NOBODY', refusedTo: { roles: TRAINEES, code: 'TRAINING_NOT_ENROLLED', scopes: ['other'] } },
  submitTrainingFeedback: {
    own: TRAINEES,
    other: 'NOBODY',
    refusedTo: { roles: TRAINEES, code: 'TRAINING_FEEDBACK_NOT_ATTENDED', scopes: ['other'] },
  },
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
  // citizens' cases (system 8): the Complaint Office handles every case of its level, leaders follow them;
  // "own" is a case assigned to the acting user's unit, whose staff and disclosure body handle it
  cases: { own: CASE_READERS, other: CASE_LEVEL_READERS },
  case: { own: CASE_READERS, other: CASE_LEVEL_READERS },
  registerCase: { any: COMPLAINT_OFFICE },
  acceptCase: { own: COMPLAINT_OFFICE, other: COMPLAINT_OFFICE },
  notAcceptCase: { own: COMPLAINT_OFFICE, other: COMPLAINT_OFFICE },
  assignCase: { own: COMPLAINT_OFFICE, other: COMPLAINT_OFFICE },
  handBackCase: { own: CASE_HANDLERS, other: 'NOBODY' },
  replyCase: { own: CASE_HANDLERS, other: 'NOBODY' },
  closeCase: { own: COMPLAINT_OFFICE, other: COMPLAINT_OFFICE },
  reopenCase: { own: COMPLAINT_OFFICE, other: COMPLAINT_OFFICE },
  // 延期: the assigned unit asks, the office of the level decides
  requestCaseExtension: { own: CASE_HANDLERS, other: 'NOBODY' },
  approveCaseExtension: { own: COMPLAINT_OFFICE, other: COMPLAINT_OFFICE },
  rejectCaseExtension: { own: COMPLAINT_OFFICE, other: COMPLAINT_OFFICE },
  // 自动统计: the office and leaders see their level's, a handling unit the cases assigned to it; the office publishes
  caseStatistics: { any: CASE_READERS },
  caseCounts: { any: CASE_READERS },
  // imports of the other channels' files: the office of the level
  caseImports: { any: COMPLAINT_OFFICE },
  caseImport: { any: COMPLAINT_OFFICE },
  caseImportErrors: { any: COMPLAINT_OFFICE },
  publishCaseStatistics: { any: COMPLAINT_OFFICE },
  publicCaseStatisticsReleases: { any: 'PUBLIC' },
  publicCaseStatistics: { any: 'PUBLIC' },
  publicCaseSummaries: { any: 'PUBLIC' },
  // the annual report (政府信息公开工作年度报告): "own" is the report of the actor's unit (the leaders': the
  // government's, whose unit is the city itself); the Disclosure Office's steps on the government's report
  // are the rows "(government)" below
  annualReports: { own: REPORT_READERS, other: REPORT_LEVEL_READERS },
  annualReport: { own: REPORT_READERS, other: REPORT_LEVEL_READERS },
  createAnnualReport: { own: REPORT_DRAFTER, other: 'NOBODY' },
  updateAnnualReport: { own: REPORT_DRAFTER, other: 'NOBODY' },
  refreshAnnualReport: { own: REPORT_DRAFTER, other: 'NOBODY' },
  submitAnnualReport: { own: REPORT_DRAFTER, other: 'NOBODY' },
  returnAnnualReport: { own: REPORT_SIGNERS, other: 'NOBODY' },
  signOffAnnualReport: { own: REPORT_SIGNERS, other: 'NOBODY' },
  publishAnnualReport: { own: REPORT_DRAFTER, other: 'NOBODY' },
  publicAnnualReports: { any: 'PUBLIC' },
  publicAnnualReport: { any: 'PUBLIC' },
  // the assessment: a government's year (own and other are the city's, county the county's)
  assessments: { own: ASSESSMENT_LEVEL, other: ASSESSMENT_LEVEL },
  assessment: { own: ASSESSMENT_LEVEL, other: ASSESSMENT_LEVEL },
  scorecard: { own: SCORECARD_READERS, other: ASSESSMENT_LEVEL },
  scorecardRecords: { own: SCORECARD_READERS, other: ASSESSMENT_LEVEL },
  openAssessment: { any: ASSESSMENT_OFFICE },
  addRoutineCheck: { any: ASSESSMENT_OFFICE },
  addDeduction: { any: ASSESSMENT_OFFICE },
  officeSignOffAssessment: { own: ASSESSMENT_OFFICE, other: ASSESSMENT_OFFICE },
  signOffAssessment: { own: ['LEADER'], other: ['LEADER'] },
  returnAssessment: { own: ['LEADER'], other: ['LEADER'] },
  publishAssessment: { own: ASSESSMENT_OFFICE, other: ASSESSMENT_OFFICE },
  publicAssessments: { any: 'PUBLIC' },
  // the citizen's side: anyone with the case number and check code
  submitCase: { any: 'PUBLIC' },
  publicCase: { any: 'PUBLIC' },
  ratePublicCase: { any: 'PUBLIC' },
  // requests on application (system 6): "own" is a request addressed to the acting user's unit, handled by its
  // disclosure body, its extension approved by its head; the Disclosure Office and leaders follow the level
  disclosureRequests: { own: REQUEST_READERS, other: REQUEST_LEVEL_READERS },
  disclosureRequest: { own: REQUEST_READERS, other: REQUEST_LEVEL_READERS },
  disclosureRequestCounts: { any: REQUEST_READERS },
  frequentlyRequestedInformation: { any: REQUEST_READERS },
  disclosureRequestTable: { any: REQUEST_READERS },
  registerDisclosureRequest: { own: REQUEST_HANDLERS, other: 'NOBODY' },
  linkDisclosureRequestItem: { own: REQUEST_HANDLERS, other: 'NOBODY' },
  confirmDisclosureRequest: { own: REQUEST_HANDLERS, other: 'NOBODY' },
  refuseDisclosureRequestRegistration: { own: REQUEST_HANDLERS, other: 'NOBODY' },
  askDisclosureRequestCorrection: { own: REQUEST_HANDLERS, other: 'NOBODY' },
  receiveDisclosureRequestCorrection: { own: REQUEST_HANDLERS, other: 'NOBODY' },
  endUncorrectedDisclosureRequest: { own: REQUEST_HANDLERS, other: 'NOBODY' },
  consultDisclosureRequestThirdParty: { own: REQUEST_HANDLERS, other: 'NOBODY' },
  resumeDisclosureRequest: { own: REQUEST_HANDLERS, other: 'NOBODY' },
  requestDisclosureRequestExtension: { own: REQUEST_HANDLERS, other: 'NOBODY' },
  approveDisclosureRequestExtension: { own: ['DEPARTMENT_HEAD'], other: 'NOBODY' },
  rejectDisclosureRequestExtension: { own: ['DEPARTMENT_HEAD'], other: 'NOBODY' },
  replyDisclosureRequest: { own: REQUEST_HANDLERS, other: 'NOBODY' },
  deliverDisclosureRequest: { own: REQUEST_HANDLERS, other: 'NOBODY' },
  // the applicant's side: anyone, with the request's number and check code
  submitDisclosureRequest: { any: 'PUBLIC' },
  publicDisclosureRequest: { any: 'PUBLIC' },
  // the yearly review (定期审查): a campaign is its level's, read by the level's units
  reviewCampaigns: { own: REVIEW_READERS, other: REVIEW_READERS },
  reviewCampaign: { own: REVIEW_READERS, other: REVIEW_READERS },
  openReviewCampaign: { any: REVIEW_OFFICE },
  closeReviewCampaign: { own: REVIEW_OFFICE, other: REVIEW_OFFICE },
  reviewReports: { own: REVIEW_READERS, other: REVIEW_LEVEL },
  reviewReport: { own: REVIEW_READERS, other: REVIEW_LEVEL },
  collectReviewItems: { own: REVIEW_DRAFTERS, other: 'NOBODY' },
  updateReviewReport: { own: REVIEW_DRAFTERS, other: 'NOBODY' },
  decideReviewItem: { own: REVIEW_DRAFTERS, other: 'NOBODY' },
  submitReviewReport: { own: REVIEW_DRAFTERS, other: 'NOBODY' },
  signOffReviewReport: { own: REVIEW_HEAD, other: 'NOBODY' },
  returnReviewReport: { own: REVIEW_HEAD, other: 'NOBODY' },
  // spot checks: a unit reads those that drew it
  spotCheck: { own: REVIEW_READERS, other: REVIEW_LEVEL },
  drawSpotCheck: { own: REVIEW_OFFICE, other: REVIEW_OFFICE },
  recordSpotCheckFindings: { own: REVIEW_OFFICE, other: REVIEW_OFFICE },
  rectifications: { own: REVIEW_READERS, other: REVIEW_LEVEL },
  rectification: { own: REVIEW_READERS, other: REVIEW_LEVEL },
  orderRectification: { own: REVIEW_OFFICE, other: REVIEW_OFFICE },
  reportRectification: { own: REVIEW_DRAFTERS, other: 'NOBODY' },
  verifyRectification: { own: REVIEW_OFFICE, other: REVIEW_OFFICE },
  returnRectification: { own: REVIEW_OFFICE, other: REVIEW_OFFICE },
  // joint meetings of the leading group (联席会议): "own" is a unit the meeting or resolution concerns
  leadingGroup: { own: JM_READERS, other: JM_READERS },
  // a user of another government is not added to this level's group: the office is told why
  addLeadingGroupMember: {
    own: JM_OFFICE,
    other: JM_OFFICE,
    refusedTo: { roles: JM_OFFICE, code: 'JOINT_MEETING_USER_INVALID', scopes: ['county'] },
  },
  updateLeadingGroupMember: { own: JM_OFFICE, other: JM_OFFICE },
  leadingGroupCandidates: {
    own: JM_OFFICE,
    other: JM_OFFICE,
    refusedTo: { roles: JM_OFFICE, code: 'JOINT_MEETING_UNIT_INVALID', scopes: ['county'] },
  },
  jointMeetingDelegations: { own: JM_LEVEL, other: JM_LEVEL },
  // the leader delegates to a member of the level's group: a member of another government's is refused by the rule
  delegateJointMeetingConvening: {
    own: ['LEADER'],
    other: ['LEADER'],
    refusedTo: { roles: ['LEADER'], code: 'JOINT_MEETING_DELEGATE_NOT_MEMBER', scopes: ['county'] },
  },
  jointMeetings: { own: JM_READERS, other: JM_LEVEL },
  jointMeeting: { own: JM_READERS, other: JM_LEVEL },
  // the roles that may sit in the group as leader or deputy; the group itself is checked by the rule
  conveneJointMeeting: { any: JM_CONVENORS },
  updateJointMeeting: { own: JM_RECORDERS, other: JM_RECORDERS },
  cancelJointMeeting: { own: JM_RECORDERS, other: JM_RECORDERS },
  recordJointMeetingHeld: { own: JM_RECORDERS, other: JM_RECORDERS },
  saveJointMeetingMinutes: { own: JM_RECORDERS, other: JM_RECORDERS },
  addResolution: { own: JM_RECORDERS, other: JM_RECORDERS },
  removeResolution: { own: JM_RECORDERS, other: JM_RECORDERS },
  issueJointMeetingMinutes: { own: JM_RECORDERS, other: JM_RECORDERS },
  jointMeetingFigures: { any: ['DISCLOSURE_OFFICE', 'LEADER'] },
  resolutions: { own: JM_READERS, other: JM_LEVEL },
  resolution: { own: JM_READERS, other: JM_LEVEL },
  reportResolutionProgress: { own: JM_UNIT, other: 'NOBODY' },
  closeResolution: { own: JM_OFFICE, other: JM_OFFICE },
  returnResolution: { own: JM_OFFICE, other: JM_OFFICE },
  // the minutes issued to the reader's own unit, a function unit's too
  myMinutesReceipts: { own: JM_READERS, other: 'NOBODY' },
  acknowledgeMinutes: { own: JM_READERS, other: 'NOBODY' },
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
  evaluationScores: {
    own: [...DRAFTING_UNIT, 'DISCLOSURE_OFFICE', 'ACADEMY_ADMIN', 'LEADER'],
    other: ['DISCLOSURE_OFFICE', 'ACADEMY_ADMIN', 'LEADER'],
  },
  scorableIndicators: { any: ['ACADEMY_EVALUATOR'] },
  scoreIndicator: { any: ['ACADEMY_EVALUATOR'] },
  evaluationAppeals: {
    own: [...DRAFTING_UNIT, 'DISCLOSURE_OFFICE', 'ACADEMY_ADMIN', 'LEADER'],
    other: ['DISCLOSURE_OFFICE', 'ACADEMY_ADMIN', 'LEADER'],
  },
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

/** A user with several roles may do what any of them may. */
export function allows(who: Who, roles: readonly Role[] | null): boolean {
  if (who === 'PUBLIC') return true;
  if (who === 'NOBODY') return false;
  if (roles === null) return false;
  if (who === 'SIGNED_IN') return true;
  return roles.some((role) => who.includes(role));
}

/** The answer a row expects of a user with these roles (null: a visitor). */
export function expectedOutcome(row: Row, scope: 'any' | 'own' | 'other' | 'county', who: Who, roles: readonly Role[] | null): string {
  if (allows(who, roles)) return row.refused ? `refused ${row.refused}` : 'allowed';
  const refusedScopes = row.refusedTo?.scopes ?? ['any', 'own', 'other'];
  if (row.refusedTo && refusedScopes.includes(scope) && roles?.some((r) => row.refusedTo!.roles.includes(r))) return `refused ${row.refusedTo.code}`;
  return 'denied';
}

/** Who may, for a scope: a unit-bound row is tried on a county's object too, where nobody may unless it says. */
export function expectedFor(row: Row, scope: 'any' | 'own' | 'other' | 'county'): Who | undefined {
  if (scope === 'county') return row.county ?? (row.own || row.other ? 'NOBODY' : undefined);
  return row[scope];
}

// Nested fields that return another subject: each is probed through a parent the actor may read, and is
// "allowed" when the object came back. A field declared @CanRead without a row here fails the suite.
const MEETING_READERS: Role[] = [...DRAFTERS, 'SECRETARIAT', 'EGOV_CENTER', ...OVERSIGHT];
export const NESTED_TABLE: Record<string, Row> = {
  // another unit's draft topic is not read through the agenda (the leak this table guards against)
  'AgendaItem.consultationTopic (draft)': { own: DRAFTERS, other: 'NOBODY' },
  'AgendaItem.consultationTopic (submitted)': { own: [...DRAFTERS, 'SECRETARIAT', ...OVERSIGHT], other: ['SECRETARIAT', ...OVERSIGHT] },
  'AgendaItem.consultationTopic (published)': {
    own: [...DRAFTERS, 'SECRETARIAT', 'EGOV_CENTER', ...OVERSIGHT],
    other: ['SECRETARIAT', 'EGOV_CENTER', ...OVERSIGHT],
  },
  // the topic's id on the agenda is under the same check: a draft of another unit is not told to exist
  'AgendaItem.consultationTopicId (draft)': { own: DRAFTERS, other: 'NOBODY' },
  'AgendaItem.consultationTopicId (published)': {
    own: [...DRAFTERS, 'SECRETARIAT', 'EGOV_CENTER', ...OVERSIGHT],
    other: ['SECRETARIAT', 'EGOV_CENTER', ...OVERSIGHT],
  },
  'AgendaItem.submittingUnit': { any: MEETING_READERS },
  'ConsultationTopic.undertakingUnit': { own: [...DRAFTERS, 'SECRETARIAT', ...OVERSIGHT], other: ['SECRETARIAT', ...OVERSIGHT] },
  'PolicyDocument.leadUnit': { own: DRAFTING_UNIT, other: 'NOBODY' },
  // an issued document: the draft interpretation on it is read by its unit, the Disclosure Office and leaders (late ones too)
  'PolicyDocument.interpretations (draft)': { own: [...DRAFTING_UNIT, ...OVERSIGHT], other: OVERSIGHT },
  'PolicyDocument.interpretations (published)': {
    own: [...DRAFTING_UNIT, 'DISCLOSURE_OFFICE', 'EGOV_CENTER', 'LEADER'],
    other: ['DISCLOSURE_OFFICE', 'EGOV_CENTER', 'LEADER'],
  },
  'User.unit': { own: ALL_STAFF_BUT_SUPERVISOR, other: ['LEADER', 'ADMIN'], county: ['ADMIN'] },
  'AccountRequest.unit': { own: [...HEADS, 'ADMIN'], other: ['ADMIN'], county: ['ADMIN'] },
  'SupervisorFeedback.targetUnit': { own: [...FEEDBACK_READERS, 'SUPERVISOR'], other: ['DISCLOSURE_OFFICE', 'LEADER'] },
  // derived: whoever reads the round reads the approved system it is scored by
  'EvaluationRound.system': { any: ['ACADEMY_ADMIN', 'DISCLOSURE_OFFICE', 'LEADER'] },
  'Case.assignedUnit': { own: CASE_READERS, other: CASE_LEVEL_READERS },
  'Case.subjectUnit': { own: CASE_READERS, other: CASE_LEVEL_READERS },
  'AnnualReport.unit': { own: REPORT_READERS, other: REPORT_LEVEL_READERS },
  'Assessment.scorecards': { own: ASSESSMENT_LEVEL, other: ASSESSMENT_LEVEL },
  'Assessment.routineChecks': { own: ASSESSMENT_LEVEL, other: ASSESSMENT_LEVEL },
  'Assessment.deductions': { own: ASSESSMENT_LEVEL, other: ASSESSMENT_LEVEL },
  'Scorecard.checks': { own: SCORECARD_READERS, other: ASSESSMENT_LEVEL },
  'Scorecard.deductionList': { own: SCORECARD_READERS, other: ASSESSMENT_LEVEL },
  'DisclosureRequest.unit': { own: REQUEST_READERS, other: REQUEST_LEVEL_READERS },
  // training: the course and organiser of a session follow the session; a roster as each reads it
  'TrainingCourse.organiserUnit': { own: TRAINEES, other: TRAINEES },
  'TrainingSession.course': { own: TRAINEES, other: TRAINEES },
  'TrainingSession.organiserUnit': { own: TRAINEES, other: TRAINEES },
  'TrainingSession.enrolments': { own: TRAINING_FOLLOWERS, other: TRAINING_LEVEL },
  'TrainingSession.myEnrolment': { own: TRAINEES, other: 'NOBODY' },
  'TrainingEnrolment.session': { own: TRAINING_FOLLOWERS, other: TRAINING_LEVEL },
  'TrainingEnrolment.unit': { own: TRAINING_FOLLOWERS, other: TRAINING_LEVEL },
  'Viewer.user': { any: 'SIGNED_IN' },
  // the yearly review: what a campaign, a report, a spot check names is read by whoever reads it there
  'ReviewCampaign.reports': { own: REVIEW_READERS, other: REVIEW_LEVEL },
  'ReviewCampaign.spotChecks': { own: REVIEW_READERS, other: REVIEW_LEVEL },
  'ReviewCampaign.rectifications': { own: REVIEW_READERS, other: REVIEW_LEVEL },
  'ReviewReport.unit': { own: REVIEW_READERS, other: REVIEW_LEVEL },
  'ReviewReport.campaign': { own: REVIEW_READERS, other: REVIEW_LEVEL },
  'ReviewReport.items': { own: REVIEW_READERS, other: REVIEW_LEVEL },
  'SpotCheck.sampledUnits': { own: REVIEW_READERS, other: REVIEW_LEVEL },
  'SpotCheck.sampledItems': { own: REVIEW_READERS, other: REVIEW_LEVEL },
  'SpotCheck.rectifications': { own: REVIEW_READERS, other: REVIEW_LEVEL },
  'Rectification.unit': { own: REVIEW_READERS, other: REVIEW_LEVEL },
  // joint meetings: what an issued meeting names is read by whoever reads it; the delegation by the level only
  'JointMeeting.resolutions': { own: JM_READERS, other: JM_LEVEL },
  'JointMeeting.receipts': { own: JM_READERS, other: JM_LEVEL },
  'JointMeeting.delegation': { own: JM_LEVEL, other: JM_LEVEL },
  'Resolution.meeting': { own: JM_READERS, other: JM_LEVEL },
  'MinutesReceipt.meeting': { own: JM_READERS, other: JM_LEVEL },
};

// The plain HTTP routes: "allowed" means the file came back (200, its type, a body).
export const HTTP_TABLE: Record<string, Row> = {
  // the year's scorecards as .xlsx: whoever reads the year's assessment
  'GET /assessment/:file (xlsx)': { own: ASSESSMENT_LEVEL, other: ASSESSMENT_LEVEL },
  // a file is downloaded by whoever may read its owner: a draft topic's by its unit, a published one's by anyone
  'GET /files/:id (draft topic)': { own: DRAFTERS, other: 'NOBODY' },
  'GET /files/:id (published topic)': { any: 'PUBLIC' },
  'GET /documents/:id/docx (issued)': {
    own: [...DRAFTING_UNIT, 'DISCLOSURE_OFFICE', 'EGOV_CENTER', 'LEADER'],
    other: ['DISCLOSURE_OFFICE', 'EGOV_CENTER', 'LEADER'],
  },
  // a draft is not printed: its unit reads it and is told why
  'GET /documents/:id/docx (draft)': { own: DRAFTING_UNIT, other: 'NOBODY', refused: 'DOCUMENT_NOT_PRINTABLE' },
  'GET /meetings/invitees/:id/notice': { own: [...DRAFTERS, 'SECRETARIAT', ...OVERSIGHT], other: ['SECRETARIAT', ...OVERSIGHT] },
  'GET /evaluation/rounds/:id/xlsx (released)': { any: ['ACADEMY_ADMIN', 'DISCLOSURE_OFFICE', 'LEADER'] },
  'GET /joint-meetings/:id/minutes.docx (issued)': { own: JM_READERS, other: JM_LEVEL },
  'GET /complaints/imports/:id/errors.csv': { any: COMPLAINT_OFFICE },
  'GET /complaints/imports/samples/:channel': { any: COMPLAINT_OFFICE },
  // open data: a published period of the complaint statistics, as CSV and as JSON
  'GET /open/complaints/statistics/:file (csv)': { any: 'PUBLIC' },
  'GET /open/complaints/statistics/:file (json)': { any: 'PUBLIC' },
  // open data: the catalogue, every published figure as CSV and JSON, the columns as Atom feeds
  'GET /data/catalogue.json': { any: 'PUBLIC' },
  'GET /data/:file (csv)': { any: 'PUBLIC' },
  'GET /data/:file (json)': { any: 'PUBLIC' },
  'GET /feeds/:file': { any: 'PUBLIC' },
  // the annual report's .docx and .xlsx: anyone once published; a draft, those who read it
  'GET /annual-reports/:file (published docx)': { any: 'PUBLIC' },
  'GET /annual-reports/:file (published xlsx)': { any: 'PUBLIC' },
  'GET /annual-reports/:file (draft)': { own: REPORT_READERS, other: REPORT_LEVEL_READERS },
  // the reply letter: whoever reads the request
  'GET /requests/:id/letter (replied)': { own: REQUEST_READERS, other: REQUEST_LEVEL_READERS },
  // training: a session's whole roster and the level's hours, for those who follow the whole level (a unit's own hours too)
  'GET /training/sessions/:id/roster.xlsx': { own: TRAINING_LEVEL, other: TRAINING_LEVEL },
  'GET /training/hours.xlsx': { any: TRAINING_FOLLOWERS },
};

// Operations tried again in the states where their rule differs from the row above (which uses a draft,
// or a submitted topic): what is published opens to the level's readers, what is a draft closes to its unit.
const ISSUED_READERS: Role[] = ['DISCLOSURE_OFFICE', 'EGOV_CENTER', 'LEADER'];
export const STATE_TABLE: Record<string, Row> = {
  'documents (issued)': { own: [...DRAFTING_UNIT, ...ISSUED_READERS], other: ISSUED_READERS },
  'document (issued)': { own: [...DRAFTING_UNIT, ...ISSUED_READERS], other: ISSUED_READERS },
  'document (in disclosure review, a government document)': { own: [...DRAFTING_UNIT, 'DISCLOSURE_OFFICE'], other: ['DISCLOSURE_OFFICE'] },
  'document (forwarded, a government document)': {
    own: [...DRAFTING_UNIT, 'DISCLOSURE_OFFICE', 'DOCUMENT_SECTION'],
    other: ['DISCLOSURE_OFFICE', 'DOCUMENT_SECTION'],
  },
  'interpretation (document in disclosure review, a government document)': {
    own: [...DRAFTING_UNIT, 'DISCLOSURE_OFFICE'],
    other: ['DISCLOSURE_OFFICE'],
  },
  'interpretation (published)': { own: [...DRAFTING_UNIT, ...ISSUED_READERS], other: ISSUED_READERS },
  'consultationTopic (draft)': { own: DRAFTERS, other: 'NOBODY' },
  'consultationTopic (published)': {
    own: [...DRAFTERS, 'SECRETARIAT', 'EGOV_CENTER', ...OVERSIGHT],
    other: ['SECRETARIAT', 'EGOV_CENTER', ...OVERSIGHT],
  },
  'consultationTopics (draft)': { own: DRAFTERS, other: 'NOBODY' },
  'attendanceProposal (draft)': { own: DRAFTERS, other: 'NOBODY' },
  // scores reach the unit, the Disclosure Office and leaders only once released; the academy sees them while scoring
  'evaluationScores (scoring)': {
    own: ['ACADEMY_ADMIN'],
    other: ['ACADEMY_ADMIN'],
    refusedTo: { roles: ['DISCLOSURE_OFFICE', 'LEADER'], code: 'SCORES_NOT_RELEASED' },
  },
  'evaluationRound (review)': {
    own: [...DRAFTING_UNIT, 'ACADEMY_ADMIN', 'DISCLOSURE_OFFICE', 'LEADER'],
    other: ['ACADEMY_ADMIN', 'DISCLOSURE_OFFICE', 'LEADER'],
  },
};

// Mutations tried again in the states where their rule differs from the row above. A state the ability names (the
// step's `from` list) refuses as FORBIDDEN; a state rule checked after the permission refuses with its code, and
// only to those who could act on the object in another state (on their own unit's object, "own"). Whoever may
// never act on the object is FORBIDDEN whatever its state: its state, its version are not told (permission
// before state). An allowed cell is one where the change is found in the database afterwards.
const OWN: readonly ('any' | 'own' | 'other' | 'county')[] = ['own'];
/** Nobody may, in this state: every role answers FORBIDDEN. */
const NOBODY: Row = { own: 'NOBODY', other: 'NOBODY' };
/** Nobody may, in this state; the roles that may in another state are told why, by a business code. */
const refusedOwn = (roles: Role[], code: string): Row => ({ own: 'NOBODY', other: 'NOBODY', refusedTo: { roles, code, scopes: OWN } });
const ACADEMY: Role[] = ['ACADEMY_ADMIN'];
/** Rows of a level's own objects (no unit split): nobody may, in this state; the roles that may in another are told why. */
const NOBODY_ANY: Row = { any: 'NOBODY' };
const refusedAny = (roles: Role[], code: string): Row => ({ any: 'NOBODY', refusedTo: { roles, code } });
export const MUTATION_STATE_TABLE: Record<string, Row> = {
  // training: the questionnaire before attending is refused with its code; a completed session is closed to its organiser
  'submitTrainingFeedback (not attended)': {
    own: 'NOBODY',
    other: 'NOBODY',
    refusedTo: { roles: TRAINEES, code: 'TRAINING_FEEDBACK_NOT_ATTENDED', scopes: ['own', 'other'] },
  },
  'completeTrainingSession (completed)': NOBODY,
  'updateTrainingSession (cancelled)': NOBODY,
  'cancelTrainingSession (completed)': NOBODY,
  // the annual report: the government's, drafted by the Disclosure Office and signed off by the leaders
  'createAnnualReport (government)': { any: ['DISCLOSURE_OFFICE'] },
  'submitAnnualReport (government)': { any: ['DISCLOSURE_OFFICE'] },
  'signOffAnnualReport (government)': { any: ['LEADER'] },
  'publishAnnualReport (government)': { any: ['DISCLOSURE_OFFICE'] },
  // a submitted report is no longer edited (its drafter is told so); nothing is signed off before it is submitted
  'updateAnnualReport (submitted)': refusedOwn(REPORT_DRAFTER, 'TRANSITION_NOT_ALLOWED'),
  'signOffAnnualReport (draft)': NOBODY,
  'returnAnnualReport (draft)': NOBODY,
  'publishAnnualReport (submitted)': NOBODY,
  // the assessment: nothing is recorded once signed, another government's year is not touched, an unended year is not signed
  'addRoutineCheck (signed)': refusedAny(ASSESSMENT_OFFICE, 'ASSESSMENT_NOT_OPEN'),
  'addDeduction (signed)': refusedAny(ASSESSMENT_OFFICE, 'ASSESSMENT_NOT_OPEN'),
  'addRoutineCheck (county)': NOBODY_ANY,
  'addDeduction (county)': NOBODY_ANY,
  'officeSignOffAssessment (this year)': refusedAny(ASSESSMENT_OFFICE, 'ASSESSMENT_YEAR_NOT_ENDED'),
  'signOffAssessment (open)': NOBODY,
  'returnAssessment (open)': NOBODY,
  'publishAssessment (office signed)': NOBODY,
  // account requests
  'updateAccountRequest (submitted)': refusedOwn(HEADS, 'TRANSITION_NOT_ALLOWED'),
  'submitAccountRequest (returned)': { own: HEADS, other: 'NOBODY' },
  'submitAccountRequest (submitted)': refusedOwn(HEADS, 'TRANSITION_NOT_ALLOWED'),
  'approveAccountRequest (draft)': {
    own: 'NOBODY',
    other: 'NOBODY',
    county: 'NOBODY',
    refusedTo: { roles: ['ADMIN'], code: 'TRANSITION_NOT_ALLOWED', scopes: ['own', 'other', 'county'] },
  },
  'returnAccountRequest (approved)': {
    own: 'NOBODY',
    other: 'NOBODY',
    county: 'NOBODY',
    refusedTo: { roles: ['ADMIN'], code: 'TRANSITION_NOT_ALLOWED', scopes: ['own', 'other', 'county'] },
  },
  // policy documents: the steps' states are in the abilities
  'updateDocument (returned)': { own: DRAFTERS, other: 'NOBODY' },
  'updateDocument (issued)': NOBODY,
  'submitDocument (returned)': { own: DRAFTERS, other: 'NOBODY' },
  'submitDocument (issued)': NOBODY,
  'approveDocumentAttribute (draft)': NOBODY,
  'signOffDocument (draft)': NOBODY,
  'reviewDocument (issued)': NOBODY,
  'returnDocument (issued)': NOBODY,
  'issueDocument (draft, a government document)': NOBODY,
  'issueDocument (issued)': NOBODY,
  // asked with a number its issuer already used: FORBIDDEN, never DOCUMENT_NUMBER_TAKEN (which numbers exist is not told)
  'issueDocument (issued, with a number taken)': NOBODY,
  // interpretation: stage 1 is written while the document is drafted and after its issue, not while it is reviewed
  'saveInterpretation (issued document)': { own: DRAFTERS, other: 'NOBODY' },
  'saveInterpretation (document in disclosure review)': refusedOwn(DRAFTERS, 'INTERPRETATION_LOCKED'),
  'saveInterpretation (published)': refusedOwn(DRAFTERS, 'INTERPRETATION_LOCKED'),
  'publishInterpretation (published)': refusedOwn(DRAFTERS, 'TRANSITION_NOT_ALLOWED'),
  // consultation topics and opinions
  'updateTopic (returned)': { own: DRAFTERS, other: 'NOBODY' },
  'updateTopic (submitted)': NOBODY,
  'submitTopic (returned)': { own: DRAFTERS, other: 'NOBODY' },
  'submitTopic (published)': refusedOwn(DRAFTERS, 'TRANSITION_NOT_ALLOWED'),
  'approveTopic (draft)': NOBODY,
  'approveTopic (published)': NOBODY,
  'returnTopic (approved)': NOBODY,
  'publishTopic (submitted)': NOBODY,
  'publishTopic (published)': NOBODY,
  'saveTopicSummary (draft)': NOBODY,
  'publishTopicResults (draft)': NOBODY,
  'publishTopicResults (results published)': NOBODY,
  // the Secretariat reads a submitted topic but records no opinion on it: FORBIDDEN, not "not yet published"
  'recordOpinion (submitted)': refusedOwn(DRAFTERS, 'NOT_YET_PUBLISHED'),
  'answerOpinion (window open)': refusedOwn(DRAFTERS, 'WINDOW_NOT_CLOSED'),
  // attendance proposals: another unit's item answers FORBIDDEN, never PROPOSAL_LOCKED or VERSION_CONFLICT
  'saveAttendanceProposal (submitted)': refusedOwn(DRAFTERS, 'PROPOSAL_LOCKED'),
  'saveAttendanceProposal (returned)': { own: DRAFTERS, other: 'NOBODY' },
  'saveAttendanceProposal (a stale version)': refusedOwn(DRAFTERS, 'VERSION_CONFLICT'),
  'submitAttendanceProposal (returned)': { own: DRAFTERS, other: 'NOBODY' },
  'submitAttendanceProposal (approved)': refusedOwn(DRAFTERS, 'TRANSITION_NOT_ALLOWED'),
  'approveAttendanceProposal (draft)': NOBODY,
  'approveAttendanceProposal (approved)': NOBODY,
  'returnAttendanceProposal (approved)': NOBODY,
  'recordNoticeDelivery (submitted)': NOBODY,
  // supervisors' feedback
  'answerSupervisorFeedback (reopened)': { own: FEEDBACK_ANSWERERS, other: 'NOBODY' },
  'answerSupervisorFeedback (answered)': refusedOwn(FEEDBACK_ANSWERERS, 'TRANSITION_NOT_ALLOWED'),
  'rateSupervisorFeedback (submitted)': refusedOwn(['SUPERVISOR'], 'TRANSITION_NOT_ALLOWED'),
  'reopenSupervisorFeedback (answered)': refusedOwn(['SUPERVISOR'], 'TRANSITION_NOT_ALLOWED'),
  // citizens' cases: each step in a state where it is not taken
  'acceptCase (assigned)': NOBODY,
  'notAcceptCase (accepted)': NOBODY,
  'assignCase (received)': NOBODY,
  'handBackCase (replied)': NOBODY,
  'replyCase (replied)': NOBODY,
  'closeCase (assigned)': NOBODY,
  'reopenCase (closed)': NOBODY,
  'requestCaseExtension (replied)': NOBODY,
  'approveCaseExtension (replied)': NOBODY,
  'rejectCaseExtension (replied)': NOBODY,
  // the office decides only a request the unit has made, once
  'approveCaseExtension (not requested)': {
    own: 'NOBODY',
    other: 'NOBODY',
    refusedTo: { roles: COMPLAINT_OFFICE, code: 'CASE_EXTENSION_NOT_REQUESTED', scopes: ['own', 'other'] },
  },
  'requestCaseExtension (already approved)': refusedOwn(CASE_HANDLERS, 'CASE_EXTENSION_ONCE'),
  // a published period is frozen: the office is told so
  'publishCaseStatistics (published)': refusedAny(COMPLAINT_OFFICE, 'CASE_STATS_PUBLISHED'),
  // the office may reopen a rated case, but only a dissatisfied one
  'reopenCase (rated satisfied)': {
    own: 'NOBODY',
    other: 'NOBODY',
    refusedTo: { roles: COMPLAINT_OFFICE, code: 'CASE_REOPEN_NOT_DISSATISFIED', scopes: ['own', 'other'] },
  },
  // requests on application: each step in a state where it is not taken; the head decides only what was asked
  'replyDisclosureRequest (replied)': NOBODY,
  'confirmDisclosureRequest (in progress)': NOBODY,
  // the officer may act on a request waiting for its correction (receive it, end it), not ask again: told why
  'askDisclosureRequestCorrection (waiting for a correction)': refusedOwn(REQUEST_HANDLERS, 'TRANSITION_NOT_ALLOWED'),
  'deliverDisclosureRequest (in progress)': NOBODY,
  'approveDisclosureRequestExtension (not requested)': refusedOwn(['DEPARTMENT_HEAD'], 'REQUEST_EXTENSION_NOT_REQUESTED'),
  'rejectDisclosureRequestExtension (not requested)': refusedOwn(['DEPARTMENT_HEAD'], 'REQUEST_EXTENSION_NOT_REQUESTED'),
  // the government's own requests: its Disclosure Office handles them and approves their extensions
  'confirmDisclosureRequest (addressed to the government)': { any: ['DISCLOSURE_OFFICE'] },
  'approveDisclosureRequestExtension (addressed to the government)': { any: ['DISCLOSURE_OFFICE'] },
  // evaluation: indicator systems, rounds, scores, appeals, questionnaires
  'saveIndicatorTree (approved)': refusedAny(ACADEMY, 'SYSTEM_NOT_DRAFT'),
  'signOffIndicatorSystem (approved)': NOBODY_ANY,
  'reopenIndicatorSystem (draft)': refusedAny(ACADEMY, 'TRANSITION_NOT_ALLOWED'),
  'setRoundUnits (scoring)': refusedAny(ACADEMY, 'ROUND_NOT_PREPARING'),
  'assignEvaluator (scoring)': { any: ACADEMY },
  'assignEvaluator (review)': refusedAny(ACADEMY, 'ROUND_NOT_SCORING'),
  'removeEvaluatorAssignment (review)': refusedAny(ACADEMY, 'ROUND_NOT_SCORING'),
  'startEvaluationRound (scoring)': refusedAny(ACADEMY, 'TRANSITION_NOT_ALLOWED'),
  'releaseEvaluationRound (preparing)': NOBODY_ANY,
  'publishEvaluationRound (scoring)': NOBODY_ANY,
  // the academy, the Disclosure Office and leaders read a round under review but never score: FORBIDDEN, not "not scoring"
  'scoreIndicator (review)': refusedAny(['ACADEMY_EVALUATOR'], 'ROUND_NOT_SCORING'),
  // readers of a score who may not appeal it are FORBIDDEN, not told the appeal window closed
  'submitAppeal (window closed)': refusedOwn(HEADS, 'APPEAL_WINDOW_CLOSED'),
  'acceptAppeal (answered)': NOBODY_ANY,
  'rejectAppeal (answered)': NOBODY_ANY,
  'saveQuestionnaire (published)': refusedAny(ACADEMY, 'QUESTIONNAIRE_NOT_DRAFT'),
  'saveQuestionnaire (round in review)': refusedAny(ACADEMY, 'ROUND_NOT_SCORING'),
  'publishQuestionnaire (published)': NOBODY_ANY,
  'aggregateQuestionnaire (draft)': refusedAny(ACADEMY, 'TRANSITION_NOT_ALLOWED'),
  // the yearly review: a report sent to the head is locked for its drafters (told why); each step in a state where it is not taken
  'updateReviewReport (sent for sign-off)': refusedOwn(REVIEW_DRAFTERS, 'REVIEW_REPORT_LOCKED'),
  'submitReviewReport (submitted)': NOBODY,
  'signOffReviewReport (draft)': NOBODY,
  'returnReviewReport (submitted)': NOBODY,
  'returnRectification (verified)': NOBODY,
  // joint meetings: each step in a state where it is not taken; the recorders may update a held meeting, and are told
  'recordJointMeetingHeld (held)': {
    own: 'NOBODY',
    other: 'NOBODY',
    refusedTo: { roles: JM_RECORDERS, code: 'TRANSITION_NOT_ALLOWED', scopes: ['own', 'other'] },
  },
  'updateJointMeeting (held)': {
    own: 'NOBODY',
    other: 'NOBODY',
    refusedTo: { roles: JM_RECORDERS, code: 'TRANSITION_NOT_ALLOWED', scopes: ['own', 'other'] },
  },
  'cancelJointMeeting (held)': {
    own: 'NOBODY',
    other: 'NOBODY',
    refusedTo: { roles: JM_RECORDERS, code: 'TRANSITION_NOT_ALLOWED', scopes: ['own', 'other'] },
  },
  'saveJointMeetingMinutes (issued)': NOBODY,
  'issueJointMeetingMinutes (issued)': NOBODY,
  'removeResolution (issued)': NOBODY,
  'returnResolution (closed)': NOBODY,
  'reportResolutionProgress (closed)': NOBODY,
  // closing before any progress report: the office is told that a report comes first
  'closeResolution (open)': {
    own: 'NOBODY',
    other: 'NOBODY',
    refusedTo: { roles: JM_OFFICE, code: 'JOINT_MEETING_RESOLUTION_NOT_REPORTED', scopes: ['own', 'other'] },
  },
};
