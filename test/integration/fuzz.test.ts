// Every query and mutation of the schema, as every role and anonymously, with valid-shaped, boundary
// and wrong inputs from a fixed seed (test/fuzz/generator.ts). Whatever the input, the answer is a
// coded refusal or a result: never HTTP 5xx, never INTERNAL or an error without a code, and never a
// stack trace, SQL or a file path in the answer. A failure names the operation, the role and the input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { abilityFor, type AppAbility } from '../../packages/shared/src/index.js';
import { appSchema } from '../../packages/server/src/schema.js';
import { OPERATION_PERMISSIONS } from '../../packages/server/src/common/graphql/permission.js';
import { startSuite, type Suite } from '../support/suite.js';
import { IdPool, describeValue, expandDeep, documentFor, operationsOf, samplesFor, seedOf, type Mode, type Operation } from '../fuzz/generator.js';
import { ACCOUNT_PER_ROLE } from '../support/demo-accounts.js';

/**
 * The seed of every input. FUZZ_SEED=<n> explores others (a failure it finds is a bug to fix, with
 * its case added below); the suite itself always runs this one.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261207);

/** Anonymous, and one demo user for each role (and a unit of another government). */
const USERS = ACCOUNT_PER_ROLE;
/** Operations that would end the session the run signs in with. */
const SESSION_ENDING = new Set(['logout']);

interface Actor {
  name: string;
  cookie?: string;
  ability: AppAbility;
}

let s: Suite;
let actors: Actor[];
let pool: IdPool;

beforeAll(async () => {
  // anonymous reads and forms are limited per address: high enough here that the run reaches the resolvers
  s = await startSuite({ publicReadsPerMinute: 1_000_000, publicFormsPerTenMinutes: 1_000_000 });
  const rows = await s.sql<{ id: string; username: string; unit_id: string; government_id: string; roles: string[] }>(
    `select u.id, u.username, u.unit_id, n.government_id, u.roles from app_user u join unit n on n.id = u.unit_id where u.username in (?)`,
    [USERS],
  );
  actors = [{ name: 'anonymous', ability: abilityFor(null) }];
  for (const name of USERS) {
    const u = rows.find((r) => r.username === name)!;
    actors.push({
      name,
      cookie: await s.login(name),
      ability: abilityFor({ userId: u.id, unitId: u.unit_id, governmentId: u.government_id, roles: u.roles as never }),
    });
  }
  pool = new IdPool(new Set(rows.map((r) => r.id)));
}, 120_000);
afterAll(() => s.close());

function permitted(op: Operation, actor: Actor) {
  const p = OPERATION_PERMISSIONS.get(op.name);
  if (!p) return false;
  if (p.kind === 'public') return true;
  if (!actor.cookie) return false;
  return p.kind === 'signedIn' || actor.ability.can(p.action, p.subject);
}

interface Case {
  op: Operation;
  actor: Actor;
  mode: Mode;
  inline: boolean;
  raw: Record<string, unknown>;
}

/**
 * The cases of one operation: most for those allowed to call it (anonymous included for a public
 * one), one each for two who are not, in an order fixed by the seed.
 */
function casesFor(op: Operation, round: number): Case[] {
  const seed = seedOf(op.name, SEED + round);
  const allowed = actors.filter((a) => permitted(op, a) && !(a.cookie && SESSION_ENDING.has(op.name)));
  const refused = actors.filter((a) => !allowed.includes(a));
  const plan: { actor: Actor; mode: Mode }[] = [];
  const modes: Mode[] = ['valid', 'boundary', 'valid', 'wrong', 'boundary', 'valid', 'boundary', 'wrong', 'boundary', 'valid'];
  const count = op.args.length ? 10 : 3;
  for (let i = 0; i < count && allowed.length; i++) plan.push({ actor: allowed[(seed + i) % allowed.length], mode: modes[i] });
  if (!allowed.includes(actors[0]) && !SESSION_ENDING.has(op.name)) plan.push({ actor: actors[0], mode: 'valid' });
  const others = refused.filter((a) => a.cookie);
  for (let i = 0; i < Math.min(2, others.length); i++) plan.push({ actor: others[(seed + i * 5) % others.length], mode: i ? 'wrong' : 'valid' });
  const samples = samplesFor(
    op,
    plan.map((p) => p.mode),
    seed,
  );
  return plan.map((p, i) => ({ op, actor: p.actor, mode: p.mode, inline: samples[i].inline, raw: samples[i].variables }));
}

/** What must never be in an answer: a stack frame, SQL or a database message, a file path. */
const LEAKS: [string, RegExp][] = [
  ['stack frame', /\n\s+at |\s{4}at \S+ \(|\.(?:ts|js|mjs|cjs):\d+/],
  [
    'SQL',
    /\bselect .+\bfrom\b|\binsert into\b|\bupdate \S+ set\b|\bdelete from\b|\bviolates\b|relation "|syntax error at or near|\bduplicate key\b|invalid input syntax|out of range for type/i,
  ],
  ['file path', /\/home\/|\/root\/|node_modules|\/src\/|\/tmp\/|\/var\/lib\//],
];

interface Answer {
  status: number;
  body: string;
  json: { data?: unknown; errors?: { message?: string; extensions?: { code?: string; field?: string } }[] } | null;
}

async function send(actor: Actor, query: string, variables: Record<string, unknown>): Promise<Answer> {
  const res = await s.app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json', ...(actor.cookie ? { cookie: actor.cookie } : {}) },
    payload: expandDeep(JSON.stringify({ query, variables })),
    remoteAddress: '127.0.0.1',
  });
  let json: Answer['json'];
  try {
    json = res.json();
  } catch {
    json = null;
  }
  return { status: res.statusCode, body: res.body, json };
}

/** What is wrong with an answer, or null. */
function problemOf(a: Answer): string | null {
  if (a.status >= 500) return `HTTP ${a.status}`;
  if (!a.json) return `HTTP ${a.status} with a body that is not JSON`;
  for (const e of a.json.errors ?? []) {
    const code = e.extensions?.code;
    if (!code) return `an error without a code: ${e.message}`;
    if (code === 'INTERNAL' || code === 'INTERNAL_SERVER_ERROR') return `${code}: ${JSON.stringify(e).slice(0, 300)}`;
  }
  // the answer's text, without what the input itself put there (a title echoed back is no leak)
  for (const [what, re] of LEAKS) if (re.test(a.body)) return `${what} in the answer: …${a.body.match(re)![0]}…`;
  return null;
}

function report(c: Case, query: string, variables: Record<string, unknown>, a: Answer, problem: string) {
  return [
    `${c.op.kind} ${c.op.name} as ${c.actor.name} (${c.mode}${c.inline ? ', written into the document' : ''}): ${problem}`,
    `  input: ${JSON.stringify(describeValue(c.raw))}`,
    `  sent: ${query.slice(0, 300)} ${JSON.stringify(describeValue(variables))}`,
    `  answer: HTTP ${a.status} ${a.body.slice(0, 400)}`,
  ].join('\n');
}

/** Run every case of the operations one after the other; the answers' ids feed later cases. */
async function fuzz(ops: Operation[], round: number) {
  const failures: string[] = [];
  const codes = new Map<string, number>();
  let total = 0;
  for (const op of ops) {
    const prepared = casesFor(op, round).map((c) => {
      const variables = pool.resolveVariables(c.raw, op.returnType);
      return { c, variables, query: c.inline ? documentFor(op, variables) : documentFor(op) };
    });
    const run = ({ c, query, variables }: (typeof prepared)[number]) => send(c.actor, query, c.inline ? {} : variables);
    const answers: Answer[] = [];
    for (const p of prepared) answers.push(await run(p));
    prepared.forEach(({ c, query, variables }, i) => {
      const answer = answers[i];
      total++;
      const problem = problemOf(answer);
      if (problem) failures.push(report(c, query, variables, answer, problem));
      if (answer.json?.data) pool.harvest(answer.json.data);
      const code = answer.json?.errors?.[0]?.extensions?.code ?? 'ok';
      codes.set(code, (codes.get(code) ?? 0) + 1);
    });
  }
  if (process.env.FUZZ_VERBOSE) console.log(total, Object.fromEntries(codes));
  return { failures, codes, total };
}

/** A call's status and first error code, after checking it is a coded answer (the fuzz's own rule). */
async function coded(actor: string | null, query: string, variables: Record<string, unknown> = {}) {
  const a = await send(
    actors.find((x) => x.name === (actor ?? 'anonymous'))!,
    query,
    variables,
  );
  expect(problemOf(a), a.body.slice(0, 400)).toBeNull();
  return { status: a.status, code: a.json?.errors?.[0]?.extensions?.code, errors: a.json?.errors ?? [], data: a.json?.data as any };
}

describe('what fuzzing found, kept as cases', () => {
  it('a sign-in name longer than any account’s is an unknown name, not a fault', async () => {
    const r = await coded(null, 'mutation($u:String!,$p:String!){ login(username:$u, password:$p){ user { id } } }', {
      u: 'x'.repeat(1_000_000),
      p: 'whatever-password',
    });
    expect(r.code).toBe('INVALID_CREDENTIALS');
  });

  it('more than 50 wrong values in the variables: 400 BAD_USER_INPUT, each error coded', async () => {
    const r = await coded('jiaoyu.staff', 'mutation($ids:[ID!]!){ markNotificationsRead(ids:$ids) }', {
      ids: Array.from({ length: 60 }, () => null),
    });
    expect(r.status).toBe(400);
    expect(r.errors.length).toBeGreaterThan(50);
    expect(new Set(r.errors.map((e) => e.extensions?.code))).toEqual(new Set(['BAD_USER_INPUT']));
  });

  it('a year of documents out of any date’s range is refused naming the field; a real year filters', async () => {
    const q = 'query($y:Int){ documents(filter:{year:$y}){ total } }';
    for (const y of [-2147483648, 2147483647, 10000, 999]) {
      const r = await coded('jiaoyu.staff', q, { y });
      expect([r.code, r.errors[0]?.extensions?.field], String(y)).toEqual(['BAD_USER_INPUT', 'year']);
    }
    const ok = await coded('jiaoyu.staff', q, { y: 2026 });
    expect(ok.errors).toEqual([]);
    expect(ok.data.documents.total).toBeGreaterThanOrEqual(0);
  });
});

/** Refusals before any resolver's own work: signing in, permission, the shape of the input. */
const SHALLOW = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BODY_INVALID',
  'BODY_TOO_LARGE',
]);

describe('schema-driven fuzzing', () => {
  /** Reads first (their answers give the ids later cases use), then changes twice, then reads of what was made. */
  const rounds = [
    { kind: 'query', round: 0 },
    { kind: 'mutation', round: 0 },
    { kind: 'mutation', round: 1 },
    { kind: 'query', round: 1 },
  ] as const;
  for (const { kind, round } of rounds) {
    it(
      `every ${kind}, as every role, with valid, boundary and wrong inputs: coded answers only (round ${round + 1})`,
      { timeout: 240_000 },
      async () => {
        const ops = operationsOf(await appSchema()).filter((o) => o.kind === kind);
        expect(ops.length).toBeGreaterThan(kind === 'query' ? 40 : 70);
        const { failures, codes, total } = await fuzz(ops, round);
        expect(failures, failures.join('\n\n')).toEqual([]);
        expect(total).toBeGreaterThan(ops.length * 5);
        // the run reached the resolvers: results, and refusals by the records' own rules, not only at the door
        const atTheDoor = [...codes].filter(([code]) => SHALLOW.has(code)).reduce((n, [, k]) => n + k, 0);
        expect(total - atTheDoor).toBeGreaterThan(total / 4);
        expect(codes.get('ok') ?? 0).toBeGreaterThan(0);
      },
    );
  }
});
