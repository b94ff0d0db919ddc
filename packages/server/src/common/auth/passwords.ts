import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../errors.js';
import { AuthError } from './auth.errors.js';

// argon2id with the library's defaults (19 MiB memory, 2 passes), as OWASP recommends.
export const hashPassword = (password: string) => hash(password);
export const verifyPassword = (passwordHash: string, password: string) => verify(passwordHash, password).catch(() => false);

/** A password has at least 8 characters with letters and digits, and at most 128. */
export function assertStrongPassword(password: string, field = 'password') {
  if (password.length < 8 || password.length > 128 || !/[A-Za-z]/.test(password) || !/\d/.test(password)) {
    throw new AppError(AuthError.PASSWORD_TOO_WEAK, '密码至少8位，且须同时包含字母和数字', { field });
  }
}
