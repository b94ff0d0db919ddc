// Benchmark: the full-text search (站内检索) at scale. See README.md beside this file.
// Run by `pnpm bench:search`, which sets the TypeScript compiler options the server needs.
//
// 1. Generates BENCH_DOCS policy documents (200,000; three in five issued and public) in SQL, of
//    routine wording, one in ten with a sentence of the hand-labelled corpus, plus the corpus itself.
// 2. Builds the search index (segmentation in the server, as a start after a version change does).
// 3. Two-word queries through the app's search (searchPublished: the kinds' counts and the page),
//    against the very same two statements run raw through pg, and against today's way before the
//    search (ILIKE on title and body, with the count), alternated in this run; medians and ratios.
// 4. Relevance: the hand-labelled queries over the whole set; the expected document in the top 3.
import { startBenchDatabase } from './database.js'; // first: loads reflect-metadata
import pg from 'pg';
import { contextAs } from '../../packages/server/src/common/seed-context.js';
import { rebuildSearchIndex } from '../../packages/server/src/common/search/search.index.js';
import { parseQuery } from '../../packages/server/src/common/search/segment.js';
import { searchPublished } from '../../packages/server/src/common/search/search.service.js';
import { demoUnitId, demoUserId } from '../../packages/server/src/modules/organisation/organisation.seed.js';
import { CORPUS, LABELLED_QUERIES } from '../../test/support/search-corpus.js';
import { generateDocuments, GENERATED_UNITS as units } from './documents.generator.js';
import { setting, median } from './settings.js';

const DOCS = setting('BENCH_DOCS', 200_000, 1000);
const ROUNDS = setting('BENCH_ROUNDS', 15, 3);
/** The goals: the app within 2× of its raw SQL, and at least 10× faster than ILIKE. */
const RAW_RATIO_MAX = 2;
const ILIKE_RATIO_MIN = 10;
const QUERIES = ['老旧小区 加装电梯', '困难群众 取暖补贴', '食品安全 抽检', '义务教育 招生'];

const log = (m: string) => console.log(`[bench] ${m}`);
const ms = (n: number) => `${n.toFixed(2)} ms`;
async function timed(fn: () => Promise<unknown>) {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

const cleanups: (() => Promise<unknown>)[] = [];
let failed = false;
try {
  const { databaseUrl, config, orm } = await startBenchDatabase(cleanups, log);
  // the generated documents speak of other things, and one in ten also carries one sentence of the
  // labelled corpus: the labelled documents compete with many that share some of their words
  const sentences = CORPUS.flatMap((c) => c.body.split(/(?<=。)/).filter(Boolean));

  log(`generating ${DOCS.toLocaleString()} documents`);
  const t0 = performance.now();
  await generateDocuments(orm.em.getConnection(), DOCS, sentences);
  // the labelled corpus itself, issued and public, among them
  const corpusIds = new Map<string, string>();
  for (const c of CORPUS) {
    const [{ id }] = await orm.em.getConnection().execute<{ id: string }[]>(
      `insert into policy_document (id, kind, title, body, lead_unit_id, government_id, co_unit_ids, interpretation_forms, state,
          disclosure_attribute, created_by_id, created_by_name, issue_date, document_number, classified)
       values (gen_random_uuid(), 'GOVERNMENT', ?, ?, ?, ?, '{}', '{}', 'ISSUED', 'PROACTIVE', ?, '基准', '2026-06-01', ?, false) returning id`,
      [c.title, c.body, units[0], demoUnitId('city'), demoUserId('jiaoyu.staff'), c.number || null],
    );
    corpusIds.set(c.key, id);
  }
  await orm.em.getConnection().execute('analyze policy_document');
  log(`generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  log('building the search index (segmenting every public document and every document for the staff)');
  const t1 = performance.now();
  const indexed = await rebuildSearchIndex(orm.em.fork());
  await orm.em.getConnection().execute('analyze search_entry');
  log(`indexed ${indexed.toLocaleString()} items in ${((performance.now() - t1) / 1000).toFixed(1)} s`);

  const ctx = await contextAs(orm.em.fork(), config, null);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  cleanups.push(() => client.end());
  const kinds = '{document,interpretation,topic,pressRelease,annualReport,case}';

  console.log('');
  console.log('| query | hits | app (median) | raw SQL | app/raw | ILIKE | ILIKE/app |');
  console.log('|---|---|---|---|---|---|---|');
  for (const query of QUERIES) {
    const tsquery = parseQuery(query)!.tsquery;
    const words = query.split(' ');
    const app = () => searchPublished({ ...ctx, em: orm.em.fork() }, { query, page: 1, pageSize: 10 });
    const raw = async () => {
      await client.query({
        name: 'count',
        text: `select e.kind, count(*)::int as n from search_entry e where e.kind = any($1::text[]) and e.tsv @@ to_tsquery('simple', $2) group by e.kind`,
        values: [kinds, tsquery],
      });
      await client.query({
        name: 'page',
        text: `select e.kind, e.item_id, e.title, e.number, e.body, e.published_at, u.name as unit_name, e.path
                 from search_entry e left join unit u on u.id = e.unit_id
                where e.kind = any($1::text[]) and e.tsv @@ to_tsquery('simple', $2)
                order by ts_rank(e.tsv, to_tsquery('simple', $2)) desc, e.published_at desc nulls last, e.item_id limit 10`,
        values: [kinds, tsquery],
      });
    };
    const likeWhere = words.map((_, i) => `(title ilike $${i + 1} or body ilike $${i + 1})`).join(' and ');
    const likeParams = words.map((w) => `%${w}%`);
    const publicDocs = `state in ('ISSUED') and not classified and disclosure_attribute in ('PROACTIVE', 'ON_APPLICATION')`;
    const ilike = async () => {
      await client.query(`select count(*) from policy_document where ${publicDocs} and ${likeWhere}`, likeParams);
      await client.query(
        `select id, title from policy_document where ${publicDocs} and ${likeWhere} order by issue_date desc, number_seq desc limit 10`,
        likeParams,
      );
    };
    const hits = (await app()).total;
    const times = { app: [] as number[], raw: [] as number[], ilike: [] as number[] };
    for (let r = 0; r < ROUNDS; r++) {
      times.app.push(await timed(app));
      times.raw.push(await timed(raw));
      if (r < 3) times.ilike.push(await timed(ilike)); // ILIKE is slow: three rounds are enough
    }
    const [a, w, l] = [median(times.app), median(times.raw), median(times.ilike)];
    const rawRatio = a / w;
    const likeRatio = l / a;
    if (rawRatio > RAW_RATIO_MAX || likeRatio < ILIKE_RATIO_MIN) failed = true;
    console.log(`| ${query} | ${hits} | ${ms(a)} | ${ms(w)} | ${rawRatio.toFixed(2)}× | ${ms(l)} | ${likeRatio.toFixed(1)}× |`);
  }

  console.log('');
  let top3 = 0;
  const misses: string[] = [];
  for (const q of LABELLED_QUERIES) {
    const r = await searchPublished({ ...ctx, em: orm.em.fork() }, { query: q.query, kinds: ['document'], page: 1, pageSize: 3 });
    if (r.items.some((i) => i.id === corpusIds.get(q.expect))) top3++;
    else misses.push(q.query);
  }
  log(
    `relevance: ${top3} of ${LABELLED_QUERIES.length} labelled queries find their document in the top 3 among ${DOCS.toLocaleString()} generated${misses.length ? ` (missed: ${misses.join('、')})` : ''}`,
  );
  log(`goals: app/raw ≤ ${RAW_RATIO_MAX}×, ILIKE/app ≥ ${ILIKE_RATIO_MIN}× — ${failed ? 'NOT MET' : 'met'}`);
} finally {
  for (const undo of cleanups.reverse()) await undo().catch(() => {});
}
process.exit(failed ? 1 : 0);
