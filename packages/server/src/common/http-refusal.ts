import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, CommonError, errorCatalogue, internalMessage, loneSurrogateAt } from './errors.js';

/** Refusals of a plain HTTP request before any route runs (its body, its size, its type). */
export enum HttpError {
  BODY_INVALID = 'BODY_INVALID',
  BODY_TOO_LARGE = 'BODY_TOO_LARGE',
  MEDIA_TYPE_UNSUPPORTED = 'MEDIA_TYPE_UNSUPPORTED',
  BAD_REQUEST = 'BAD_REQUEST',
  ORIGIN_REFUSED = 'ORIGIN_REFUSED',
  CONTENT_MISMATCH = 'CONTENT_MISMATCH',
}

export const HTTP_ERRORS = errorCatalogue<HttpError>('http', {
  BODY_INVALID: '请求内容格式不正确',
  BODY_TOO_LARGE: '请求内容过大',
  MEDIA_TYPE_UNSUPPORTED: '不支持的请求内容类型',
  BAD_REQUEST: '请求格式不正确',
  ORIGIN_REFUSED: '请求来源不被允许（跨站提交）',
  CONTENT_MISMATCH: '文件内容与其类型或扩展名不符',
});
const HTTP_ERROR_MESSAGES = HTTP_ERRORS.messages;

/** Fastify's and its plugins' error codes for a client's mistake, with the refusal to give. */
const FASTIFY_REFUSALS: Record<string, { code: HttpError; message?: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: HttpError.BODY_INVALID, message: '请求内容不是有效的JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: HttpError.BODY_INVALID, message: '请求内容为空' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: HttpError.BODY_INVALID, message: '请求内容长度与声明不符' },
  FST_ERR_CTP_EMPTY_TYPE: { code: HttpError.MEDIA_TYPE_UNSUPPORTED },
  FST_ERR_CTP_INVALID_TYPE: { code: HttpError.MEDIA_TYPE_UNSUPPORTED },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: HttpError.MEDIA_TYPE_UNSUPPORTED },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: HttpError.BODY_TOO_LARGE },
  FST_PARTS_LIMIT: { code: HttpError.BODY_TOO_LARGE, message: '表单项过多' },
  FST_FILES_LIMIT: { code: HttpError.BODY_TOO_LARGE, message: '一次只能上传一个文件' },
  FST_FIELDS_LIMIT: { code: HttpError.BODY_TOO_LARGE, message: '表单项过多' },
  FST_REQ_FILE_TOO_LARGE: { code: HttpError.BODY_TOO_LARGE, message: '文件过大' },
  FST_PROTO_VIOLATION: { code: HttpError.BODY_INVALID },
  FST_INVALID_MULTIPART_CONTENT_TYPE: { code: HttpError.MEDIA_TYPE_UNSUPPORTED, message: '请以表单方式上传文件' },
  FST_INVALID_JSON_FIELD_ERROR: { code: HttpError.BODY_INVALID },
  FST_MP_PREMATURE_CLOSE: { code: HttpError.BODY_INVALID, message: '上传未完成即中断' },
};

const STATUS: Record<string, number> = {
  [CommonError.UNAUTHENTICATED]: 401,
  [CommonError.FORBIDDEN]: 403,
  [HttpError.ORIGIN_REFUSED]: 403,
  SETUP_TOKEN_INVALID: 403,
  [CommonError.NOT_FOUND]: 404,
  [HttpError.BODY_TOO_LARGE]: 413,
  [HttpError.MEDIA_TYPE_UNSUPPORTED]: 415,
  [HttpError.CONTENT_MISMATCH]: 415,
  [CommonError.RATE_LIMITED]: 429,
  TOO_MANY_ATTEMPTS: 429,
};
const statusOf = (code: string) => STATUS[code] ?? 400;
import { dbFault, SERVICE_UNAVAILABLE } from './db/transient.js';

/** For plain HTTP routes (files, printable documents): a refusal as JSON with the matching status; anything else is rethrown. */
export function replyWithRefusal(reply: FastifyReply, e: unknown) {
  // a database fault (SERVICE_UNAVAILABLE included) is answered 503 by the app's error handler
  if (!(e instanceof AppError) || e.extensions.code === SERVICE_UNAVAILABLE) throw e;
  const code = e.extensions.code as string;
  if (typeof e.extensions.retryAfter === 'number') reply.header('retry-after', String(e.extensions.retryAfter));
  return reply.code(statusOf(code)).send({ code, message: e.message, field: e.extensions.field });
}

/** A refusal of the request as a whole; on the GraphQL endpoint in GraphQL's shape, so that its clients read it as any other. */
function refuse(req: FastifyRequest, reply: FastifyReply, status: number, code: string, message: string, extra: Record<string, unknown> = {}) {
  if (req.url.split('?')[0] === '/graphql') return reply.code(status).send({ errors: [{ message, extensions: { code, ...extra } }] });
  return reply.code(status).send({ code, message, ...extra });
}

/**
 * The last word on a failed HTTP request: a client's mistake (bad JSON, too large, wrong type) is a
 * coded 4xx refusal in Chinese; anything else is logged and answered 500 INTERNAL with the request id.
 */
export function replyWithFault(error: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  // a route that could not reach the database: 503, and the client may try again
  if ((error as { extensions?: { code?: unknown } }).extensions?.code === SERVICE_UNAVAILABLE || dbFault(error)) {
    req.log.warn({ err: error }, 'database unavailable');
    reply.header('retry-after', '1');
    return refuse(req, reply, 503, SERVICE_UNAVAILABLE, '系统繁忙，请稍后重试', { retryable: true });
  }
  if (error instanceof AppError) {
    const code = error.extensions.code as string;
    return refuse(req, reply, statusOf(code), code, error.message, error.extensions.field ? { field: error.extensions.field } : {});
  }
  const known = error.code ? FASTIFY_REFUSALS[error.code] : undefined;
  const status = error.statusCode ?? 500;
  if (known || (status >= 400 && status < 500)) {
    const code = known?.code ?? HttpError.BAD_REQUEST;
    return refuse(req, reply, known ? statusOf(code) : status, code, known?.message ?? HTTP_ERROR_MESSAGES[code]);
  }
  req.log.error({ err: error, requestId: req.id }, 'unexpected fault');
  return refuse(req, reply, 500, CommonError.INTERNAL, internalMessage(String(req.id)), { requestId: req.id });
}

/**
 * JSON bodies are parsed as Fastify does (prototype poisoning refused), and a string holding a
 * lone surrogate escape (such as "\ud800"), which no database column can store, is refused here.
 */
export function parseJsonStrictly(app: FastifyInstance) {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    parse(req, body as string, (err, value) => {
      if (err) return done(err, undefined);
      const where = loneSurrogateAt(value);
      if (where !== null)
        return done(
          new AppError(CommonError.BAD_USER_INPUT, `请求内容含有不完整的Unicode字符${where ? `（${where}）` : ''}`, where ? { field: where } : {}),
          undefined,
        );
      done(null, value);
    });
  });
}

/**
 * Writes from the browser come from the system's own pages: a request whose Origin is another site's
 * (or that the browser marks cross-site) is refused, whatever cookie it carries.
 */
export function assertSameOrigin(req: FastifyRequest, allowedOrigins: readonly string[]) {
  const origin = req.headers.origin;
  if (origin !== undefined) {
    const own = `${req.protocol}://${req.host}`;
    if (origin !== own && !allowedOrigins.includes(origin)) {
      throw new AppError(HttpError.ORIGIN_REFUSED, '请求来源不被允许：请从本系统页面上传文件');
    }
  } else if (req.headers['sec-fetch-site'] === 'cross-site') {
    throw new AppError(HttpError.ORIGIN_REFUSED, '请求来源不被允许：请从本系统页面上传文件');
  }
}
