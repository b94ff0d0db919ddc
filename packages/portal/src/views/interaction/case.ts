/**
 * 与民互动: what the pages of a case share. The check code (查询码) opens the case: it never goes into
 * an address (path or query string), where it would land in logs and browser histories. It travels
 * in the history entry's own state, so that a reload or the back button still shows the page.
 */
import type { CaseKind, CaseState } from '@gongkai/shared';
import type { PublicCaseQuery } from '../../gql/graphql';

/** What the citizen reads of their case. */
export type PublicCase = PublicCaseQuery['publicCase'];

/** The receipt shown once after submission, kept in the history entry of the receipt page. */
export interface StoredReceipt {
  caseNumber: string;
  checkCode: string;
  kind: CaseKind;
  title: string;
  receivedOn: string;
}

/** The codes of the case the lookup page shows, kept in its history entry. */
export interface StoredLookup {
  caseNumber: string;
  checkCode: string;
}

const RECEIPT_KEY = 'caseReceipt';
const LOOKUP_KEY = 'caseLookup';

function isText(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0 && v.length <= 200;
}

/** The receipt in the current history entry, if any. */
export function storedReceipt(): StoredReceipt | null {
  const r = (window.history.state as Record<string, unknown> | null)?.[RECEIPT_KEY] as Partial<StoredReceipt> | undefined;
  if (!r || !isText(r.caseNumber) || !isText(r.checkCode) || !isText(r.title) || !isText(r.kind) || !isText(r.receivedOn)) return null;
  return { caseNumber: r.caseNumber, checkCode: r.checkCode, kind: r.kind as CaseKind, title: r.title, receivedOn: r.receivedOn };
}

/** The codes in the current history entry, if any. */
export function storedLookup(): StoredLookup | null {
  const l = (window.history.state as Record<string, unknown> | null)?.[LOOKUP_KEY] as Partial<StoredLookup> | undefined;
  return l && isText(l.caseNumber) && isText(l.checkCode) ? { caseNumber: l.caseNumber, checkCode: l.checkCode } : null;
}

/** History state for a navigation (RouterLink `state`, router.push) to the receipt page. */
export const receiptState = (r: StoredReceipt) => ({ [RECEIPT_KEY]: { ...r } });

/** History state for a navigation to the lookup page that opens the case at once. */
export const lookupState = (l: StoredLookup) => ({ [LOOKUP_KEY]: { caseNumber: l.caseNumber, checkCode: l.checkCode } });

/** Keeps the codes of the case now shown in the current history entry (a reload shows it again). */
export function rememberLookup(l: StoredLookup | null) {
  const state = { ...((window.history.state as Record<string, unknown> | null) ?? {}) };
  if (l) state[LOOKUP_KEY] = { caseNumber: l.caseNumber, checkCode: l.checkCode };
  else delete state[LOOKUP_KEY];
  window.history.replaceState(state, '');
}

/** Where the case stands, in a sentence for the citizen. */
export const STATE_EXPLANATIONS: Record<CaseState, string> = {
  RECEIVED: '已收到，等待市民举报投诉受理办公室受理。',
  NOT_ACCEPTED: '经审查，不予受理，理由见下。',
  ACCEPTED: '已受理，正在交办承办单位。',
  ASSIGNED: '已交办承办单位办理，承办单位将在答复期限内答复。',
  REPLIED: '承办单位已答复，等待市民举报投诉受理办公室办结。',
  CLOSED: '已办结。请在评价期限内对办理结果作出评价。',
  RATED: '已办结，您已作出评价。',
  UNRATED: '已办结。评价期限内没有作出评价。',
};

/** The colour of the state's tag (the words say it all; the colour only repeats them). */
export const STATE_TAGS: Record<CaseState, string> = {
  RECEIVED: 'tag--upcoming',
  NOT_ACCEPTED: 'tag--not-adopted',
  ACCEPTED: 'tag--upcoming',
  ASSIGNED: 'tag--upcoming',
  REPLIED: 'tag--results',
  CLOSED: 'tag--adopted',
  RATED: 'tag--adopted',
  UNRATED: 'tag--closed',
};
