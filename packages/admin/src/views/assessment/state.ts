import { ASSESSMENT_STEP_FROM, asSubject, type AssessmentState, type SubjectObject } from '@gongkai/shared';

export const ASSESSMENT_STATE_TAG: Record<AssessmentState, 'info' | 'warning' | 'success' | 'primary'> = {
  OPEN: 'info',
  OFFICE_SIGNED: 'warning',
  SIGNED_OFF: 'primary',
  PUBLISHED: 'success',
};
export type AssessmentStep = keyof typeof ASSESSMENT_STEP_FROM;
/** Whether the year's state is one the step starts from (the workflow's own list). */
export const stepFrom = (step: AssessmentStep, state: string) => (ASSESSMENT_STEP_FROM[step] as readonly string[]).includes(state);
export function assessmentSubject(a: { id: string; governmentId: string; state: string }): SubjectObject {
  return asSubject('Assessment', { id: a.id, governmentId: a.governmentId, state: a.state });
}
/** A score to two decimals, or a dash when there is nothing to score (never a zero). */
export const score = (v: number | null | undefined) => (v === null || v === undefined ? '—' : v.toFixed(2));
export const percent = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)}%`);

/** A record of the year against a unit as its form holds it: a routine check (day, score, findings) or a deduction (day, points, reason). */
export interface YearRecord {
  unitId: string;
  day: string;
  amount: number;
  text: string;
}
