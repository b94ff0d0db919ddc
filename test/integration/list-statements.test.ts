// Statements per list: every list operation of the schema (a Query field returning a …Page or a list
// of objects), asked as a role that may call it with the selection set its SPA page asks, sends the
// same number of SQL statements for a page of one row and a full page (no statement per row), and at
// most LIST_BUDGET of them beyond the request's fixed cost (see FIXED). A new list operation fails the
// first test until it has a case here. LIST_STATEMENTS_REPORT=1 prints the table of tools/bench/README.md.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getNamedType, getNullableType, isListType, isObjectType } from 'graphql';
import { appSchema } from '../../packages/server/src/schema.js';
import { demoUnitId, startSuite, type Suite } from '../support/suite.js';
import { rootSelections, type RootSelection } from '../support/spa-documents.js';
import { countStatements } from '../support/statements.js';

/** Statements a list may send beyond the fixed cost of the request. */
const LIST_BUDGET = 3;
/** Rows of a full page. */
const FULL = 50;
/**
 * The fixed cost of a request, told apart by what it touches: the session lookup (signed in) or the
 * anonymous read counter (no session; one time in a hundred it also sweeps old windows), and, when a
 * list shows personal data (a complainant's, an applicant's), the one audit record of that read,
 * written in its own transaction (BEGIN, the transaction id with the record's append, COMMIT)
 * whatever the number of rows.
 */
const FIXED = {
  session: (sql: string) => /from "session"/.test(sql),
  anonymous: (sql: string) => /rate_counter/.test(sql),
  audit: (sql: string) => /^(BEGIN|COMMIT)\b|^select pg_current_xact_id\(\)::text as xid, audit_append\(/.test(sql.trim()),
};
const fixedKind = (sql: string) => (Object.keys(FIXED) as (keyof typeof FIXED)[]).find((k) => FIXED[k](sql));

const year = () => Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));

type Vars = Record<string, unknown>;
interface Case {
  /** The demo user who asks (null: anonymous). */
  as: string | null;
  /** The SPA operation whose selection is used, when several ask the field. */
  operation?: string;
  vars?: (s: Suite) => Vars | Promise<Vars>;
}

const one = async (s: Suite, sql: string, params: unknown[] = []) => {
  const rows = await s.sql(sql, params);
  if (!rows[0]) throw new Error(`no row for ${sql}`);
  return Object.values(rows[0])[0] as string;
};

const CASES: Record<string, Case> = {
  auditRecords: { as: 'admin' },
  policyParameters: { as: null },
  myTodos: { as: 'gongkaiban', vars: () => ({ includeDone: true }) },
  myNotifications: { as: 'gongkaiban', vars: () => ({ unreadOnly: false }) },
  attachments: {
    as: 'admin',
    vars: async (s) => {
      // the files of an account request (the demo data has none): rows only, the list never opens the files
      const ownerId = await one(s, `select id from account_request order by created_at limit 1`);
      await s.sql(
        `insert into attachment (id, owner_type, owner_id, file_name, mime_type, size, sha256)
         select gen_random_uuid(), 'AccountRequest', ?, '附件' || n || '.pdf', 'application/pdf', 1024, md5(n::text) from generate_series(1, ?) n`,
        [ownerId, FULL],
      );
      return { ownerType: 'AccountRequest', ownerId };
    },
  },
  units: { as: null, operation: 'PortalUnits' },
  users: { as: 'admin', operation: 'Users' },
  accountRequests: { as: 'admin' },
  documents: { as: 'jiaoyu.staff', operation: 'Documents' },
  documentHistory: {
    as: 'jiaoyu.staff',
    vars: async (s) => ({
      id: await one(
        s,
        `select d.id from policy_document d join audit_record a on a.subject_id = d.id::text where d.lead_unit_id = ? group by d.id order by count(*) desc limit 1`,
        [demoUnitId('education')],
      ),
    }),
  },
  publicDocuments: { as: null, operation: 'PublishedDocuments' },
  interpretations: { as: 'jiaoyu.staff' },
  publicInterpretations: { as: null, operation: 'PublicInterpretations' },
  consultationTopics: { as: 'gongkaiban' },
  publicConsultations: { as: null, operation: 'PublicConsultations', vars: () => ({ phase: 'CLOSED' }) },
  topicOpinions: {
    as: 'egov',
    vars: async (s) => ({ topicId: await one(s, `select topic_id from opinion group by 1 order by count(*) desc limit 1`) }),
  },
  consultationEvents: {
    as: 'gongkaiban',
    vars: async (s) => ({
      topicId: await one(
        s,
        // one the Disclosure Office may read: of its government, past its drafting
        `select t.id from consultation_topic t left join consultation_event e on e.topic_id = t.id
          where t.state not in ('DRAFT', 'RETURNED')
            and t.government_id = (select u.government_id from app_user a join unit u on u.id = a.unit_id where a.username = 'gongkaiban')
          group by t.id order by count(e.id) desc, t.id limit 1`,
      ),
    }),
  },
  meetings: { as: 'mishuke' },
  publicMeetingNews: { as: null, operation: 'PublicMeetingNews' },
  consultationRates: { as: null, operation: 'ConsultationRates', vars: () => ({ year: year(), quarter: 1 }) },
  attendanceProposals: { as: 'mishuke', vars: () => ({ meetingId: null }) },
  supervisorAccounts: { as: 'gongkaiban' },
  supervisorFeedbacks: { as: 'gongkaiban' },
  indicatorSystems: { as: 'xueyuan', vars: () => ({ year: null }) },
  evaluationRounds: { as: 'xueyuan' },
  evaluationResults: {
    as: 'xueyuan',
    vars: async (s) => ({ roundId: await one(s, `select round_id from evaluated_unit group by 1 order by count(*) desc limit 1`) }),
  },
  evaluationScores: {
    as: 'xueyuan',
    operation: 'EvaluationScores',
    vars: async (s) => {
      const [r] = await s.sql(`select round_id, unit_id from evaluation_score group by 1, 2 order by count(*) desc limit 1`);
      return { roundId: r.round_id, unitId: r.unit_id };
    },
  },
  evaluationAppeals: {
    as: 'xueyuan',
    vars: async (s) => ({ roundId: await one(s, `select round_id from evaluated_unit group by 1 order by count(*) desc limit 1`) }),
  },
  questionnaireTally: {
    as: 'xueyuan',
    vars: async (s) => ({ id: await one(s, `select questionnaire_id from questionnaire_response group by 1 order by count(*) desc limit 1`) }),
  },
  publicQuestionnaires: { as: null },
  cases: { as: 'tousu' },
  caseImports: { as: 'tousu' },
  caseImportErrors: {
    as: 'tousu',
    vars: async (s) => {
      // an import that refused a page of rows (the demo data has none)
      const [{ id }] = await s.sql(
        `insert into complaint_import (id, government_id, channel, file_name, stored_name, state, rows_read, rows_total, created_by_name)
         values (gen_random_uuid(), ?, 'HOTLINE', 'hotline.csv', 'hotline.csv', 'DONE', ?, ?, '周受理') returning id`,
        [demoUnitId('city'), FULL, FULL],
      );
      await s.sql(
        `insert into complaint_import_error (id, import_id, row_number, code, reason)
         select gen_random_uuid(), ?, n, 'MISSING_FIELD', '缺少受理日期' from generate_series(1, ?) n`,
        [id, FULL],
      );
      return { id, limit: FULL };
    },
  },
  publicCaseStatisticsReleases: { as: null, operation: 'PublicCaseStatisticsReleases' },
  publicCaseSummaries: { as: null },
  disclosureRequests: { as: 'gongkaiban' },
  frequentlyRequestedInformation: { as: 'gongkaiban', vars: () => ({ year: year(), unitId: null }) },
  reviewCampaigns: { as: 'gongkaiban' },
  reviewReports: { as: 'gongkaiban' },
  rectifications: { as: 'gongkaiban' },
  annualReports: { as: 'gongkaiban', vars: () => ({ year: null }) },
  publicAnnualReports: { as: null },
  assessments: { as: 'gongkaiban' },
  scorecardRecords: {
    as: 'gongkaiban',
    vars: async (s) => ({ year: await one(s, `select max(year) from assessment`), unitId: demoUnitId('education'), item: 'TRAINING_COVERAGE' }),
  },
  publicAssessments: { as: null },
  trainingCourses: { as: 'dangxiao' },
  trainingSessions: { as: 'dangxiao' },
  trainingCandidates: {
    as: 'dangxiao',
    vars: async (s) => ({
      sessionId: await one(s, `select id from training_session where organiser_unit_id = ? order by starts_at desc limit 1`, [
        demoUnitId('partyschool'),
      ]),
    }),
  },
  myTrainings: { as: 'jiaoyu.staff' },
  trainingPeople: { as: 'dangxiao', vars: () => ({ year: year(), cycle: false, unitId: null, scope: null }) },
  leadingGroup: { as: 'gongkaiban', vars: () => ({ all: true }) },
  leadingGroupCandidates: { as: 'gongkaiban', vars: () => ({ unitId: demoUnitId('education') }) },
  jointMeetingDelegations: { as: 'leader' },
  jointMeetings: { as: 'gongkaiban', vars: () => ({ year: null }) },
  resolutions: { as: 'gongkaiban' },
  myMinutesReceipts: { as: 'jiaoyu.staff' },
};

let s: Suite;
let listFields: { name: string; paged: boolean }[];
const selections = rootSelections();

beforeAll(async () => {
  s = await startSuite();
  const schema = await appSchema();
  listFields = Object.values(schema.getQueryType()!.getFields())
    .filter((f) => {
      const named = getNamedType(f.type);
      return named.name.endsWith('Page') || (isListType(getNullableType(f.type)) && isObjectType(named));
    })
    .map((f) => ({ name: f.name, paged: f.args.some((a) => a.name === 'pageSize') }));
}, 120_000);
afterAll(() => s?.close());

function selectionFor(field: string, c: Case): RootSelection {
  const all = selections.get(field) ?? [];
  const chosen = c.operation ? all.filter((r) => r.operation === c.operation) : all;
  if (chosen.length !== 1) throw new Error(`${field}: ${chosen.length} SPA operations (${all.map((r) => r.operation).join(', ')}); name one`);
  return chosen[0];
}

const rowsOf = (data: unknown): unknown[] => {
  const value = Object.values(data as Record<string, unknown>)[0] as unknown;
  return Array.isArray(value) ? value : ((value as { items: unknown[] }).items ?? []);
};

async function measure(field: string, c: Case, query: string, vars: Vars) {
  // once before, so that connections, prepared metadata and the sign-in are not counted
  const warm = await s.as(c.as, query, vars);
  if (warm.errors) throw new Error(`${field}: ${JSON.stringify(warm.errors)}`);
  const { result, statements } = await countStatements(() => s.as(c.as, query, vars));
  expect(result.errors, field).toBeUndefined();
  const list = statements.filter((sql) => !fixedKind(sql));
  const fixed = statements.filter((sql) => fixedKind(sql) && fixedKind(sql) !== 'audit').length;
  const audit = statements.filter((sql) => fixedKind(sql) === 'audit').length;
  return { rows: rowsOf(result.data).length, list, fixed, audit };
}

const report: string[] = [];

describe('statements per list', () => {
  it('every list operation of the schema has a case', () => {
    const missing = listFields.filter((f) => !CASES[f.name]).map((f) => f.name);
    expect(missing).toEqual([]);
  });

  it.each(Object.keys(CASES))('%s', async (field) => {
    const c = CASES[field];
    const f = listFields.find((l) => l.name === field);
    expect(f, `${field} is no list operation of the schema`).toBeDefined();
    const sel = selectionFor(field, c);
    const vars = { page: 1, pageSize: FULL, filter: null, ...(await c.vars?.(s)) };
    const full = await measure(field, c, sel.query, vars);
    const shown = (m: typeof full) => `${field} (${m.rows} rows):\n  ${m.list.join('\n  ')}`;
    expect(full.list.length, shown(full)).toBeLessThanOrEqual(LIST_BUDGET);
    expect(full.fixed, shown(full)).toBeLessThanOrEqual(c.as ? 1 : 2);
    let small: typeof full | undefined;
    if (f!.paged) {
      small = await measure(field, c, sel.query, { ...vars, pageSize: 1 });
      expect(small.rows, field).toBe(Math.min(1, full.rows));
      expect(small.list.length, `${shown(small)}\n— against —\n${shown(full)}`).toBe(full.list.length);
    }
    report.push(
      `| \`${field}\` | ${c.as ?? '(anonymous)'} | ${small ? `${small.list.length} (${small.rows})` : '–'} | ${full.list.length} (${full.rows}) | ${full.audit ? `${full.audit} (audit)` : '–'} |`,
    );
  });

  afterAll(() => {
    if (process.env.LIST_STATEMENTS_REPORT) console.log(report.join('\n'));
  });
});
