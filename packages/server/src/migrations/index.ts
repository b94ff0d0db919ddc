// Committed migrations, listed explicitly so one configuration serves every runtime.
import { Migration20261127000000_foundation } from './Migration20261127000000_foundation.js';

export const MIGRATIONS = [
  { name: 'Migration20261127000000_foundation', class: Migration20261127000000_foundation },
];
