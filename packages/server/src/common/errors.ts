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
  INTERNAL = 'INTERNAL',
}

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
export const badInput = (message: string, field?: string) =>
  new AppError(CommonError.BAD_USER_INPUT, message, field ? { field } : {});
export const versionConflict = () =>
  new AppError(CommonError.VERSION_CONFLICT, '该记录已被他人修改，请刷新后重试');
