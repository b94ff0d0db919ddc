import { UseMiddleware, type MiddlewareFn } from 'type-graphql';
import type { Action, SubjectName } from '@gongkai/shared';
import type { Ctx } from '../context.js';
import { assertCanType, requireUser } from '../ability.js';
import { forbidden } from '../errors.js';

/** The permission every GraphQL operation names. Object-level checks follow in the services. */
export type OperationPermission =
  | { kind: 'public' }
  | { kind: 'signedIn' }
  | { kind: 'ability'; action: Action; subject: SubjectName };

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
    })(target, key, descriptor);
  };
}

/** Anyone, signed in or not (login, the portal's reads). */
export function Public(): MethodDecorator {
  return (_target, key) => declare(String(key), { kind: 'public' });
}

/** Any signed-in user, for what concerns only themselves (their to-dos, their password). */
export function SignedIn(): MethodDecorator {
  return (target, key, descriptor) => {
    declare(String(key), { kind: 'signedIn' });
    UseMiddleware(async ({ context }, next) => {
      requireUser(context as Ctx);
      return next();
    })(target, key, descriptor);
  };
}

/** Deny by default: a root field that names no permission is refused. */
export const denyUndeclared: MiddlewareFn<Ctx> = async ({ info }, next) => {
  const root = info.parentType.name;
  if ((root === 'Query' || root === 'Mutation') && !OPERATION_PERMISSIONS.has(info.fieldName)) throw forbidden();
  return next();
};
