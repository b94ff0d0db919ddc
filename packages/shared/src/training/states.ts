/** Regular training (system 9): courses, sessions, enrolments, attendance, hours, feedback, coverage. */
import { ROLES, type Role } from '../roles.js';

/**
 * The kinds the notice names (section 九): courses at the party school and the academy for leading
 * cadres and civil servants; off-site training (外地培训); site visits (现场观摩); rotation training
 * (轮训) of all disclosure staff.
 */
export const TRAINING_KINDS = ['PARTY_SCHOOL_COURSE', 'ACADEMY_COURSE', 'OFFSITE', 'SITE_VISIT', 'ROTATION'] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];
export const TRAINING_KIND_LABELS: Record<TrainingKind, string> = {
  PARTY_SCHOOL_COURSE: '党校课程',
  ACADEMY_COURSE: '行政学院课程',
  OFFSITE: '外地培训',
  SITE_VISIT: '现场观摩',
  ROTATION: '轮训',
};

/** Who a course is for (the notice: 领导干部、公务员、政务公开工作人员). */
export const TRAINING_AUDIENCES = ['LEADING_CADRES', 'CIVIL_SERVANTS', 'DISCLOSURE_STAFF'] as const;
export type TrainingAudience = (typeof TRAINING_AUDIENCES)[number];
export const TRAINING_AUDIENCE_LABELS: Record<TrainingAudience, string> = {
  LEADING_CADRES: '领导干部',
  CIVIL_SERVANTS: '公务员',
  DISCLOSURE_STAFF: '政务公开工作人员',
};

/** A session is open for enrolment, then completed by its organiser (attendance closed, completion recorded), or cancelled. */
export const TRAINING_SESSION_STATES = ['OPEN', 'COMPLETED', 'CANCELLED'] as const;
export type TrainingSessionState = (typeof TRAINING_SESSION_STATES)[number];
export const TRAINING_SESSION_STATE_LABELS: Record<TrainingSessionState, string> = {
  OPEN: '报名中',
  COMPLETED: '已结业',
  CANCELLED: '已取消',
};
export const TRAINING_SESSION_STEP_FROM = {
  enrol: ['OPEN'],
  attend: ['OPEN'],
  complete: ['OPEN'],
  cancel: ['OPEN'],
  feedback: ['OPEN', 'COMPLETED'],
} as const satisfies Record<string, readonly TrainingSessionState[]>;

/** How someone came onto a roster: enrolled by their unit, or nominated (点名调训) by the organiser. */
export const TRAINING_ENROLMENT_SOURCES = ['UNIT', 'NOMINATION'] as const;
export type TrainingEnrolmentSource = (typeof TRAINING_ENROLMENT_SOURCES)[number];
export const TRAINING_ENROLMENT_SOURCE_LABELS: Record<TrainingEnrolmentSource, string> = { UNIT: '单位报名', NOMINATION: '组织调训' };

/** How attendance was taken: the attendee's check-in with the session's code, or the roster marked by the organiser. */
export const TRAINING_ATTENDANCE_METHODS = ['CHECK_IN', 'ROSTER'] as const;
export type TrainingAttendanceMethod = (typeof TRAINING_ATTENDANCE_METHODS)[number];
export const TRAINING_ATTENDANCE_METHOD_LABELS: Record<TrainingAttendanceMethod, string> = { CHECK_IN: '签到码签到', ROSTER: '组织方点名' };

/** Ratings of the feedback questionnaire (培训评估问卷): 1 to 5. */
export const TRAINING_RATING_MIN = 1;
export const TRAINING_RATING_MAX = 5;
export const TRAINING_FEEDBACK_QUESTIONS = {
  content: '培训内容',
  teaching: '授课水平',
  organisation: '组织安排',
} as const;

/** Roles whose holders are counted as staff to be trained (supervisors are external; the administrator runs the system). */
export const TRAINING_TRAINEE_ROLES: readonly Role[] = ROLES.filter((r) => r !== 'SUPERVISOR' && r !== 'ADMIN');

export const TRAINING_TODO_KINDS = {
  'training.run': '组织培训考勤与结业',
  'training.checkIn': '参加培训',
  'training.feedback': '填写培训评估问卷',
} as const;
