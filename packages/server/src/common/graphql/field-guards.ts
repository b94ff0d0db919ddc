/* eslint-disable @typescript-eslint/no-unsafe-function-type -- type-graphql names classes as Function */
import { subject as tagSubject } from '@casl/ability';
import { UseMiddleware, getMetadataStorage } from 'type-graphql';
import { getNamedType, isNonNullType, isObjectType, type GraphQLSchema } from 'graphql';
import { SUBJECTS, type SubjectName } from '@gongkai/shared';
import type { Ctx } from '../context.js';
import { forbidden, unauthenticated } from '../errors.js';

/**
 * What a nested field (a @FieldResolver method, or a property of an object type) declares.
 * - `read`: the field returns objects of a subject; each one is checked with `can('read', …)` on what
 *   it returns (see `CanRead`).
 * - `derived`: the field returns a part of its parent (a figure, a name, a row of its own) or a
 *   subject whose access follows from the parent's; the reason is stated where it is declared.
 */
export type FieldPermission = { kind: 'read'; subject: SubjectName } | { kind: 'derived'; reason: string };

/** Per class (a resolver class or an object type), per method or property name. */
export const FIELD_PERMISSIONS = new Map<Function, Map<string, FieldPermission>>();

function declareField(target: object, key: string | symbol, permission: FieldPermission) {
  const owner = typeof target === 'function' ? target : target.constructor;
  const fields = FIELD_PERMISSIONS.get(owner) ?? new Map<string, FieldPermission>();
  if (fields.has(String(key))) throw new Error(`field ${owner.name}.${String(key)} declared twice`);
  fields.set(String(key), permission);
  FIELD_PERMISSIONS.set(owner, fields);
}

export function fieldPermission(owner: Function, key: string): FieldPermission | undefined {
  return FIELD_PERMISSIONS.get(owner)?.get(key);
}

/** May the user read this object of `type`? */
export function canRead(ctx: Ctx, type: SubjectName, object: object): boolean {
  return ctx.ability.can('read', tagSubject(type, object as Record<string, unknown>) as never);
}

/**
 * What a guarded field answers, once its resolver has returned `value`:
 * - a list keeps only the objects the user may read (a list is a view: what cannot be read is left out);
 * - a single object the user may not read is null where the field is nullable, and FORBIDDEN
 *   (UNAUTHENTICATED for a visitor) where it is not: a non-null field never lies with a null.
 */
export function guardRead(ctx: Ctx, type: SubjectName, value: unknown, nonNull: boolean): unknown {
  if (value === null || value === undefined) return value;
  if (Array.isArray(value)) return value.filter((o) => o !== null && o !== undefined && canRead(ctx, type, o as object));
  if (canRead(ctx, type, value as object)) return value;
  if (nonNull) throw ctx.user ? forbidden('没有权限查看此内容') : unauthenticated();
  return null;
}

/**
 * The field returns objects of `subject`: each is checked with the reader's ability, whatever the
 * parent (a meeting one may read does not open the draft topic on its agenda).
 * On a @FieldResolver method or on a property of an object type.
 */
export function CanRead(subject: SubjectName): MethodDecorator & PropertyDecorator {
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    declareField(target, key, { kind: 'read', subject });
    const middleware = UseMiddleware(async ({ context, info }, next) => {
      const value: unknown = await next();
      return guardRead(context as Ctx, subject, value, isNonNullType(info.returnType));
    });
    if (descriptor) (middleware as MethodDecorator)(target, key, descriptor);
    else (middleware as PropertyDecorator)(target, key);
  };
}

/**
 * The field needs no check of its own: it is a part of its parent, which was checked where it was
 * read, or it decides itself what it shows (the reason says which). The reason is required.
 */
export function Derived(reason: string): MethodDecorator & PropertyDecorator {
  if (!reason.trim()) throw new Error('Derived() needs a reason');
  return (target: object, key: string | symbol) => declareField(target, key, { kind: 'derived', reason });
}

const SUBJECT_TYPES = new Set<string>(SUBJECTS);

/** Every declared nested field as `Type.field`, field resolvers and object type properties alike (after the schema is built). */
export function fieldDeclarations(): { field: string; permission: FieldPermission }[] {
  const storage = getMetadataStorage();
  const typeNameOf = (cls: Function | undefined) => storage.objectTypes.find((o) => o.target === cls)?.name ?? cls?.name ?? '?';
  const out: { field: string; permission: FieldPermission }[] = [];
  for (const fr of storage.fieldResolvers) {
    const permission = fieldPermission(fr.target, fr.methodName);
    const typeName = typeNameOf((fr.getObjectType ?? fr.resolverClassMetadata?.getObjectType)?.() as Function | undefined);
    if (permission) out.push({ field: `${typeName}.${fr.schemaName}`, permission });
  }
  for (const ot of storage.objectTypes) {
    for (const field of ot.fields ?? []) {
      const permission = fieldPermission(ot.target, field.name);
      if (permission) out.push({ field: `${ot.name}.${field.schemaName}`, permission });
    }
  }
  return out;
}

/**
 * Deny by default, for nested fields: the schema does not start when
 * - a @FieldResolver method of one of `resolvers` declares no permission (`CanRead` or `Derived`), or
 * - a field of any object type returns a subject (a plain property included) without a declaration.
 */
export function assertEveryFieldDeclared(schema: GraphQLSchema, resolvers: readonly Function[]) {
  const storage = getMetadataStorage();
  const typeNameOf = (cls: Function | undefined) => storage.objectTypes.find((o) => o.target === cls)?.name ?? cls?.name ?? '?';
  const declared = new Set<string>();
  const missing: string[] = [];
  for (const fr of storage.fieldResolvers) {
    if (!resolvers.includes(fr.target)) continue;
    const typeName = typeNameOf((fr.getObjectType ?? fr.resolverClassMetadata?.getObjectType)?.() as Function | undefined);
    if (fieldPermission(fr.target, fr.methodName)) declared.add(`${typeName}.${fr.schemaName}`);
    else missing.push(`${typeName}.${fr.schemaName}`);
  }
  for (const ot of storage.objectTypes) {
    for (const field of ot.fields ?? []) if (fieldPermission(ot.target, field.name)) declared.add(`${ot.name}.${field.schemaName}`);
  }
  const roots = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name, schema.getSubscriptionType()?.name]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || roots.has(type.name)) continue;
    for (const field of Object.values(type.getFields())) {
      const key = `${type.name}.${field.name}`;
      if (SUBJECT_TYPES.has(getNamedType(field.type).name) && !declared.has(key) && !missing.includes(key)) missing.push(key);
    }
  }
  if (missing.length) throw new Error(`fields without a permission: ${missing.sort().join(', ')}`);
}
