import type { ModuleManifest } from '../../common/modules.js';
import { OversightResolver } from './oversight.resolver.js';

/** Oversight: the government at a glance for leaders and the Disclosure Office (read only, no records of its own). */
export const oversightModule: ModuleManifest = {
  name: 'oversight',
  resolvers: [OversightResolver],
};
