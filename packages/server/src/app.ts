import { randomUUID } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifyMultipart from '@fastify/multipart';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLFormattedError } from 'graphql';
import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import pino, { type Logger } from 'pino';
import { abilityFor } from '@gongkai/shared';
import type { AppConfig } from './config.js';
import type { Ctx, CookieJar } from './common/context.js';
import { AppError, CommonError, internalMessage, unauthenticated } from './common/errors.js';
import { abilityContextOf, actorOf, completeSetup, findSession } from './common/auth/auth.service.js';
import { openAttachment, storeAttachment } from './common/attachments/attachments.service.js';
import { APPLICATION } from './application.js';
import { anonymousLimits, countPublicRead } from './common/auth/rate-limit.js';
import { appSchema } from './schema.js';
import { assertSameOrigin, parseJsonStrictly, replyWithFault, replyWithRefusal } from './common/http-refusal.js';
import {
  isRequestRefusal,
  isVariableErrorLimit,
  refusalExtensions,
  refuseSubscriptions,
  rejectTooComplex,
  requestRefusal,
} from './common/graphql/format-error.js';
import { dbFault, formatUnavailable, onlyUnavailable, unavailableOnFault } from './common/db/transient.js';
import { securityHeadersOf } from './common/security-headers.js';

export const SESSION_COOKIE = 'gk_session';

/** Largest number of lexical tokens in a GraphQL document; graphql-js stops parsing beyond it. */
const MAX_TOKENS = 3000;

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
  // a client's mistake (bad JSON, too large, wrong type) is a coded 4xx refusal; anything else 500 INTERNAL
  app.setErrorHandler(replyWithFault);
  parseJsonStrictly(app as unknown as FastifyInstance);
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
    // a GraphQL answer is never stored by a cache on the way (Apollo's cache-control plugin, which
    // said so, is off: the app gives no cache hints)
    if (req.url.startsWith('/graphql') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });
  // Security headers on every answer (both SPAs, the API, files), computed once: they depend on the
  // configuration only, never on the request.
  const securityHeaders = securityHeadersOf(config);
  app.addHook('onRequest', (_req, reply, done) => {
    reply.headers(securityHeaders);
    done();
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
    const cookies = cookieJar(req, reply);
    const token = cookies.sessionToken();
    // the request's EntityManager is forked when first used: a request that reads nothing (an anonymous
    // `__typename`, a refusal) pays nothing for it
    let em = token ? orm.em.fork() : undefined;
    const session = em ? await findSession(em, token).catch(unavailableOnFault) : null;
    const user = session?.user.getEntity() ?? null;
    return {
      get em() {
        return (em ??= orm.em.fork());
      },
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
  // rejections are QUERY_TOO_COMPLEX refusals (HTTP 400); the token limit is graphql-js's own parse option
  const reject = { onReject: [rejectTooComplex], propagateOnRejection: false };
  const armor = new ApolloArmor({
    maxDepth: { n: 10, flattenFragments: true, ...reject },
    maxAliases: { n: 15, ...reject },
    maxDirectives: { n: 20, ...reject },
    maxTokens: { enabled: false },
    costLimit: { maxCost: 8000, ...reject },
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
            if (!(e instanceof AppError) && !(e.originalError instanceof AppError) && !isRequestRefusal(code) && !isVariableErrorLimit(e.message)) {
              contextValue.log.error({ err: e.originalError ?? e, path: e.path, requestId: contextValue.requestId }, 'unexpected fault');
            }
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const { errors, data } = response.body.singleResult;
          // a request refused as a whole (nothing executed) is the client's mistake: 400
          if (data === undefined && errors?.length && errors.every((e) => isRequestRefusal(e.extensions?.code as string))) response.http.status = 400;
          // the database could not be reached: 503, and the client may try again
          if (onlyUnavailable(errors)) {
            response.http.status = 503;
            response.http.headers.set('retry-after', '1');
          }
          for (const e of errors ?? []) {
            if (e.extensions?.code === CommonError.INTERNAL) {
              Object.assign(e, { message: internalMessage(contextValue.requestId) });
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
    persistedQueries: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    validationRules: protection.validationRules,
    plugins: [
      ...(protection.plugins as unknown as ApolloServerPlugin<Ctx>[]),
      fastifyApolloDrainPlugin(app) as unknown as ApolloServerPlugin<Ctx>,
      refuseSubscriptions,
      anonymousLimits(config),
      faultReporting,
      // no cache hints are given (the HTTP caching of answers is decided elsewhere): the plugin would
      // only wrap every field's resolver to collect them
      ApolloServerPluginCacheControlDisabled(),
    ],
    formatError: (formatted: GraphQLFormattedError, error: unknown) => {
      const unavailable = formatUnavailable(formatted, error);
      if (unavailable) return unavailable;
      const original = error instanceof AppError ? error : (error as { originalError?: unknown })?.originalError;
      if (original instanceof AppError) {
        return { message: original.message, path: formatted.path, extensions: refusalExtensions(original) };
      }
      const refused = requestRefusal(formatted);
      if (refused) return refused;
      return { message: '服务器内部错误，请稍后重试', path: formatted.path, extensions: { code: CommonError.INTERNAL } };
    },
  });
  await apollo.start();
  await app.register(fastifyApollo(apollo), { context: contextFor });

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

  // ——— the first administrator's one-time setup (an empty production database) ———
  app.post<{ Body: { token?: unknown; password?: unknown } }>('/setup', async (req, reply) => {
    const ctx = await contextFor(req, reply);
    try {
      const body = (req.body ?? {}) as { token?: unknown; password?: unknown };
      if (typeof body.token !== 'string' || typeof body.password !== 'string') {
        throw new AppError(CommonError.BAD_USER_INPUT, '请提供初始化令牌和新密码');
      }
      await completeSetup(ctx, body.token, body.password);
      return { status: 'ok', username: 'admin' };
    } catch (e) {
      return replyWithRefusal(reply, e);
    }
  });

  /**
   * A post a browser makes from another site is refused: its Origin must be this server's own or
   * one of ALLOWED_ORIGINS (Origin "null" included); with no Origin, Sec-Fetch-Site must not say
   * cross-site. A client that is no browser sends neither and is not exposed to cross-site posts.
   */
  // ——— files ———
  app.post('/files', async (req, reply) => {
    const ctx = await contextFor(req, reply);
    try {
      assertSameOrigin(req, config.allowedOrigins);
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
      const a = await storeAttachment(ctx, APPLICATION.attachmentOwners, {
        ownerType: field('ownerType'),
        ownerId,
        fileName: part.filename,
        mimeType: part.mimetype,
        content,
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
      if (!ctx.user) await countPublicRead(ctx, config);
      const { attachment, path: file } = await openAttachment(ctx, APPLICATION.attachmentOwners, req.params.id);
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

  for (const m of APPLICATION.modules) m.routes?.(app as unknown as FastifyInstance, contextFor);

  // ——— the two SPAs ———
  const spas = [
    { prefix: '/admin/', root: config.adminDist },
    { prefix: '/', root: config.portalDist },
  ].filter((s) => existsSync(path.join(s.root, 'index.html')));
  // Vite names what it builds into assets/ by its content: kept a year and never revalidated; a page
  // (index.html, which names the current files) and anything else is revalidated on every use
  spas.forEach((spa, i) => {
    app.register(fastifyStatic, {
      root: spa.root,
      prefix: spa.prefix,
      decorateReply: i === 0,
      index: ['index.html'],
      wildcard: true,
      // the build writes each text file also as .br and .gz: sent as they are to a browser that takes them
      preCompressed: true,
      setHeaders: (reply: FastifyReply, filePath: string) => {
        const hashed = path.relative(spa.root, filePath).startsWith(`assets${path.sep}`);
        reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  });
  app.get('/admin', (_req, reply) => reply.redirect('/admin/'));
  app.setNotFoundHandler((req, reply) => {
    const wantsPage = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
    const spa = spas.find((s) => req.url.startsWith(s.prefix));
    if (wantsPage && spa) {
      return reply
        .type('text/html')
        .header('cache-control', 'no-cache')
        .send(createReadStream(path.join(spa.root, 'index.html')));
    }
    return reply.code(404).send({ code: 'NOT_FOUND', message: '页面不存在' });
  });

  return app;
}
