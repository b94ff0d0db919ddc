import { REQUEST_TODO_KINDS } from '@gongkai/shared';
import type { ModuleManifest } from '../../common/modules.js';
import * as enums from './requests.enums.js';
import { DisclosureRequest, DisclosureRequestItem } from './requests.entities.js';
import { registerLetterRoutes } from './requests.letter.js';
import { DisclosureRequestResolver } from './requests.resolver.js';
import { seedRequests } from './requests.seed.js';
import { remindRequestDeadlines } from './requests.service.js';

/** System 6, part one: requests for government information on application (依申请公开). */
export const requestsModule: ModuleManifest = {
  name: 'requests',
  entities: [DisclosureRequest, DisclosureRequestItem],
  routes: (app, contextFor) => registerLetterRoutes(app, contextFor),
  resolvers: [DisclosureRequestResolver],
  enums: { ...enums },
  todoKinds: REQUEST_TODO_KINDS,
  seed: seedRequests,
  jobs: [{ name: 'requests.remindDeadlines', everyHours: 1, run: remindRequestDeadlines }],
};
