import { GraphQLError } from 'graphql';

/** Codes every module may raise. Modules add their own string enums in `<module>.errors.ts`. */
export enum CommonError {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  VERSION_CONFLICT = 'VERSION_CONFLICT',
  TRANSITION_NOT_ALLOWED = 'TRANSITION_NOT_ALLOWED',
  RATE_LIMITED = 'RATE_LIMITED',
  CALENDAR_NOT_COVERED = 'CALENDAR_NOT_COVERED',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL = 'INTERNAL',
}

/**
 * A module's error codes, each with what it means (the message thrown may say more, e.g. which
 * item). Every `<module>.errors.ts` exports one; `pnpm --filter @gongkai/server errors` collects
 * them into the catalogue shared with both SPAs and docs/error-codes.md.
 */
export interface ErrorCatalogue<E extends string = string> {
  module: string;
  messages: Record<E, string>;
}
export const errorCatalogue = <E extends string>(module: string, messages: Record<E, string>): ErrorCatalogue<E> => ({ module, messages });

export const COMMON_ERRORS = errorCatalogue<CommonError>('common', {
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '没有权限执行此操作',
  NOT_FOUND: '记录不存在或无权查看',
  BAD_USER_INPUT: '输入内容不符合要求（如编号格式不正确，或含有无法保存的字符）',
  VERSION_CONFLICT: '该记录已被他人修改，请刷新后重试',
  TRANSITION_NOT_ALLOWED: '当前状态下不能执行此操作',
  RATE_LIMITED: '操作过于频繁，请稍后再试',
  CALENDAR_NOT_COVERED: '工作日历未覆盖该日期，请先维护节假日安排',
  SERVICE_UNAVAILABLE: '数据库暂时不可用，请稍后重试（retryable 为真时可直接重试）',
  INTERNAL: '服务器内部错误，请稍后重试（附请求编号）',
});

/**
 * A refusal the user can understand: a stable code, a Chinese message, and optionally the input
 * field it concerns (the SPA shows the message next to that field).
 */
export class AppError extends GraphQLError {
  constructor(code: string, message: string, extra: { field?: string; [k: string]: unknown } = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const forbidden = (message = '没有权限执行此操作') => new AppError(CommonError.FORBIDDEN, message);
export const unauthenticated = () => new AppError(CommonError.UNAUTHENTICATED, '请先登录');
export const notFound = (what = '记录') => new AppError(CommonError.NOT_FOUND, `${what}不存在或无权查看`);
export const badInput = (message: string, field?: string) => new AppError(CommonError.BAD_USER_INPUT, message, field ? { field } : {});
export const versionConflict = () => new AppError(CommonError.VERSION_CONFLICT, '该记录已被他人修改，请刷新后重试');

/** The message of an unexpected fault, with the request id the user can quote. */
export const internalMessage = (requestId: string) => `服务器内部错误，请稍后重试（请求编号 ${requestId}）`;

/** A NUL character or a lone surrogate: text no database column stores and no document displays. */
// eslint-disable-next-line no-control-regex -- NUL is exactly what is looked for
const ILL_FORMED = /[\u0000\uD800-\uDFFF]/u;
export const isIllFormedText = (s: string) => ILL_FORMED.test(s);
/** A lone surrogate (half of a UTF-16 pair): not a character at all. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** Where in a parsed JSON value a string holds a lone surrogate ('' for the value itself, 'a.b.0' below it), or null. */
export function loneSurrogateAt(value: unknown, at = ''): string | null {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? at : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [k, v] of Object.entries(value)) {
    if (LONE_SURROGATE.test(k)) return at;
    const found = loneSurrogateAt(v, at ? `${at}.${k}` : k);
    if (found !== null) return found;
  }
  return null;
}
