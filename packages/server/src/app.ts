import { randomUUID } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifyMultipart from '@fastify/multipart';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLFormattedError } from 'graphql';
import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import pino, { type Logger } from 'pino';
import { abilityFor } from '@gongkai/shared';
import type { AppConfig } from './config.js';
import type { Ctx, CookieJar } from './common/context.js';
import { AppError, CommonError, unauthenticated } from './common/errors.js';
import { abilityContextOf, actorOf, findSession } from './common/auth/auth.service.js';
import { openAttachment, storeAttachment } from './common/attachments/attachments.service.js';
import { ATTACHMENT_OWNERS } from './attachment-owners.js';
import { appSchema } from './schema.js';
import { replyWithRefusal } from './common/http-refusal.js';
import { dbFault, formatUnavailable, onlyUnavailable, SERVICE_UNAVAILABLE, unavailableOnFault } from './common/db/transient.js';
import { registerDocumentRoutes } from './modules/documents/documents.http.js';
import { registerMeetingRoutes } from './modules/meetings/meetings.notice.js';
import { registerEvaluationRoutes } from './modules/evaluation/evaluation.export.js';

export const SESSION_COOKIE = 'gk_session';

/** Business refusals and GraphQL's own request errors reach the client as they are; anything else is INTERNAL. */
const PASS_THROUGH = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE']);

export interface BuildOptions {
  config: AppConfig;
  orm: MikroORM<PostgreSqlDriver>;
  logger?: Logger;
}

export async function buildApp({ config, orm, logger }: BuildOptions) {
  const log = logger ?? pino({ level: config.logLevel, base: { service: 'gongkai' } });
  const app = Fastify({
    loggerInstance: log,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    trustProxy: process.env.TRUST_PROXY === 'true',
    bodyLimit: 1024 * 1024,
  });
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
  });

  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, { limits: { fileSize: config.maxUploadBytes, files: 1, fields: 10 } });

  const cookieJar = (req: FastifyRequest, reply: FastifyReply): CookieJar => ({
    sessionToken: () => req.cookies[SESSION_COOKIE],
    setSession: (token, expiresAt) =>
      reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: config.cookieSecure, path: '/', expires: expiresAt }),
    clearSession: () => reply.clearCookie(SESSION_COOKIE, { path: '/' }),
  });

  async function contextFor(req: FastifyRequest, reply: FastifyReply): Promise<Ctx> {
    const em = orm.em.fork();
    const cookies = cookieJar(req, reply);
    const session = await findSession(em, cookies.sessionToken()).catch(unavailableOnFault);
    const user = session?.user.getEntity() ?? null;
    return {
      em,
      user,
      actor: user ? actorOf(user) : null,
      ability: abilityFor(user ? abilityContextOf(user) : null),
      requestId: String(req.id),
      address: req.ip ?? null,
      config,
      log: req.log,
      cookies,
    };
  }

  // ——— GraphQL ———
  const armor = new ApolloArmor({
    maxDepth: { n: 10, flattenFragments: true },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    maxTokens: { n: 3000 },
    costLimit: { maxCost: 8000 },
    blockFieldSuggestion: { enabled: config.production },
  });
  const protection = armor.protect();
  // Unexpected faults are logged with the request id, and the client gets that id to quote.
  const faultReporting: ApolloServerPlugin<Ctx> = {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const e of errors) {
            const code = e.extensions?.code as string | undefined;
            if (dbFault(e.originalError)) {
              contextValue.log.warn({ err: e.originalError, path: e.path, requestId: contextValue.requestId }, 'database unavailable');
              continue;
            }
            if (!(e.originalError instanceof AppError) && !(code && PASS_THROUGH.has(code))) {
              contextValue.log.error({ err: e.originalError ?? e, path: e.path, requestId: contextValue.requestId }, 'unexpected fault');
            }
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          // the database could not be reached: 503, and the client may try again
          if (onlyUnavailable(response.body.singleResult.errors)) {
            response.http.status = 503;
            response.http.headers.set('retry-after', '1');
          }
          for (const e of response.body.singleResult.errors ?? []) {
            if (e.extensions?.code === CommonError.INTERNAL) {
              Object.assign(e, { message: `服务器内部错误，请稍后重试（请求编号 ${contextValue.requestId}）` });
              Object.assign(e.extensions!, { requestId: contextValue.requestId });
            }
          }
        },
      };
    },
  };
  const apollo = new ApolloServer<Ctx>({
    schema: await appSchema(),
    introspection: !config.production,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    validationRules: protection.validationRules,
    plugins: [...(protection.plugins as unknown as ApolloServerPlugin<Ctx>[]), fastifyApolloDrainPlugin(app) as unknown as ApolloServerPlugin<Ctx>, faultReporting],
    formatError: (formatted: GraphQLFormattedError, error: unknown) => {
      const unavailable = formatUnavailable(formatted, error);
      if (unavailable) return unavailable;
      const original = (error as { originalError?: unknown })?.originalError;
      if (original instanceof AppError) {
        return { message: original.message, path: formatted.path, extensions: { ...original.extensions } };
      }
      const code = formatted.extensions?.code as string | undefined;
      if (code && PASS_THROUGH.has(code)) {
        return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
      }
      return { message: '服务器内部错误，请稍后重试', path: formatted.path, extensions: { code: CommonError.INTERNAL } };
    },
  });
  await apollo.start();
  await app.register(fastifyApollo(apollo), { context: contextFor });

  // A plain route that could not reach the database: 503, and the client may try again.
  app.setErrorHandler((error, _req, reply) => {
    const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
    if (code !== SERVICE_UNAVAILABLE && !dbFault(error)) throw error;
    reply.log.warn({ err: error }, 'database unavailable');
    return reply.code(503).header('retry-after', '1').send({ code: SERVICE_UNAVAILABLE, message: '系统繁忙，请稍后重试', retryable: true });
  });

  // ——— health ———
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_req, reply) => {
    try {
      await orm.em.getConnection().execute('select 1');
      return { status: 'ready' };
    } catch {
      return reply.code(503).send({ status: 'database unreachable' });
    }
  });

  // ——— files ———
  app.post('/files', async (req, reply) => {
    const ctx = await contextFor(req, reply);
    try {
      if (!ctx.user) throw unauthenticated();
      if (!req.isMultipart()) throw new AppError(CommonError.BAD_USER_INPUT, '请以表单方式上传文件');
      const part = await req.file();
      if (!part) throw new AppError(CommonError.BAD_USER_INPUT, '没有收到文件', { field: 'file' });
      const field = (name: string) => {
        const f = part.fields[name] as { value?: unknown } | undefined;
        return typeof f?.value === 'string' ? f.value : '';
      };
      let content: Buffer;
      try {
        content = await part.toBuffer();
      } catch {
        throw new AppError('FILE_TOO_LARGE', `文件不能超过${Math.round(config.maxUploadBytes / 1024 / 1024)}MB`, { field: 'file' });
      }
      const ownerId = field('ownerId');
      if (!/^[0-9a-f-]{36}$/i.test(ownerId)) throw new AppError(CommonError.BAD_USER_INPUT, '编号格式不正确', { field: 'ownerId' });
      const a = await storeAttachment(ctx, ATTACHMENT_OWNERS, {
        ownerType: field('ownerType'), ownerId, fileName: part.filename, mimeType: part.mimetype, content,
      });
      return { id: a.id, fileName: a.fileName, mimeType: a.mimeType, size: a.size, sha256: a.sha256, createdAt: a.createdAt, url: a.url };
    } catch (e) {
      return replyWithRefusal(reply, e);
    }
  });
  app.get<{ Params: { id: string } }>('/files/:id', async (req, reply) => {
    const ctx = await contextFor(req, reply);
    try {
      if (!/^[0-9a-f-]{36}$/i.test(req.params.id)) throw new AppError(CommonError.NOT_FOUND, '附件不存在或无权查看');
      const { attachment, path: file } = await openAttachment(ctx, ATTACHMENT_OWNERS, req.params.id);
      reply.header('content-type', attachment.mimeType);
      reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`);
      // what an anonymous visitor may read is public (a published topic's files, a published interpretation's
      // images): caches may keep it a while; a file's content never changes under its id
      reply.header('cache-control', ctx.user ? 'private, no-store' : 'public, max-age=3600');
      return reply.send(createReadStream(file));
    } catch (e) {
      return replyWithRefusal(reply, e);
    }
  });

  registerDocumentRoutes(app as unknown as FastifyInstance, contextFor);
  registerMeetingRoutes(app as unknown as FastifyInstance, contextFor);
  registerEvaluationRoutes(app as unknown as FastifyInstance, contextFor);

  // ——— the two SPAs ———
  const spas = [
    { prefix: '/admin/', root: config.adminDist },
    { prefix: '/', root: config.portalDist },
  ].filter((s) => existsSync(path.join(s.root, 'index.html')));
  spas.forEach((spa, i) => {
    app.register(fastifyStatic, { root: spa.root, prefix: spa.prefix, decorateReply: i === 0, index: ['index.html'], wildcard: true });
  });
  app.get('/admin', (_req, reply) => reply.redirect('/admin/'));
  app.setNotFoundHandler((req, reply) => {
    const wantsPage = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
    const spa = spas.find((s) => req.url.startsWith(s.prefix));
    if (wantsPage && spa) {
      return reply.type('text/html').send(createReadStream(path.join(spa.root, 'index.html')));
    }
    return reply.code(404).send({ code: 'NOT_FOUND', message: '页面不存在' });
  });

  return app;
}
