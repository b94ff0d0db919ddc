import { inStates, type AbilityContext, type AppRule, type ModuleRules } from '../abilities.base.js';
import { ANNUAL_REPORT_STEP_FROM } from './states.js';

// The annual report on government information disclosure (政府信息公开工作年度报告, Art. 49–50).
// A unit's disclosure body (DISCLOSURE_OFFICER) drafts, refreshes, submits and publishes its unit's
// report; the unit's head (DEPARTMENT_HEAD) signs it off or returns it. For the government's report
// (scope GOVERNMENT, the unit being the government itself) the Disclosure Office drafts, submits and
// publishes, and the leaders (LEADER) sign it off. Leaders and the Disclosure Office read every report
// of their level. Published reports are public: the portal reads them through public queries.

const drafting = (unitId: string, scope: 'UNIT' | 'GOVERNMENT'): AppRule[] => [
  { action: 'read', subject: 'AnnualReport', conditions: { unitId } },
  { action: 'create', subject: 'AnnualReport', conditions: { unitId, scope } },
  { action: 'update', subject: 'AnnualReport', conditions: { unitId, scope, state: inStates(ANNUAL_REPORT_STEP_FROM.edit) } },
  { action: 'submit', subject: 'AnnualReport', conditions: { unitId, scope, state: inStates(ANNUAL_REPORT_STEP_FROM.submit) } },
  { action: 'publish', subject: 'AnnualReport', conditions: { unitId, scope, state: inStates(ANNUAL_REPORT_STEP_FROM.publish) } },
];
const signing = (unitId: string, scope: 'UNIT' | 'GOVERNMENT'): AppRule[] => [
  { action: 'read', subject: 'AnnualReport', conditions: { unitId } },
  { action: 'signOff', subject: 'AnnualReport', conditions: { unitId, scope, state: inStates(ANNUAL_REPORT_STEP_FROM.signOff) } },
  { action: 'return', subject: 'AnnualReport', conditions: { unitId, scope, state: inStates(ANNUAL_REPORT_STEP_FROM.return) } },
];
const ofLevel = (c: AbilityContext): AppRule[] => [{ action: 'read', subject: 'AnnualReport', conditions: { governmentId: c.governmentId } }];

export const ANNUAL_REPORT_RULES: ModuleRules = {
  DISCLOSURE_OFFICER: (c) => drafting(c.unitId, 'UNIT'),
  DEPARTMENT_HEAD: (c) => signing(c.unitId, 'UNIT'),
  DISCLOSURE_OFFICE: (c) => [...drafting(c.governmentId, 'GOVERNMENT'), ...ofLevel(c)],
  LEADER: (c) => [...signing(c.governmentId, 'GOVERNMENT'), ...ofLevel(c)],
};
