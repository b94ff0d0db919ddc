import { errorCatalogue } from '../errors.js';

export enum AuthError {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  ACCOUNT_DISABLED = 'ACCOUNT_DISABLED',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  PASSWORD_TOO_WEAK = 'PASSWORD_TOO_WEAK',
  WRONG_OLD_PASSWORD = 'WRONG_OLD_PASSWORD',
}

/** Throttling rules: after 5 failures an account is locked for 15 minutes; an address may fail 20 times in 15 minutes. */
export const LOGIN_RULES = {
  maxFailuresPerAccount: 5,
  lockMinutes: 15,
  maxFailuresPerAddress: 20,
  addressWindowMinutes: 15,
} as const;

/** What each code means; the error-code catalogue is generated from this. */
export const AUTH_ERRORS = errorCatalogue<AuthError>('auth', {
  INVALID_CREDENTIALS: '用户名或密码错误',
  ACCOUNT_LOCKED: '连续登录失败次数过多，账号已暂时锁定',
  ACCOUNT_DISABLED: '账号已停用，请联系系统管理员',
  TOO_MANY_ATTEMPTS: '登录失败次数过多，请稍后再试',
  PASSWORD_TOO_WEAK: '密码至少8位，且须同时包含字母和数字',
  WRONG_OLD_PASSWORD: '原密码不正确',
});
