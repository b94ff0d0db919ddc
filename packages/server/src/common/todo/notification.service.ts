import type { Role } from '@gongkai/shared';
import type { Ctx } from '../context.js';
import { requireUser } from '../ability.js';
import { now } from '../clock.js';
import { Notification } from './todo.entities.js';

export interface NotificationSpec {
  title: string;
  body?: string;
  link?: string;
  /** Either users by id, or every active holder of a role (optionally within one unit). */
  userIds?: string[];
  role?: Role;
  unitId?: string;
  email?: boolean;
}

/** Queue in-app notifications in the current transaction. */
export async function notify(ctx: Ctx, spec: NotificationSpec) {
  let userIds = spec.userIds ?? [];
  if (spec.role) {
    const rows = await ctx.em.execute<{ id: string }[]>(
      `select id from app_user where active and ? = any(roles) ${spec.unitId ? 'and unit_id = ?' : ''}`,
      spec.unitId ? [spec.role, spec.unitId] : [spec.role],
    );
    userIds = [...userIds, ...rows.map((r) => r.id)];
  }
  for (const userId of new Set(userIds)) {
    ctx.em.persist(
      ctx.em.create(Notification, {
        userId,
        title: spec.title,
        body: spec.body ?? null,
        link: spec.link ?? null,
        emailStatus: spec.email ? 'PENDING' : null,
        createdAt: now(),
      }),
    );
  }
}

export async function myNotifications(ctx: Ctx, unreadOnly: boolean) {
  const actor = requireUser(ctx);
  return ctx.em.find(Notification, { userId: actor.userId, ...(unreadOnly ? { readAt: null } : {}) }, { orderBy: { createdAt: 'desc' }, limit: 100 });
}

export async function markNotificationsRead(ctx: Ctx, ids: string[]) {
  const actor = requireUser(ctx);
  // Only the user's own notifications can be marked: the filter is the object-level check.
  return ctx.em.nativeUpdate(Notification, { id: { $in: ids }, userId: actor.userId, readAt: null }, { readAt: now() });
}
