// Open data: every published figure as CSV and JSON, agreeing with the portal's GraphQL figures;
// nothing unpublished served; the columns' Atom feeds well formed and byte-stable; a bad address
// always a coded 4xx.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSuite, type Suite } from '../support/suite.js';

let s: Suite;
beforeAll(async () => {
  s = await startSuite();
});
afterAll(() => s.close());

const get = (url: string) => s.app.inject({ method: 'GET', url });

/** RFC 4180: fields separated by commas, quoted when they hold a comma, a quote or a line break. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/** A CSV download: UTF-8 with a byte-order mark, the Chinese header row, then the rows. */
async function csvOf(url: string) {
  const res = await get(url);
  expect(res.statusCode, `${url}: ${res.body.slice(0, 200)}`).toBe(200);
  expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
  expect(String(res.headers['content-disposition'])).toMatch(/^attachment; filename="[a-z-]+\.csv"; filename\*=UTF-8''/);
  expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const [header, ...rows] = parseCsv(res.body.slice(1));
  return { header: header!, rows };
}
async function jsonOf(url: string) {
  const res = await get(url);
  expect(res.statusCode, `${url}: ${res.body.slice(0, 200)}`).toBe(200);
  expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
  const body = res.json();
  expect(body).toMatchObject({ definition: expect.any(String), period: expect.any(String), publishedAt: expect.any(String) });
  expect(Number.isNaN(Date.parse(body.publishedAt))).toBe(false);
  expect(body.columns.length).toBeGreaterThan(0);
  return body as { definition: string; period: string; publishedAt: string; columns: { key: string; label: string }[]; rows: any[] };
}
/** The CSV and the JSON of one address say the same: the same headings, the same cells. */
async function both(url: string) {
  const csv = await csvOf(`${url.replace('.json', '.csv')}`);
  const json = await jsonOf(url);
  expect(csv.header).toEqual(json.columns.map((c) => c.label));
  expect(csv.rows).toEqual(json.rows.map((r) => json.columns.map((c) => (r[c.key] === null ? '' : String(r[c.key])))));
  return json;
}
/** A refusal: coded JSON with a Chinese message, of the status given. */
async function refused(url: string, status: number, code: string) {
  const res = await get(url);
  expect(res.statusCode, `${url}: ${res.body.slice(0, 200)}`).toBe(status);
  expect(res.json(), url).toMatchObject({ code, message: expect.stringMatching(/[\u4e00-\u9fff]/) });
}

describe('the catalogue', () => {
  it('lists every dataset with its definition, formats, parameters, columns and published editions, and every feed', async () => {
    const res = await get('/data/catalogue.json');
    expect(res.statusCode).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    const cat = res.json();
    expect(cat.datasets.map((d: any) => d.key)).toEqual([
      'consultation-rates',
      'case-statistics',
      'evaluation-results',
      'assessment-results',
      'annual-report-proactive',
      'annual-report-requests',
      'annual-report-reviews',
    ]);
    for (const d of cat.datasets) {
      expect(d.title).toMatch(/[\u4e00-\u9fff]/);
      expect(d.definition.length).toBeGreaterThan(20);
      expect(d.formats).toEqual(['csv', 'json']);
      expect(d.columns.every((c: any) => /[\u4e00-\u9fff]/.test(c.label))).toBe(true);
      // every edition listed downloads
      for (const e of d.editions.slice(0, 2)) expect((await get(e.csv)).statusCode, e.csv).toBe(200);
    }
    expect(cat.feeds.map((f: any) => f.url)).toEqual([
      '/feeds/documents.xml',
      '/feeds/interpretations.xml',
      '/feeds/consultations.xml',
      '/feeds/meetings.xml',
    ]);
  });
});

describe('the files agree with the portal’s figures', () => {
  it('议题意见征集率 of a quarter, by unit and in total', async () => {
    const year = new Date().getFullYear();
    for (const quarter of [1, 2, 3, 4]) {
      const gql = (
        await s.gql('query($y:Int!,$q:Int!){ consultationRates(year:$y, quarter:$q) { unitName required consulted rate } }', { y: year, q: quarter })
      ).data.consultationRates;
      const json = await both(`/data/consultation-rates.json?year=${year}&quarter=${quarter}`);
      expect(json.period).toBe(`${year}年第${quarter}季度`);
      expect(json.rows).toEqual(gql);
    }
    // the demo's quarters have topics to count
    const cat = (await get('/data/catalogue.json')).json();
    const rates = cat.datasets.find((d: any) => d.key === 'consultation-rates');
    expect(rates.editions[0].parameters).toHaveProperty('quarter');
  });

  it('the published complaint statistics of a period, as frozen', async () => {
    const periods = (await s.gql('{ publicCaseStatisticsReleases { periodKey } }')).data.publicCaseStatisticsReleases;
    expect(periods.length).toBeGreaterThan(0);
    const key = periods[0].periodKey;
    const gql = (
      await s.gql(
        'query($k:String!){ publicCaseStatistics(periodKey:$k) { periodLabel publishedAt byUnit { label received accepted replyRate satisfactionRate averageScore } byKind { label received } byChannel { label received } } }',
        { k: key },
      )
    ).data.publicCaseStatistics;
    const json = await both(`/data/case-statistics.json?period=${key}`);
    expect(json.period).toBe(gql.periodLabel);
    expect(new Date(json.publishedAt).toISOString()).toBe(new Date(gql.publishedAt).toISOString());
    const byUnit = json.rows.filter((r) => r.dimension === '按承办单位');
    expect(
      byUnit.map((r) => ({
        label: r.name,
        received: r.received,
        accepted: r.accepted,
        replyRate: r.replyRate,
        satisfactionRate: r.satisfactionRate,
        averageScore: r.averageScore,
      })),
    ).toEqual(gql.byUnit);
    expect(json.rows.filter((r) => r.dimension === '按类型').map((r) => r.received)).toEqual(gql.byKind.map((r: any) => r.received));
    expect(json.rows.filter((r) => r.dimension === '按渠道').map((r) => r.received)).toEqual(gql.byChannel.map((r: any) => r.received));
    // without a period: the latest published
    expect((await jsonOf('/data/case-statistics.json')).period).toBe(gql.periodLabel);
  });

  it('the evaluation results of the published year', async () => {
    const gql = (
      await s.gql('{ publicEvaluation { year publishedAt rows { unitName rank total previousTotal change dimensions { dimension score } } } }')
    ).data.publicEvaluation;
    const json = await both(`/data/evaluation-results.json?year=${gql.year}`);
    expect(json.period).toBe(`${gql.year}年度`);
    expect(new Date(json.publishedAt).toISOString()).toBe(new Date(gql.publishedAt).toISOString());
    const key = (r: any) => `${r.unitName}`;
    const fromGql = new Map(gql.rows.map((r: any) => [key(r), r]));
    expect(json.rows).toHaveLength(gql.rows.length);
    for (const r of json.rows) {
      const g: any = fromGql.get(key(r));
      expect({ rank: r.rank, total: r.total, previousTotal: r.previousTotal, change: r.change }).toEqual({
        rank: g.rank,
        total: g.total,
        previousTotal: g.previousTotal,
        change: g.change,
      });
      for (const d of g.dimensions) expect(r[d.dimension]).toBe(d.score);
    }
    expect((await jsonOf('/data/evaluation-results.json')).period).toBe(`${gql.year}年度`);
  });

  it('the assessment results of a published year', async () => {
    const gql = (await s.gql('{ publicAssessments { year governmentName publishedAt results { rank unitName routine yearEnd deductions total } } }'))
      .data.publicAssessments;
    const year = gql[0].year;
    const json = await both(`/data/assessment-results.json?year=${year}`);
    expect(json.rows).toEqual(
      gql.filter((a: any) => a.year === year).flatMap((a: any) => a.results.map((r: any) => ({ governmentName: a.governmentName, ...r }))),
    );
  });

  it('the annual report’s tables 二, 三 (依申请公开) and 四 of a published report', async () => {
    const reports = (await s.gql('{ publicAnnualReports { id } }')).data.publicAnnualReports;
    expect(reports.length).toBeGreaterThan(0);
    const id = reports[0].id;
    const { content } = (
      await s.gql(
        'query($id:ID!){ publicAnnualReport(id:$id) { content { tableTwo { key value } tableThree { label values } tableFour { label values } } } }',
        { id },
      )
    ).data.publicAnnualReport;
    const two = await both(`/data/annual-report-proactive.json?report=${id}`);
    expect(two.rows.map((r) => r.value)).toEqual(content.tableTwo.map((c: any) => c.value));
    const three = await both(`/data/annual-report-requests.json?report=${id}`);
    expect(three.rows.map((r) => Object.values(r).slice(1))).toEqual(content.tableThree.map((r: any) => r.values));
    expect(three.columns.at(-1)!.label).toBe('总计');
    const four = await both(`/data/annual-report-reviews.json?report=${id}`);
    expect(four.rows.map((r) => r.item)).toEqual(content.tableFour.map((r: any) => r.label));
    expect(four.rows.map((r) => [r.UPHELD, r.CORRECTED, r.OTHER, r.PENDING, r.TOTAL])).toEqual(content.tableFour.map((r: any) => r.values));
  });
});

describe('only what is published', () => {
  it('an unpublished report, year or period is 404 with a coded refusal', async () => {
    const [draft] = await s.sql(`select id from annual_report where state <> 'PUBLISHED' limit 1`);
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const id of [draft?.id, unknown].filter(Boolean)) {
      for (const table of ['proactive', 'requests', 'reviews'])
        await refused(`/data/annual-report-${table}.csv?report=${id}`, 404, 'OPEN_DATA_NOT_PUBLISHED');
    }
    await refused('/data/evaluation-results.json?year=2019', 404, 'OPEN_DATA_NOT_PUBLISHED');
    await refused('/data/assessment-results.csv?year=2019', 404, 'OPEN_DATA_NOT_PUBLISHED');
    await refused('/data/case-statistics.csv?period=2019-01', 404, 'OPEN_DATA_NOT_PUBLISHED');
    await refused('/data/case-statistics.json?period=2019-Q2', 404, 'OPEN_DATA_NOT_PUBLISHED');
    await refused(`/data/consultation-rates.csv?year=${new Date().getFullYear() + 1}&quarter=1`, 404, 'OPEN_DATA_NOT_PUBLISHED');
    await refused('/data/consultation-rates.csv?year=2016', 404, 'OPEN_DATA_NOT_PUBLISHED');
    await refused('/data/evaluation-results.json?government=00000000-0000-4000-8000-000000000000', 404, 'OPEN_DATA_NOT_PUBLISHED');
    // a draft assessment of a year is not served either
    const [open] = await s.sql(
      `select year from assessment where state <> 'PUBLISHED' and year not in (select year from assessment where state = 'PUBLISHED') limit 1`,
    );
    if (open) await refused(`/data/assessment-results.json?year=${open.year}`, 404, 'OPEN_DATA_NOT_PUBLISHED');
  });

  it('an unknown dataset, format or feed is 404', async () => {
    await refused('/data/secrets.csv', 404, 'OPEN_DATA_UNKNOWN');
    await refused('/data/consultation-rates.xml', 404, 'OPEN_DATA_UNKNOWN');
    await refused('/data/consultation-rates', 404, 'OPEN_DATA_UNKNOWN');
    await refused('/data/..%2Fpackage.json', 404, 'OPEN_DATA_UNKNOWN');
    await refused('/feeds/users.xml', 404, 'OPEN_DATA_UNKNOWN');
    await refused('/feeds/documents.json', 404, 'OPEN_DATA_UNKNOWN');
  });
});

describe('bad parameters', () => {
  it('are coded 4xx refusals naming the parameter, never a 5xx', async () => {
    const cases: [string, string][] = [
      ['/data/consultation-rates.csv?year=abc', 'OPEN_DATA_PARAMETER_INVALID'],
      ['/data/consultation-rates.csv?year=2025&quarter=5', 'OPEN_DATA_PARAMETER_INVALID'],
      ['/data/consultation-rates.csv?year=2025&year=2026', 'OPEN_DATA_PARAMETER_INVALID'],
      ['/data/consultation-rates.json?quarter=', 'OPEN_DATA_PARAMETER_INVALID'],
      ['/data/consultation-rates.json?government=x', 'OPEN_DATA_PARAMETER_INVALID'],
      ['/data/consultation-rates.json?foo=1', 'OPEN_DATA_PARAMETER_UNKNOWN'],
      ['/data/case-statistics.csv?period=2025-13', 'OPEN_DATA_PARAMETER_INVALID'],
      ['/data/case-statistics.csv?period=2025-Q5', 'OPEN_DATA_PARAMETER_INVALID'],
      ['/data/annual-report-requests.csv', 'OPEN_DATA_PARAMETER_INVALID'],
      ['/data/annual-report-requests.csv?report=1%27%20or%201=1', 'OPEN_DATA_PARAMETER_INVALID'],
      ['/data/evaluation-results.json?year=%00', 'OPEN_DATA_PARAMETER_INVALID'],
      ['/data/evaluation-results.json?year=%F0%9F%98%80', 'OPEN_DATA_PARAMETER_INVALID'],
      ['/data/evaluation-results.json?year[]=2025', 'OPEN_DATA_PARAMETER_UNKNOWN'],
    ];
    for (const [url, code] of cases) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json(), url).toMatchObject({ code, message: expect.stringMatching(/[\u4e00-\u9fff]/) });
    }
    // malformed escapes and other odd addresses: refused, never a fault
    for (const url of ['/data/evaluation-results.json?year=%E0%A4%A', '/data/%ZZ.csv', `/data/${'a'.repeat(5000)}.csv`, '/feeds/%00.xml']) {
      const res = await get(url);
      expect(res.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, url).toBeLessThan(500);
    }
  });
});

/**
 * XML 1.0 well-formedness for what a feed may hold (declaration, elements, attributes, text, character
 * and the five predefined entity references): one root, every tag closed in order, attributes quoted
 * and not repeated, no '<' or bare '&' in text, no character XML forbids.
 */
function wellFormed(xml: string): string | null {
  if (!xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n')) return 'no XML declaration';
  // eslint-disable-next-line no-control-regex -- what XML forbids
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(xml)) return 'a character XML forbids';
  const body = xml.slice(xml.indexOf('?>') + 2);
  const open: string[] = [];
  let roots = 0;
  const token = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)|(<)/g;
  for (const m of body.matchAll(token)) {
    const [, close, name, attrs, selfClose, text, stray] = m;
    if (stray) return `a stray "<" at ${m.index}`;
    if (text !== undefined) {
      if (!open.length && text.trim()) return 'text outside the root';
      if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(text)) return `a bare "&" at ${m.index}`;
      continue;
    }
    const names = [...(attrs ?? '').matchAll(/([A-Za-z_][\w.:-]*)\s*=/g)].map((a) => a[1]);
    if (new Set(names).size !== names.length) return `a repeated attribute on <${name}>`;
    if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(attrs ?? '')) return `a bare "&" in an attribute of <${name}>`;
    if (close) {
      if (open.pop() !== name) return `</${name}> closes another element`;
    } else {
      if (!open.length && ++roots > 1) return 'more than one root';
      if (!selfClose) open.push(name!);
    }
  }
  return open.length ? `<${open.at(-1)}> is not closed` : null;
}

describe('the columns’ Atom feeds', () => {
  it('parse as Atom with the required elements, stable ids and links to the portal, and the same bytes twice', async () => {
    const docs = (await s.gql('{ publicDocuments(page:1, pageSize:5) { items { id title } } }')).data.publicDocuments.items;
    for (const column of ['documents', 'interpretations', 'consultations', 'meetings']) {
      const first = await get(`/feeds/${column}.xml`);
      expect(first.statusCode).toBe(200);
      expect(first.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
      const xml = first.body;
      expect(wellFormed(xml), column).toBeNull();
      expect(xml).toMatch(/^<\?xml[^>]*>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom" xml:lang="zh-CN">/);
      // the feed: id, title, updated, author, its own address and the column's page
      for (const el of ['<id>', '<title>', '<updated>', '<author><name>']) expect(xml.split('<entry>')[0], `${column} ${el}`).toContain(el);
      expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="http://localhost:80/feeds/${column}.xml"/>`);
      const entries = xml.split('<entry>').slice(1);
      expect(entries.length, column).toBeGreaterThan(0);
      for (const e of entries) {
        expect(e).toMatch(/<id>urn:uuid:[0-9a-f-]{36}<\/id>/);
        expect(e).toMatch(/<title>[^<]+<\/title>/);
        expect(e).toMatch(/<updated>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|\+08:00)<\/updated>/);
        const [, id] = /<id>urn:uuid:([0-9a-f-]{36})<\/id>/.exec(e)!;
        expect(e).toContain(`<link rel="alternate" type="text/html" href="http://localhost:80/${column}/${id}"/>`);
      }
      const second = await get(`/feeds/${column}.xml`);
      expect(second.rawPayload.equals(first.rawPayload), column).toBe(true);
    }
    // a published document is in its column's feed, with its title
    const feed = (await get('/feeds/documents.xml')).body;
    expect(feed).toContain(`<id>urn:uuid:${docs[0].id}</id>`);
  });

  it('escape what a title may hold', async () => {
    const { xmlText } = await import('../../packages/server/src/modules/open-data/open-data.feeds.js');
    expect(xmlText('A&B <c> "d" \u0001\ud800e')).toBe('A&amp;B &lt;c&gt; &quot;d&quot; e');
    expect(wellFormed(`<?xml version="1.0" encoding="utf-8"?>\n<feed><title>${xmlText('<x>&amp;')}</title></feed>`)).toBeNull();
    expect(wellFormed(`<?xml version="1.0" encoding="utf-8"?>\n<feed><title>a & b</title></feed>`)).not.toBeNull();
    expect(wellFormed(`<?xml version="1.0" encoding="utf-8"?>\n<feed><a></feed>`)).not.toBeNull();
  });
});
