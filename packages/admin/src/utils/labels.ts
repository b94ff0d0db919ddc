import { SUBJECTS, type SubjectName } from '@gongkai/shared';
import { i18n } from '@/i18n';

/**
 * Record types the audit trail and the to-do list speak of: the subjects of the shared abilities
 * (but 'all'), and the records audited under a name of their own (a calendar year, an agenda item, a session).
 */
export type LabelledSubject = Exclude<SubjectName, 'all'>;
export const AUDITED_TYPES: readonly string[] = [
  ...SUBJECTS.filter((s): s is LabelledSubject => s !== 'all'),
  'CalendarYear',
  'AgendaItem',
  'Session',
];

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
