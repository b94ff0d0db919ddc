import type { Role } from '@gongkai/shared';
import type { Ctx } from '../context.js';
import { accessibleBy, requireUser } from '../ability.js';
import { now } from '../clock.js';
import { Todo } from './todo.entities.js';

export interface TodoSpec {
  kind: string;
  title: string;
  link?: string;
  dueAt?: Date | null;
  /** One user, or a role within a unit (every holder sees it), or a role anywhere (assigneeUnitId null). */
  assigneeUserId?: string;
  assigneeRole?: Role;
  assigneeUnitId?: string | null;
  subjectType?: string;
  subjectId?: string;
}

export function openTodo(ctx: Ctx, spec: TodoSpec & { subjectType: string; subjectId: string }) {
  ctx.em.persist(
    ctx.em.create(Todo, {
      kind: spec.kind,
      title: spec.title.length > 255 ? `${spec.title.slice(0, 254)}…` : spec.title, // the column holds 255; titles quote user text
      link: spec.link ?? null,
      subjectType: spec.subjectType,
      subjectId: spec.subjectId,
      assigneeUserId: spec.assigneeUserId ?? null,
      assigneeRole: spec.assigneeRole ?? null,
      assigneeUnitId: spec.assigneeUnitId ?? null,
      dueAt: spec.dueAt ?? null,
      createdAt: now(),
    }),
  );
}

/** Close the open to-do items on an object (of the given kinds, or all). */
export async function closeTodos(ctx: Ctx, subjectType: string, subjectId: string, kinds?: readonly string[]) {
  await ctx.em.nativeUpdate(
    Todo,
    { subjectType, subjectId, doneAt: null, ...(kinds ? { kind: { $in: [...kinds] } } : {}) },
    { doneAt: now(), doneById: ctx.actor?.userId ?? null },
  );
}

/** The signed-in user's to-do list: open items first, earliest due first. */
export async function myTodos(ctx: Ctx, includeDone: boolean) {
  requireUser(ctx);
  const visible = accessibleBy(ctx, 'read', 'Todo', Todo);
  if (!visible) return [];
  return ctx.em.find(
    Todo,
    { $and: [visible, includeDone ? {} : { doneAt: null }] },
    { orderBy: [{ doneAt: 'desc nulls first' }, { dueAt: 'asc nulls last' }, { createdAt: 'desc' }], limit: 200 },
  );
}
