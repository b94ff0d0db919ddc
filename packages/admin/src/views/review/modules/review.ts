import { onBeforeUnmount, ref } from 'vue';
import { asSubject, type RectificationState, type ReviewReportState, type SubjectObject } from '@gongkai/shared';

export const REPORT_STATE_TAG: Record<ReviewReportState, 'info' | 'warning' | 'success'> = {
  DRAFT: 'info',
  HEAD_SIGNOFF: 'warning',
  SUBMITTED: 'success',
};
export const RECTIFICATION_STATE_TAG: Record<RectificationState, 'danger' | 'warning' | 'success'> = {
  ORDERED: 'danger',
  REPORTED: 'warning',
  VERIFIED: 'success',
};

/** A report as the ability sees it (the fields the server's conditions name). */
export const reportSubject = (r: { id: string; unitId: string; governmentId: string; state: string }): SubjectObject =>
  asSubject('ReviewReport', { id: r.id, unitId: r.unitId, governmentId: r.governmentId, state: r.state });
export const rectificationSubject = (r: { id: string; unitId: string; governmentId: string; state: string }): SubjectObject =>
  asSubject('Rectification', { id: r.id, unitId: r.unitId, governmentId: r.governmentId, state: r.state });

/** On a phone the descriptions take one column, not two squeezed ones. */
export function useNarrow(query = '(max-width: 768px)') {
  const media = window.matchMedia(query);
  const narrow = ref(media.matches);
  const update = (e: MediaQueryListEvent) => (narrow.value = e.matches);
  media.addEventListener('change', update);
  onBeforeUnmount(() => media.removeEventListener('change', update));
  return narrow;
}
