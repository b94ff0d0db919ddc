import type { AbilityContext, AppRule, ModuleRules } from '../abilities.base.js';
import { inStates } from '../abilities.base.js';
import { TRAINING_SESSION_STEP_FROM } from './states.js';

// Regular training (定期培训). The training administrators of the party school, the academy and the
// Disclosure Office run courses and sessions of their level, nominate attendees, take attendance and
// complete sessions; a unit's head or disclosure officer enrols its own staff and follows its coverage;
// every member of staff reads the level's sessions, checks in with the code and answers the questionnaire.

const level = (c: AbilityContext) => ({ governmentId: c.governmentId });
const organiser = (c: AbilityContext) => ({ organiserUnitId: c.unitId });

/** Every member of staff of a level: the catalogue, their own enrolments, check-in and feedback. */
const attendee = (c: AbilityContext): AppRule[] => [
  { action: 'read', subject: 'TrainingCourse', conditions: level(c) },
  { action: 'read', subject: 'TrainingSession', conditions: level(c) },
  { action: 'read', subject: 'TrainingEnrolment', conditions: { userId: c.userId } },
  { action: 'verify', subject: 'TrainingEnrolment', conditions: { userId: c.userId } },
  { action: 'rate', subject: 'TrainingEnrolment', conditions: { userId: c.userId } },
];
/** A unit's head and disclosure officer enrol the unit's own staff and read its enrolments and coverage. */
const enrollingUnit = (c: AbilityContext): AppRule[] => [
  ...attendee(c),
  { action: 'read', subject: 'TrainingEnrolment', conditions: { unitId: c.unitId } },
  { action: 'create', subject: 'TrainingEnrolment', conditions: { unitId: c.unitId, governmentId: c.governmentId } },
];
/** The Disclosure Office and leaders follow the level's training: every enrolment, coverage of every unit. */
const levelReader = (c: AbilityContext): AppRule[] => [...attendee(c), { action: 'read', subject: 'TrainingEnrolment', conditions: level(c) }];
/** A training administrator runs the courses and sessions of their own unit (organiser), and reads the level's coverage. */
const trainingAdmin = (c: AbilityContext): AppRule[] => [
  ...levelReader(c),
  { action: 'create', subject: 'TrainingCourse', conditions: { ...level(c), ...organiser(c) } },
  { action: 'update', subject: 'TrainingCourse', conditions: { ...level(c), ...organiser(c) } },
  { action: 'create', subject: 'TrainingSession', conditions: { ...level(c), ...organiser(c) } },
  {
    action: 'update',
    subject: 'TrainingSession',
    conditions: { ...level(c), ...organiser(c), state: inStates(TRAINING_SESSION_STEP_FROM.complete) },
  },
  { action: 'close', subject: 'TrainingSession', conditions: { ...level(c), ...organiser(c), state: inStates(TRAINING_SESSION_STEP_FROM.complete) } },
  // nomination (调训) and the roster's attendance, on the organiser's own sessions
  { action: 'assign', subject: 'TrainingEnrolment', conditions: { ...level(c), ...organiser(c) } },
  { action: 'update', subject: 'TrainingEnrolment', conditions: { ...level(c), ...organiser(c) } },
];

export const TRAINING_RULES: ModuleRules = {
  DEPARTMENT_STAFF: attendee,
  DEPARTMENT_HEAD: enrollingUnit,
  DISCLOSURE_OFFICER: enrollingUnit,
  DISCLOSURE_OFFICE: levelReader,
  SECRETARIAT: attendee,
  DOCUMENT_SECTION: attendee,
  EGOV_CENTER: attendee,
  COMPLAINT_OFFICE: attendee,
  ACADEMY_EVALUATOR: attendee,
  ACADEMY_ADMIN: attendee,
  TRAINING_ADMIN: trainingAdmin,
  LEADER: levelReader,
};
