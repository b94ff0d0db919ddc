import type { ModuleRules } from '../abilities.base.js';

// The annual report on government information disclosure (政府信息公开工作年度报告).
export const ANNUAL_REPORT_RULES: ModuleRules = {};
