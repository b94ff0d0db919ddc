import { inStates, type AbilityContext, type AppRule, type ModuleRules } from '../abilities.base.js';
import { ASSESSMENT_STEP_FROM } from './states.js';

// The assessment of disclosure work (考核). The Disclosure Office of a government opens the year,
// records routine checks (平时检查) and accountability deductions (问责), signs the year off (the
// scorecards are frozen) and publishes it once the leaders (LEADER) have signed it off; the leaders
// may return it with a reason. Both read every scorecard of their government; a unit's disclosure
// body and head read their own unit's scorecard, checks and deductions. Published results are public.

const office = (c: AbilityContext): AppRule[] => {
  const own = { governmentId: c.governmentId };
  return [
    { action: 'read', subject: 'Assessment', conditions: own },
    { action: 'read', subject: 'Scorecard', conditions: own },
    { action: 'create', subject: 'Assessment', conditions: own },
    { action: 'update', subject: 'Assessment', conditions: { ...own, state: inStates(ASSESSMENT_STEP_FROM.record) } },
    { action: 'submit', subject: 'Assessment', conditions: { ...own, state: inStates(ASSESSMENT_STEP_FROM.officeSignOff) } },
    { action: 'publish', subject: 'Assessment', conditions: { ...own, state: inStates(ASSESSMENT_STEP_FROM.publish) } },
    { action: 'read', subject: 'RoutineCheck', conditions: own },
    { action: 'create', subject: 'RoutineCheck', conditions: own },
    { action: 'read', subject: 'Deduction', conditions: own },
    { action: 'create', subject: 'Deduction', conditions: own },
  ];
};
const leader = (c: AbilityContext): AppRule[] => {
  const own = { governmentId: c.governmentId };
  return [
    { action: 'read', subject: 'Assessment', conditions: own },
    { action: 'read', subject: 'Scorecard', conditions: own },
    { action: 'signOff', subject: 'Assessment', conditions: { ...own, state: inStates(ASSESSMENT_STEP_FROM.signOff) } },
    { action: 'return', subject: 'Assessment', conditions: { ...own, state: inStates(ASSESSMENT_STEP_FROM.return) } },
    { action: 'read', subject: 'RoutineCheck', conditions: own },
    { action: 'read', subject: 'Deduction', conditions: own },
  ];
};
/** A unit reads its own scorecard, its checks and its deductions. */
const ownUnit = (c: AbilityContext): AppRule[] => [
  { action: 'read', subject: 'Scorecard', conditions: { unitId: c.unitId } },
  { action: 'read', subject: 'RoutineCheck', conditions: { unitId: c.unitId } },
  { action: 'read', subject: 'Deduction', conditions: { unitId: c.unitId } },
];

export const ASSESSMENT_RULES: ModuleRules = {
  DISCLOSURE_OFFICE: office,
  LEADER: leader,
  DISCLOSURE_OFFICER: ownUnit,
  DEPARTMENT_HEAD: ownUnit,
};
