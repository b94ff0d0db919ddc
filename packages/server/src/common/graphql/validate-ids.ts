import { getNamedType, isInputObjectType, isListType, isNonNullType, type GraphQLInputType } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import type { Ctx } from '../context.js';
import { AppError, CommonError, isIllFormedText } from '../errors.js';

/** Text no column can store is refused with HTTP 400, like a variable of the wrong type. */
const malformed = (message: string, field: string) => new AppError(CommonError.BAD_USER_INPUT, message, { field, http: { status: 400 } });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function check(type: GraphQLInputType, value: unknown, field: string) {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return check(type.ofType, value, field);
  if (isListType(type)) {
    for (const v of value as unknown[]) check(type.ofType, v, field);
    return;
  }
  const named = getNamedType(type);
  // an address with a mistyped id names no record: a coded refusal in the answer (HTTP 200), as for one not found
  if (named.name === 'ID' && !UUID.test(String(value))) throw new AppError(CommonError.BAD_USER_INPUT, '编号格式不正确', { field });
  if (typeof value === 'string' && isIllFormedText(value)) {
    throw malformed(`“${field}”含有无法保存的字符（空字符或不完整的Unicode字符），请删除后重试`, field);
  }
  if (isInputObjectType(named)) {
    for (const [name, f] of Object.entries(named.getFields())) check(f.type, (value as Record<string, unknown>)[name], name);
  }
}

/**
 * Every ID argument of an operation (also inside inputs) is a UUID, so that a bad one is refused
 * before it reaches SQL; and no string argument holds a NUL character or a lone surrogate, which
 * PostgreSQL cannot store.
 */
export const validateIds: MiddlewareFn<Ctx> = async ({ info, args }, next) => {
  for (const arg of info.parentType.getFields()[info.fieldName].args) check(arg.type, args[arg.name], arg.name);
  return next();
};
