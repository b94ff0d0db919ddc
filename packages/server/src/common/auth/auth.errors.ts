import { errorCatalogue } from '../errors.js';

export enum AuthError {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  ACCOUNT_DISABLED = 'ACCOUNT_DISABLED',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  PASSWORD_TOO_WEAK = 'PASSWORD_TOO_WEAK',
  WRONG_OLD_PASSWORD = 'WRONG_OLD_PASSWORD',
  SETUP_TOKEN_INVALID = 'SETUP_TOKEN_INVALID',
}

/**
 * Throttling of sign-in, counted in the database so every server process sees the same counts:
 * - one account from one address: after 5 failures in 15 minutes that pair waits out the window;
 * - one address, whatever the accounts: 20 failures in 15 minutes;
 * - one account from all addresses: beyond 10 failures in 15 minutes every further attempt from an
 *   address that has not signed this account in during the last 30 days waits 2, 4, 8 … seconds
 *   (at most 5 minutes) after the last failure. An address the account signed in from is spared,
 *   so failures from many addresses slow an attacker down without locking the owner out.
 * The refusal is the same for a known account and an unknown name. An administrator may clear the
 * failures of an account (unlockUser).
 */
export const LOGIN_RULES = {
  maxFailuresPerPair: 5,
  maxFailuresPerAddress: 20,
  freeFailuresPerAccount: 10,
  maxDelaySeconds: 300,
  windowMinutes: 15,
  knownAddressDays: 30,
} as const;

/** What each code means; the error-code catalogue is generated from this. */
export const AUTH_ERRORS = errorCatalogue<AuthError>('auth', {
  INVALID_CREDENTIALS: '用户名或密码错误',
  ACCOUNT_LOCKED: '连续登录失败次数过多，账号已暂时锁定',
  ACCOUNT_DISABLED: '账号已停用，请联系系统管理员',
  TOO_MANY_ATTEMPTS: '登录或验证密码失败次数过多，请稍后再试（retryAfter 为需等待的秒数）',
  PASSWORD_TOO_WEAK: '密码至少8位，且须同时包含字母和数字',
  WRONG_OLD_PASSWORD: '原密码不正确',
  SETUP_TOKEN_INVALID: '初始化令牌无效或已使用',
});
