// GET /data/catalogue.json, /data/<dataset>.csv|json?<parameters> and /feeds/<column>.xml: public,
// anonymous, counted like the portal's other reads; a refusal is coded JSON (404 when there is
// nothing published to serve, 400 for a parameter in the wrong form), never a 5xx.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { stringify } from 'csv-stringify/sync';
import type { ContextFor } from '../../common/modules.js';
import type { Ctx } from '../../common/context.js';
import { AppError } from '../../common/errors.js';
import { replyWithRefusal } from '../../common/http-refusal.js';
import { countPublicRead } from '../../common/auth/rate-limit.js';
import { DATASETS, FEEDS, datasetByKey, feedByKey, type Dataset, type Format } from './open-data.catalogue.js';
import { SOURCES, checkParameters, type Params, type Table } from './open-data.tables.js';
import { atomFeed } from './open-data.feeds.js';
import { NOT_THERE, OpenDataError as E } from './open-data.errors.js';

/** The stable address of a dataset's file, its parameters in the catalogue's order. */
export function dataUrl(dataset: Dataset, format: Format, parameters: Params = {}) {
  const query = new URLSearchParams(dataset.parameters.filter((p) => parameters[p.name]).map((p) => [p.name, parameters[p.name]!]));
  return `/data/${dataset.key}.${format}${query.size ? `?${query}` : ''}`;
}

/** The JSON file: what the figures are, of which period, published when, and the rows. */
export function tableJson(dataset: Dataset, t: Table) {
  return {
    dataset: dataset.key,
    title: dataset.title,
    definition: dataset.definition,
    period: t.period,
    subject: t.subject,
    publishedAt: t.publishedAt,
    parameters: t.parameters,
    page: dataset.page,
    csv: dataUrl(dataset, 'csv', t.parameters),
    columns: dataset.columns.map((c) => ({ ...c, ...(t.columnDefinitions?.[c.key] ? { definition: t.columnDefinitions[c.key] } : {}) })),
    rows: t.rows,
  };
}

/** The CSV file: the header row in Chinese and the rows, nothing else; with a byte-order mark so that Excel reads it as UTF-8. */
export function tableCsv(dataset: Dataset, t: Table) {
  return '\ufeff' + stringify([dataset.columns.map((c) => c.label), ...t.rows.map((r) => dataset.columns.map((c) => r[c.key] ?? ''))]);
}

async function catalogue(ctx: Ctx) {
  return {
    title: '政务公开开放数据',
    description:
      '门户网站公布的各项统计数字，以CSV（UTF-8，带字节顺序标记，首行为中文表头）和JSON提供；JSON另载口径（definition）、统计期（period）和公布时间（publishedAt）。',
    datasets: await Promise.all(
      DATASETS.map(async (d) => ({
        ...d,
        csv: dataUrl(d, 'csv'),
        json: dataUrl(d, 'json'),
        editions: (await SOURCES[d.key]!.editions(ctx)).map((e) => ({
          ...e,
          csv: dataUrl(d, 'csv', e.parameters),
          json: dataUrl(d, 'json', e.parameters),
        })),
      })),
    ),
    feeds: FEEDS.map((f) => ({ ...f, url: `/feeds/${f.key}.xml` })),
  };
}

function refuse(reply: FastifyReply, e: unknown) {
  if (e instanceof AppError && NOT_THERE.includes(e.extensions.code as string)) {
    return reply.code(404).send({ code: e.extensions.code, message: e.message });
  }
  return replyWithRefusal(reply, e);
}

/** Open data is for everyone's use, other sites' pages included. */
function openHeaders(reply: FastifyReply, type: string) {
  reply.header('content-type', type);
  reply.header('cache-control', 'public, max-age=300');
  reply.header('access-control-allow-origin', '*');
  reply.header('cross-origin-resource-policy', 'cross-origin');
}

export function registerOpenDataRoutes(app: FastifyInstance, contextFor: ContextFor) {
  const publicContext = async (req: FastifyRequest, reply: FastifyReply) => {
    const ctx = await contextFor(req, reply);
    if (!ctx.user) await countPublicRead(ctx, ctx.config);
    return ctx;
  };

  app.get('/data/catalogue.json', async (req, reply) => {
    try {
      const ctx = await publicContext(req, reply);
      openHeaders(reply, 'application/json; charset=utf-8');
      return reply.send(JSON.stringify(await catalogue(ctx), null, 2));
    } catch (e) {
      return refuse(reply, e);
    }
  });

  app.get<{ Params: { file: string }; Querystring: Record<string, unknown> }>('/data/:file', async (req, reply) => {
    try {
      const m = /^([a-z-]+)\.(csv|json)$/.exec(req.params.file);
      const dataset = m ? datasetByKey(m[1]!) : undefined;
      if (!m || !dataset) throw new AppError(E.UNKNOWN, '没有这个开放数据集');
      const params = checkParameters(dataset, req.query ?? {});
      const ctx = await publicContext(req, reply);
      const table = await SOURCES[dataset.key]!.table(ctx, params);
      if (m[2] === 'json') {
        openHeaders(reply, 'application/json; charset=utf-8');
        return reply.send(JSON.stringify(tableJson(dataset, table), null, 2));
      }
      openHeaders(reply, 'text/csv; charset=utf-8');
      const name = `${dataset.title}-${table.period}${table.subject && dataset.parameters.some((p) => p.name === 'report') ? `-${table.subject}` : ''}.csv`;
      reply.header('content-disposition', `attachment; filename="${dataset.key}.csv"; filename*=UTF-8''${encodeURIComponent(name)}`);
      return reply.send(tableCsv(dataset, table));
    } catch (e) {
      return refuse(reply, e);
    }
  });

  app.get<{ Params: { file: string } }>('/feeds/:file', async (req, reply) => {
    try {
      const m = /^([a-z-]+)\.xml$/.exec(req.params.file);
      const feed = m ? feedByKey(m[1]!) : undefined;
      if (!feed) throw new AppError(E.UNKNOWN, '没有这个订阅源');
      const ctx = await publicContext(req, reply);
      const xml = await atomFeed(ctx, feed, `${req.protocol}://${req.host}`);
      openHeaders(reply, 'application/atom+xml; charset=utf-8');
      return reply.send(xml);
    } catch (e) {
      return refuse(reply, e);
    }
  });
}
