import { i18n } from '@/i18n';

/** Subject types the audit trail and the to-do list speak of, with their labels. */
export const KNOWN_SUBJECTS = [
  'AccountRequest',
  'User',
  'Unit',
  'PolicyParameter',
  'CalendarDay',
  'CalendarYear',
  'Attachment',
  'PolicyDocument',
  'Interpretation',
  'ConsultationTopic',
  'Opinion',
  'ConsultationEvent',
  'GovernmentMeeting',
  'AttendanceProposal',
  'PressRelease',
  'Supervisor',
  'SupervisorFeedback',
] as const;

function translated(key: string): string | null {
  return i18n.global.te(key) ? i18n.global.t(key) : null;
}

export function subjectLabel(type: string | null | undefined): string {
  if (!type) return '';
  return translated(`subject.${type}`) ?? type;
}

/** 'User.resetPassword' → '用户 · 重置密码'; unknown codes are shown as they are. */
export function auditActionLabel(action: string): string {
  const [head, verb] = action.includes('.') ? (action.split('.', 2) as [string, string]) : ['', action];
  const verbLabel = translated(`auditVerb.${verb}`);
  if (!verbLabel) return action;
  if (head === 'auth') return verbLabel;
  const subject = head ? translated(`subject.${head}`) : null;
  return subject ? `${subject} · ${verbLabel}` : verbLabel;
}
