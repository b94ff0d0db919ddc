/**
 * 依申请公开: what the pages of a request share. The check code (查询码) opens the request: it never
 * goes into an address (path or query string), where it would land in logs and browser histories.
 * It travels in the history entry's own state, so that a reload or the back button still shows the page.
 */
import type { RequestState } from '@gongkai/shared';
import type { PublicDisclosureRequestQuery } from './gql/graphql';

/** What the applicant reads of their request. */
export type PublicRequest = PublicDisclosureRequestQuery['publicDisclosureRequest'];

/** The receipt shown once after submission, kept in the history entry of the receipt page. */
export interface StoredReceipt {
  requestNumber: string;
  checkCode: string;
  unitName: string;
  submittedOn: string;
  itemCount: number;
}

/** The codes of the request the status page shows, kept in its history entry. */
export interface StoredLookup {
  requestNumber: string;
  checkCode: string;
}

const RECEIPT_KEY = 'requestReceipt';
const LOOKUP_KEY = 'requestLookup';

function isText(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0 && v.length <= 200;
}

function historyEntry(key: string): Record<string, unknown> | undefined {
  const value = (window.history.state as Record<string, unknown> | null)?.[key];
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
}

/** The receipt in the current history entry, if any. */
export function storedReceipt(): StoredReceipt | null {
  const r = historyEntry(RECEIPT_KEY);
  if (!r || !isText(r.requestNumber) || !isText(r.checkCode) || !isText(r.unitName) || !isText(r.submittedOn)) return null;
  const itemCount = typeof r.itemCount === 'number' && Number.isInteger(r.itemCount) && r.itemCount > 0 ? r.itemCount : 1;
  return { requestNumber: r.requestNumber, checkCode: r.checkCode, unitName: r.unitName, submittedOn: r.submittedOn, itemCount };
}

/** The codes in the current history entry, if any. */
export function storedLookup(): StoredLookup | null {
  const l = historyEntry(LOOKUP_KEY);
  return l && isText(l.requestNumber) && isText(l.checkCode) ? { requestNumber: l.requestNumber, checkCode: l.checkCode } : null;
}

/** History state for a navigation to the receipt page. */
export const receiptState = (r: StoredReceipt) => ({ [RECEIPT_KEY]: { ...r } });

/** History state for a navigation to the status page that opens the request at once. */
export const lookupState = (l: StoredLookup) => ({ [LOOKUP_KEY]: { requestNumber: l.requestNumber, checkCode: l.checkCode } });

/** Keeps the codes of the request now shown in the current history entry (a reload shows it again). */
export function rememberLookup(l: StoredLookup | null) {
  const state = { ...((window.history.state as Record<string, unknown> | null) ?? {}) };
  if (l) state[LOOKUP_KEY] = { requestNumber: l.requestNumber, checkCode: l.checkCode };
  else delete state[LOOKUP_KEY];
  window.history.replaceState(state, '');
}

/** Where the request stands, in a sentence for the applicant. */
export const STATE_EXPLANATIONS: Record<RequestState, string> = {
  SUBMITTED: '申请已提交，等待行政机关确认收到。确认之日为收到申请之日，答复期限从这一天起计算。',
  IN_PROGRESS: '行政机关已收到申请，正在办理，将在答复期限内答复。',
  CORRECTION: '申请内容需要补正，请按下面的说明在补正期限内补正。答复期限自行政机关收到补正后的申请之日起重新计算。',
  THIRD_PARTY: '申请公开的信息涉及第三方合法权益，行政机关正在征求第三方意见，所需时间不计算在答复期限内。',
  REPLIED: '行政机关已作出答复，可以在下面查看每一项的答复结果并下载答复书；答复书将按您选择的方式送达。',
  DELIVERED: '答复书已送达，申请已办结。',
  NOT_REGISTERED: '行政机关未予登记这件申请，理由见下。',
};

/** The colour of the state's tag (the words say it all; the colour only repeats them). */
export const STATE_TAGS: Record<RequestState, string> = {
  SUBMITTED: 'tag--upcoming',
  IN_PROGRESS: 'tag--upcoming',
  CORRECTION: 'tag--not-adopted',
  THIRD_PARTY: 'tag--upcoming',
  REPLIED: 'tag--results',
  DELIVERED: 'tag--adopted',
  NOT_REGISTERED: 'tag--closed',
};

/**
 * Downloads the reply letter: the codes go in the body of a POST (never in an address) and the
 * letter comes back as a file, saved from memory. Returns what went wrong, in words, or ''.
 */
export async function downloadLetter(l: StoredLookup): Promise<string> {
  let res: Response;
  try {
    res = await fetch('/requests/public/letter', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ requestNumber: l.requestNumber, checkCode: l.checkCode }),
    });
  } catch {
    return '网络连接中断，没有下载答复书。请检查网络后再试。';
  }
  if (!res.ok) {
    const answer = (await res.json().catch(() => ({}))) as { message?: string };
    return `没有下载答复书：${answer.message ?? '请稍后再试'}。`;
  }
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `政府信息公开申请答复书-${l.requestNumber}.docx`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // (the browser has started the download from the address by now)
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return '';
}
