import { ROLE_LABELS, UNIT_FUNCTION_LABELS, roleFitsUnit, type GovLevel, type Role, type UnitFunction, type UnitKind } from '@gongkai/shared';
import { Reference, ref } from '@mikro-orm/core';
import type { Ctx } from '../../common/context.js';
import { AppError, notFound, versionConflict } from '../../common/errors.js';
import { accessibleBy, assertCan, requireUser } from '../../common/ability.js';
import { audit } from '../../common/audit/audit.service.js';
import { transaction } from '../../common/tx.js';
import { escapeLike, pageWindow } from '../../common/paging.js';
import { Unit, User } from '../../common/organisation/organisation.entities.js';
import { assertStrongPassword, hashPassword } from '../../common/auth/passwords.js';
import { clearLoginFailures, revokeSessions } from '../../common/auth/auth.service.js';
import { OrganisationError as E } from './organisation.errors.js';

export interface UnitData {
  name: string;
  shortName?: string | null;
  kind: UnitKind;
  function?: UnitFunction | null;
  parentId?: string | null;
  level?: GovLevel | null;
  sortOrder?: number | null;
  documentPrefix?: string | null;
  active?: boolean | null;
}

const unitSnapshot = (u: Unit) => ({
  name: u.name,
  shortName: u.shortName,
  kind: u.kind,
  level: u.level,
  function: u.function,
  documentPrefix: u.documentPrefix,
  parentId: u.parentId,
  governmentId: u.governmentId,
  sortOrder: u.sortOrder,
  active: u.active,
});

export async function listUnits(ctx: Ctx) {
  const filter = accessibleBy(ctx, 'read', 'Unit', Unit);
  if (!filter) return [];
  return ctx.em.find(Unit, filter, { orderBy: { sortOrder: 'asc', name: 'asc' } });
}

const CHILD_LEVEL: Record<GovLevel, GovLevel> = { PROVINCE: 'CITY', CITY: 'COUNTY', COUNTY: 'COUNTY' };

/** Where a unit sits: its level and the government it belongs to, from its parent. */
async function placement(ctx: Ctx, data: UnitData, self?: Unit) {
  const parent = data.parentId ? await ctx.em.findOne(Unit, data.parentId) : null;
  if (data.parentId && !parent) throw new AppError(E.UNIT_PARENT_REQUIRED, '上级单位不存在', { field: 'parentId' });
  if (parent && !parent.active) throw new AppError(E.UNIT_INACTIVE, '上级单位已撤销', { field: 'parentId' });
  if (!parent && data.kind !== 'GOVERNMENT') throw new AppError(E.UNIT_PARENT_REQUIRED, '请选择上级单位', { field: 'parentId' });
  if (parent && data.kind === 'GOVERNMENT' && parent.kind !== 'GOVERNMENT') {
    throw new AppError(E.UNIT_PARENT_KIND_INVALID, '人民政府的上级单位只能是上一级人民政府', { field: 'parentId' });
  }
  if (parent && self) {
    // walk up from the new parent: meeting the unit itself would make a circle
    let cursor: Unit | null = parent;
    while (cursor) {
      if (cursor.id === self.id) throw new AppError(E.UNIT_CYCLE, '不能将单位移动到其自身或其下级单位之下', { field: 'parentId' });
      cursor = cursor.parent ? await ctx.em.findOne(Unit, cursor.parent.id) : null;
    }
  }
  if (data.kind === 'GOVERNMENT') {
    const parentGov = parent ? await ctx.em.findOneOrFail(Unit, parent.government.id) : null;
    return { parent, level: parentGov ? CHILD_LEVEL[parentGov.level] : (data.level ?? 'CITY'), governmentId: self?.id ?? null };
  }
  const gov = await ctx.em.findOneOrFail(Unit, parent!.government.id);
  return { parent, level: gov.level, governmentId: gov.id };
}

async function assertFunctionFree(ctx: Ctx, fn: UnitFunction | null | undefined, governmentId: string, selfId?: string) {
  if (!fn || fn === 'MEDIA') return; // several media may partner with one government
  const other = await ctx.em.findOne(Unit, { function: fn, government: governmentId, ...(selfId ? { id: { $ne: selfId } } : {}) });
  if (other) {
    throw new AppError(E.UNIT_FUNCTION_TAKEN, `本级已有承担“${UNIT_FUNCTION_LABELS[fn]}”职能的单位：${other.name}`, { field: 'function' });
  }
}

/** Two units under one parent never share a name. */
async function assertNameFree(ctx: Ctx, name: string, parentId: string | null, selfId?: string) {
  const same = await ctx.em.findOne(Unit, { name, parent: parentId, ...(selfId ? { id: { $ne: selfId } } : {}) });
  if (same) throw new AppError(E.UNIT_NAME_TAKEN, `同一上级单位下已有名为“${name}”的单位`, { field: 'name' });
}

/** A unit is deactivated only when no active unit or account remains under it. */
async function assertCanDeactivate(ctx: Ctx, unit: Unit) {
  const [children, users] = await Promise.all([
    ctx.em.count(Unit, { parent: unit.id, active: true }),
    ctx.em.count(User, { unit: unit.id, active: true }),
  ]);
  if (children || users) {
    throw new AppError(
      E.UNIT_IN_USE,
      `该单位下还有${children ? `${children}个在用下级单位` : ''}${children && users ? '、' : ''}${users ? `${users}个在用账号` : ''}，请先调整后再撤销`,
      { field: 'active' },
    );
  }
}

function cleanName(data: UnitData) {
  const name = data.name.trim();
  if (!name || name.length > 100) throw new AppError(E.UNIT_NAME_REQUIRED, '请填写单位名称（不超过100字）', { field: 'name' });
  if ((data.shortName?.trim().length ?? 0) > 50) throw new AppError(E.UNIT_SHORT_NAME_TOO_LONG, '单位简称不超过50字', { field: 'shortName' });
  const prefix = data.documentPrefix?.trim();
  if (prefix && (prefix.length > 20 || /[〔〕[\]\d号\s]/.test(prefix))) {
    throw new AppError(E.DOCUMENT_PREFIX_INVALID, '发文字号前缀为机关代字，如“朝教发”，不含年份、序号和括号', { field: 'documentPrefix' });
  }
  return name;
}

export async function createUnit(ctx: Ctx, data: UnitData) {
  const name = cleanName(data);
  return transaction(ctx, async (tx) => {
    const { parent, level, governmentId } = await placement(tx, data);
    await assertNameFree(tx, name, parent?.id ?? null);
    let unit = new Unit();
    Object.assign(unit, {
      name,
      shortName: data.shortName?.trim() || null,
      kind: data.kind,
      level,
      function: data.function ?? null,
      parent: parent ? ref(parent) : null,
      sortOrder: data.sortOrder ?? 0,
      documentPrefix: data.documentPrefix?.trim() || null,
    });
    // a government is the root of its own level
    unit.government = governmentId ? tx.em.getReference(Unit, governmentId, { wrapped: true }) : Reference.createFromPK(Unit, unit.id);
    await assertFunctionFree(tx, unit.function, unit.government.id);
    assertCan(tx, 'create', 'Unit', unit);
    if (governmentId) {
      tx.em.persist(unit);
      await tx.em.flush();
    } else {
      // a government's row names itself as its government, which the unit of work cannot insert in one step
      await tx.em.insert(Unit, {
        id: unit.id,
        name: unit.name,
        shortName: unit.shortName,
        kind: unit.kind,
        level: unit.level,
        function: unit.function,
        parent: parent?.id ?? null,
        government: unit.id,
        sortOrder: unit.sortOrder,
        documentPrefix: unit.documentPrefix,
      } as never);
      unit = await tx.em.findOneOrFail(Unit, unit.id);
    }
    audit(tx, { action: 'Unit.create', subjectType: 'Unit', subjectId: unit.id, after: unitSnapshot(unit) });
    return unit;
  });
}

export async function updateUnit(ctx: Ctx, id: string, version: number, data: UnitData) {
  const name = cleanName(data);
  return transaction(ctx, async (tx) => {
    const unit = await tx.em.findOne(Unit, id);
    if (!unit) throw notFound('单位');
    assertCan(tx, 'update', 'Unit', unit);
    if (unit.version !== version) throw versionConflict();
    if ((unit.kind === 'GOVERNMENT') !== (data.kind === 'GOVERNMENT')) {
      throw new AppError(E.UNIT_KIND_LOCKED, '不能将人民政府改为其他类型的单位，或反之；请新建单位', { field: 'kind' });
    }
    const before = unitSnapshot(unit);
    const { parent, level, governmentId } = await placement(tx, data, unit);
    const newGovernment = governmentId ?? unit.id;
    await assertNameFree(tx, name, parent?.id ?? null, unit.id);
    await assertFunctionFree(tx, data.function, newGovernment, unit.id);
    if (data.active === false && unit.active) await assertCanDeactivate(tx, unit);
    Object.assign(unit, {
      name,
      shortName: data.shortName?.trim() || null,
      function: data.function ?? null,
      sortOrder: data.sortOrder ?? unit.sortOrder,
      active: data.active ?? unit.active,
      documentPrefix: data.documentPrefix === undefined ? unit.documentPrefix : data.documentPrefix?.trim() || null,
    });
    unit.parent = parent ? tx.em.getReference(Unit, parent.id, { wrapped: true }) : null;
    if (unit.government.id !== newGovernment || unit.level !== level) {
      unit.level = level;
      unit.government = tx.em.getReference(Unit, newGovernment, { wrapped: true });
      await tx.em.flush();
      // the unit's non-government descendants move to the same level with it
      await tx.em.execute(
        `with recursive sub as (select id from unit where parent_id = ? and kind <> 'GOVERNMENT'
           union all select u.id from unit u join sub on u.parent_id = sub.id where u.kind <> 'GOVERNMENT')
         update unit set government_id = ?, level = ? where id in (select id from sub)`,
        [unit.id, newGovernment, level],
      );
    }
    audit(tx, { action: 'Unit.update', subjectType: 'Unit', subjectId: unit.id, before, after: unitSnapshot(unit) });
    return unit;
  });
}

// ——— users ———

export interface UserFilterData {
  unitId?: string | null;
  search?: string | null;
  role?: Role | null;
  active?: boolean | null;
}
export interface UserData {
  displayName: string;
  unitId: string;
  roles: Role[];
  phone?: string | null;
  email?: string | null;
}

const userSnapshot = (u: User) => ({ username: u.username, displayName: u.displayName, unitId: u.unitId, roles: u.roles, active: u.active });

export async function listUsers(ctx: Ctx, filter: UserFilterData, page: number, pageSize: number) {
  requireUser(ctx);
  const visible = accessibleBy(ctx, 'read', 'User', User);
  if (!visible) return { items: [], total: 0 };
  const where: Record<string, unknown>[] = [visible as Record<string, unknown>];
  if (filter.unitId) where.push({ unit: filter.unitId });
  if (filter.role) where.push({ roles: { $contains: [filter.role] } });
  if (filter.active !== null && filter.active !== undefined) where.push({ active: filter.active });
  const search = filter.search?.trim();
  if (search) {
    const like = `%${escapeLike(search)}%`;
    where.push({ $or: [{ username: { $ilike: like } }, { displayName: { $ilike: like } }] });
  }
  const [items, total] = await ctx.em.findAndCount(User, { $and: where } as never, {
    orderBy: { unit: { sortOrder: 'asc' }, username: 'asc' },
    ...pageWindow(page, pageSize),
    populate: ['unit'],
  });
  return { items, total };
}

export async function getUser(ctx: Ctx, id: string) {
  const user = await ctx.em.findOne(User, id, { populate: ['unit'] });
  if (!user) throw notFound('用户');
  assertCan(ctx, 'read', 'User', user);
  return user;
}

async function checkUserData(ctx: Ctx, data: UserData) {
  const displayName = data.displayName.trim();
  if (!displayName || displayName.length > 50) throw new AppError(E.DISPLAY_NAME_REQUIRED, '请填写姓名（不超过50字）', { field: 'displayName' });
  const unit = await ctx.em.findOne(Unit, data.unitId);
  if (!unit) throw new AppError(E.UNIT_PARENT_REQUIRED, '所属单位不存在', { field: 'unitId' });
  if (!unit.active) throw new AppError(E.UNIT_INACTIVE, '所属单位已停用', { field: 'unitId' });
  const roles = [...new Set(data.roles)];
  if (roles.length === 0) throw new AppError(E.ROLES_REQUIRED, '请至少选择一个角色', { field: 'roles' });
  for (const role of roles) {
    if (!roleFitsUnit(role, unit.function)) {
      throw new AppError(E.ROLE_NOT_ALLOWED_FOR_UNIT, `“${ROLE_LABELS[role]}”角色只能授予承担相应职能的单位的人员`, { field: 'roles' });
    }
  }
  return { displayName, unit, roles, phone: data.phone?.trim() || null, email: data.email?.trim() || null };
}

export function assertUsername(username: string) {
  if (!/^[a-z0-9][a-z0-9_.-]{2,31}$/.test(username)) {
    throw new AppError(E.USERNAME_INVALID, '用户名为3至32位小写字母、数字、点、下划线或连字符', { field: 'username' });
  }
}

/** Create an account (inside the caller's transaction when there is one). */
export async function createUser(ctx: Ctx, data: UserData & { username: string; password: string }) {
  const username = data.username.trim().toLowerCase();
  assertUsername(username);
  assertStrongPassword(data.password);
  const passwordHash = await hashPassword(data.password);
  return transaction(ctx, async (tx) => {
    const clean = await checkUserData(tx, data);
    if (await tx.em.count(User, { username })) throw new AppError(E.USERNAME_TAKEN, '该用户名已被使用', { field: 'username' });
    const user = tx.em.create(User, { ...clean, username, passwordHash, active: true, createdAt: new Date() } as never) as User;
    assertCan(tx, 'create', 'User', user);
    tx.em.persist(user);
    await tx.em.flush();
    audit(tx, { action: 'User.create', subjectType: 'User', subjectId: user.id, after: userSnapshot(user) });
    return user;
  });
}

export async function updateUser(ctx: Ctx, id: string, data: UserData) {
  return transaction(ctx, async (tx) => {
    const user = await getUser(tx, id);
    assertCan(tx, 'update', 'User', user);
    const before = userSnapshot(user);
    const clean = await checkUserData(tx, data);
    Object.assign(user, clean);
    assertCan(tx, 'update', 'User', user);
    audit(tx, { action: 'User.update', subjectType: 'User', subjectId: user.id, before, after: userSnapshot(user) });
    return user;
  });
}

export async function setUserActive(ctx: Ctx, id: string, active: boolean) {
  return transaction(ctx, async (tx) => {
    const user = await getUser(tx, id);
    assertCan(tx, 'disable', 'User', user);
    if (!active && user.id === tx.actor?.userId) throw new AppError(E.CANNOT_DISABLE_SELF, '不能停用自己的账号');
    const before = userSnapshot(user);
    user.active = active;
    if (!active) await revokeSessions(tx, user.id);
    audit(tx, { action: active ? 'User.enable' : 'User.disable', subjectType: 'User', subjectId: user.id, before, after: userSnapshot(user) });
    return user;
  });
}

export async function resetPassword(ctx: Ctx, id: string, newPassword: string) {
  assertStrongPassword(newPassword, 'newPassword');
  const passwordHash = await hashPassword(newPassword);
  return transaction(ctx, async (tx) => {
    const user = await getUser(tx, id);
    assertCan(tx, 'resetPassword', 'User', user);
    Object.assign(user, { passwordHash, failedLogins: 0, lockedUntil: null });
    await clearLoginFailures(tx, user.username);
    await revokeSessions(tx, user.id);
    audit(tx, { action: 'User.resetPassword', subjectType: 'User', subjectId: user.id });
    return true;
  });
}

/** Phone numbers of others are masked unless the viewer administers users. */
export function visiblePhone(ctx: Ctx, user: User): string | null {
  if (!user.phone) return null;
  if (ctx.actor?.userId === user.id || ctx.ability.can('update', 'User')) return user.phone;
  return user.phone.length >= 7 ? `${user.phone.slice(0, 3)}****${user.phone.slice(-4)}` : '****';
}
