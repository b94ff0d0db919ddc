import { createHash, randomBytes } from 'node:crypto';
import { abilityFor, type AbilityContext } from '@gongkai/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../context.js';
import { AppError } from '../errors.js';
import { audit } from '../audit/audit.service.js';
import { transaction } from '../tx.js';
import { requireUser } from '../ability.js';
import { User } from '../organisation/organisation.entities.js';
import { Session, LoginAttempt } from './auth.entities.js';
import { AuthError, LOGIN_RULES } from './auth.errors.js';
import { assertStrongPassword, hashPassword, verifyPassword } from './passwords.js';

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
const formatTime = (d: Date) => d.toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false });

/** Spend the same time on an unknown user as on a known one. */
let dummyHash: Promise<string> | undefined;
async function spendVerifyTime(password: string) {
  dummyHash ??= hashPassword('not-a-real-password-0');
  await verifyPassword(await dummyHash, password);
}

export function abilityContextOf(user: User): AbilityContext {
  return { userId: user.id, unitId: user.unit.id, governmentId: user.unit.getEntity().government.id, roles: user.roles };
}

export function actorOf(user: User): NonNullable<Ctx['actor']> {
  return { ...abilityContextOf(user), name: user.displayName };
}

export async function findSession(em: EntityManager, token: string | undefined) {
  if (!token) return null;
  const session = await em.findOne(
    Session,
    { tokenHash: tokenHash(token), revokedAt: null, expiresAt: { $gt: new Date() } },
    { populate: ['user', 'user.unit'] },
  );
  if (!session || !session.user.getEntity().active) return null;
  return session;
}

/** Sign in: throttled per address and per account, a server-side session behind an HTTP-only cookie. */
export async function login(ctx: Ctx, usernameInput: string, password: string) {
  const username = usernameInput.trim().toLowerCase();
  const [{ n }] = await ctx.em.execute<{ n: number }[]>('select count(*)::int as n from login_attempt where address = ? and at > ? and not success', [
    ctx.address,
    minutesAgo(LOGIN_RULES.addressWindowMinutes),
  ]);
  if (n >= LOGIN_RULES.maxFailuresPerAddress) {
    throw new AppError(AuthError.TOO_MANY_ATTEMPTS, `登录失败次数过多，请${LOGIN_RULES.addressWindowMinutes}分钟后再试`);
  }
  const invalid = () => new AppError(AuthError.INVALID_CREDENTIALS, '用户名或密码错误');
  const user = await ctx.em.findOne(User, { username }, { populate: ['unit'] });
  if (!user) {
    await spendVerifyTime(password);
    await recordAttempt(ctx, username, false);
    throw invalid();
  }
  if (user.lockedUntil && user.lockedUntil > new Date()) {
    await recordAttempt(ctx, username, false);
    throw new AppError(AuthError.ACCOUNT_LOCKED, `连续登录失败次数过多，账号已锁定，请于${formatTime(user.lockedUntil)}后再试`);
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    const lockedUntil = await transaction(ctx, async (tx) => {
      const rows = await tx.em.execute<{ failed_logins: number; locked_until: Date | null }[]>(
        `update app_user set
           failed_logins = case when failed_logins + 1 >= ? then 0 else failed_logins + 1 end,
           locked_until = case when failed_logins + 1 >= ? then now() + make_interval(mins => ?) else locked_until end
         where id = ? returning failed_logins, locked_until`,
        [LOGIN_RULES.maxFailuresPerAccount, LOGIN_RULES.maxFailuresPerAccount, LOGIN_RULES.lockMinutes, user.id],
      );
      tx.em.persist(tx.em.create(LoginAttempt, { username, address: tx.address, success: false }));
      const locked = rows[0]?.locked_until && new Date(rows[0].locked_until) > new Date() ? new Date(rows[0].locked_until) : null;
      if (locked) audit(tx, { action: 'auth.locked', subjectType: 'User', subjectId: user.id, after: { lockedUntil: locked } });
      return locked;
    });
    if (lockedUntil) {
      throw new AppError(AuthError.ACCOUNT_LOCKED, `连续登录失败次数过多，账号已锁定，请于${formatTime(lockedUntil)}后再试`);
    }
    throw invalid();
  }
  if (!user.active) {
    await recordAttempt(ctx, username, false);
    throw new AppError(AuthError.ACCOUNT_DISABLED, '账号已停用，请联系系统管理员');
  }
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + ctx.config.sessionTtlHours * 3600_000);
  await transaction({ ...ctx, actor: actorOf(user) }, async (tx) => {
    const u = await tx.em.findOneOrFail(User, user.id);
    u.failedLogins = 0;
    u.lockedUntil = null;
    u.lastLoginAt = new Date();
    tx.em.persist(tx.em.create(Session, { tokenHash: tokenHash(token), user: u, expiresAt, address: tx.address }));
    tx.em.persist(tx.em.create(LoginAttempt, { username, address: tx.address, success: true }));
    audit(tx, { action: 'auth.login', subjectType: 'User', subjectId: u.id });
    tx.afterCommit!.push(() => tx.cookies.setSession(token, expiresAt));
  });
  ctx.user = user;
  ctx.actor = actorOf(user);
  ctx.ability = abilityFor(abilityContextOf(user));
  return { user, expiresAt };
}

async function recordAttempt(ctx: Ctx, username: string, success: boolean) {
  await ctx.em.insert(LoginAttempt, { username, address: ctx.address, success, at: new Date() });
}

export async function logout(ctx: Ctx) {
  const token = ctx.cookies.sessionToken();
  if (token) {
    await transaction(ctx, async (tx) => {
      const session = await tx.em.findOne(Session, { tokenHash: tokenHash(token), revokedAt: null });
      if (session) {
        session.revokedAt = new Date();
        audit(tx, { action: 'auth.logout', subjectType: 'User', subjectId: session.user.id });
      }
    });
  }
  ctx.cookies.clearSession();
  return true;
}

/** Revoke every open session of a user, except the one given. */
export async function revokeSessions(ctx: Ctx, userId: string, exceptTokenHash?: string) {
  await ctx.em.nativeUpdate(
    Session,
    { user: userId, revokedAt: null, ...(exceptTokenHash ? { tokenHash: { $ne: exceptTokenHash } } : {}) },
    { revokedAt: new Date() },
  );
}

export async function changePassword(ctx: Ctx, oldPassword: string, newPassword: string) {
  const actor = requireUser(ctx);
  assertStrongPassword(newPassword, 'newPassword');
  return transaction(ctx, async (tx) => {
    const user = await tx.em.findOneOrFail(User, actor.userId);
    if (!(await verifyPassword(user.passwordHash, oldPassword))) {
      throw new AppError(AuthError.WRONG_OLD_PASSWORD, '原密码不正确', { field: 'oldPassword' });
    }
    user.passwordHash = await hashPassword(newPassword);
    const token = tx.cookies.sessionToken();
    await revokeSessions(tx, user.id, token ? tokenHash(token) : undefined);
    audit(tx, { action: 'auth.changePassword', subjectType: 'User', subjectId: user.id });
    return true;
  });
}
