import { inStates, type AbilityContext, type AppRule, type ModuleRules } from '../abilities.base.js';
import { RECTIFICATION_STEP_FROM, REVIEW_CAMPAIGN_STEP_FROM, REVIEW_REPORT_STEP_FROM } from './states.js';

// The yearly review (定期审查), its spot checks (抽查) and rectifications (整改). The Disclosure Office
// opens the level's campaign, follows every unit's report, draws spot checks, orders rectification and
// verifies it. A unit's staff and disclosure officer review its items and draft its report; its head
// signs it off (审签), which submits it; the unit reports its rectifications.

const campaignOfLevel = (c: AbilityContext): AppRule[] => [
  { action: 'read', subject: 'ReviewCampaign', conditions: { governmentId: c.governmentId } },
];

/** What a unit reads of its own review: its reports and their items, the spot checks that drew it, its rectifications. */
const ownReview = (c: AbilityContext): AppRule[] => [
  ...campaignOfLevel(c),
  { action: 'read', subject: 'ReviewReport', conditions: { unitId: c.unitId } },
  { action: 'read', subject: 'ReviewItem', conditions: { unitId: c.unitId } },
  { action: 'read', subject: 'SpotCheck', conditions: { sampledUnitIds: c.unitId } },
  { action: 'read', subject: 'Rectification', conditions: { unitId: c.unitId } },
];
/** Drafting: the items' outcomes and the report's texts while it is with the unit; the rectification's report. */
const drafting = (c: AbilityContext): AppRule[] => [
  ...ownReview(c),
  { action: 'update', subject: 'ReviewReport', conditions: { unitId: c.unitId, state: inStates(REVIEW_REPORT_STEP_FROM.edit) } },
  { action: 'submit', subject: 'ReviewReport', conditions: { unitId: c.unitId, state: inStates(REVIEW_REPORT_STEP_FROM.submit) } },
  { action: 'answer', subject: 'Rectification', conditions: { unitId: c.unitId, state: inStates(RECTIFICATION_STEP_FROM.report) } },
];
/** The head signs the report off (which submits it) or sends it back. */
const signing = (c: AbilityContext): AppRule[] => [
  ...ownReview(c),
  { action: 'signOff', subject: 'ReviewReport', conditions: { unitId: c.unitId, state: inStates(REVIEW_REPORT_STEP_FROM.signOff) } },
  { action: 'return', subject: 'ReviewReport', conditions: { unitId: c.unitId, state: inStates(REVIEW_REPORT_STEP_FROM.return) } },
];
const ofLevel = (c: AbilityContext): AppRule[] => [
  ...campaignOfLevel(c),
  { action: 'read', subject: 'ReviewReport', conditions: { governmentId: c.governmentId } },
  { action: 'read', subject: 'ReviewItem', conditions: { governmentId: c.governmentId } },
  { action: 'read', subject: 'SpotCheck', conditions: { governmentId: c.governmentId } },
  { action: 'read', subject: 'Rectification', conditions: { governmentId: c.governmentId } },
];
const office = (c: AbilityContext): AppRule[] => {
  const level = { governmentId: c.governmentId };
  return [
    ...ofLevel(c),
    { action: 'create', subject: 'ReviewCampaign', conditions: level },
    { action: 'close', subject: 'ReviewCampaign', conditions: { ...level, state: inStates(REVIEW_CAMPAIGN_STEP_FROM.close) } },
    { action: 'create', subject: 'SpotCheck', conditions: level },
    { action: 'update', subject: 'SpotCheck', conditions: level },
    { action: 'create', subject: 'Rectification', conditions: level },
    { action: 'verify', subject: 'Rectification', conditions: { ...level, state: inStates(RECTIFICATION_STEP_FROM.verify) } },
    { action: 'return', subject: 'Rectification', conditions: { ...level, state: inStates(RECTIFICATION_STEP_FROM.return) } },
  ];
};

export const REVIEW_RULES: ModuleRules = {
  DEPARTMENT_STAFF: (c) => drafting(c),
  DISCLOSURE_OFFICER: (c) => drafting(c),
  DEPARTMENT_HEAD: (c) => signing(c),
  DISCLOSURE_OFFICE: (c) => office(c),
  LEADER: (c) => ofLevel(c),
};
