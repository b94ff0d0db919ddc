import { GraphQLError, type GraphQLFormattedError, type ValidationContext } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Ctx } from '../context.js';
import { AppError, CommonError, errorCatalogue } from '../errors.js';

/** Refusals of a request as a whole, before any resolver runs: the client's mistake, answered with HTTP 400. */
export enum RequestError {
  GRAPHQL_PARSE_FAILED = 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED',
  BAD_REQUEST = 'BAD_REQUEST',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  OPERATION_NOT_SUPPORTED = 'OPERATION_NOT_SUPPORTED',
  PERSISTED_QUERY_NOT_SUPPORTED = 'PERSISTED_QUERY_NOT_SUPPORTED',
  OPERATION_RESOLUTION_FAILURE = 'OPERATION_RESOLUTION_FAILURE',
}

export const REQUEST_ERRORS = errorCatalogue<RequestError>('graphql', {
  GRAPHQL_PARSE_FAILED: '查询语句有语法错误',
  GRAPHQL_VALIDATION_FAILED: '查询语句与接口定义不符',
  BAD_REQUEST: '请求格式不正确',
  QUERY_TOO_COMPLEX: '查询过于复杂（层级、别名、指令、词法单元或计算量超出限制），请简化后重试',
  OPERATION_NOT_SUPPORTED: '不支持此类操作（订阅请改用页面刷新）',
  PERSISTED_QUERY_NOT_SUPPORTED: '不支持持久化查询，请直接发送查询语句',
  OPERATION_RESOLUTION_FAILURE: '无法确定要执行的操作，请指定操作名称',
});
const REQUEST_ERROR_MESSAGES = REQUEST_ERRORS.messages;

/** Apollo's own codes for a client's request mistake, with the code the client gets. */
const REQUEST_CODES: Record<string, RequestError | CommonError> = {
  GRAPHQL_PARSE_FAILED: RequestError.GRAPHQL_PARSE_FAILED,
  GRAPHQL_VALIDATION_FAILED: RequestError.GRAPHQL_VALIDATION_FAILED,
  // variables that do not fit their declared types
  BAD_USER_INPUT: CommonError.BAD_USER_INPUT,
  BAD_REQUEST: RequestError.BAD_REQUEST,
  PERSISTED_QUERY_NOT_SUPPORTED: RequestError.PERSISTED_QUERY_NOT_SUPPORTED,
  PERSISTED_QUERY_NOT_FOUND: RequestError.PERSISTED_QUERY_NOT_SUPPORTED,
  OPERATION_RESOLUTION_FAILURE: RequestError.OPERATION_RESOLUTION_FAILURE,
};

/** graphql-js aborts the parse of a document over `parseOptions.maxTokens` with this message. */
const TOO_MANY_TOKENS = /^Syntax Error: Document contains more th(?:an|at) \d+ tokens/;

/**
 * graphql-js stops coercing variables after 50 errors with this error, which names no variable (so
 * Apollo does not mark it BAD_USER_INPUT as it does the 50 before it): the client's mistake all the same.
 */
export const isVariableErrorLimit = (message: string) => message.startsWith('Too many errors processing variables');

/** Codes that are the client's doing (not logged as faults). */
export const isRequestRefusal = (code: string | undefined) =>
  !!code && (code in REQUEST_CODES || Object.values(RequestError).includes(code as RequestError));

/**
 * A request-level error of GraphQL or Apollo (syntax, validation, variables, protocol) as a coded
 * refusal with a Chinese message; the technical detail follows it for the developer of a client.
 * Null for anything else.
 */
export function requestRefusal(formatted: GraphQLFormattedError): GraphQLFormattedError | null {
  const given = formatted.extensions?.code as string | undefined;
  let code = given ? REQUEST_CODES[given] : undefined;
  if (!code && formatted.message === 'provided sha does not match query') code = RequestError.PERSISTED_QUERY_NOT_SUPPORTED;
  if (!code && isVariableErrorLimit(formatted.message)) code = CommonError.BAD_USER_INPUT;
  if (!code) return null;
  if (code === RequestError.GRAPHQL_PARSE_FAILED && TOO_MANY_TOKENS.test(formatted.message)) code = RequestError.QUERY_TOO_COMPLEX;
  const lead = code === CommonError.BAD_USER_INPUT ? '参数不符合要求' : REQUEST_ERROR_MESSAGES[code as RequestError];
  return { message: `${lead}：${formatted.message}`, locations: formatted.locations, path: formatted.path, extensions: { code } };
}

/** The extensions of an AppError as the client sees them (the HTTP status it carries is for the response, not the body). */
export function refusalExtensions(e: AppError) {
  const { http: _http, ...rest } = e.extensions as Record<string, unknown>;
  return rest;
}

/**
 * GraphQL Armor's validation rules report their rejections through this handler: a QUERY_TOO_COMPLEX
 * refusal (Apollo answers validation errors with HTTP 400 and keeps the original error for formatError).
 */
export function rejectTooComplex(ctx: ValidationContext | null, error: GraphQLError) {
  const refusal = new AppError(RequestError.QUERY_TOO_COMPLEX, `${REQUEST_ERROR_MESSAGES[RequestError.QUERY_TOO_COMPLEX]}：${error.message}`);
  if (ctx) ctx.reportError(refusal);
  else throw refusal;
}

/**
 * Subscriptions are not served: refuse one before execution, with HTTP 400, instead of letting
 * graphql-js fail inside execution.
 */
export const refuseSubscriptions: ApolloServerPlugin<Ctx> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation === 'subscription') {
          throw new AppError(RequestError.OPERATION_NOT_SUPPORTED, REQUEST_ERROR_MESSAGES[RequestError.OPERATION_NOT_SUPPORTED], {
            http: { status: 400 },
          });
        }
      },
    };
  },
};
