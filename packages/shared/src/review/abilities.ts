import type { ModuleRules } from '../abilities.base.js';

// The yearly review (定期审查), its spot checks (抽查) and rectifications (整改).
export const REVIEW_RULES: ModuleRules = {};
