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

/** The longest sign-in name recorded (the column of login_attempt). */
const LOGIN_NAME_MAX = 255;

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

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

const tooMany = (seconds: number) =>
  new AppError(
    AuthError.TOO_MANY_ATTEMPTS,
    seconds >= 120 ? `失败次数过多，请${Math.ceil(seconds / 60)}分钟后再试` : `失败次数过多，请${Math.max(1, Math.ceil(seconds))}秒后再试`,
    { retryAfter: Math.max(1, Math.ceil(seconds)) },
  );

interface FailureCounts {
  pair: number;
  pairOldest: Date | null;
  address: number;
  addressOldest: Date | null;
  account: number;
  accountLast: Date | null;
  known: boolean;
}

/** The failures that count against a sign-in by this name from this address (see LOGIN_RULES). */
async function failureCounts(em: EntityManager, username: string, address: string | null): Promise<FailureCounts> {
  const since = minutesAgo(LOGIN_RULES.windowMinutes);
  const [row] = await em.execute<Record<string, unknown>[]>(
    `select
       count(*) filter (where username = ? and address is not distinct from ?)::int as pair,
       min(at) filter (where username = ? and address is not distinct from ?) as pair_oldest,
       count(*) filter (where address is not distinct from ?)::int as address,
       min(at) filter (where address is not distinct from ?) as address_oldest,
       count(*) filter (where username = ?)::int as account,
       max(at) filter (where username = ?) as account_last
     from login_attempt where at > ? and not success and not cleared and (username = ? or address is not distinct from ?)`,
    [username, address, username, address, address, address, username, username, since, username, address],
  );
  const [known] = await em.execute<{ n: number }[]>(
    `select count(*)::int as n from login_attempt where username = ? and address is not distinct from ? and success and at > now() - make_interval(days => ?)`,
    [username, address, LOGIN_RULES.knownAddressDays],
  );
  const date = (v: unknown) => (v ? new Date(v as string) : null);
  return {
    pair: Number(row.pair),
    pairOldest: date(row.pair_oldest),
    address: Number(row.address),
    addressOldest: date(row.address_oldest),
    account: Number(row.account),
    accountLast: date(row.account_last),
    known: known.n > 0,
  };
}

/** Refuse an attempt the rules hold back, before any password is checked. */
export async function assertNotThrottled(em: EntityManager, username: string, address: string | null) {
  const c = await failureCounts(em, username, address);
  const windowEnd = (oldest: Date | null) => ((oldest?.getTime() ?? Date.now()) + LOGIN_RULES.windowMinutes * 60_000 - Date.now()) / 1000;
  if (c.pair >= LOGIN_RULES.maxFailuresPerPair) throw tooMany(windowEnd(c.pairOldest));
  if (c.address >= LOGIN_RULES.maxFailuresPerAddress) throw tooMany(windowEnd(c.addressOldest));
  if (!c.known && c.account >= LOGIN_RULES.freeFailuresPerAccount && c.accountLast) {
    const delay = Math.min(2 ** (c.account - LOGIN_RULES.freeFailuresPerAccount + 1), LOGIN_RULES.maxDelaySeconds);
    const wait = (c.accountLast.getTime() + delay * 1000 - Date.now()) / 1000;
    if (wait > 0) throw tooMany(wait);
  }
}

/** Sign in: throttled per account and address (LOGIN_RULES), a server-side session behind an HTTP-only cookie. */
export async function login(ctx: Ctx, usernameInput: string, password: string) {
  // a name longer than the attempts' column names no account (a username has at most 32 characters):
  // it is looked up and counted by its first characters, and so answered as any unknown name
  const username = usernameInput.trim().toLowerCase().slice(0, LOGIN_NAME_MAX);
  await assertNotThrottled(ctx.em, username, ctx.address);
  const invalid = () => new AppError(AuthError.INVALID_CREDENTIALS, '用户名或密码错误');
  const user = await ctx.em.findOne(User, { username }, { populate: ['unit'] });
  if (!user) {
    await spendVerifyTime(password);
    await recordAttempt(ctx, username, false);
    throw invalid();
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    await recordAttempt(ctx, username, false);
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
    // the failures of this name from this address are answered by the success
    await tx.em.nativeUpdate(LoginAttempt, { username, address: tx.address, success: false, cleared: false }, { cleared: true });
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
  await ctx.em.insert(LoginAttempt, { username, address: ctx.address, success, at: new Date(), cleared: false });
}

/**
 * Clear the counted sign-in failures of an account (an administrator's unlock). Returns how many
 * failures were cleared; the caller checks the permission and writes the audit record.
 */
export async function clearLoginFailures(ctx: Ctx, username: string) {
  return ctx.em.nativeUpdate(LoginAttempt, { username, success: false, cleared: false }, { cleared: true });
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

/** Change one's own password. A wrong old password counts as a failed sign-in of the account from this address. */
export async function changePassword(ctx: Ctx, oldPassword: string, newPassword: string) {
  const actor = requireUser(ctx);
  assertStrongPassword(newPassword, 'newPassword');
  const current = await ctx.em.findOneOrFail(User, actor.userId);
  await assertNotThrottled(ctx.em, current.username, ctx.address);
  if (!(await verifyPassword(current.passwordHash, oldPassword))) {
    await recordAttempt(ctx, current.username, false);
    throw new AppError(AuthError.WRONG_OLD_PASSWORD, '原密码不正确', { field: 'oldPassword' });
  }
  const passwordHash = await hashPassword(newPassword);
  return transaction(ctx, async (tx) => {
    const user = await tx.em.findOneOrFail(User, actor.userId);
    user.passwordHash = passwordHash;
    const token = tx.cookies.sessionToken();
    await revokeSessions(tx, user.id, token ? tokenHash(token) : undefined);
    audit(tx, { action: 'auth.changePassword', subjectType: 'User', subjectId: user.id });
    return true;
  });
}

/**
 * The first administrator of an empty production database: a one-time setup token whose SHA-256
 * is stored; the token itself is returned once, to be printed to the log. A new token replaces
 * any unused one (a restart before the setup prints a fresh token; the old one no longer works).
 */
export async function issueSetupToken(em: EntityManager, userId: string): Promise<string> {
  const token = randomBytes(24).toString('base64url');
  await em.getConnection().execute('delete from setup_token where used_at is null');
  await em.getConnection().execute('insert into setup_token (token_hash, user_id) values (?, ?)', [tokenHash(token), userId]);
  return token;
}

/** The administrator still waiting for the one-time setup, if any. */
export async function pendingSetupUser(em: EntityManager): Promise<string | null> {
  const rows = await em
    .getConnection()
    .execute<{ user_id: string }[]>('select user_id from setup_token where used_at is null order by created_at desc limit 1');
  return rows[0]?.user_id ?? null;
}

/**
 * Use the one-time setup token: set the first administrator's password. The token is spent in
 * the same transaction, so a second use (or two at once) is refused. Throttled per address like
 * a sign-in.
 */
export async function completeSetup(ctx: Ctx, token: string, password: string) {
  await assertNotThrottled(ctx.em, 'setup', ctx.address);
  const invalid = () => new AppError(AuthError.SETUP_TOKEN_INVALID, '初始化令牌无效或已使用', { field: 'token' });
  if (typeof token !== 'string' || !token || token.length > 200) throw invalid();
  assertStrongPassword(password, 'password');
  const passwordHash = await hashPassword(password);
  const userId = await transaction(ctx, async (tx) => {
    const rows = await tx.em.execute<{ user_id: string }[]>(
      'update setup_token set used_at = now() where token_hash = ? and used_at is null returning user_id',
      [tokenHash(token)],
    );
    if (!rows.length) return null;
    const user = await tx.em.findOneOrFail(User, rows[0].user_id);
    user.passwordHash = passwordHash;
    user.active = true;
    await revokeSessions(tx, user.id);
    audit(tx, { action: 'auth.setup', subjectType: 'User', subjectId: user.id });
    return user.id;
  });
  if (!userId) {
    await recordAttempt(ctx, 'setup', false);
    throw invalid();
  }
  return userId;
}
