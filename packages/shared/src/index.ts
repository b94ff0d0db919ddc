export * from './roles.js';
export * from './abilities.js';
export * from './calendar.js';
export * from './foundation/states.js';
export * from './documents/states.js';
export * from './consultation/states.js';
export * from './meetings/states.js';
export * from './evaluation/states.js';
export * from './supervisors/states.js';
export * from './complaints/states.js';
export * from './complaints/figures.js';
export * from './complaints/imports.js';
export * from './requests/states.js';
export * from './review/states.js';
export * from './review/sample.js';
export * from './annual-report/states.js';
export * from './annual-report/template.js';
export * from './training/states.js';
export * from './joint-meetings/states.js';
export * from './assessment/states.js';
export * from './oversight/figures.js';

import { FOUNDATION_TODO_KINDS } from './foundation/states.js';
import { DOCUMENT_TODO_KINDS } from './documents/states.js';
import { CONSULTATION_TODO_KINDS } from './consultation/states.js';
import { MEETING_TODO_KINDS } from './meetings/states.js';
import { EVALUATION_TODO_KINDS } from './evaluation/states.js';
import { SUPERVISOR_TODO_KINDS } from './supervisors/states.js';
import { COMPLAINT_TODO_KINDS } from './complaints/states.js';
import { REQUEST_TODO_KINDS } from './requests/states.js';
import { REVIEW_TODO_KINDS } from './review/states.js';
import { ANNUAL_REPORT_TODO_KINDS } from './annual-report/states.js';
import { TRAINING_TODO_KINDS } from './training/states.js';
import { JOINT_MEETING_TODO_KINDS } from './joint-meetings/states.js';
import { ASSESSMENT_TODO_KINDS } from './assessment/states.js';
/** Every kind of to-do item and its label; each module adds its own kinds here. */
export const TODO_KIND_LABELS: Record<string, string> = {
  ...FOUNDATION_TODO_KINDS,
  ...DOCUMENT_TODO_KINDS,
  ...CONSULTATION_TODO_KINDS,
  ...MEETING_TODO_KINDS,
  ...EVALUATION_TODO_KINDS,
  ...SUPERVISOR_TODO_KINDS,
  ...COMPLAINT_TODO_KINDS,
  ...REQUEST_TODO_KINDS,
  ...REVIEW_TODO_KINDS,
  ...ANNUAL_REPORT_TODO_KINDS,
  ...TRAINING_TODO_KINDS,
  ...JOINT_MEETING_TODO_KINDS,
  ...ASSESSMENT_TODO_KINDS,
};
export * from './error-codes.js';
