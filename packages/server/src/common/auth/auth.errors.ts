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
