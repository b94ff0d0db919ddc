import type { ModuleManifest } from '../../common/modules.js';
import { registerOpenDataRoutes } from './open-data.http.js';

/**
 * Open data: every figure the portal publishes as CSV and JSON at a stable address, with its
 * definition, period and publication date (/data/catalogue.json lists them), and the portal's
 * columns as Atom feeds (/feeds/<column>.xml). It owns no records: the figures come from the public
 * service functions of the modules that compute them.
 */
export const openDataModule: ModuleManifest = {
  name: 'open-data',
  routes: registerOpenDataRoutes,
};
