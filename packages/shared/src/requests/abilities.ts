import { inStates, type AbilityContext, type AppRule, type ModuleRules } from '../abilities.base.js';
import { REQUEST_STEP_FROM } from './states.js';

// Requests on application (依申请公开): the body a request is addressed to handles it. A unit's
// disclosure body (DISCLOSURE_OFFICER) handles its unit's requests; the Disclosure Office handles
// those addressed to its government and follows all of its level; the head of the unit approves
// an extension (Art. 33: 经政府信息公开工作机构负责人同意).

const handling = (unitId: string): AppRule[] => [
  { action: 'read', subject: 'DisclosureRequest', conditions: { unitId } },
  { action: 'create', subject: 'DisclosureRequest', conditions: { unitId } },
  { action: 'accept', subject: 'DisclosureRequest', conditions: { unitId, state: inStates(REQUEST_STEP_FROM.confirm) } },
  { action: 'return', subject: 'DisclosureRequest', conditions: { unitId, state: inStates(REQUEST_STEP_FROM.refuseRegistration) } },
  // correction, third-party consultation and their ends
  { action: 'update', subject: 'DisclosureRequest', conditions: { unitId, state: inStates(['IN_PROGRESS', 'CORRECTION', 'THIRD_PARTY']) } },
  { action: 'extend', subject: 'DisclosureRequest', conditions: { unitId, state: inStates(REQUEST_STEP_FROM.requestExtension) } },
  { action: 'answer', subject: 'DisclosureRequest', conditions: { unitId, state: inStates(REQUEST_STEP_FROM.reply) } },
  { action: 'close', subject: 'DisclosureRequest', conditions: { unitId, state: inStates(REQUEST_STEP_FROM.deliver) } },
];
const approving = (unitId: string): AppRule[] => [
  { action: 'read', subject: 'DisclosureRequest', conditions: { unitId } },
  { action: 'approve', subject: 'DisclosureRequest', conditions: { unitId, state: inStates(REQUEST_STEP_FROM.decideExtension) } },
];
const ofLevel = (c: AbilityContext): AppRule[] => [{ action: 'read', subject: 'DisclosureRequest', conditions: { governmentId: c.governmentId } }];

export const REQUEST_RULES: ModuleRules = {
  DISCLOSURE_OFFICER: (c) => handling(c.unitId),
  DEPARTMENT_HEAD: (c) => approving(c.unitId),
  // the government's own requests are handled, and their extensions approved, by its Disclosure Office
  DISCLOSURE_OFFICE: (c) => [...handling(c.governmentId), ...approving(c.governmentId), ...ofLevel(c)],
  LEADER: (c) => ofLevel(c),
};
