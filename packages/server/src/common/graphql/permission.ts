import { UseMiddleware } from 'type-graphql';
import type { Action, SubjectName } from '@gongkai/shared';
import type { Ctx } from '../context.js';
import { assertCanType, requireUser } from '../ability.js';
import { validateIds } from './validate-ids.js';

export { CanRead, Derived } from './field-guards.js';

/** The permission every GraphQL operation names. Object-level checks follow in the services. */
export type OperationPermission = { kind: 'public' } | { kind: 'signedIn' } | { kind: 'ability'; action: Action; subject: SubjectName };

/** Filled once when the resolver classes are declared; read by the permission-table test. */
export const OPERATION_PERMISSIONS = new Map<string, OperationPermission>();

function declare(name: string, permission: OperationPermission) {
  if (OPERATION_PERMISSIONS.has(name)) throw new Error(`operation ${name} declared twice`);
  OPERATION_PERMISSIONS.set(name, permission);
}

/** The operation needs `action` on `subject` (function level). */
export function Can(action: Action, subject: SubjectName): MethodDecorator {
  return (target, key, descriptor) => {
    declare(String(key), { kind: 'ability', action, subject });
    UseMiddleware(async ({ context }, next) => {
      assertCanType(context as Ctx, action, subject);
      return next();
    }, validateIds)(target, key, descriptor);
  };
}

/** Anyone, signed in or not (login, the portal's reads). */
export function Public(): MethodDecorator {
  return (target, key, descriptor) => {
    declare(String(key), { kind: 'public' });
    UseMiddleware(validateIds)(target, key, descriptor);
  };
}

/** Any signed-in user, for what concerns only themselves (their to-dos, their password). */
export function SignedIn(): MethodDecorator {
  return (target, key, descriptor) => {
    declare(String(key), { kind: 'signedIn' });
    UseMiddleware(async ({ context }, next) => {
      requireUser(context as Ctx);
      return next();
    }, validateIds)(target, key, descriptor);
  };
}

/** Deny by default: a schema with an operation that names no permission does not start. */
export function assertEveryOperationDeclared(operations: string[]) {
  const missing = operations.filter((name) => !OPERATION_PERMISSIONS.has(name));
  if (missing.length) throw new Error(`operations without a permission: ${missing.join(', ')}`);
}
