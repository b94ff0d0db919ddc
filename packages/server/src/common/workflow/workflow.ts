import { LockMode, type EntityName } from '@mikro-orm/core';
import type { Action, LocalDate, SubjectName } from '@gongkai/shared';
import type { Ctx } from '../context.js';
import { assertCan, requireUser } from '../ability.js';
import { AppError, CommonError, notFound, versionConflict } from '../errors.js';
import { audit } from '../audit/audit.service.js';
import { transaction } from '../tx.js';
import { closeTodos, openTodo, type TodoSpec } from '../todo/todo.service.js';
import { notify, type NotificationSpec } from '../todo/notification.service.js';
import { valueOn } from '../parameters/parameters.service.js';
import { addWorkingDays } from '../calendar/calendar.service.js';

/** A guard returns null when the transition may go ahead, or the refusal (code and Chinese reason). */
export type Guard<E, I> = (entity: E, input: I, ctx: Ctx) => Promise<GuardRefusal | null> | GuardRefusal | null;
export interface GuardRefusal {
  code: string;
  message: string;
  field?: string;
}

/**
 * A deadline the workflow declares: so many working days (a number, or a policy parameter read as in
 * force on the starting day) after a starting day, stored on the object when the step runs.
 */
export interface Deadline<E> {
  /** The day counted from (not counted itself); null leaves the deadline unset. */
  from: (entity: E, ctx: Ctx) => LocalDate | null | Promise<LocalDate | null>;
  /** Working days, or the key of the parameter that gives them. */
  workingDays: number | string;
  /** Where the date is stored on the object. */
  set: (entity: E, date: LocalDate) => void;
}

export interface Transition<E, S extends string, I = unknown> {
  /** The CASL action the user needs on the object. */
  action: Action;
  from: readonly S[];
  /** The state after the step; a function when the next step depends on the object (e.g. its kind). */
  to: S | ((entity: E, input: I) => S);
  /** Chinese name of the step, e.g. 提交, 退回. */
  label: string;
  guards?: Guard<E, I>[];
  /** The deadline this step starts, computed with the calendar and stored on the object after `apply`. */
  deadline?: Deadline<E>;
  /** Changes besides the state (timestamps, reasons, created records). Runs inside the transaction. */
  apply?: (entity: E, input: I, ctx: Ctx) => Promise<void> | void;
  /** To-do items closed: every open item on the object of these kinds ('all' for every kind). */
  closeTodos?: readonly string[] | 'all';
  /** To-do items opened after the change. */
  openTodos?: (entity: E, ctx: Ctx) => TodoSpec[] | Promise<TodoSpec[]>;
  notify?: (entity: E, ctx: Ctx) => NotificationSpec[] | Promise<NotificationSpec[]>;
}

export interface Workflow<E extends { id: string; version: number }, S extends string> {
  subject: SubjectName;
  entity: EntityName<E>;
  /** Chinese name of the object, for messages. */
  noun: string;
  state: (entity: E) => S;
  setState: (entity: E, state: S) => void;
  /** What the audit record keeps of the object before and after. */
  snapshot: (entity: E) => Record<string, unknown>;
  transitions: Record<string, Transition<E, S, any>>;
  /** What "published" means for this object: the states in which the public sees it. */
  publishedStates?: readonly S[];
  /** What "overdue" means for this object, at an instant of the one clock (common/clock.ts). */
  isOverdue?: (entity: E, now: Date) => boolean;
  /** Deadlines started by events outside the workflow's own steps (e.g. another object's issue). */
  deadlines?: Record<string, Deadline<E>>;
}

/** Whether the object is published, as its workflow declares it. */
export function isPublished<E extends { id: string; version: number }, S extends string>(workflow: Workflow<E, S>, entity: E): boolean {
  return (workflow.publishedStates ?? []).includes(workflow.state(entity));
}

/** Compute a declared deadline with the working-day calendar and store it on the object; returns the date. */
export async function applyDeadline<E>(ctx: Ctx, deadline: Deadline<E>, entity: E): Promise<LocalDate | null> {
  const from = await deadline.from(entity, ctx);
  if (!from) return null;
  const days = typeof deadline.workingDays === 'number' ? deadline.workingDays : await valueOn<number>(ctx, deadline.workingDays, from);
  const date = await addWorkingDays(ctx, from, days);
  deadline.set(entity, date);
  return date;
}

/**
 * Apply one transition: load the object at the version the user saw, check the ability and the
 * guards, change the state, write the audit record, close and open to-do items and queue
 * notifications, all in one transaction. Of concurrent transitions on one object, exactly one
 * wins; the others get VERSION_CONFLICT.
 */
export async function applyTransition<E extends { id: string; version: number }, S extends string, I>(
  ctx: Ctx,
  workflow: Workflow<E, S>,
  name: string,
  id: string,
  version: number,
  input: I,
  /**
   * Who may take the step, when not a signed-in user by the abilities: e.g. a citizen on the portal
   * who proves with a code that the case is theirs. Runs on the locked object, before the state check.
   */
  authorize?: (entity: E, tx: Ctx) => void,
): Promise<E> {
  if (!authorize) requireUser(ctx);
  const t = workflow.transitions[name] as Transition<E, S, I> | undefined;
  if (!t) throw new Error(`unknown transition ${name}`);
  return transaction(ctx, async (tx) => {
    // The row is locked for the rest of the transaction: a concurrent transition waits here, then
    // finds the version moved on and is refused before any side effect runs.
    const entity = await tx.em.findOne(workflow.entity, { id } as never, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!entity) throw notFound(workflow.noun);
    if (authorize) {
      authorize(entity, tx);
      if (entity.version !== version) throw versionConflict();
    } else {
      assertCan(tx, 'read', workflow.subject, entity);
      // a stale view is refused as such, before abilities that depend on the (changed) state
      if (entity.version !== version) throw versionConflict();
      assertCan(tx, t.action, workflow.subject, entity);
    }
    const from = workflow.state(entity);
    if (!t.from.includes(from)) {
      throw new AppError(CommonError.TRANSITION_NOT_ALLOWED, `当前状态下不能${t.label}该${workflow.noun}`);
    }
    for (const guard of t.guards ?? []) {
      const refusal = await guard(entity, input, tx);
      if (refusal) throw new AppError(refusal.code, refusal.message, refusal.field ? { field: refusal.field } : {});
    }
    const before = workflow.snapshot(entity);
    workflow.setState(entity, typeof t.to === 'function' ? t.to(entity, input) : t.to);
    await t.apply?.(entity, input, tx);
    if (t.deadline) await applyDeadline(tx, t.deadline, entity);
    // Checked again after the change: the user must still be allowed to hold what they made.
    if (!authorize) assertCan(tx, 'read', workflow.subject, entity);
    // The UPDATE checks the version again (optimistic lock), for writers that did not lock the row.
    await tx.em.flush();
    if (t.closeTodos) await closeTodos(tx, workflow.subject, entity.id, t.closeTodos === 'all' ? undefined : t.closeTodos);
    for (const spec of (await t.openTodos?.(entity, tx)) ?? []) openTodo(tx, { ...spec, subjectType: workflow.subject, subjectId: entity.id });
    for (const n of (await t.notify?.(entity, tx)) ?? []) await notify(tx, n);
    audit(tx, {
      action: `${workflow.subject}.${name}`,
      subjectType: workflow.subject,
      subjectId: entity.id,
      before,
      after: workflow.snapshot(entity),
    });
    return entity;
  });
}
