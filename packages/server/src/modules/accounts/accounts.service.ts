import { randomInt } from 'node:crypto';
import { ADMIN_GRANTED_ROLES, ROLE_LABELS, roleFitsUnit, type AccountRequestState, type Role } from '@gongkai/shared';
import type { Ctx } from '../../common/context.js';
import { AppError, notFound, versionConflict } from '../../common/errors.js';
import { accessibleBy, assertCan, requireUser } from '../../common/ability.js';
import { audit } from '../../common/audit/audit.service.js';
import { transaction } from '../../common/tx.js';
import { applyTransition } from '../../common/workflow/workflow.js';
import { Unit, User } from '../../common/organisation/organisation.entities.js';
import { assertUsername, createUser } from '../organisation/organisation.service.js';
import { AccountRequest } from './accounts.entities.js';
import { AccountRequestError as E } from './accounts.errors.js';
import { accountRequestWorkflow, type ApproveInput } from './accounts.workflow.js';
import { clearLoginFailures } from '../../common/auth/auth.service.js';

export interface AccountRequestData {
  displayName: string;
  username: string;
  roles: Role[];
  phone?: string | null;
  reason: string;
}

async function clean(ctx: Ctx, unitId: string, data: AccountRequestData) {
  const username = data.username.trim().toLowerCase();
  assertUsername(username);
  const displayName = data.displayName.trim();
  if (!displayName || displayName.length > 50) throw new AppError('DISPLAY_NAME_REQUIRED', '请填写姓名（不超过50字）', { field: 'displayName' });
  const unit = await ctx.em.findOneOrFail(Unit, unitId);
  const roles = [...new Set(data.roles)];
  if (roles.length === 0) throw new AppError('ROLES_REQUIRED', '请至少选择一个角色', { field: 'roles' });
  for (const role of roles) {
    if (ADMIN_GRANTED_ROLES.includes(role) || !roleFitsUnit(role, unit.function)) {
      throw new AppError(E.ROLE_NOT_REQUESTABLE, `本单位不能申请“${ROLE_LABELS[role]}”角色`, { field: 'roles' });
    }
  }
  const reason = data.reason.trim();
  if (!reason) throw new AppError(E.REASON_REQUIRED, '请说明申请理由', { field: 'reason' });
  return { username, displayName, roles, phone: data.phone?.trim() || null, reason: reason.slice(0, 1000) };
}

export async function listAccountRequests(ctx: Ctx, state: AccountRequestState | null) {
  requireUser(ctx);
  const visible = accessibleBy(ctx, 'read', 'AccountRequest', AccountRequest);
  if (!visible) return [];
  return ctx.em.find(AccountRequest, { $and: [visible, state ? { state } : {}] } as never, { orderBy: { createdAt: 'desc' }, limit: 500 });
}

export async function getAccountRequest(ctx: Ctx, id: string) {
  const r = await ctx.em.findOne(AccountRequest, id);
  if (!r) throw notFound('账号申请');
  assertCan(ctx, 'read', 'AccountRequest', r);
  return r;
}

export async function createAccountRequest(ctx: Ctx, data: AccountRequestData) {
  const actor = requireUser(ctx);
  return transaction(ctx, async (tx) => {
    const fields = await clean(tx, actor.unitId, data);
    const r = tx.em.create(AccountRequest, {
      ...fields,
      unit: actor.unitId,
      requester: actor.userId,
      requesterName: actor.name,
      state: 'DRAFT',
      createdAt: new Date(),
    } as never) as AccountRequest;
    assertCan(tx, 'create', 'AccountRequest', r);
    tx.em.persist(r);
    await tx.em.flush();
    audit(tx, { action: 'AccountRequest.create', subjectType: 'AccountRequest', subjectId: r.id, after: accountRequestWorkflow.snapshot(r) });
    return r;
  });
}

export async function updateAccountRequest(ctx: Ctx, id: string, version: number, data: AccountRequestData) {
  return transaction(ctx, async (tx) => {
    const r = await getAccountRequest(tx, id);
    assertCan(tx, 'update', 'AccountRequest', r);
    if (r.version !== version) throw versionConflict();
    if (r.state !== 'DRAFT' && r.state !== 'RETURNED') {
      throw new AppError('TRANSITION_NOT_ALLOWED', '已提交的账号申请不能修改');
    }
    const before = accountRequestWorkflow.snapshot(r);
    Object.assign(r, await clean(tx, r.unit.id, data));
    audit(tx, { action: 'AccountRequest.update', subjectType: 'AccountRequest', subjectId: r.id, before, after: accountRequestWorkflow.snapshot(r) });
    return r;
  });
}

export const submitAccountRequest = (ctx: Ctx, id: string, version: number) =>
  applyTransition(ctx, accountRequestWorkflow, 'submit', id, version, {});

export const returnAccountRequest = (ctx: Ctx, id: string, version: number, reason: string) =>
  applyTransition(ctx, accountRequestWorkflow, 'return', id, version, { reason });

/** A first password the new user must change: readable, with letters and digits. */
function initialPassword() {
  const letters = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
  const digits = '23456789';
  const pick = (s: string, n: number) => Array.from({ length: n }, () => s[randomInt(s.length)]).join('');
  return `${pick(letters, 6)}${pick(digits, 4)}`;
}

export async function approveAccountRequest(ctx: Ctx, id: string, version: number) {
  const input: ApproveInput = {
    createAccount: async (r, tx) => {
      const password = initialPassword();
      const user: User = await createUser(tx, {
        username: r.username,
        displayName: r.displayName,
        unitId: r.unit.id,
        roles: r.roles,
        phone: r.phone,
        password,
      });
      return { user, password };
    },
  };
  const request = await applyTransition(ctx, accountRequestWorkflow, 'approve', id, version, input);
  return { request, initialPassword: input.created!.password };
}

/**
 * An administrator clears the counted sign-in failures of an account, so its owner may sign in
 * again at once from anywhere. Audited with the number of failures cleared.
 */
export async function unlockUser(ctx: Ctx, id: string) {
  return transaction(ctx, async (tx) => {
    const user = await tx.em.findOne(User, id);
    if (!user) throw notFound('用户');
    assertCan(tx, 'resetPassword', 'User', user);
    const cleared = await clearLoginFailures(tx, user.username);
    user.failedLogins = 0;
    user.lockedUntil = null;
    audit(tx, { action: 'User.unlock', subjectType: 'User', subjectId: user.id, after: { clearedFailures: cleared } });
    return true;
  });
}
