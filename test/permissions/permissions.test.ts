import { createHash, randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MANUAL_FIGURES,
  MANUAL_SOURCES,
  OUTCOME_ROWS,
  ROLES,
  TABLE_THREE_COLUMNS,
  emptyManual,
  emptyTableThree,
  type Role,
} from '../../packages/shared/src/index.js';
import { appSchema } from '../../packages/server/src/schema.js';
import { reindexSearch } from '../../packages/server/src/common/search/search.index.js';
import { OPERATION_PERMISSIONS } from '../../packages/server/src/common/graphql/permission.js';
import { fieldDeclarations } from '../../packages/server/src/common/graphql/field-guards.js';
import { DEMO_PASSWORD, codeOf, demoUnitId, demoUserId, startSuite, type GqlResult, type Suite } from '../support/suite.js';
import {
  HTTP_TABLE,
  MUTATION_STATE_TABLE,
  NESTED_TABLE,
  PERMISSION_TABLE,
  STATE_TABLE,
  expectedFor,
  expectedOutcome,
  type Row,
} from './permission-table.js';

let s: Suite;
/** One single-role user per role, in a unit that fits the role. */
const ROLE_UNIT: Record<Role, string> = {
  DEPARTMENT_STAFF: 'education',
  DEPARTMENT_HEAD: 'education',
  DISCLOSURE_OFFICER: 'education',
  DISCLOSURE_OFFICE: 'disclosure',
  SECRETARIAT: 'secretariat',
  DOCUMENT_SECTION: 'documents',
  EGOV_CENTER: 'egov',
  COMPLAINT_OFFICE: 'complaints',
  ACADEMY_EVALUATOR: 'academy',
  ACADEMY_ADMIN: 'academy',
  TRAINING_ADMIN: 'partyschool',
  LEADER: 'city',
  SUPERVISOR: 'lawfirm',
  ADMIN: 'office',
};
interface Actor {
  name: string;
  roles: Role[];
  unit: string;
}
/** Every role alone, then users who hold several (as the demo's gongkaiban holds DISCLOSURE_OFFICE and TRAINING_ADMIN). */
const ACTORS: Actor[] = [
  ...ROLES.map((role) => ({ name: `perm.${role.toLowerCase().replace(/_/g, '-')}`, roles: [role], unit: ROLE_UNIT[role] })),
  { name: 'perm.office+training', roles: ['DISCLOSURE_OFFICE', 'TRAINING_ADMIN'], unit: 'disclosure' },
  { name: 'perm.head+officer', roles: ['DEPARTMENT_HEAD', 'DISCLOSURE_OFFICER'], unit: 'education' },
];
/** "other": another unit of the same government; "county": a unit of another government (双塔区). */
const OTHER_UNIT = 'civil';
const COUNTY_UNIT = 'shuangta.education';
const COUNTY = 'shuangta';
const uniq = () => randomBytes(4).toString('hex');
let classifiedSeq = 1000;

beforeAll(async () => {
  s = await startSuite();
  const [{ password_hash }] = await s.sql(`select password_hash from app_user where username = 'admin'`);
  for (const a of ACTORS) {
    await s.sql(
      `insert into app_user (id, username, display_name, unit_id, roles, password_hash) values (gen_random_uuid(), ?, ?, ?, ?::text[], ?)`,
      [a.name, `权限测试 ${a.roles.join('+')}`, demoUnitId(a.unit), `{${a.roles.join(',')}}`, password_hash],
    );
  }
}, 120_000);
afterAll(() => s.close());

type Scope = 'any' | 'own' | 'other' | 'county';
interface H {
  roles: Role[];
  scope: Scope;
  /** The unit of the object acted on: the actor's own, another of the same government, or one of a county. */
  unitId: string;
  /** The government the object belongs to: the city's, or the county's for "county". */
  governmentId: string;
  actorId: string | null;
  /** The session the calls carry (none for a visitor). */
  cookie?: string;
  call: (query: string, variables?: Record<string, unknown>) => Promise<GqlResult>;
  get: (url: string) => Promise<{ status: number; contentType: string; body: Buffer }>;
}

type Outcome = 'allowed' | 'denied' | `refused ${string}`;

/**
 * What the answer was. "allowed" means data came back: no error, and the operation's value is not null
 * (for lists, `sees` tells whether the object the row made is among what came back). "denied" is
 * FORBIDDEN or UNAUTHENTICATED, or nothing came back. Any other refusal is "refused CODE": a business
 * rule answered, which counts as allowed only where the row names that code. INTERNAL fails the row.
 */
function outcome(r: GqlResult, sees?: (data: any) => boolean): Outcome {
  const code = codeOf(r);
  if (code === 'INTERNAL') throw new Error(`INTERNAL: ${JSON.stringify(r.errors)}`);
  if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED') return 'denied';
  if (r.errors?.length) return `refused ${code ?? r.errors[0].message}`;
  if (!r.data) return 'denied';
  if (sees) return sees(r.data) ? 'allowed' : 'denied';
  return Object.values(r.data).every((v) => v !== null && v !== undefined) ? 'allowed' : 'denied';
}

// ——— fixtures, made directly in the database so that every row acts on a fresh object ———
async function fixtureUser(unitId: string) {
  const [{ id }] = await s.sql(
    `insert into app_user (id, username, display_name, unit_id, roles, password_hash)
    values (gen_random_uuid(), ?, '测试用户', ?, '{DEPARTMENT_STAFF}', 'x') returning id`,
    [`fx.${uniq()}`, unitId],
  );
  return id as string;
}
async function fixtureRequest(h: H, state: 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED') {
  const requester = h.scope === 'own' && h.actorId ? h.actorId : demoUserId('minzheng.head');
  const [{ id }] = await s.sql(
    `insert into account_request (id, unit_id, requester_id, requester_name, display_name, username, roles, reason, state)
    values (gen_random_uuid(), ?, ?, '申请人', '新同事', ?, '{DEPARTMENT_STAFF}', '工作需要', ?) returning id`,
    [h.unitId, requester, `req.${uniq()}`, state],
  );
  return id as string;
}
async function fixtureUnit() {
  const [{ id }] = await s.sql(
    `insert into unit (id, name, kind, level, parent_id, government_id) values (gen_random_uuid(), ?, 'DEPARTMENT', 'CITY', ?, ?) returning id`,
    [`测试单位${uniq()}`, demoUnitId('city'), demoUnitId('city')],
  );
  return id as string;
}
interface DocFixture {
  state: string;
  kind?: string;
  attribute?: string;
  classified?: boolean;
  title?: string;
}
async function fixtureDocument(h: H, f: DocFixture) {
  const notProactive = f.attribute && f.attribute !== 'PROACTIVE';
  const signed = !['DRAFT', 'OFFICER_REVIEW', 'HEAD_SIGNOFF'].includes(f.state);
  const [{ id }] = await s.sql(
    `insert into policy_document (id, kind, title, lead_unit_id, government_id, co_unit_ids, interpretation_forms, state,
      disclosure_attribute, attribute_reason, attribute_basis, officer_approved_at, head_signed_at, created_by_id, created_by_name, issue_date, document_number, classified, body)
    values (gen_random_uuid(), ?, ?, ?, ?, '{}', '{}', ?, ?, ?, ?, ?, ?, ?, '测试', ?, ?, ?, ?) returning id`,
    [
      f.kind ?? 'DEPARTMENT',
      f.title ?? `测试文件${uniq()}`,
      h.unitId,
      h.governmentId,
      f.state,
      f.attribute ?? 'PROACTIVE',
      notProactive ? 'INTERNAL_AFFAIRS' : null,
      notProactive ? '条例第十六条' : null,
      f.attribute === 'NOT_DISCLOSED' && f.state !== 'OFFICER_REVIEW' ? new Date() : null,
      signed ? new Date() : null,
      h.actorId ?? demoUserId('admin'),
      f.state === 'ISSUED' ? '2026-11-02' : null,
      f.state === 'ISSUED' ? `测发〔2026〕${uniq()}号` : null,
      f.classified ?? false,
      f.classified ? null : '正文',
    ],
  );
  // a government document at or past the Disclosure Office's review has reached it (from then on the office reads it)
  if (f.kind && f.kind !== 'DEPARTMENT' && ['DISCLOSURE_REVIEW', 'FORWARDED', 'ISSUED'].includes(f.state)) {
    await s.sql('update policy_document set reached_disclosure_review = true where id = ?', [id]);
  }
  // written in SQL, so indexed for the search as the ORM's flush would
  await reindexSearch(s.orm.em.fork(), 'PolicyDocument', [id]);
  return id as string;
}
async function fixtureInterpretation(h: H, published: boolean, document?: DocFixture) {
  const documentId = await fixtureDocument(h, document ?? { state: published ? 'ISSUED' : 'DRAFT' });
  const [{ id }] = await s.sql(
    `insert into interpretation (id, document_id, stage, owner_unit_id, government_id, title, scope, forms, schedule, spokesperson, content, links, state, published_at)
    values (gen_random_uuid(), ?, 1, ?, ?, '测试解读', '全市', '{WECHAT}', '3日内', '科长', '解读正文', '{}', ?, ?) returning id`,
    [documentId, h.unitId, h.governmentId, published ? 'PUBLISHED' : 'DRAFT', published ? new Date() : null],
  );
  return { id: id as string, documentId };
}
const day = (n: number) => new Date(Date.now() + 8 * 3600_000 + n * 86400_000).toISOString().slice(0, 10);
async function fixtureTopic(h: H, state: string, closed = false) {
  const [{ id }] = await s.sql(
    `insert into consultation_topic (id, undertaking_unit_id, government_id, title, category, draft, decision_basis, drafting_explanation,
      window_start, window_end, min_days, state, created_by_id) values (gen_random_uuid(), ?, ?, ?, 'LIVELIHOOD', '草案', '依据', '说明', ?, ?, 5, ?, ?) returning id`,
    [
      h.unitId,
      h.governmentId,
      `测试议题${uniq()}`,
      closed ? day(-12) : state === 'PUBLISHED' ? day(0) : day(1),
      closed ? day(-1) : day(10),
      state,
      h.actorId ?? demoUserId('admin'),
    ],
  );
  return id as string;
}
async function fixtureOpinion(h: H, closed = false) {
  const topicId = await fixtureTopic(h, 'PUBLISHED', closed);
  const code = `YJ20261127-${uniq().toUpperCase()}`;
  const [{ id }] = await s.sql(
    `insert into opinion (id, topic_id, undertaking_unit_id, government_id, content, channel, receipt_code) values (gen_random_uuid(), ?, ?, ?, '测试意见内容', 'PORTAL', ?) returning id`,
    [topicId, h.unitId, h.governmentId, code],
  );
  return { id: id as string, topicId, code };
}
async function fixtureMeeting(governmentId = demoUnitId('city')) {
  const [{ id }] = await s.sql(
    `insert into government_meeting (id, government_id, kind, title, date, notice_working_days) values (gen_random_uuid(), ?, 'STANDING', '测试会议', '2026-12-18', 3) returning id`,
    [governmentId],
  );
  return id as string;
}
async function fixtureAgendaItem(h: H) {
  const meetingId = await fixtureMeeting(h.governmentId);
  const [{ id }] = await s.sql(
    `insert into agenda_item (id, meeting_id, position, title, submitting_unit_id, category) values (gen_random_uuid(), ?, 1, '测试议题', ?, 'LIVELIHOOD') returning id`,
    [meetingId, h.unitId],
  );
  return id as string;
}
async function fixtureProposal(h: H, state: string) {
  const itemId = await fixtureAgendaItem(h);
  const [{ id }] = await s.sql(
    `insert into attendance_proposal (id, agenda_item_id, submitting_unit_id, government_id, invite, state, created_by_id) values (gen_random_uuid(), ?, ?, ?, false, ?, ?) returning id`,
    [itemId, h.unitId, h.governmentId, state, h.actorId ?? demoUserId('admin')],
  );
  const [{ id: inviteeId }] = await s.sql(
    `insert into invitee (id, proposal_id, name, category) values (gen_random_uuid(), ?, '代表', 'GRASSROOTS') returning id`,
    [id],
  );
  return { id: id as string, inviteeId: inviteeId as string };
}
async function fixtureSupervisor(userId: string | null = null) {
  const [{ id }] = await s.sql(
    `insert into supervisor (id, government_id, name, organisation, category, term_start, term_end, user_id)
    values (gen_random_uuid(), ?, '测试监督员', '测试律师事务所', 'LAW_FIRM', ?, ?, ?) on conflict (user_id) do update set term_end = excluded.term_end returning id`,
    [demoUnitId('city'), day(-30), day(300), userId],
  );
  return id as string;
}
/** An item addressed to the object's unit; filed by the actor for "own", by the demo supervisor otherwise. */
async function fixtureFeedback(h: H, state: string, rating: string | null = null) {
  const filer = h.scope === 'own' && h.actorId ? h.actorId : demoUserId('jianduyuan');
  const answered = state !== 'SUBMITTED';
  const [{ id }] = await s.sql(
    `insert into supervisor_feedback (id, supervisor_id, supervisor_user_id, supervisor_government_id, supervisor_name, supervisor_organisation,
      target_unit_id, government_id, kind, title, content, state, filed_at, filed_on, answer_working_days, due_on, answer, answered_at, answered_on, rating)
    values (gen_random_uuid(), ?, ?, ?, '测试监督员', '测试律师事务所', ?, ?, 'SUGGESTION', '测试建议', '建议内容', ?, now(), ?, 15, ?, ?, ?, ?, ?) returning id`,
    [
      await fixtureSupervisor(),
      filer,
      h.governmentId,
      h.unitId,
      h.governmentId,
      state,
      day(0),
      day(21),
      answered ? '答复' : null,
      answered ? new Date() : null,
      answered ? day(0) : null,
      rating,
    ],
  );
  return id as string;
}
/**
 * A request on application addressed to the object's unit (or to `unit`), in a state, with one item;
 * its check code is CHECK234. Dates are relative to today so that the clock's rules let each step run.
 */
async function fixtureDisclosureRequest(
  h: H,
  state: string,
  o: { extension?: string | null; correctionDue?: number; unit?: string } = {},
): Promise<{ id: string; itemId: string; number: string }> {
  const received = state !== 'SUBMITTED';
  const number = `YS20260101-${uniq().toUpperCase()}`;
  const [{ id }] = await s.sql(
    `insert into disclosure_request (id, request_number, check_code, unit_id, government_id, applicant_kind, applicant_name, id_proof_kind,
      id_proof_number, phone, information_form, delivery_method, channel, state, submitted_at, received_on, reply_working_days, clock_start_on,
      due_on, correction_notice_due_on, correction_asked_on, correction_due_on, third_party_from, extension_state, extension_days, extension_reason,
      replied_on, reply)
    values (gen_random_uuid(), ?, 'CHECK234', ?, ?, 'NATURAL_PERSON', '张三', 'ID_CARD', '211302198503120017', '13900001111', 'ELECTRONIC', 'POST',
      'LETTER', ?, now(), ?, 20, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id`,
    [
      number,
      o.unit ?? h.unitId,
      h.governmentId,
      state,
      received ? day(-2) : null,
      received ? day(-2) : null,
      state === 'IN_PROGRESS' || state === 'THIRD_PARTY' ? day(26) : state === 'REPLIED' ? day(26) : null,
      received ? day(7) : null,
      state === 'CORRECTION' ? day(-1) : null,
      state === 'CORRECTION' ? day(o.correctionDue ?? 10) : null,
      state === 'THIRD_PARTY' ? day(-1) : null,
      o.extension ?? null,
      o.extension ? 5 : null,
      o.extension ? '需要汇总' : null,
      state === 'REPLIED' ? day(0) : null,
      state === 'REPLIED' ? '答复' : null,
    ],
  );
  const [{ id: itemId }] = await s.sql(
    `insert into disclosure_request_item (id, request_id, seq, description, outcome) values (gen_random_uuid(), ?, 1, '2026年招生计划', ?) returning id`,
    [id, state === 'REPLIED' ? 'DISCLOSED' : null],
  );
  return { id, itemId, number };
}
/** A citizen's case of the object's level; from assignment on, assigned to the object's unit, which the citizen named. */
// ——— the yearly review: a campaign of the scope's government (a year of its own), a report of the scope's unit ———
let reviewYear = 3000;
async function fixtureCampaign(h: H, due = '2099-12-31') {
  const [{ id }] = await s.sql(
    `insert into review_campaign (id, government_id, year, state, report_due_on, opened_on) values (gen_random_uuid(), ?, ?, 'OPEN', ?, ?) returning id`,
    [h.governmentId, ++reviewYear, due, day(0)],
  );
  return id as string;
}
async function fixtureReviewReport(h: H, state = 'DRAFT', due = '2099-12-31') {
  const campaignId = await fixtureCampaign(h, due);
  const [{ id }] = await s.sql(
    `insert into review_report (id, campaign_id, unit_id, government_id, year, state, due_on, situation, work_summary)
    values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, '审查情况', '工作总结') returning id`,
    [campaignId, h.unitId, h.governmentId, reviewYear, state, due],
  );
  return { id: id as string, campaignId };
}
async function fixtureReviewItem(h: H, reportState = 'DRAFT') {
  const r = await fixtureReviewReport(h, reportState);
  const [{ id }] = await s.sql(
    `insert into review_item (id, report_id, unit_id, government_id, item_key, source, title) values (gen_random_uuid(), ?, ?, ?, ?, 'FREQUENT_REQUEST', '常被申请的信息') returning id`,
    [r.id, h.unitId, h.governmentId, `req:${uniq()}`],
  );
  return { ...r, itemId: id as string };
}
async function fixtureSpotCheck(h: H, method: 'UNITS' | 'ITEMS' = 'UNITS') {
  const item = await fixtureReviewItem(h, 'SUBMITTED');
  const sampled = method === 'UNITS' ? h.unitId : item.itemId;
  const [{ id }] = await s.sql(
    `insert into review_spot_check (id, campaign_id, government_id, method, sample_size, seed, population_ids, sampled_ids, sampled_unit_ids, drawn_at)
    values (gen_random_uuid(), ?, ?, ?, 1, 'seed', ?::uuid[], ?::uuid[], ?::uuid[], now()) returning id`,
    [item.campaignId, h.governmentId, method, `{${sampled}}`, `{${sampled}}`, `{${h.unitId}}`],
  );
  return { ...item, spotCheckId: id as string };
}
async function fixtureRectification(h: H, state: 'ORDERED' | 'REPORTED' | 'VERIFIED' = 'ORDERED') {
  const c = await fixtureSpotCheck(h);
  const reported = state !== 'ORDERED';
  const [{ id }] = await s.sql(
    `insert into review_rectification (id, spot_check_id, campaign_id, unit_id, government_id, year, finding, due_on, state, ordered_on, report, reported_on, verified_on)
    values (gen_random_uuid(), ?, ?, ?, ?, ?, '发现的问题', ?, ?, ?, ?, ?, ?) returning id`,
    [
      c.spotCheckId,
      c.campaignId,
      h.unitId,
      h.governmentId,
      reviewYear,
      day(20),
      state,
      day(0),
      reported ? '已整改' : null,
      reported ? day(0) : null,
      state === 'VERIFIED' ? day(0) : null,
    ],
  );
  return { ...c, rectificationId: id as string };
}
/** This year's campaign of the city, removed so that opening it can be tried again. */
async function clearReviewYear(year: number) {
  const where = `campaign_id in (select id from review_campaign where year = ${year} and government_id = '${demoUnitId('city')}')`;
  await s.sql(`delete from review_rectification where ${where}`);
  await s.sql(`delete from review_spot_check where ${where}`);
  await s.sql(`delete from review_item where report_id in (select id from review_report where ${where})`);
  await s.sql(`delete from review_report where ${where}`);
  await s.sql(`delete from review_campaign where year = ? and government_id = ?`, [year, demoUnitId('city')]);
}
// ——— joint meetings ———
/** A member of a level's group: a fresh user of the object's unit (or the given user), in term since `from`. */
async function fixtureMember(h: H, position = 'MEMBER', from = day(-10)) {
  const user = await fixtureUser(h.unitId);
  const [{ id }] = await s.sql(
    `insert into leading_group_member (id, government_id, user_id, unit_id, name, title, position, term_start)
    values (gen_random_uuid(), ?, ?, ?, '测试成员', '局长', ?, ?) returning id`,
    [h.governmentId, user, h.unitId, position, from],
  );
  return { id: id as string, userId: user };
}
/** The actor in the group of their own level (the city's), as leader or deputy. */
async function actorInGroup(h: H, position: 'LEADER' | 'DEPUTY') {
  if (!h.actorId) return;
  await s.sql(
    `insert into leading_group_member (id, government_id, user_id, unit_id, name, title, position, term_start)
    select gen_random_uuid(), ?, a.id, a.unit_id, a.display_name, '测试职务', ?, ? from app_user a where a.id = ?`,
    [demoUnitId('city'), position, day(-10), h.actorId],
  );
}
async function fixtureDelegation(h: H) {
  const m = await fixtureMember(h);
  const [{ id }] = await s.sql(
    `insert into joint_meeting_delegation (id, government_id, delegate_member_id, delegate_user_id, delegate_name, granted_by_id, granted_by_name, granted_at, valid_from, valid_to)
    values (gen_random_uuid(), ?, ?, ?, '测试成员', ?, '测试组长', now(), ?, ?) returning id`,
    [h.governmentId, m.id, m.userId, demoUserId('leader'), day(0), day(30)],
  );
  return id as string;
}
/** A meeting of the object's government that invited (and, once issued, was issued to) the object's unit. */
async function fixtureJointMeeting(h: H, state: 'CONVENED' | 'HELD' | 'MINUTES_ISSUED', opts: { plannedOn?: string; delegationId?: string } = {}) {
  const held = state !== 'CONVENED';
  const issued = state === 'MINUTES_ISSUED';
  const [{ id }] = await s.sql(
    `insert into joint_meeting (id, government_id, title, planned_on, state, convenor_id, convenor_name, convenor_position, delegation_id,
      invitee_unit_ids, agenda, held_on, minutes_text, issued_on, issued_unit_ids)
    values (gen_random_uuid(), ?, '测试联席会议', ?, ?, ?, '测试组长', 'LEADER', ?, ?::uuid[], '[]', ?, ?, ?, ?::uuid[]) returning id`,
    [
      h.governmentId,
      opts.plannedOn ?? day(0),
      state,
      demoUserId('leader'),
      opts.delegationId ?? null,
      `{${h.unitId}}`,
      held ? day(0) : null,
      held ? '测试纪要正文' : null,
      issued ? day(0) : null,
      issued ? `{${h.unitId}}` : '{}',
    ],
  );
  return id as string;
}
/** A resolution assigned to the object's unit: a draft of held minutes, or of issued ones. */
async function fixtureJointResolution(h: H, state: 'DRAFT' | 'OPEN' | 'REPORTED' | 'CLOSED') {
  const meetingId = await fixtureJointMeeting(h, state === 'DRAFT' ? 'HELD' : 'MINUTES_ISSUED');
  const [{ id }] = await s.sql(
    `insert into joint_resolution (id, meeting_id, government_id, position, content, responsible_unit_ids, due_on, state)
    values (gen_random_uuid(), ?, ?, 1, '测试议定事项', ?::uuid[], ?, ?) returning id`,
    [meetingId, h.governmentId, `{${h.unitId}}`, day(20), state],
  );
  return { id: id as string, meetingId };
}
/** The receipt of issued minutes for the object's unit, not yet acknowledged. */
async function fixtureReceipt(h: H) {
  const meetingId = await fixtureJointMeeting(h, 'MINUTES_ISSUED');
  const [{ id }] = await s.sql(
    `insert into joint_minutes_receipt (id, meeting_id, unit_id, government_id, unit_name) values (gen_random_uuid(), ?, ?, ?, '测试单位') returning id`,
    [meetingId, h.unitId, h.governmentId],
  );
  return { id: id as string, meetingId };
}
const JM_AGENDA = '[{ kind: KEY_WORK, title: "测试议题" }]';

/** `step` (defined with the mutation rows below), taken when the row runs. */
function reviewStep(table: string, make: (h: H) => Promise<string>, op: string, args = '') {
  return (h: H) => step(table, make, op, args)(h);
}
const REVIEW_STEP = (op: string, args = '') => `mutation($id:ID!){ ${op}(id:$id, version:1${args}) { id } }`;

async function fixtureCase(h: H, state: string, rating: string | null = null, extension: string | null = null, consent = false) {
  const assigned = !['RECEIVED', 'NOT_ACCEPTED', 'ACCEPTED'].includes(state);
  const replied = ['REPLIED', 'CLOSED', 'RATED', 'UNRATED'].includes(state);
  const closed = ['CLOSED', 'RATED', 'UNRATED'].includes(state);
  const number = `TS20260101-${uniq().toUpperCase()}`;
  const [{ id }] = await s.sql(
    `insert into complaint_case (id, case_number, check_code, kind, channel, government_id, subject_unit_id, assigned_unit_id, title, content,
      complainant_name, complainant_phone, state, received_at, received_on, accepted_on, reply_working_days, due_on, reply, replied_on, closed_on,
      rating_due_on, rating, extension_state, extension_days, extension_reason, consent_to_publish)
    values (gen_random_uuid(), ?, 'CHECK234', 'COMPLAINT', 'PORTAL', ?, ?, ?, '测试投诉', '测试投诉的具体内容', '张三', '13900001111', ?, now(), ?,
      ?, 15, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id`,
    [
      number,
      h.governmentId,
      h.unitId,
      assigned ? h.unitId : null,
      state,
      day(0),
      state === 'RECEIVED' || state === 'NOT_ACCEPTED' ? null : day(0),
      state === 'RECEIVED' || state === 'NOT_ACCEPTED' ? null : day(21),
      replied ? '答复' : null,
      replied ? day(0) : null,
      closed ? day(0) : null,
      closed ? day(10) : null,
      rating,
      extension,
      extension ? 3 : null,
      extension ? '需要协调' : null,
      consent,
    ],
  );
  return { id: id as string, number };
}
/**
 * An annual report of the object's unit (the government's when the unit is a government), complete and
 * adding up, in the given state (frozen from sign-off on); its id. Each fixture takes a year of its own.
 */
let reportYear = 1000;
/** Years a report may really have (its figures are computed for it), per unit, for the rows that compute them. */
const realYears = new Map<string, number>();
function realYear(unitId: string) {
  const year = realYears.get(unitId) ?? 2008;
  realYears.set(unitId, year + 1);
  return year;
}
async function fixtureAnnualReport(h: H, state: string, unitId = h.unitId, year = reportYear++) {
  const t = emptyTableThree();
  t.NEW.NATURAL_PERSON = t.NEW.TOTAL = 2;
  t.DISCLOSED.NATURAL_PERSON = t.DISCLOSED.TOTAL = 2;
  for (const col of TABLE_THREE_COLUMNS) t.TOTAL[col] = OUTCOME_ROWS.reduce((x, r) => x + t[r][col], 0);
  const manual = emptyManual();
  for (const f of MANUAL_FIGURES) manual.values[f] = 0;
  for (const src of MANUAL_SOURCES) manual.sources[src] = '业务台账';
  const computed = {
    tableTwo: { REGULATION_ISSUED: 0, REGULATION_IN_FORCE: 0, NORMATIVE_ISSUED: 1, NORMATIVE_IN_FORCE: 3 },
    tableThree: t,
    requestFees: 0,
    at: new Date().toISOString(),
  };
  const frozen = ['SIGNED_OFF', 'PUBLISHED'].includes(state)
    ? {
        unitName: '测试单位',
        figures: { tableTwo: {}, tableThree: t, tableFour: {}, requestFees: 0 },
        sources: manual.sources,
        overview: '总体情况',
        problems: '',
        otherMatters: '',
        sums: [],
        computedAt: computed.at,
      }
    : null;
  const [{ kind, government_id }] = await s.sql(`select kind, government_id from unit where id = ?`, [unitId]);
  const [{ id }] = await s.sql(
    `insert into annual_report (id, year, scope, unit_id, government_id, state, overview, computed, manual, frozen, due_on, published_at)
     values (gen_random_uuid(), ?, ?, ?, ?, ?, '总体情况', ?::jsonb, ?::jsonb, ?::jsonb, '2099-01-31', ?) returning id`,
    [
      year,
      kind === 'GOVERNMENT' ? 'GOVERNMENT' : 'UNIT',
      unitId,
      government_id,
      state,
      JSON.stringify(computed),
      JSON.stringify(manual),
      frozen ? JSON.stringify(frozen) : null,
      state === 'PUBLISHED' ? new Date() : null,
    ],
  );
  return id as string;
}
const reportIn =
  (state: string, government = false) =>
  (h: H) =>
    fixtureAnnualReport(h, state, government ? h.governmentId : h.unitId);
/** The years createAnnualReport may still take, per unit (a refused call takes none). */
const freeYears = new Map<string, number>();
async function createReport(h: H, unitId: string) {
  const year = freeYears.get(unitId) ?? new Date().getFullYear() - 2;
  const got = outcome(await h.call('mutation($y:Int!,$u:ID!){ createAnnualReport(year:$y, unitId:$u) { id } }', { y: year, u: unitId }));
  if (got === 'allowed') freeYears.set(unitId, year - 1);
  return got;
}

// ——— the assessment (考核): a government's year, its scorecards frozen from the fixture's units ———
let assessmentYear = 1000;
const THIS_YEAR = Number(day(0).slice(0, 4));
function fixtureCard(unitId: string, governmentId: string) {
  return {
    unitId,
    unitName: '测试单位',
    governmentId,
    items: [],
    yearEnd: 80,
    routine: 90,
    routineChecks: 1,
    deductions: 0,
    deductionCount: 0,
    total: 84,
    rank: 1,
  };
}
/** A year of the object's government in a state; from the Disclosure Office's sign-off on, frozen with a card of the object's unit. */
async function fixtureAssessment(h: H, state: string, year = ++assessmentYear) {
  const parameters = { routineShare: 0.4, disclosureWeight: 0.04, weights: {} };
  const frozen = state === 'OPEN' ? null : { scorecards: [fixtureCard(h.unitId, h.governmentId)], computedAt: new Date().toISOString() };
  const [{ id }] = await s.sql(
    `insert into assessment (id, government_id, year, state, parameters, frozen, opened_on, published_at)
     values (gen_random_uuid(), ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?) returning id`,
    [
      h.governmentId,
      year,
      state,
      JSON.stringify(parameters),
      frozen ? JSON.stringify(frozen) : null,
      day(0),
      state === 'PUBLISHED' ? new Date() : null,
    ],
  );
  return { id: id as string, year };
}
async function clearAssessmentYear(governmentId: string, year: number) {
  const where = `assessment_id in (select id from assessment where year = ${year} and government_id = '${governmentId}')`;
  await s.sql(`delete from assessment_routine_check where ${where}`);
  await s.sql(`delete from assessment_deduction where ${where}`);
  await s.sql(`delete from assessment where year = ? and government_id = ?`, [year, governmentId]);
}
async function fixtureAssessmentRecord(table: 'assessment_routine_check' | 'assessment_deduction', assessmentId: string, h: H) {
  const [{ id }] =
    table === 'assessment_routine_check'
      ? await s.sql(
          `insert into assessment_routine_check (id, assessment_id, unit_id, government_id, checked_on, findings, score) values (gen_random_uuid(), ?, ?, ?, ?, '检查情况', 90) returning id`,
          [assessmentId, h.unitId, h.governmentId, day(0)],
        )
      : await s.sql(
          `insert into assessment_deduction (id, assessment_id, unit_id, government_id, decided_on, points, reason) values (gen_random_uuid(), ?, ?, ?, ?, 1, '理由') returning id`,
          [assessmentId, h.unitId, h.governmentId, day(0)],
        );
  return id as string;
}
/** Add a routine check or a deduction of the city's (or the county's) assessed unit to a year in a state. */
function addToAssessment(op: 'addRoutineCheck' | 'addDeduction', state: string, county = false) {
  return async (h: H) => {
    const target = county
      ? { ...h, governmentId: demoUnitId(COUNTY), unitId: demoUnitId(COUNTY_UNIT) }
      : { ...h, governmentId: demoUnitId('city'), unitId: demoUnitId(OTHER_UNIT) };
    const a = await fixtureAssessment(target, state);
    const date = `${a.year}-06-01`;
    const q =
      op === 'addRoutineCheck'
        ? `mutation($id:ID!,$u:ID!,$d:String!){ addRoutineCheck(assessmentId:$id, version:1, input:{ unitId:$u, checkedOn:$d, findings:"发现问题", score:88 }) { id } }`
        : `mutation($id:ID!,$u:ID!,$d:String!){ addDeduction(assessmentId:$id, version:1, input:{ unitId:$u, decidedOn:$d, points:1, reason:"未按期整改" }) { id } }`;
    const table = op === 'addRoutineCheck' ? 'assessment_routine_check' : 'assessment_deduction';
    // the date checks refuse a year after today: the fixture's years are long past, so the day is in the year
    return mutation(rowsWhere(table, 'assessment_id', a.id), () => h.call(q, { id: a.id, u: target.unitId, d: date }));
  };
}

/** An import of the city's Complaint Office, finished with one refused row; its id. */
async function fixtureImport() {
  const [{ id }] = await s.sql(
    `insert into complaint_import (id, government_id, channel, file_name, stored_name, state, rows_read, failed)
     values (gen_random_uuid(), ?, 'HOTLINE', 'hotline.csv', 'gone.csv', 'DONE', 1, 1) returning id`,
    [demoUnitId('city')],
  );
  await s.sql(
    `insert into complaint_import_error (id, import_id, row_number, code, reason) values (gen_random_uuid(), ?, 2, 'CASE_IMPORT_KIND_INVALID', '咨询')`,
    [id],
  );
  return id as string;
}
/** Months the office publishes in the probes: each a period of its own (a published period is never published again). */
let statsYear = 2001;
/** A published period of the city's complaint statistics (stored as publishing stores it); its key. */
async function fixtureStatsRelease() {
  const key = '2000-01';
  const data = {
    periodLabel: '2000年1月',
    asOf: '2000-02-01',
    definitions: {},
    rule: {
      version: 1,
      effectiveFrom: '2017-03-28',
      source: '本地工作惯例',
      timeliness: { onTime: 50, late: 20 },
      satisfaction: { SATISFIED: 50, BASICALLY_SATISFIED: 40, DISSATISFIED: 0, unrated: 30 },
      perReopen: 10,
      grades: [],
    },
    byUnit: [{ key: null, label: '合计', total: true, received: 0 }],
    byKind: [],
    byChannel: [],
  };
  await s.sql(
    `insert into complaint_statistics_release (id, government_id, period_kind, year, period, period_key, data)
     values (gen_random_uuid(), ?, 'MONTH', 2000, 1, ?, ?::jsonb) on conflict do nothing`,
    [demoUnitId('city'), key, JSON.stringify(data)],
  );
  return key;
}
// ——— training: a course and a session of the object's government, run by `organiser` (the object's unit by default) ———
/** A session's arrangements as the organiser would change them (a day well ahead). */
const TRAINING_ARRANGEMENTS = {
  title: '改后的培训',
  location: '党校报告厅',
  day: day(20),
  startTime: '09:00',
  endTime: '11:00',
  hours: 2,
  capacity: 40,
};
async function fixtureTrainingSession(h: H, when: 'now' | 'past' | 'future' = 'future', organiser = h.unitId, state = 'OPEN') {
  const [{ id: courseId }] = await s.sql(
    `insert into training_course (id, government_id, organiser_unit_id, kind, audience, title)
    values (gen_random_uuid(), ?, ?, 'ROTATION', 'DISCLOSURE_STAFF', '测试培训课程') returning id`,
    [h.governmentId, organiser],
  );
  const d = when === 'now' ? day(0) : when === 'past' ? day(-3) : day(10);
  const [starts, ends] =
    when === 'now'
      ? [new Date(Date.now() - 3600_000), new Date(Date.now() + 3600_000)]
      : [new Date(`${d}T09:00:00+08:00`), new Date(`${d}T11:00:00+08:00`)];
  const [{ id }] = await s.sql(
    `insert into training_session (id, course_id, government_id, organiser_unit_id, kind, audience, title, location, starts_at, ends_at, day, hours, capacity, check_in_code, state)
    values (gen_random_uuid(), ?, ?, ?, 'ROTATION', 'DISCLOSURE_STAFF', '测试培训', '测试教室', ?, ?, ?, 2, 50, '123456', ?) returning id`,
    [courseId, h.governmentId, organiser, starts, ends, d, state],
  );
  return { id: id as string, courseId: courseId as string };
}
/** A place on a session's roster for a user (of `unitId`), attended or not. */
async function fixtureTrainingEnrolment(sessionId: string, userId: string, unitId: string, attended = false) {
  const [{ id }] = await s.sql(
    `insert into training_enrolment (id, session_id, government_id, organiser_unit_id, user_id, user_name, unit_id, unit_name, source,
      enrolled_by_name, enrolled_by_id, enrolled_at, attended_at, attendance_method, hours_credited)
    select gen_random_uuid(), t.id, t.government_id, t.organiser_unit_id, ?, '测试学员', u.id, u.name, 'NOMINATION', '组织方', ?, now(), ?, ?, ?
      from training_session t, unit u where t.id = ? and u.id = ? returning id`,
    [userId, userId, attended ? new Date() : null, attended ? 'ROSTER' : null, attended ? 2 : 0, sessionId, unitId],
  );
  await s.sql(`update training_session set enrolled_count = enrolled_count + 1 where id = ?`, [sessionId]);
  return id as string;
}
/** The party school of the object's government runs it (the county's own unit for "county"). */
const trainingOrganiser = (h: H) => (h.scope === 'county' ? h.unitId : demoUnitId('partyschool'));
/** A session with the actor on its roster for "own", another member of staff of the object's unit otherwise. */
async function trainingWithAttendee(h: H, when: 'now' | 'past', attended: boolean) {
  const t = await fixtureTrainingSession(h, when, trainingOrganiser(h));
  const own = h.scope === 'own' && h.actorId;
  const userId = own ? h.actorId! : await fixtureUser(h.unitId);
  const unitId = own ? (await s.sql(`select unit_id from app_user where id = ?`, [h.actorId]))[0].unit_id : h.unitId;
  await fixtureTrainingEnrolment(t.id, userId, unitId, attended);
  return t.id;
}
const TRAINING_RATING = { content: 5, teaching: 4, organisation: 5, comment: '好' };
const SUPERVISOR_INPUT = { name: '测试监督员', organisation: '测试单位', category: 'COMMUNITY', termStart: '2026-01-01', termEnd: '2027-12-31' };
// ——— evaluation fixtures: an indicator system (six leaf dimensions), a round with the unit evaluated ———
/** Years of fixtures inserted directly: past any a user may enter, so that they never collide with those below. */
let fixtureYear = 2101;
/** Years a user may enter (up to 2100), for the operations that create a system or a round. */
let enteredYear = 2030;
async function fixtureSystem(state: 'DRAFT' | 'APPROVED', frozen = false, year = fixtureYear++) {
  const [{ id }] = await s.sql(
    `insert into indicator_system (id, government_id, year, revision, title, state, frozen, created_by_id)
    values (gen_random_uuid(), ?, ?, 1, '测试指标体系', ?, ?, ?) returning id`,
    [demoUnitId('city'), year, state, frozen, demoUserId('xueyuan')],
  );
  const dims = ['POWER', 'SERVICE', 'INTERNET_SERVICE', 'PARTICIPATION', 'RESPONSE', 'CAPACITY'];
  const leaves: string[] = [];
  for (const [i, d] of dims.entries()) {
    const [{ id: leaf }] = await s.sql(
      `insert into indicator (id, system_id, dimension, position, code, name, max_score, methods, leaf)
      values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, '{DOCUMENT_REVIEW}', true) returning id`,
      [id, d, i, String(i + 1), d, i < 2 ? 20 : 15],
    );
    leaves.push(leaf);
  }
  return { id: id as string, leaves, year };
}
interface RoundFixture {
  state: string;
  deadline?: string | null;
  evaluatorId?: string | null;
  score?: boolean;
}
async function fixtureRound(h: H, f: RoundFixture) {
  const system = await fixtureSystem('APPROVED', true);
  const evaluators = f.evaluatorId ? `{${f.evaluatorId}}` : '{}';
  const [{ id }] = await s.sql(
    `insert into evaluation_round (id, government_id, year, title, system_id, period_start, period_end, state, appeal_working_days, appeal_deadline, evaluator_ids, evaluated_unit_ids, created_by_id)
    values (gen_random_uuid(), ?, ?, '测试评估', ?, '2026-01-01', '2026-12-31', ?, 5, ?, ?::text[], ?::text[], ?) returning id`,
    [h.governmentId, fixtureYear++, system.id, f.state, f.deadline ?? null, evaluators, `{${h.unitId}}`, demoUserId('xueyuan')],
  );
  await s.sql(`insert into evaluated_unit (id, round_id, unit_id, "group") values (gen_random_uuid(), ?, ?, 'CITY_UNIT')`, [id, h.unitId]);
  if (f.evaluatorId)
    await s.sql(`insert into evaluator_assignment (id, round_id, evaluator_id, unit_id) values (gen_random_uuid(), ?, ?, ?)`, [
      id,
      f.evaluatorId,
      h.unitId,
    ]);
  let scoreId: string | null = null;
  if (f.score) {
    const released = f.state === 'REVIEW' || f.state === 'PUBLISHED';
    [{ id: scoreId }] = await s.sql(
      `insert into evaluation_score (id, round_id, government_id, unit_id, indicator_id, score, method, note, checked_at, evaluator_id, evaluator_name, released)
      values (gen_random_uuid(), ?, ?, ?, ?, 12, 'DOCUMENT_REVIEW', '台账', now(), ?, '评估员', ?) returning id`,
      [id, h.governmentId, h.unitId, system.leaves[0], demoUserId('pinggu'), released],
    );
  }
  return { id: id as string, system, scoreId };
}
async function fixtureAppeal(h: H) {
  const r = await fixtureRound(h, { state: 'REVIEW', deadline: '2099-12-31', score: true });
  const [{ id }] = await s.sql(
    `insert into evaluation_appeal (id, round_id, government_id, unit_id, score_id, reason, original_score, created_by_name, created_by_id)
    values (gen_random_uuid(), ?, ?, ?, ?, '理由', 12, '申诉人', ?) returning id`,
    [r.id, h.governmentId, h.unitId, r.scoreId, h.actorId ?? demoUserId('jiaoyu.gk')],
  );
  return { id: id as string, roundId: r.id };
}
async function fixtureQuestionnaire(h: H, state: 'DRAFT' | 'PUBLISHED', closed = false) {
  const r = await fixtureRound(h, { state: 'SCORING' });
  await s.sql(`update indicator set methods = '{QUESTIONNAIRE}' where id = ?`, [r.system.leaves[4]]);
  const [{ id }] = await s.sql(
    `insert into questionnaire (id, round_id, government_id, title, opens_on, closes_on, min_responses, state, respondent_key)
    values (gen_random_uuid(), ?, ?, '满意度调查', ?, ?, 1, ?, md5(random()::text)) returning id`,
    [r.id, h.governmentId, closed ? day(-10) : day(-1), closed ? day(-1) : day(10), state],
  );
  const [{ id: questionId }] = await s.sql(
    `insert into questionnaire_question (id, questionnaire_id, position, text, indicator_id) values (gen_random_uuid(), ?, 1, '满意吗？', ?) returning id`,
    [id, r.system.leaves[4]],
  );
  return { id: id as string, roundId: r.id, questionId: questionId as string, indicatorId: r.system.leaves[4] };
}
let respondent = 0;
const FLAT_TREE = ['POWER', 'SERVICE', 'INTERNET_SERVICE', 'PARTICIPATION', 'RESPONSE', 'CAPACITY'].map((d, i) => ({
  key: d,
  parentKey: null,
  dimension: d,
  name: d,
  maxScore: i < 2 ? 20 : 15,
  methods: ['DOCUMENT_REVIEW'],
}));
const TOPIC_INPUT = { title: '测试议题', category: 'LIVELIHOOD', draft: '草案', decisionBasis: '依据', draftingExplanation: '说明' };
const DOC_INPUT = { kind: 'DEPARTMENT', title: '测试文件', disclosureAttribute: 'PROACTIVE' };
let futureDay = 30;
let figureOpinions = 30;
const futureDate = () => new Date(Date.now() + 86400_000 * futureDay++).toISOString().slice(0, 10);

const CASE_STEP = (op: string, args = '') => `mutation($id:ID!){ ${op}(id:$id, version:1${args}) { id } }`;
const REQUEST_STEP = (op: string, args = '', params = '') => `mutation($id:ID!${params}){ ${op}(id:$id, version:1${args}) { id } }`;
const CALLS: Record<string, (h: H) => Promise<Outcome>> = {
  leadingGroup: async (h) => {
    const m = await fixtureMember(h, 'MEMBER', day(0));
    return outcome(await h.call('{ leadingGroup { id } }'), (d) => d.leadingGroup.some((x: any) => x.id === m.id));
  },
  addLeadingGroupMember: async (h) => {
    const userId = await fixtureUser(h.unitId);
    return mutation(rowsWhere('leading_group_member', 'user_id', userId), () =>
      h.call(`mutation($u:ID!){ addLeadingGroupMember(input:{ userId:$u, position: MEMBER, title:"局长", termStart:"${day(0)}" }) { id } }`, {
        u: userId,
      }),
    );
  },
  updateLeadingGroupMember: reviewStep(
    'leading_group_member',
    async (h) => (await fixtureMember(h)).id,
    'updateLeadingGroupMember',
    `, input:{ position: DEPUTY, title:"副局长", termStart:"${day(-10)}" }`,
  ),
  leadingGroupCandidates: async (h) => {
    const userId = await fixtureUser(h.unitId);
    return outcome(await h.call('query($u:ID!){ leadingGroupCandidates(unitId:$u) { userId } }', { u: h.unitId }), (d) =>
      d.leadingGroupCandidates.some((x: any) => x.userId === userId),
    );
  },
  jointMeetingDelegations: async (h) => {
    const id = await fixtureDelegation(h);
    return outcome(await h.call('{ jointMeetingDelegations { id } }'), (d) => d.jointMeetingDelegations.some((x: any) => x.id === id));
  },
  delegateJointMeetingConvening: async (h) => {
    await actorInGroup(h, 'LEADER');
    const m = await fixtureMember(h);
    return mutation(rowsWhere('joint_meeting_delegation', 'delegate_member_id', m.id), () =>
      h.call(
        `mutation($m:ID!){ delegateJointMeetingConvening(input:{ memberId:$m, validFrom:"${day(0)}", validTo:"${day(10)}", purpose:"测试" }) { id } }`,
        { m: m.id },
      ),
    );
  },
  jointMeetings: async (h) => {
    const id = await fixtureJointMeeting(h, 'MINUTES_ISSUED', { plannedOn: '2099-06-01' });
    return outcome(await h.call('{ jointMeetings(year: 2099) { id } }'), (d) => d.jointMeetings.some((x: any) => x.id === id));
  },
  jointMeeting: async (h) =>
    outcome(await h.call('query($id:ID!){ jointMeeting(id:$id) { id } }', { id: await fixtureJointMeeting(h, 'MINUTES_ISSUED') })),
  conveneJointMeeting: async (h) => {
    await actorInGroup(h, 'DEPUTY');
    return outcome(
      await h.call(`mutation{ conveneJointMeeting(input:{ title:"测试联席会议", plannedOn:"${day(0)}", agenda: ${JM_AGENDA} }) { id } }`),
    );
  },
  updateJointMeeting: reviewStep(
    'joint_meeting',
    (h) => fixtureJointMeeting(h, 'CONVENED'),
    'updateJointMeeting',
    `, input:{ title:"改后的联席会议", plannedOn:"${day(3)}", agenda: ${JM_AGENDA} }`,
  ),
  cancelJointMeeting: reviewStep('joint_meeting', (h) => fixtureJointMeeting(h, 'CONVENED'), 'cancelJointMeeting', ', reason:"会议改期"'),
  recordJointMeetingHeld: reviewStep('joint_meeting', (h) => fixtureJointMeeting(h, 'CONVENED'), 'recordJointMeetingHeld', `, heldOn:"${day(0)}"`),
  saveJointMeetingMinutes: reviewStep(
    'joint_meeting',
    (h) => fixtureJointMeeting(h, 'HELD'),
    'saveJointMeetingMinutes',
    ', input:{ minutesText:"改后的纪要" }',
  ),
  addResolution: async (h) => {
    const id = await fixtureJointMeeting(h, 'HELD');
    return mutation(rowsWhere('joint_resolution', 'meeting_id', id), () =>
      h.call(
        `mutation($id:ID!,$u:ID!){ addResolution(meetingId:$id, version:1, input:{ content:"测试事项", responsibleUnitIds:[$u], dueOn:"${day(20)}" }) { id } }`,
        { id, u: h.unitId },
      ),
    );
  },
  removeResolution: async (h) => {
    const r = await fixtureJointResolution(h, 'DRAFT');
    return mutation(rowOf('joint_resolution', r.id), () => h.call('mutation($id:ID!){ removeResolution(id:$id) }', { id: r.id }));
  },
  issueJointMeetingMinutes: reviewStep('joint_meeting', (h) => fixtureJointMeeting(h, 'HELD'), 'issueJointMeetingMinutes'),
  jointMeetingFigures: async (h) => outcome(await h.call('{ jointMeetingFigures { held met } }')),
  resolutions: async (h) => {
    const r = await fixtureJointResolution(h, 'OPEN');
    return outcome(await h.call('query($m:ID){ resolutions(filter:{ meetingId:$m }) { id } }', { m: r.meetingId }), (d) =>
      d.resolutions.some((x: any) => x.id === r.id),
    );
  },
  resolution: async (h) => outcome(await h.call('query($id:ID!){ resolution(id:$id) { id } }', { id: (await fixtureJointResolution(h, 'OPEN')).id })),
  reportResolutionProgress: reviewStep(
    'joint_resolution',
    async (h) => (await fixtureJointResolution(h, 'OPEN')).id,
    'reportResolutionProgress',
    ', progress:"已落实"',
  ),
  closeResolution: reviewStep('joint_resolution', async (h) => (await fixtureJointResolution(h, 'REPORTED')).id, 'closeResolution'),
  returnResolution: reviewStep(
    'joint_resolution',
    async (h) => (await fixtureJointResolution(h, 'REPORTED')).id,
    'returnResolution',
    ', reason:"请补充"',
  ),
  myMinutesReceipts: async (h) => {
    const r = await fixtureReceipt(h);
    return outcome(await h.call('{ myMinutesReceipts { id } }'), (d) => d.myMinutesReceipts.some((x: any) => x.id === r.id));
  },
  acknowledgeMinutes: async (h) => {
    const r = await fixtureReceipt(h);
    return mutation(rowOf('joint_minutes_receipt', r.id), () => h.call('mutation($id:ID!){ acknowledgeMinutes(id:$id) { id } }', { id: r.id }));
  },
  reviewCampaigns: async (h) => {
    const id = await fixtureCampaign(h);
    return outcome(await h.call('{ reviewCampaigns { id } }'), (d) => d.reviewCampaigns.some((x: any) => x.id === id));
  },
  reviewCampaign: async (h) => outcome(await h.call('query($id:ID!){ reviewCampaign(id:$id) { id } }', { id: await fixtureCampaign(h) })),
  openReviewCampaign: async (h) => {
    const year = Number(day(0).slice(0, 4));
    await clearReviewYear(year);
    return outcome(await h.call('mutation($y:Int!){ openReviewCampaign(year:$y) { id } }', { y: year }));
  },
  closeReviewCampaign: reviewStep('review_campaign', (h) => fixtureCampaign(h, '2020-12-31'), 'closeReviewCampaign'),
  reviewReports: async (h) => {
    const r = await fixtureReviewReport(h);
    return outcome(await h.call('query($c:ID){ reviewReports(filter:{ campaignId:$c }) { id } }', { c: r.campaignId }), (d) =>
      d.reviewReports.some((x: any) => x.id === r.id),
    );
  },
  reviewReport: async (h) => outcome(await h.call('query($id:ID!){ reviewReport(id:$id) { id } }', { id: (await fixtureReviewReport(h)).id })),
  collectReviewItems: async (h) => outcome(await h.call(REVIEW_STEP('collectReviewItems'), { id: (await fixtureReviewReport(h)).id })),
  updateReviewReport: reviewStep(
    'review_report',
    async (h) => (await fixtureReviewReport(h)).id,
    'updateReviewReport',
    ', input:{ workSummary:"新的工作总结" }',
  ),
  decideReviewItem: async (h) => {
    const f = await fixtureReviewItem(h);
    return mutation(rowOf('review_item', f.itemId), () =>
      h.call('mutation($id:ID!){ decideReviewItem(id:$id, version:1, outcome: KEEP, reason:"维持") { id } }', { id: f.itemId }),
    );
  },
  submitReviewReport: reviewStep('review_report', async (h) => (await fixtureReviewReport(h)).id, 'submitReviewReport'),
  signOffReviewReport: reviewStep('review_report', async (h) => (await fixtureReviewReport(h, 'HEAD_SIGNOFF')).id, 'signOffReviewReport'),
  returnReviewReport: reviewStep(
    'review_report',
    async (h) => (await fixtureReviewReport(h, 'HEAD_SIGNOFF')).id,
    'returnReviewReport',
    ', reason:"请补充"',
  ),
  spotCheck: async (h) => outcome(await h.call('query($id:ID!){ spotCheck(id:$id) { id } }', { id: (await fixtureSpotCheck(h)).spotCheckId })),
  drawSpotCheck: async (h) =>
    outcome(
      await h.call('mutation($c:ID!){ drawSpotCheck(campaignId:$c, input:{ method: UNITS, sampleSize: 1 }) { id } }', {
        c: (await fixtureReviewReport(h)).campaignId,
      }),
    ),
  recordSpotCheckFindings: reviewStep(
    'review_spot_check',
    async (h) => (await fixtureSpotCheck(h)).spotCheckId,
    'recordSpotCheckFindings',
    ', findings:"发现的问题"',
  ),
  rectifications: async (h) => {
    const f = await fixtureRectification(h);
    return outcome(await h.call('query($c:ID){ rectifications(filter:{ campaignId:$c }) { id } }', { c: f.campaignId }), (d) =>
      d.rectifications.some((x: any) => x.id === f.rectificationId),
    );
  },
  rectification: async (h) =>
    outcome(await h.call('query($id:ID!){ rectification(id:$id) { id } }', { id: (await fixtureRectification(h)).rectificationId })),
  orderRectification: async (h) => {
    const f = await fixtureSpotCheck(h);
    return mutation(rowsWhere('review_rectification', 'spot_check_id', f.spotCheckId), () =>
      h.call('mutation($s:ID!,$i:RectificationInput!){ orderRectification(spotCheckId:$s, input:$i) { id } }', {
        s: f.spotCheckId,
        i: { unitId: h.unitId, finding: '发现的问题', dueOn: day(20) },
      }),
    );
  },
  reportRectification: reviewStep(
    'review_rectification',
    async (h) => (await fixtureRectification(h)).rectificationId,
    'reportRectification',
    ', report:"已整改"',
  ),
  verifyRectification: reviewStep(
    'review_rectification',
    async (h) => (await fixtureRectification(h, 'REPORTED')).rectificationId,
    'verifyRectification',
  ),
  returnRectification: reviewStep(
    'review_rectification',
    async (h) => (await fixtureRectification(h, 'REPORTED')).rectificationId,
    'returnRectification',
    ', reason:"请补充材料"',
  ),
  // a visitor's viewer is null: that is the answer, not a refusal
  me: async (h) => outcome(await h.call('{ me { user { id } } }'), (d) => (h.actorId ? d.me?.user.id === h.actorId : d.me === null)),
  login: async (h) =>
    outcome(
      await h.call('mutation($u:String!,$p:String!){ login(username:$u, password:$p) { user { id } } }', { u: ACTORS[0].name, p: DEMO_PASSWORD }),
    ),
  logout: async (h) => {
    const got = outcome(await h.call('mutation { logout }'));
    for (const [name, cookie] of sessions) if (cookie === h.cookie) sessions.delete(name);
    return got;
  },
  changePassword: async (h) => outcome(await h.call('mutation { changePassword(oldPassword:"not-the-old-1", newPassword:"Another2026") }')),
  myTodos: async (h) => outcome(await h.call('{ myTodos { id } }')),
  myNotifications: async (h) => outcome(await h.call('{ myNotifications { id } }')),
  markNotificationsRead: async (h) => outcome(await h.call('mutation { markNotificationsRead(ids: []) }')),
  units: async (h) => outcome(await h.call('{ units { id } }'), (d) => d.units.length > 20),
  policyParameters: async (h) => outcome(await h.call('{ policyParameters { key } }'), (d) => d.policyParameters.length > 10),
  parameterValue: async (h) => outcome(await h.call('{ parameterValue(key:"supervisors.count", date:"2020-01-01") { value } }')),
  calendarYear: async (h) => outcome(await h.call('{ calendarYear(year: 2025) { covered } }')),
  coveredYears: async (h) => outcome(await h.call('{ coveredYears }')),
  addWorkingDays: async (h) => outcome(await h.call('{ addWorkingDays(date:"2025-09-30", days: 3) }')),
  createUnit: async (h) =>
    outcome(
      await h.call('mutation($p:ID!,$n:String!){ createUnit(input:{ name:$n, kind: DEPARTMENT, parentId:$p }) { id } }', {
        p: demoUnitId('city'),
        n: `新单位${uniq()}`,
      }),
    ),
  updateUnit: async (h) =>
    outcome(
      await h.call('mutation($id:ID!,$p:ID!){ updateUnit(id:$id, version:1, input:{ name:"改名单位", kind: DEPARTMENT, parentId:$p }) { id } }', {
        id: await fixtureUnit(),
        p: demoUnitId('city'),
      }),
    ),
  users: async (h) => {
    const target = await fixtureUser(h.unitId);
    return outcome(await h.call('query($u:ID!){ users(filter:{ unitId:$u }, pageSize: 100) { items { id } } }', { u: h.unitId }), (d) =>
      d.users.items.some((u: any) => u.id === target),
    );
  },
  user: async (h) => outcome(await h.call('query($id:ID!){ user(id:$id) { id } }', { id: await fixtureUser(h.unitId) })),
  createUser: async (h) =>
    outcome(
      await h.call(
        'mutation($u:ID!,$n:String!){ createUser(input:{ username:$n, displayName:"新用户", unitId:$u, roles:[DEPARTMENT_STAFF], password:"Start2026ok" }) { id } }',
        { u: demoUnitId('education'), n: `new.${uniq()}` },
      ),
    ),
  updateUser: async (h) =>
    outcome(
      await h.call('mutation($id:ID!,$u:ID!){ updateUser(id:$id, input:{ displayName:"改名", unitId:$u, roles:[DEPARTMENT_STAFF] }) { id } }', {
        id: await fixtureUser(h.unitId),
        u: h.unitId,
      }),
    ),
  setUserActive: async (h) =>
    outcome(await h.call('mutation($id:ID!){ setUserActive(id:$id, active:false) { id } }', { id: await fixtureUser(h.unitId) })),
  resetPassword: async (h) =>
    outcome(await h.call('mutation($id:ID!){ resetPassword(id:$id, newPassword:"Reset2026ok") }', { id: await fixtureUser(h.unitId) })),
  unlockUser: async (h) => outcome(await h.call('mutation($id:ID!){ unlockUser(id:$id) }', { id: await fixtureUser(h.unitId) })),
  addParameterVersion: async (h) =>
    outcome(
      await h.call(
        'mutation($d:String!){ addParameterVersion(input:{ key:"supervisors.count", value:"20", effectiveFrom:$d, source:"测试" }) { id } }',
        { d: futureDate() },
      ),
    ),
  // clearing a day answers null: that is the answer
  setCalendarDay: async (h) =>
    outcome(await h.call('mutation { setCalendarDay(date:"2026-12-26", kind: null) { date } }'), (d) => d.setCalendarDay === null),
  setYearCovered: async (h) => outcome(await h.call('mutation { setYearCovered(year: 2026, covered: true) { year } }')),
  calendarNoticePreview: async (h) =>
    outcome(
      await h.call('query($t:String!){ calendarNoticePreview(year: 2031, text: $t) { days { date } problems } }', {
        t: '一、元旦：1月1日（周三）放假，共1天。',
      }),
      (d) => d.calendarNoticePreview.days.length === 1 && d.calendarNoticePreview.problems.length === 0,
    ),
  applyCalendarNotice: async (h) =>
    outcome(
      await h.call('mutation($t:String!){ applyCalendarNotice(year: 2031, text: $t) { covered } }', { t: '一、元旦：1月1日（周三）放假，共1天。' }),
      (d) => d.applyCalendarNotice.covered === true,
    ),
  // next year is entered in this suite: no warning, but an answer
  calendarWarning: async (h) => outcome(await h.call('{ calendarWarning { year } }'), (d) => d.calendarWarning === null),
  auditRecords: async (h) => outcome(await h.call('{ auditRecords { total } }')),
  auditChainStatus: async (h) => outcome(await h.call('{ auditChainStatus { ok } }')),
  accountRequests: async (h) => {
    const target = await fixtureRequest(h, 'DRAFT');
    return outcome(await h.call('{ accountRequests { id } }'), (d) => d.accountRequests.some((r: any) => r.id === target));
  },
  accountRequest: async (h) => outcome(await h.call('query($id:ID!){ accountRequest(id:$id) { id } }', { id: await fixtureRequest(h, 'DRAFT') })),
  attachments: async (h) =>
    outcome(await h.call('query($id:ID!){ attachments(ownerType:"AccountRequest", ownerId:$id) { id } }', { id: await fixtureRequest(h, 'DRAFT') })),
  createAccountRequest: async (h) =>
    outcome(
      await h.call(
        'mutation($n:String!){ createAccountRequest(input:{ displayName:"新同事", username:$n, roles:[DEPARTMENT_STAFF], reason:"工作需要" }) { id } }',
        { n: `ask.${uniq()}` },
      ),
    ),
  updateAccountRequest: async (h) =>
    outcome(
      await h.call(
        'mutation($id:ID!,$n:String!){ updateAccountRequest(id:$id, version:1, input:{ displayName:"新同事", username:$n, roles:[DEPARTMENT_STAFF], reason:"工作需要" }) { id } }',
        { id: await fixtureRequest(h, 'DRAFT'), n: `ask.${uniq()}` },
      ),
    ),
  submitAccountRequest: async (h) =>
    outcome(await h.call('mutation($id:ID!){ submitAccountRequest(id:$id, version:1) { id } }', { id: await fixtureRequest(h, 'DRAFT') })),
  approveAccountRequest: async (h) =>
    outcome(
      await h.call('mutation($id:ID!){ approveAccountRequest(id:$id, version:1) { initialPassword } }', { id: await fixtureRequest(h, 'SUBMITTED') }),
    ),
  returnAccountRequest: async (h) =>
    outcome(
      await h.call('mutation($id:ID!){ returnAccountRequest(id:$id, version:1, reason:"材料不全") { id } }', {
        id: await fixtureRequest(h, 'SUBMITTED'),
      }),
    ),
  documents: async (h) => {
    const target = await fixtureDocument(h, { state: 'DRAFT' });
    return outcome(await h.call('{ documents(pageSize: 100) { items { id } } }'), (d) => d.documents.items.some((x: any) => x.id === target));
  },
  document: async (h) => outcome(await h.call('query($id:ID!){ document(id:$id) { id } }', { id: await fixtureDocument(h, { state: 'DRAFT' }) })),
  documentHistory: async (h) =>
    outcome(await h.call('query($id:ID!){ documentHistory(id:$id) { id } }', { id: await fixtureDocument(h, { state: 'DRAFT' }) })),
  createDocument: async (h) => outcome(await h.call('mutation($i:DocumentInput!){ createDocument(input:$i) { id } }', { i: DOC_INPUT })),
  // a number of the actor's own unit's series (its prefix), not yet used
  registerClassifiedDocument: async (h) => {
    const [{ prefix }] = await s.sql(`select coalesce(document_prefix, '无') as prefix from unit where id = ?`, [h.unitId]);
    return outcome(
      await h.call(
        'mutation($n:String!){ registerClassifiedDocument(input:{ kind: DEPARTMENT, title:"涉密", documentNumber:$n, issueDate:"2026-11-01" }) { id } }',
        { n: `${prefix}〔2026〕${++classifiedSeq}号` },
      ),
    );
  },
  updateDocument: async (h) =>
    outcome(
      await h.call('mutation($id:ID!,$i:DocumentInput!){ updateDocument(id:$id, version:1, input:$i) { id } }', {
        id: await fixtureDocument(h, { state: 'DRAFT' }),
        i: DOC_INPUT,
      }),
    ),
  submitDocument: async (h) =>
    outcome(await h.call('mutation($id:ID!){ submitDocument(id:$id, version:1) { id } }', { id: await fixtureDocument(h, { state: 'DRAFT' }) })),
  approveDocumentAttribute: async (h) =>
    outcome(
      await h.call('mutation($id:ID!){ approveDocumentAttribute(id:$id, version:1) { id } }', {
        id: await fixtureDocument(h, { state: 'OFFICER_REVIEW', attribute: 'NOT_DISCLOSED' }),
      }),
    ),
  // drafted by someone else: whoever drafted a document does not sign it off
  signOffDocument: async (h) => {
    const id = await fixtureDocument(h, { state: 'HEAD_SIGNOFF' });
    await s.sql('update policy_document set created_by_id = ? where id = ?', [demoUserId('jiaoyu.staff'), id]);
    return outcome(await h.call('mutation($id:ID!){ signOffDocument(id:$id, version:1) { id } }', { id }));
  },
  reviewDocument: async (h) =>
    outcome(
      await h.call('mutation($id:ID!){ reviewDocument(id:$id, version:1, input:{ interpretationNeeded: false }) { id } }', {
        id: await fixtureDocument(h, { state: 'DISCLOSURE_REVIEW', kind: 'GOVERNMENT' }),
      }),
    ),
  returnDocument: async (h) =>
    outcome(
      await h.call('mutation($id:ID!){ returnDocument(id:$id, version:1, reason:"请补充") { id } }', {
        id: await fixtureDocument(h, { state: 'DISCLOSURE_REVIEW', kind: 'GOVERNMENT' }),
      }),
    ),
  issueDocument: async (h) =>
    outcome(
      await h.call('mutation($id:ID!){ issueDocument(id:$id, version:1) { id } }', {
        id: await fixtureDocument(h, { state: 'FORWARDED', kind: 'GOVERNMENT' }),
      }),
    ),
  publicDocuments: async (h) => outcome(await h.call('{ publicDocuments { total } }')),
  search: async (h) => {
    const title = `检索探针${uniq()}`;
    await fixtureDocument(h, { state: 'ISSUED', title });
    const r = await h.call('query($q:String!){ search(query:$q) { total items { id title } } }', { q: title });
    // an allowed cell returns data: the document just published is found
    return outcome(r, (data) => data.search.items.some((i: { title: string }) => i.title === title));
  },
  publicDocument: async (h) =>
    outcome(await h.call('query($id:ID!){ publicDocument(id:$id) { id } }', { id: await fixtureDocument(h, { state: 'ISSUED' }) })),
  interpretations: async (h) => {
    const target = await fixtureInterpretation(h, false);
    return outcome(await h.call('{ interpretations(pageSize: 100) { items { id } } }'), (d) =>
      d.interpretations.items.some((x: any) => x.id === target.id),
    );
  },
  interpretation: async (h) =>
    outcome(await h.call('query($id:ID!){ interpretation(id:$id) { id } }', { id: (await fixtureInterpretation(h, false)).id })),
  saveInterpretation: async (h) =>
    outcome(
      await h.call('mutation($d:ID!){ saveInterpretation(documentId:$d, input:{ scope:"全市" }) { id } }', {
        d: await fixtureDocument(h, { state: 'DRAFT' }),
      }),
    ),
  publishInterpretation: async (h) => {
    const { id, documentId } = await fixtureInterpretation(h, false);
    await s.sql(`update policy_document set state = 'ISSUED', issue_date = '2026-11-02' where id = ?`, [documentId]);
    return outcome(await h.call('mutation($id:ID!){ publishInterpretation(id:$id, version:1) { id } }', { id }));
  },
  publicInterpretations: async (h) => outcome(await h.call('{ publicInterpretations { total } }')),
  publicInterpretation: async (h) =>
    outcome(await h.call('query($id:ID!){ publicInterpretation(id:$id) { id } }', { id: (await fixtureInterpretation(h, true)).id })),
  consultationTopics: async (h) => {
    const target = await fixtureTopic(h, 'SUBMITTED');
    return outcome(await h.call('{ consultationTopics(pageSize: 100) { items { id } } }'), (d) =>
      d.consultationTopics.items.some((x: any) => x.id === target),
    );
  },
  consultationTopic: async (h) =>
    outcome(await h.call('query($id:ID!){ consultationTopic(id:$id) { id } }', { id: await fixtureTopic(h, 'SUBMITTED') })),
  consultationFigures: async (h) => {
    // a published topic with more opinions than any before it: first among the topics with the most opinions, for whoever may read it
    const target = await fixtureTopic(h, 'PUBLISHED');
    figureOpinions += 1;
    await s.sql(
      `insert into opinion (id, topic_id, undertaking_unit_id, government_id, content, channel, receipt_code)
      select gen_random_uuid(), ?, ?, ?, '测试意见内容', 'PORTAL', 'YJ20261127-F' || upper(substr(md5(random()::text), 1, 8)) from generate_series(1, ?)`,
      [target, h.unitId, h.governmentId, figureOpinions],
    );
    return outcome(await h.call('{ consultationFigures { mostOpinions { id } } }'), (d) =>
      d.consultationFigures.mostOpinions.some((x: any) => x.id === target),
    );
  },
  createTopic: async (h) => outcome(await h.call('mutation($i:TopicInput!){ createTopic(input:$i) { id } }', { i: TOPIC_INPUT })),
  updateTopic: async (h) =>
    outcome(
      await h.call('mutation($id:ID!,$i:TopicInput!){ updateTopic(id:$id, version:1, input:$i) { id } }', {
        id: await fixtureTopic(h, 'DRAFT'),
        i: TOPIC_INPUT,
      }),
    ),
  submitTopic: async (h) =>
    outcome(await h.call('mutation($id:ID!){ submitTopic(id:$id, version:1) { id } }', { id: await fixtureTopic(h, 'DRAFT') })),
  approveTopic: async (h) =>
    outcome(await h.call('mutation($id:ID!){ approveTopic(id:$id, version:1) { id } }', { id: await fixtureTopic(h, 'SUBMITTED') })),
  returnTopic: async (h) =>
    outcome(await h.call('mutation($id:ID!){ returnTopic(id:$id, version:1, reason:"请补充") { id } }', { id: await fixtureTopic(h, 'SUBMITTED') })),
  publishTopic: async (h) =>
    outcome(await h.call('mutation($id:ID!){ publishTopic(id:$id, version:1) { id } }', { id: await fixtureTopic(h, 'APPROVED') })),
  saveTopicSummary: async (h) =>
    outcome(
      await h.call('mutation($id:ID!){ saveTopicSummary(id:$id, version:1, summary:"汇总") { id } }', {
        id: await fixtureTopic(h, 'PUBLISHED', true),
      }),
    ),
  publishTopicResults: async (h) => {
    const id = await fixtureTopic(h, 'PUBLISHED', true);
    await s.sql(`update consultation_topic set summary = '意见汇总' where id = ?`, [id]);
    return outcome(await h.call('mutation($id:ID!){ publishTopicResults(id:$id, version:1) { id } }', { id }));
  },
  publicConsultations: async (h) => outcome(await h.call('{ publicConsultations { total } }')),
  publicConsultation: async (h) =>
    outcome(await h.call('query($id:ID!){ publicConsultation(id:$id) { id } }', { id: await fixtureTopic(h, 'PUBLISHED') })),
  topicOpinions: async (h) => {
    const o = await fixtureOpinion(h);
    return outcome(await h.call('query($t:ID!){ topicOpinions(topicId:$t) { id } }', { t: o.topicId }), (d) =>
      d.topicOpinions.some((x: any) => x.id === o.id),
    );
  },
  recordOpinion: async (h) =>
    outcome(
      await h.call('mutation($t:ID!){ recordOpinion(input:{ topicId:$t, content:"来信意见内容", channel: LETTER }) { id } }', {
        t: await fixtureTopic(h, 'PUBLISHED'),
      }),
    ),
  answerOpinion: async (h) =>
    outcome(
      await h.call('mutation($id:ID!){ answerOpinion(id:$id, input:{ reasonable: false, reply:"感谢" }) { id } }', {
        id: (await fixtureOpinion(h, true)).id,
      }),
    ),
  moderateOpinion: async (h) =>
    outcome(await h.call('mutation($id:ID!){ moderateOpinion(id:$id, hidden: true, reason:"辱骂") { id } }', { id: (await fixtureOpinion(h)).id })),
  submitOpinion: async (h) =>
    outcome(
      await h.call('mutation($t:ID!,$k:String!){ submitOpinion(input:{ topicId:$t, content:"公众意见内容", idempotencyKey:$k }) { receiptCode } }', {
        t: await fixtureTopic(h, 'PUBLISHED'),
        k: `perm-${uniq()}-${uniq()}`,
      }),
    ),
  opinionReceipt: async (h) =>
    outcome(await h.call('query($c:String!){ opinionReceipt(code:$c) { content } }', { c: (await fixtureOpinion(h)).code })),
  consultationEvents: async (h) => {
    const topicId = await fixtureTopic(h, 'PUBLISHED');
    const [{ id }] = await s.sql(
      `insert into consultation_event (id, topic_id, undertaking_unit_id, government_id, form, date, lead_days) values (gen_random_uuid(), ?, ?, ?, 'HEARING', ?, 7) returning id`,
      [topicId, h.unitId, h.governmentId, day(20)],
    );
    return outcome(await h.call('query($t:ID!){ consultationEvents(topicId:$t) { id } }', { t: topicId }), (d) =>
      d.consultationEvents.some((x: any) => x.id === id),
    );
  },
  addConsultationEvent: async (h) =>
    outcome(
      await h.call('mutation($t:ID!,$d:String!){ addConsultationEvent(topicId:$t, input:{ form: SYMPOSIUM, date:$d }) { id } }', {
        t: await fixtureTopic(h, 'PUBLISHED'),
        d: day(20),
      }),
    ),
  recordMaterialDelivery: async (h) => {
    const topicId = await fixtureTopic(h, 'PUBLISHED');
    const [{ id }] = await s.sql(
      `insert into consultation_event (id, topic_id, undertaking_unit_id, government_id, form, date, lead_days) values (gen_random_uuid(), ?, ?, ?, 'HEARING', ?, 7) returning id`,
      [topicId, h.unitId, h.governmentId, day(20)],
    );
    return outcome(
      await h.call('mutation($e:ID!,$d:String!){ recordMaterialDelivery(eventId:$e, input:{ representative:"代表", deliveredOn:$d }) { id } }', {
        e: id,
        d: day(5),
      }),
    );
  },
  meetings: async (h) => {
    const target = await fixtureMeeting();
    return outcome(await h.call('{ meetings(pageSize: 100) { items { id } } }'), (d) => d.meetings.items.some((x: any) => x.id === target));
  },
  meeting: async (h) => outcome(await h.call('query($id:ID!){ meeting(id:$id) { id } }', { id: await fixtureMeeting() })),
  createMeeting: async (h) => outcome(await h.call('mutation { createMeeting(input:{ kind: STANDING, title:"会议", date:"2026-12-30" }) { id } }')),
  addAgendaItem: async (h) =>
    outcome(
      await h.call('mutation($m:ID!,$u:ID!){ addAgendaItem(meetingId:$m, input:{ title:"议题", submittingUnitId:$u, category: OTHER }) { id } }', {
        m: await fixtureMeeting(),
        u: demoUnitId('education'),
      }),
    ),
  publishPressRelease: async (h) =>
    outcome(
      await h.call('mutation($m:ID!){ publishPressRelease(meetingId:$m, input:{ title:"通稿", body:"正文" }) { id } }', {
        m: await fixtureMeeting(),
      }),
    ),
  publicMeetingNews: async (h) => outcome(await h.call('{ publicMeetingNews { total } }')),
  publicPressRelease: async (h) => {
    const meetingId = await fixtureMeeting();
    const [{ id }] = await s.sql(
      `insert into press_release (id, meeting_id, title, body) values (gen_random_uuid(), ?, '通稿', '正文') returning id`,
      [meetingId],
    );
    return outcome(await h.call('query($id:ID!){ publicPressRelease(id:$id) { id } }', { id }));
  },
  consultationRates: async (h) => outcome(await h.call('{ consultationRates(year: 2026, quarter: 4) { required } }')),
  attendanceProposals: async (h) => {
    const p = await fixtureProposal(h, 'SUBMITTED');
    return outcome(await h.call('{ attendanceProposals { id } }'), (d) => d.attendanceProposals.some((x: any) => x.id === p.id));
  },
  attendanceProposal: async (h) =>
    outcome(await h.call('query($id:ID!){ attendanceProposal(id:$id) { id } }', { id: (await fixtureProposal(h, 'SUBMITTED')).id })),
  saveAttendanceProposal: async (h) =>
    outcome(
      await h.call('mutation($a:ID!){ saveAttendanceProposal(agendaItemId:$a, input:{ invite: false, invitees: [] }) { id } }', {
        a: await fixtureAgendaItem(h),
      }),
    ),
  submitAttendanceProposal: async (h) =>
    outcome(await h.call('mutation($id:ID!){ submitAttendanceProposal(id:$id, version:1) { id } }', { id: (await fixtureProposal(h, 'DRAFT')).id })),
  approveAttendanceProposal: async (h) =>
    outcome(
      await h.call('mutation($id:ID!){ approveAttendanceProposal(id:$id, version:1) { id } }', { id: (await fixtureProposal(h, 'SUBMITTED')).id }),
    ),
  returnAttendanceProposal: async (h) =>
    outcome(
      await h.call('mutation($id:ID!){ returnAttendanceProposal(id:$id, version:1, reason:"请补充") { id } }', {
        id: (await fixtureProposal(h, 'SUBMITTED')).id,
      }),
    ),
  recordNoticeDelivery: async (h) =>
    outcome(
      await h.call('mutation($i:ID!){ recordNoticeDelivery(inviteeId:$i, deliveredOn:"2026-12-01") { noticeLate } }', {
        i: (await fixtureProposal(h, 'APPROVED')).inviteeId,
      }),
    ),
  governmentOverview: async (h) => {
    // a proposal waiting for the Secretariat in the actor's government: counted for whoever reads the level
    await fixtureProposal(h, 'SUBMITTED');
    return outcome(
      await h.call('{ governmentOverview { proposalsPending interpretationsOverdue } }'),
      (d) => d.governmentOverview.proposalsPending > 0,
    );
  },
  governmentRollup: async (h) => {
    // a proposal waiting in the scope's government: counted in its row, as its leader reads it
    await fixtureProposal(h, 'SUBMITTED');
    return outcome(
      await h.call(
        'query($g:ID!){ governmentRollup(governmentId:$g) { government { governmentId figures { proposalsPending } } total { proposalsPending } } }',
        {
          g: h.governmentId,
        },
      ),
      (d) => d.governmentRollup.government.governmentId === h.governmentId && d.governmentRollup.government.figures.proposalsPending > 0,
    );
  },
  supervisors: async (h) => {
    const target = await fixtureSupervisor();
    return outcome(await h.call('{ supervisors { items { id } } }'), (d) => d.supervisors.items.some((x: any) => x.id === target));
  },
  supervisor: async (h) => outcome(await h.call('query($id:ID!){ supervisor(id:$id) { id } }', { id: await fixtureSupervisor() })),
  mySupervisor: async (h) => {
    const id = h.actorId ? await fixtureSupervisor(h.actorId) : null;
    return outcome(await h.call('{ mySupervisor { id } }'), (d) => !!id && d.mySupervisor?.id === id);
  },
  supervisorAccounts: async (h) => outcome(await h.call('{ supervisorAccounts { id } }')),
  createSupervisor: async (h) => outcome(await h.call('mutation($i:SupervisorInput!){ createSupervisor(input:$i) { id } }', { i: SUPERVISOR_INPUT })),
  updateSupervisor: async (h) =>
    outcome(
      await h.call('mutation($id:ID!,$i:SupervisorInput!){ updateSupervisor(id:$id, version:1, input:$i) { id } }', {
        id: await fixtureSupervisor(),
        i: SUPERVISOR_INPUT,
      }),
    ),
  supervisorFeedbacks: async (h) => {
    const target = await fixtureFeedback(h, 'SUBMITTED');
    return outcome(await h.call('{ supervisorFeedbacks(pageSize: 100) { items { id } } }'), (d) =>
      d.supervisorFeedbacks.items.some((x: any) => x.id === target),
    );
  },
  supervisorFeedback: async (h) =>
    outcome(await h.call('query($id:ID!){ supervisorFeedback(id:$id) { id } }', { id: await fixtureFeedback(h, 'SUBMITTED') })),
  supervisorFeedbackStats: async (h) => outcome(await h.call('{ supervisorFeedbackStats { total { filed } } }')),
  trainingCourses: async (h) => {
    const { courseId } = await fixtureTrainingSession(h, 'future', demoUnitId('partyschool'));
    return outcome(await h.call('{ trainingCourses { id } }'), (d) => d.trainingCourses.some((x: any) => x.id === courseId));
  },
  trainingSessions: async (h) => {
    const { id } = await fixtureTrainingSession(h, 'future', demoUnitId('partyschool'));
    return outcome(await h.call('{ trainingSessions(pageSize: 100) { items { id } } }'), (d) =>
      d.trainingSessions.items.some((x: any) => x.id === id),
    );
  },
  trainingSession: async (h) =>
    outcome(await h.call('query($id:ID!){ trainingSession(id:$id) { id } }', { id: (await fixtureTrainingSession(h)).id })),
  trainingCandidates: async (h) =>
    outcome(await h.call('query($id:ID!){ trainingCandidates(sessionId:$id) { id } }', { id: (await fixtureTrainingSession(h)).id })),
  myTrainings: async (h) => outcome(await h.call('{ myTrainings { id } }')),
  trainingCoverage: async (h) => outcome(await h.call('{ trainingCoverage(year: 2026) { staff units { unitId } } }')),
  trainingPeople: async (h) => outcome(await h.call('{ trainingPeople(year: 2026) { userId } }')),
  createTrainingCourse: async (h) =>
    outcome(
      await h.call('mutation($i:TrainingCourseInput!){ createTrainingCourse(input:$i) { id } }', {
        i: { kind: 'ROTATION', audience: 'DISCLOSURE_STAFF', title: '测试课程' },
      }),
    ),
  createTrainingSession: async (h) =>
    outcome(
      await h.call('mutation($i:TrainingSessionInput!){ createTrainingSession(input:$i) { id } }', {
        i: {
          courseId: (await fixtureTrainingSession(h)).courseId,
          title: '测试期次',
          location: '教室',
          day: day(20),
          startTime: '09:00',
          endTime: '11:00',
          hours: 2,
          capacity: 10,
        },
      }),
    ),
  completeTrainingSession: async (h) =>
    outcome(
      await h.call('mutation($id:ID!){ completeTrainingSession(id:$id, version:1) { id } }', { id: (await fixtureTrainingSession(h, 'past')).id }),
    ),
  updateTrainingSession: async (h) => {
    const id = (await fixtureTrainingSession(h)).id;
    return mutation(rowOf('training_session', id), () =>
      h.call('mutation($id:ID!,$i:TrainingSessionUpdateInput!){ updateTrainingSession(id:$id, version:1, input:$i) { id } }', {
        id,
        i: TRAINING_ARRANGEMENTS,
      }),
    );
  },
  cancelTrainingSession: reviewStep(
    'training_session',
    async (h) => (await fixtureTrainingSession(h)).id,
    'cancelTrainingSession',
    ', reason:"授课教师出差"',
  ),
  nominateTrainingStaff: async (h) =>
    outcome(
      await h.call('mutation($id:ID!,$u:[ID!]!){ nominateTrainingStaff(sessionId:$id, userIds:$u) { id } }', {
        id: (await fixtureTrainingSession(h)).id,
        u: [await fixtureUser(h.unitId)],
      }),
    ),
  markTrainingAttendance: async (h) => {
    const { id } = await fixtureTrainingSession(h, 'past');
    const e = await fixtureTrainingEnrolment(id, await fixtureUser(h.unitId), h.unitId);
    return outcome(
      await h.call('mutation($id:ID!,$e:[ID!]!){ markTrainingAttendance(sessionId:$id, enrolmentIds:$e, attended:true) { id } }', { id, e: [e] }),
    );
  },
  enrolTrainingStaff: async (h) =>
    outcome(
      await h.call('mutation($id:ID!,$u:[ID!]!){ enrolTrainingStaff(sessionId:$id, userIds:$u) { id } }', {
        id: (await fixtureTrainingSession(h, 'future', trainingOrganiser(h))).id,
        u: [await fixtureUser(h.unitId)],
      }),
    ),
  checkInTraining: async (h) =>
    outcome(
      await h.call('mutation($id:ID!){ checkInTraining(sessionId:$id, code:"123456") { id } }', { id: await trainingWithAttendee(h, 'now', false) }),
    ),
  submitTrainingFeedback: async (h) =>
    outcome(
      await h.call('mutation($id:ID!,$i:TrainingFeedbackInput!){ submitTrainingFeedback(sessionId:$id, input:$i) { id } }', {
        id: await trainingWithAttendee(h, 'past', true),
        i: TRAINING_RATING,
      }),
    ),
  cases: async (h) => {
    const { id } = await fixtureCase(h, 'ASSIGNED');
    return outcome(await h.call('{ cases(pageSize: 100) { items { id } } }'), (d) => d.cases.items.some((x: any) => x.id === id));
  },
  case: async (h) => {
    const { id } = await fixtureCase(h, 'ASSIGNED');
    return outcome(await h.call('query($id:ID!){ case(id:$id) { id complainantName } }', { id }), (d) => d.case?.id === id);
  },
  annualReports: async (h) => {
    const id = await fixtureAnnualReport(h, 'DRAFT');
    return outcome(await h.call('{ annualReports { id } }'), (d) => d.annualReports.some((x: any) => x.id === id));
  },
  annualReport: async (h) =>
    outcome(await h.call('query($id:ID!){ annualReport(id:$id) { id content { sumsOk } } }', { id: await fixtureAnnualReport(h, 'DRAFT') })),
  createAnnualReport: (h) => createReport(h, h.unitId),
  updateAnnualReport: async (h) => {
    const id = await fixtureAnnualReport(h, 'DRAFT');
    return mutation(rowOf('annual_report', id), () =>
      h.call('mutation($id:ID!){ updateAnnualReport(id:$id, version:1, input:{ overview:"改写的总体情况" }) { id } }', { id }),
    );
  },
  refreshAnnualReport: (h) => step('annual_report', (x) => fixtureAnnualReport(x, 'DRAFT', x.unitId, realYear(x.unitId)), 'refreshAnnualReport')(h),
  submitAnnualReport: (h) => step('annual_report', reportIn('DRAFT'), 'submitAnnualReport')(h),
  returnAnnualReport: (h) => step('annual_report', reportIn('SUBMITTED'), 'returnAnnualReport', ', reason:"请核对表三"')(h),
  signOffAnnualReport: (h) => step('annual_report', reportIn('SUBMITTED'), 'signOffAnnualReport')(h),
  publishAnnualReport: (h) => step('annual_report', reportIn('SIGNED_OFF'), 'publishAnnualReport')(h),
  assessments: async (h) => {
    const { id } = await fixtureAssessment(h, 'OPEN');
    return outcome(await h.call('{ assessments { id } }'), (d) => d.assessments.some((x: any) => x.id === id));
  },
  assessment: async (h) =>
    outcome(await h.call('query($id:ID!){ assessment(id:$id) { id state } }', { id: (await fixtureAssessment(h, 'OFFICE_SIGNED')).id })),
  scorecard: async (h) => {
    const { year } = await fixtureAssessment(h, 'OFFICE_SIGNED');
    return outcome(await h.call('query($y:Int!,$u:ID!){ scorecard(year:$y, unitId:$u) { unitId total } }', { y: year, u: h.unitId }));
  },
  scorecardRecords: async (h) => {
    const { year } = await fixtureAssessment(h, 'OFFICE_SIGNED');
    return outcome(
      await h.call('query($y:Int!,$u:ID!){ scorecardRecords(year:$y, unitId:$u, item:REQUEST_ON_TIME) { id } }', { y: year, u: h.unitId }),
    );
  },
  openAssessment: async (h) => {
    await clearAssessmentYear(demoUnitId('city'), THIS_YEAR - 2);
    return outcome(await h.call('mutation($y:Int!){ openAssessment(year:$y) { id } }', { y: THIS_YEAR - 2 }));
  },
  addRoutineCheck: addToAssessment('addRoutineCheck', 'OPEN'),
  addDeduction: addToAssessment('addDeduction', 'OPEN'),
  officeSignOffAssessment: (h) => step('assessment', async (x) => (await fixtureAssessment(x, 'OPEN')).id, 'officeSignOffAssessment')(h),
  signOffAssessment: (h) => step('assessment', async (x) => (await fixtureAssessment(x, 'OFFICE_SIGNED')).id, 'signOffAssessment')(h),
  returnAssessment: (h) =>
    step('assessment', async (x) => (await fixtureAssessment(x, 'OFFICE_SIGNED')).id, 'returnAssessment', ', reason:"请核实"')(h),
  publishAssessment: (h) => step('assessment', async (x) => (await fixtureAssessment(x, 'SIGNED_OFF')).id, 'publishAssessment')(h),
  publicAssessments: async (h) => {
    const { id } = await fixtureAssessment({ ...h, governmentId: demoUnitId('city') }, 'PUBLISHED');
    return outcome(await h.call('{ publicAssessments { id results { unitName total } } }'), (d) => d.publicAssessments.some((x: any) => x.id === id));
  },
  publicAnnualReports: async (h) => {
    const id = await fixtureAnnualReport(h, 'PUBLISHED');
    return outcome(await h.call('{ publicAnnualReports { id } }'), (d) => d.publicAnnualReports.some((x: any) => x.id === id));
  },
  publicAnnualReport: async (h) =>
    outcome(
      await h.call('query($id:ID!){ publicAnnualReport(id:$id) { id content { frozen } } }', { id: await fixtureAnnualReport(h, 'PUBLISHED') }),
    ),
  registerCase: async (h) =>
    outcome(
      await h.call('mutation{ registerCase(input:{ kind: COMPLAINT, channel: LETTER, title:"来信反映", content:"来信反映的具体问题内容" }) { id } }'),
    ),
  acceptCase: async (h) => outcome(await h.call(CASE_STEP('acceptCase'), { id: (await fixtureCase(h, 'RECEIVED')).id })),
  notAcceptCase: async (h) =>
    outcome(await h.call(CASE_STEP('notAcceptCase', ', reason:"不属于受理范围"'), { id: (await fixtureCase(h, 'RECEIVED')).id })),
  assignCase: async (h) =>
    outcome(
      await h.call('mutation($id:ID!,$u:ID!){ assignCase(id:$id, version:1, unitId:$u) { id } }', {
        id: (await fixtureCase(h, 'ACCEPTED')).id,
        u: h.unitId,
      }),
    ),
  handBackCase: async (h) =>
    outcome(await h.call(CASE_STEP('handBackCase', ', reason:"非本单位职责"'), { id: (await fixtureCase(h, 'ASSIGNED')).id })),
  replyCase: async (h) => outcome(await h.call(CASE_STEP('replyCase', ', reply:"答复内容"'), { id: (await fixtureCase(h, 'ASSIGNED')).id })),
  closeCase: async (h) => outcome(await h.call(CASE_STEP('closeCase'), { id: (await fixtureCase(h, 'REPLIED')).id })),
  reopenCase: async (h) =>
    outcome(await h.call(CASE_STEP('reopenCase', ', reason:"群众不满意"'), { id: (await fixtureCase(h, 'RATED', 'DISSATISFIED')).id })),
  requestCaseExtension: async (h) =>
    outcome(await h.call(CASE_STEP('requestCaseExtension', ', days:3, reason:"需要协调"'), { id: (await fixtureCase(h, 'ASSIGNED')).id })),
  approveCaseExtension: async (h) =>
    outcome(await h.call(CASE_STEP('approveCaseExtension'), { id: (await fixtureCase(h, 'ASSIGNED', null, 'REQUESTED')).id })),
  rejectCaseExtension: async (h) =>
    outcome(
      await h.call(CASE_STEP('rejectCaseExtension', ', reason:"应按期答复"'), { id: (await fixtureCase(h, 'ASSIGNED', null, 'REQUESTED')).id }),
    ),
  disclosureRequests: async (h) => {
    const { id } = await fixtureDisclosureRequest(h, 'IN_PROGRESS');
    return outcome(await h.call('{ disclosureRequests(pageSize: 100) { items { id } } }'), (d) =>
      d.disclosureRequests.items.some((x: any) => x.id === id),
    );
  },
  disclosureRequest: async (h) => {
    const { id } = await fixtureDisclosureRequest(h, 'IN_PROGRESS');
    return outcome(await h.call('query($id:ID!){ disclosureRequest(id:$id) { id applicantName } }', { id }), (d) => d.disclosureRequest?.id === id);
  },
  disclosureRequestCounts: async (h) => outcome(await h.call('{ disclosureRequestCounts { inProgress overdue } }')),
  frequentlyRequestedInformation: async (h) => outcome(await h.call('{ frequentlyRequestedInformation(year: 2025) { description count } }')),
  disclosureRequestTable: async (h) => outcome(await h.call('{ disclosureRequestTable(year: 2025) { rows { row counts } } }')),
  registerDisclosureRequest: async (h) =>
    outcome(
      await h.call(
        `mutation($u:ID!){ registerDisclosureRequest(input:{ unitId:$u, channel: LETTER, receivedOn: "${day(-1)}", applicantKind: NATURAL_PERSON,
          applicantName:"张三", idProofKind: ID_CARD, idProofNumber:"211302198503120017", phone:"13900001111", items:[{ description:"2026年招生计划" }],
          informationForm: ELECTRONIC, deliveryMethod: PICKUP }) { id } }`,
        { u: h.unitId },
      ),
    ),
  linkDisclosureRequestItem: async (h) =>
    outcome(
      await h.call('mutation($i:ID!){ linkDisclosureRequestItem(itemId:$i, documentId:null) { id } }', {
        i: (await fixtureDisclosureRequest(h, 'IN_PROGRESS')).itemId,
      }),
    ),
  confirmDisclosureRequest: async (h) =>
    outcome(await h.call(REQUEST_STEP('confirmDisclosureRequest'), { id: (await fixtureDisclosureRequest(h, 'SUBMITTED')).id })),
  refuseDisclosureRequestRegistration: async (h) =>
    outcome(
      await h.call(REQUEST_STEP('refuseDisclosureRequestRegistration', ', reason:"不属于政府信息公开申请"'), {
        id: (await fixtureDisclosureRequest(h, 'SUBMITTED')).id,
      }),
    ),
  askDisclosureRequestCorrection: async (h) =>
    outcome(
      await h.call(REQUEST_STEP('askDisclosureRequestCorrection', `, text:"请写明文件名称", dueOn:"${day(20)}"`), {
        id: (await fixtureDisclosureRequest(h, 'IN_PROGRESS')).id,
      }),
    ),
  receiveDisclosureRequestCorrection: async (h) =>
    outcome(await h.call(REQUEST_STEP('receiveDisclosureRequestCorrection'), { id: (await fixtureDisclosureRequest(h, 'CORRECTION')).id })),
  endUncorrectedDisclosureRequest: async (h) =>
    outcome(
      await h.call(REQUEST_STEP('endUncorrectedDisclosureRequest'), {
        id: (await fixtureDisclosureRequest(h, 'CORRECTION', { correctionDue: -1 })).id,
      }),
    ),
  consultDisclosureRequestThirdParty: async (h) =>
    outcome(
      await h.call(REQUEST_STEP('consultDisclosureRequestThirdParty', ', thirdParty:"某企业"'), {
        id: (await fixtureDisclosureRequest(h, 'IN_PROGRESS')).id,
      }),
    ),
  resumeDisclosureRequest: async (h) =>
    outcome(await h.call(REQUEST_STEP('resumeDisclosureRequest'), { id: (await fixtureDisclosureRequest(h, 'THIRD_PARTY')).id })),
  requestDisclosureRequestExtension: async (h) =>
    outcome(
      await h.call(REQUEST_STEP('requestDisclosureRequestExtension', ', days:5, reason:"需要汇总"'), {
        id: (await fixtureDisclosureRequest(h, 'IN_PROGRESS')).id,
      }),
    ),
  approveDisclosureRequestExtension: async (h) =>
    outcome(
      await h.call(REQUEST_STEP('approveDisclosureRequestExtension'), {
        id: (await fixtureDisclosureRequest(h, 'IN_PROGRESS', { extension: 'REQUESTED' })).id,
      }),
    ),
  rejectDisclosureRequestExtension: async (h) =>
    outcome(
      await h.call(REQUEST_STEP('rejectDisclosureRequestExtension', ', reason:"应按期答复"'), {
        id: (await fixtureDisclosureRequest(h, 'IN_PROGRESS', { extension: 'REQUESTED' })).id,
      }),
    ),
  replyDisclosureRequest: async (h) => {
    const { id, itemId } = await fixtureDisclosureRequest(h, 'IN_PROGRESS');
    return outcome(
      await h.call(
        REQUEST_STEP('replyDisclosureRequest', ', input:{ outcomes:[{ itemId:$i, outcome: DISCLOSED }], reply:"现予以公开" }', ',$i:ID!'),
        { id, i: itemId },
      ),
    );
  },
  deliverDisclosureRequest: async (h) =>
    outcome(await h.call(REQUEST_STEP('deliverDisclosureRequest', ', method: POST'), { id: (await fixtureDisclosureRequest(h, 'REPLIED')).id })),
  submitDisclosureRequest: async (h) =>
    outcome(
      await h.call(
        `mutation($u:ID!,$k:String!){ submitDisclosureRequest(input:{ unitId:$u, applicantKind: NATURAL_PERSON, applicantName:"张三", idProofKind: ID_CARD,
          idProofNumber:"211302198503120017", phone:"13900001111", items:[{ description:"2026年招生计划" }], informationForm: ELECTRONIC,
          deliveryMethod: PICKUP, idempotencyKey:$k }) { requestNumber } }`,
        { u: demoUnitId('education'), k: `perm-${uniq()}${uniq()}` },
      ),
    ),
  publicDisclosureRequest: async (h) =>
    outcome(
      await h.call('query($n:String!){ publicDisclosureRequest(requestNumber:$n, checkCode:"CHECK234") { state } }', {
        n: (await fixtureDisclosureRequest(h, 'IN_PROGRESS')).number,
      }),
    ),
  caseStatistics: async (h) =>
    outcome(await h.call('{ caseStatistics(periodKind: MONTH, year: 2025, period: 3, dimension: UNIT) { rows { total received } } }'), (d) =>
      d.caseStatistics.rows.some((r: any) => r.total),
    ),
  caseImports: async (h) => {
    await fixtureImport();
    return outcome(await h.call('{ caseImports { id } }'), (d) => d.caseImports.length > 0);
  },
  caseImport: async (h) => {
    const id = await fixtureImport();
    return outcome(await h.call('query($id:ID!){ caseImport(id:$id) { id } }', { id }), (d) => d.caseImport.id === id);
  },
  caseImportErrors: async (h) =>
    outcome(
      await h.call('query($id:ID!){ caseImportErrors(id:$id) { rowNumber } }', { id: await fixtureImport() }),
      (d) => d.caseImportErrors.length > 0,
    ),
  caseCounts: async (h) => {
    await fixtureCase(h, 'RECEIVED');
    return outcome(await h.call('{ caseCounts { received assigned } }'), (d) => d.caseCounts.received + d.caseCounts.assigned > 0);
  },
  publishCaseStatistics: async (h) =>
    outcome(
      await h.call('mutation($y:Int!){ publishCaseStatistics(periodKind: MONTH, year: $y, period: 1) { periodKey } }', { y: statsYear++ }),
      (d) => !!d.publishCaseStatistics.periodKey,
    ),
  publicCaseStatisticsReleases: async (h) => {
    await fixtureStatsRelease();
    return outcome(await h.call('{ publicCaseStatisticsReleases { periodKey } }'), (d) => d.publicCaseStatisticsReleases.length > 0);
  },
  publicCaseStatistics: async (h) =>
    outcome(
      await h.call('query($k:String!){ publicCaseStatistics(periodKey: $k) { periodKey byUnit { received } } }', { k: await fixtureStatsRelease() }),
      (d) => d.publicCaseStatistics.byUnit.length > 0,
    ),
  publicCaseSummaries: async (h) => {
    await fixtureCase(h, 'RATED', 'SATISFIED', null, true);
    return outcome(await h.call('{ publicCaseSummaries { total items { title } } }'), (d) => d.publicCaseSummaries.total > 0);
  },
  submitCase: async (h) =>
    outcome(
      await h.call(
        'mutation($k:String!){ submitCase(input:{ kind: SUGGESTION, title:"建议", content:"关于公交线路调整的建议内容", idempotencyKey:$k }) { caseNumber } }',
        {
          k: `perm-${uniq()}-${uniq()}`,
        },
      ),
    ),
  publicCase: async (h) =>
    outcome(
      await h.call('query($n:String!){ publicCase(caseNumber:$n, checkCode:"CHECK234") { state } }', {
        n: (await fixtureCase(h, 'ASSIGNED')).number,
      }),
    ),
  ratePublicCase: async (h) =>
    outcome(
      await h.call('mutation($n:String!){ ratePublicCase(caseNumber:$n, checkCode:"CHECK234", version:1, rating: SATISFIED) { state } }', {
        n: (await fixtureCase(h, 'CLOSED')).number,
      }),
    ),
  fileSupervisorFeedback: async (h) => {
    if (h.actorId) await fixtureSupervisor(h.actorId);
    return outcome(
      await h.call(
        'mutation($u:ID!){ fileSupervisorFeedback(input:{ targetUnitId:$u, kind: SUGGESTION, title:"建议", content:"建议内容" }) { id } }',
        { u: demoUnitId('education') },
      ),
    );
  },
  answerSupervisorFeedback: async (h) =>
    outcome(
      await h.call('mutation($id:ID!){ answerSupervisorFeedback(id:$id, version:1, answer:"答复") { id } }', {
        id: await fixtureFeedback(h, 'SUBMITTED'),
      }),
    ),
  rateSupervisorFeedback: async (h) =>
    outcome(
      await h.call('mutation($id:ID!){ rateSupervisorFeedback(id:$id, version:1, rating: SATISFIED) { id } }', {
        id: await fixtureFeedback(h, 'ANSWERED'),
      }),
    ),
  reopenSupervisorFeedback: async (h) =>
    outcome(
      await h.call('mutation($id:ID!){ reopenSupervisorFeedback(id:$id, version:1, reason:"答复不具体") { id } }', {
        id: await fixtureFeedback(h, 'RATED', 'DISSATISFIED'),
      }),
    ),
  indicatorSystems: async (h) => {
    const { id } = await fixtureSystem('DRAFT');
    return outcome(await h.call('{ indicatorSystems { id } }'), (d) => d.indicatorSystems.some((x: any) => x.id === id));
  },
  indicatorSystem: async (h) => outcome(await h.call('query($id:ID!){ indicatorSystem(id:$id) { id } }', { id: (await fixtureSystem('DRAFT')).id })),
  createIndicatorSystem: async (h) =>
    outcome(await h.call('mutation($y:Int!){ createIndicatorSystem(input:{ year:$y, title:"指标体系" }) { id } }', { y: enteredYear++ })),
  copyIndicatorSystem: async (h) =>
    outcome(await h.call('mutation($id:ID!){ copyIndicatorSystem(id:$id) { id } }', { id: (await fixtureSystem('DRAFT', false, enteredYear++)).id })),
  saveIndicatorTree: async (h) =>
    outcome(
      await h.call(
        'mutation($id:ID!,$t:[IndicatorNodeInput!]!){ saveIndicatorTree(id:$id, version:1, input:{ title:"指标体系", fullScore:100, bands:{ excellent:0.9, good:0.8, pass:0.6 }, indicators:$t }) { id } }',
        { id: (await fixtureSystem('DRAFT')).id, t: FLAT_TREE },
      ),
    ),
  signOffIndicatorSystem: async (h) =>
    outcome(await h.call('mutation($id:ID!){ signOffIndicatorSystem(id:$id, version:1) { id } }', { id: (await fixtureSystem('DRAFT')).id })),
  reopenIndicatorSystem: async (h) =>
    outcome(await h.call('mutation($id:ID!){ reopenIndicatorSystem(id:$id, version:1) { id } }', { id: (await fixtureSystem('APPROVED')).id })),
  evaluationRounds: async (h) => {
    const { id } = await fixtureRound(h, { state: 'PREPARING' });
    return outcome(await h.call('{ evaluationRounds { id } }'), (d) => d.evaluationRounds.some((x: any) => x.id === id));
  },
  evaluationRound: async (h) =>
    outcome(await h.call('query($id:ID!){ evaluationRound(id:$id) { id } }', { id: (await fixtureRound(h, { state: 'PREPARING' })).id })),
  createEvaluationRound: async (h) => {
    const system = await fixtureSystem('APPROVED', false, enteredYear++);
    return outcome(
      await h.call(
        'mutation($s:ID!,$y:Int!){ createEvaluationRound(input:{ year:$y, title:"评估", systemId:$s, periodStart:"2026-01-01", periodEnd:"2026-12-31" }) { id } }',
        { s: system.id, y: system.year },
      ),
    );
  },
  setRoundUnits: async (h) =>
    outcome(
      await h.call('mutation($id:ID!,$u:ID!){ setRoundUnits(id:$id, unitIds:[$u]) { id } }', {
        id: (await fixtureRound(h, { state: 'PREPARING' })).id,
        u: demoUnitId('education'),
      }),
    ),
  assignEvaluator: async (h) =>
    outcome(
      await h.call('mutation($id:ID!,$e:ID!){ assignEvaluator(roundId:$id, input:{ evaluatorId:$e, dimension: POWER }) { id } }', {
        id: (await fixtureRound(h, { state: 'PREPARING' })).id,
        e: demoUserId('pinggu'),
      }),
    ),
  removeEvaluatorAssignment: async (h) => {
    const r = await fixtureRound(h, { state: 'PREPARING', evaluatorId: demoUserId('pinggu') });
    const [{ id }] = await s.sql(`select id from evaluator_assignment where round_id = ?`, [r.id]);
    return outcome(await h.call('mutation($id:ID!){ removeEvaluatorAssignment(id:$id) { id } }', { id }));
  },
  startEvaluationRound: async (h) =>
    outcome(
      await h.call('mutation($id:ID!){ startEvaluationRound(id:$id, version:1) { id } }', {
        id: (await fixtureRound(h, { state: 'PREPARING', evaluatorId: demoUserId('pinggu') })).id,
      }),
    ),
  releaseEvaluationRound: async (h) => {
    const r = await fixtureRound(h, { state: 'SCORING' });
    await s.sql(`delete from evaluated_unit where round_id = ?`, [r.id]);
    return outcome(await h.call('mutation($id:ID!){ releaseEvaluationRound(id:$id, version:1) { id } }', { id: r.id }));
  },
  publishEvaluationRound: async (h) =>
    outcome(
      await h.call('mutation($id:ID!){ publishEvaluationRound(id:$id, version:1) { id } }', {
        id: (await fixtureRound(h, { state: 'REVIEW', deadline: '2020-01-01' })).id,
      }),
    ),
  evaluationResults: async (h) =>
    outcome(
      await h.call('query($id:ID!){ evaluationResults(roundId:$id) { unitId } }', {
        id: (await fixtureRound(h, { state: 'REVIEW', deadline: '2099-12-31', score: true })).id,
      }),
    ),
  evaluationScores: async (h) => {
    const r = await fixtureRound(h, { state: 'REVIEW', deadline: '2099-12-31', score: true });
    return outcome(await h.call('query($r:ID!,$u:ID!){ evaluationScores(roundId:$r, unitId:$u) { id } }', { r: r.id, u: h.unitId }), (d) =>
      d.evaluationScores.some((x: any) => x.id === r.scoreId),
    );
  },
  scorableIndicators: async (h) => {
    const r = await fixtureRound(h, { state: 'SCORING', evaluatorId: h.actorId });
    return outcome(await h.call('query($r:ID!,$u:ID!){ scorableIndicators(roundId:$r, unitId:$u) }', { r: r.id, u: h.unitId }));
  },
  scoreIndicator: async (h) => {
    const r = await fixtureRound(h, { state: 'SCORING', evaluatorId: h.actorId });
    return outcome(
      await h.call(
        'mutation($r:ID!,$u:ID!,$i:ID!){ scoreIndicator(roundId:$r, input:{ unitId:$u, indicatorId:$i, score: 10, method: DOCUMENT_REVIEW, note:"台账", checkedAt:"2026-11-02T02:00:00Z" }) { id } }',
        { r: r.id, u: h.unitId, i: r.system.leaves[0] },
      ),
    );
  },
  evaluationAppeals: async (h) => {
    const a = await fixtureAppeal(h);
    return outcome(await h.call('query($r:ID!){ evaluationAppeals(roundId:$r) { id } }', { r: a.roundId }), (d) =>
      d.evaluationAppeals.some((x: any) => x.id === a.id),
    );
  },
  submitAppeal: async (h) => {
    const r = await fixtureRound(h, { state: 'REVIEW', deadline: '2099-12-31', score: true });
    return outcome(await h.call('mutation($s:ID!){ submitAppeal(scoreId:$s, reason:"已整改") { id } }', { s: r.scoreId }));
  },
  acceptAppeal: async (h) =>
    outcome(
      await h.call('mutation($id:ID!){ acceptAppeal(id:$id, version:1, newScore: 15, reply:"采纳") { id } }', { id: (await fixtureAppeal(h)).id }),
    ),
  rejectAppeal: async (h) =>
    outcome(await h.call('mutation($id:ID!){ rejectAppeal(id:$id, version:1, reply:"维持") { id } }', { id: (await fixtureAppeal(h)).id })),
  roundQuestionnaire: async (h) => {
    const q = await fixtureQuestionnaire(h, 'DRAFT');
    return outcome(
      await h.call('query($r:ID!){ roundQuestionnaire(roundId:$r) { id } }', { r: q.roundId }),
      (d) => d.roundQuestionnaire?.id === q.id,
    );
  },
  questionnaireTally: async (h) =>
    outcome(await h.call('query($id:ID!){ questionnaireTally(id:$id) { unitId } }', { id: (await fixtureQuestionnaire(h, 'PUBLISHED')).id })),
  saveQuestionnaire: async (h) => {
    const q = await fixtureQuestionnaire(h, 'DRAFT');
    return outcome(
      await h.call(
        'mutation($r:ID!,$i:ID!,$d:String!){ saveQuestionnaire(roundId:$r, input:{ title:"调查", opensOn:$d, closesOn:$d, minResponses: 1, questions:[{ text:"满意吗？", indicatorId:$i }] }) { id } }',
        { r: q.roundId, i: q.indicatorId, d: day(3) },
      ),
    );
  },
  publishQuestionnaire: async (h) =>
    outcome(await h.call('mutation($id:ID!){ publishQuestionnaire(id:$id, version:1) { id } }', { id: (await fixtureQuestionnaire(h, 'DRAFT')).id })),
  aggregateQuestionnaire: async (h) =>
    outcome(
      await h.call('mutation($id:ID!){ aggregateQuestionnaire(id:$id, version:1) { id } }', {
        id: (await fixtureQuestionnaire(h, 'PUBLISHED', true)).id,
      }),
    ),
  publicQuestionnaires: async (h) => outcome(await h.call('{ publicQuestionnaires { id } }')),
  publicQuestionnaire: async (h) =>
    outcome(await h.call('query($id:ID!){ publicQuestionnaire(id:$id) { id } }', { id: (await fixtureQuestionnaire(h, 'PUBLISHED')).id })),
  submitQuestionnaireResponse: async (h) => {
    const q = await fixtureQuestionnaire(h, 'PUBLISHED');
    return outcome(
      await h.call('mutation($i:QuestionnaireResponseInput!){ submitQuestionnaireResponse(input:$i) { received } }', {
        i: {
          questionnaireId: q.id,
          unitId: h.unitId,
          phone: `1380000${String(1000 + ++respondent)}`,
          answers: [{ questionId: q.questionId, value: 4 }],
          idempotencyKey: `perm-${uniq()}-${uniq()}`,
        },
      }),
    );
  },
  publicEvaluationYears: async (h) => outcome(await h.call('{ publicEvaluationYears }')),
  publicEvaluation: async (h) => outcome(await h.call('{ publicEvaluation { year } }')),
};

/** An agenda item of a meeting of the object's government, linked to a topic of the object's unit in `state`. */
async function fixtureTopicOnAgenda(h: H, state: string) {
  const topicId = await fixtureTopic(h, state);
  const meetingId = await fixtureMeeting(h.governmentId);
  await s.sql(
    `insert into agenda_item (id, meeting_id, position, title, submitting_unit_id, category, consultation_topic_id) values (gen_random_uuid(), ?, 1, '测试议题', ?, 'LIVELIHOOD', ?)`,
    [meetingId, h.unitId, topicId],
  );
  return { topicId, meetingId };
}
const AGENDA_TOPIC = 'query($id:ID!){ meeting(id:$id) { agenda { consultationTopic { id draft decisionBasis } } } }';
const topicThroughAgenda = (state: string) => async (h: H) => {
  const f = await fixtureTopicOnAgenda(h, state);
  return outcome(await h.call(AGENDA_TOPIC, { id: f.meetingId }), (d) => d.meeting.agenda[0].consultationTopic?.id === f.topicId);
};
async function interpretationOnIssuedDocument(h: H, published: boolean) {
  const documentId = await fixtureDocument(h, { state: 'ISSUED' });
  const [{ id }] = await s.sql(
    `insert into interpretation (id, document_id, stage, owner_unit_id, government_id, title, scope, forms, schedule, spokesperson, content, links, state, published_at)
    values (gen_random_uuid(), ?, 1, ?, ?, '测试解读', '全市', '{WECHAT}', '3日内', '科长', '解读正文', '{}', ?, ?) returning id`,
    [documentId, h.unitId, h.governmentId, published ? 'PUBLISHED' : 'DRAFT', published ? new Date() : null],
  );
  return { id: id as string, documentId };
}
const interpretationsOfDocument = (published: boolean) => async (h: H) => {
  const i = await interpretationOnIssuedDocument(h, published);
  return outcome(await h.call('query($id:ID!){ document(id:$id) { interpretations { id } } }', { id: i.documentId }), (d) =>
    d.document.interpretations.some((x: any) => x.id === i.id),
  );
};

const topicIdThroughAgenda = (state: string) => async (h: H) => {
  const f = await fixtureTopicOnAgenda(h, state);
  return outcome(
    await h.call('query($id:ID!){ meeting(id:$id) { agenda { consultationTopicId } } }', { id: f.meetingId }),
    (d) => d.meeting.agenda[0].consultationTopicId === f.topicId,
  );
};

const NESTED_CALLS: Record<string, (h: H) => Promise<Outcome>> = {
  'DisclosureRequest.unit': async (h) =>
    outcome(
      await h.call('query($id:ID!){ disclosureRequest(id:$id) { unit { id } } }', { id: (await fixtureDisclosureRequest(h, 'IN_PROGRESS')).id }),
      (d) => d.disclosureRequest.unit?.id === h.unitId,
    ),
  'ReviewCampaign.reports': async (h) => {
    const r = await fixtureReviewReport(h);
    return outcome(await h.call('query($id:ID!){ reviewCampaign(id:$id) { reports { id } } }', { id: r.campaignId }), (d) =>
      d.reviewCampaign.reports.some((x: any) => x.id === r.id),
    );
  },
  'ReviewCampaign.spotChecks': async (h) => {
    const f = await fixtureSpotCheck(h);
    return outcome(await h.call('query($id:ID!){ reviewCampaign(id:$id) { spotChecks { id } } }', { id: f.campaignId }), (d) =>
      d.reviewCampaign.spotChecks.some((x: any) => x.id === f.spotCheckId),
    );
  },
  'ReviewCampaign.rectifications': async (h) => {
    const f = await fixtureRectification(h);
    return outcome(await h.call('query($id:ID!){ reviewCampaign(id:$id) { rectifications { id } } }', { id: f.campaignId }), (d) =>
      d.reviewCampaign.rectifications.some((x: any) => x.id === f.rectificationId),
    );
  },
  'ReviewReport.unit': async (h) =>
    outcome(
      await h.call('query($id:ID!){ reviewReport(id:$id) { unit { id } } }', { id: (await fixtureReviewReport(h)).id }),
      (d) => d.reviewReport.unit?.id === h.unitId,
    ),
  'ReviewReport.campaign': async (h) => {
    const r = await fixtureReviewReport(h);
    return outcome(
      await h.call('query($id:ID!){ reviewReport(id:$id) { campaign { id } } }', { id: r.id }),
      (d) => d.reviewReport.campaign?.id === r.campaignId,
    );
  },
  'ReviewReport.items': async (h) => {
    const f = await fixtureReviewItem(h);
    return outcome(await h.call('query($id:ID!){ reviewReport(id:$id) { items { id } } }', { id: f.id }), (d) =>
      d.reviewReport.items.some((x: any) => x.id === f.itemId),
    );
  },
  'SpotCheck.sampledUnits': async (h) =>
    outcome(await h.call('query($id:ID!){ spotCheck(id:$id) { sampledUnits { id } } }', { id: (await fixtureSpotCheck(h)).spotCheckId }), (d) =>
      d.spotCheck.sampledUnits.some((x: any) => x.id === h.unitId),
    ),
  'SpotCheck.sampledItems': async (h) => {
    const f = await fixtureSpotCheck(h, 'ITEMS');
    return outcome(await h.call('query($id:ID!){ spotCheck(id:$id) { sampledItems { id } } }', { id: f.spotCheckId }), (d) =>
      d.spotCheck.sampledItems.some((x: any) => x.id === f.itemId),
    );
  },
  'SpotCheck.rectifications': async (h) => {
    const f = await fixtureRectification(h);
    return outcome(await h.call('query($id:ID!){ spotCheck(id:$id) { rectifications { id } } }', { id: f.spotCheckId }), (d) =>
      d.spotCheck.rectifications.some((x: any) => x.id === f.rectificationId),
    );
  },
  'JointMeeting.resolutions': async (h) => {
    const r = await fixtureJointResolution(h, 'OPEN');
    return outcome(await h.call('query($id:ID!){ jointMeeting(id:$id) { resolutions { id } } }', { id: r.meetingId }), (d) =>
      d.jointMeeting.resolutions.some((x: any) => x.id === r.id),
    );
  },
  'JointMeeting.receipts': async (h) => {
    const r = await fixtureReceipt(h);
    return outcome(await h.call('query($id:ID!){ jointMeeting(id:$id) { receipts { id } } }', { id: r.meetingId }), (d) =>
      d.jointMeeting.receipts.some((x: any) => x.id === r.id),
    );
  },
  'JointMeeting.delegation': async (h) => {
    const delegationId = await fixtureDelegation(h);
    const id = await fixtureJointMeeting(h, 'MINUTES_ISSUED', { delegationId });
    return outcome(
      await h.call('query($id:ID!){ jointMeeting(id:$id) { delegation { id } } }', { id }),
      (d) => d.jointMeeting?.delegation?.id === delegationId,
    );
  },
  'Resolution.meeting': async (h) => {
    const r = await fixtureJointResolution(h, 'OPEN');
    return outcome(
      await h.call('query($id:ID!){ resolution(id:$id) { meeting { id } } }', { id: r.id }),
      (d) => d.resolution?.meeting?.id === r.meetingId,
    );
  },
  'MinutesReceipt.meeting': async (h) => {
    const r = await fixtureReceipt(h);
    return outcome(await h.call('query($id:ID!){ jointMeeting(id:$id) { receipts { id meeting { id } } } }', { id: r.meetingId }), (d) =>
      d.jointMeeting.receipts.some((x: any) => x.id === r.id && x.meeting?.id === r.meetingId),
    );
  },
  'Rectification.unit': async (h) =>
    outcome(
      await h.call('query($id:ID!){ rectification(id:$id) { unit { id } } }', { id: (await fixtureRectification(h)).rectificationId }),
      (d) => d.rectification.unit?.id === h.unitId,
    ),
  'Case.assignedUnit': async (h) =>
    outcome(
      await h.call('query($id:ID!){ case(id:$id) { assignedUnit { id } } }', { id: (await fixtureCase(h, 'ASSIGNED')).id }),
      (d) => d.case.assignedUnit?.id === h.unitId,
    ),
  'Assessment.scorecards': async (h) => {
    const { id } = await fixtureAssessment(h, 'OFFICE_SIGNED');
    return outcome(await h.call('query($id:ID!){ assessment(id:$id) { scorecards { unitId } } }', { id }), (d) =>
      d.assessment.scorecards.some((c: any) => c.unitId === h.unitId),
    );
  },
  'Assessment.routineChecks': async (h) => {
    const a = await fixtureAssessment(h, 'OPEN');
    const id = await fixtureAssessmentRecord('assessment_routine_check', a.id, h);
    return outcome(await h.call('query($id:ID!){ assessment(id:$id) { routineChecks { id unitName } } }', { id: a.id }), (d) =>
      d.assessment.routineChecks.some((c: any) => c.id === id),
    );
  },
  'Assessment.deductions': async (h) => {
    const a = await fixtureAssessment(h, 'OPEN');
    const id = await fixtureAssessmentRecord('assessment_deduction', a.id, h);
    return outcome(await h.call('query($id:ID!){ assessment(id:$id) { deductions { id reason } } }', { id: a.id }), (d) =>
      d.assessment.deductions.some((c: any) => c.id === id),
    );
  },
  'Scorecard.checks': async (h) => {
    const a = await fixtureAssessment(h, 'OFFICE_SIGNED');
    const id = await fixtureAssessmentRecord('assessment_routine_check', a.id, h);
    return outcome(await h.call('query($y:Int!,$u:ID!){ scorecard(year:$y, unitId:$u) { checks { id } } }', { y: a.year, u: h.unitId }), (d) =>
      d.scorecard.checks.some((c: any) => c.id === id),
    );
  },
  'Scorecard.deductionList': async (h) => {
    const a = await fixtureAssessment(h, 'OFFICE_SIGNED');
    const id = await fixtureAssessmentRecord('assessment_deduction', a.id, h);
    return outcome(await h.call('query($y:Int!,$u:ID!){ scorecard(year:$y, unitId:$u) { deductionList { id } } }', { y: a.year, u: h.unitId }), (d) =>
      d.scorecard.deductionList.some((c: any) => c.id === id),
    );
  },
  'AnnualReport.unit': async (h) =>
    outcome(
      await h.call('query($id:ID!){ annualReport(id:$id) { unit { id } } }', { id: await fixtureAnnualReport(h, 'DRAFT') }),
      (d) => d.annualReport.unit?.id === h.unitId,
    ),
  'Case.subjectUnit': async (h) =>
    outcome(
      await h.call('query($id:ID!){ case(id:$id) { subjectUnit { id } } }', { id: (await fixtureCase(h, 'ASSIGNED')).id }),
      (d) => d.case.subjectUnit?.id === h.unitId,
    ),
  'AgendaItem.consultationTopicId (draft)': topicIdThroughAgenda('DRAFT'),
  'AgendaItem.consultationTopicId (published)': topicIdThroughAgenda('PUBLISHED'),
  'AgendaItem.consultationTopic (draft)': topicThroughAgenda('DRAFT'),
  'AgendaItem.consultationTopic (submitted)': topicThroughAgenda('SUBMITTED'),
  'AgendaItem.consultationTopic (published)': topicThroughAgenda('PUBLISHED'),
  'AgendaItem.submittingUnit': async (h) => {
    const itemId = await fixtureAgendaItem(h);
    const [{ meeting_id: meetingId }] = await s.sql(`select meeting_id from agenda_item where id = ?`, [itemId]);
    return outcome(
      await h.call('query($id:ID!){ meeting(id:$id) { agenda { submittingUnit { id name } } } }', { id: meetingId }),
      (d) => d.meeting.agenda[0].submittingUnit.id === h.unitId,
    );
  },
  'ConsultationTopic.undertakingUnit': async (h) =>
    outcome(
      await h.call('query($id:ID!){ consultationTopic(id:$id) { undertakingUnit { id } } }', { id: await fixtureTopic(h, 'SUBMITTED') }),
      (d) => d.consultationTopic.undertakingUnit.id === h.unitId,
    ),
  'PolicyDocument.leadUnit': async (h) =>
    outcome(
      await h.call('query($id:ID!){ document(id:$id) { leadUnit { id } } }', { id: await fixtureDocument(h, { state: 'DRAFT' }) }),
      (d) => d.document.leadUnit.id === h.unitId,
    ),
  'PolicyDocument.interpretations (draft)': interpretationsOfDocument(false),
  'PolicyDocument.interpretations (published)': interpretationsOfDocument(true),
  'User.unit': async (h) =>
    outcome(await h.call('query($id:ID!){ user(id:$id) { unit { id } } }', { id: await fixtureUser(h.unitId) }), (d) => d.user.unit.id === h.unitId),
  'AccountRequest.unit': async (h) =>
    outcome(
      await h.call('query($id:ID!){ accountRequest(id:$id) { unit { id } } }', { id: await fixtureRequest(h, 'DRAFT') }),
      (d) => d.accountRequest.unit.id === h.unitId,
    ),
  'SupervisorFeedback.targetUnit': async (h) =>
    outcome(
      await h.call('query($id:ID!){ supervisorFeedback(id:$id) { targetUnit { id } } }', { id: await fixtureFeedback(h, 'SUBMITTED') }),
      (d) => d.supervisorFeedback.targetUnit.id === h.unitId,
    ),
  'EvaluationRound.system': async (h) => {
    const r = await fixtureRound(h, { state: 'PREPARING' });
    return outcome(
      await h.call('query($id:ID!){ evaluationRound(id:$id) { system { id } } }', { id: r.id }),
      (d) => d.evaluationRound.system.id === r.system.id,
    );
  },
  'TrainingCourse.organiserUnit': async (h) =>
    outcome(
      await h.call('query($id:ID!){ trainingSession(id:$id) { course { organiserUnit { id } } } }', { id: (await fixtureTrainingSession(h)).id }),
      (d) => d.trainingSession?.course.organiserUnit.id === h.unitId,
    ),
  'TrainingSession.course': async (h) => {
    const t = await fixtureTrainingSession(h);
    return outcome(
      await h.call('query($id:ID!){ trainingSession(id:$id) { course { id } } }', { id: t.id }),
      (d) => d.trainingSession?.course.id === t.courseId,
    );
  },
  'TrainingSession.organiserUnit': async (h) =>
    outcome(
      await h.call('query($id:ID!){ trainingSession(id:$id) { organiserUnit { id } } }', { id: (await fixtureTrainingSession(h)).id }),
      (d) => d.trainingSession?.organiserUnit.id === h.unitId,
    ),
  'TrainingSession.enrolments': async (h) => {
    const t = await fixtureTrainingSession(h, 'future', trainingOrganiser(h));
    const e = await fixtureTrainingEnrolment(t.id, await fixtureUser(h.unitId), h.unitId);
    return outcome(await h.call('query($id:ID!){ trainingSession(id:$id) { enrolments { id } } }', { id: t.id }), (d) =>
      d.trainingSession?.enrolments.some((x: any) => x.id === e),
    );
  },
  'TrainingSession.myEnrolment': async (h) => {
    const id = await trainingWithAttendee(h, 'past', false);
    return outcome(await h.call('query($id:ID!){ trainingSession(id:$id) { myEnrolment { id } } }', { id }), (d) => !!d.trainingSession?.myEnrolment);
  },
  'TrainingEnrolment.session': async (h) => {
    const t = await fixtureTrainingSession(h, 'future', trainingOrganiser(h));
    await fixtureTrainingEnrolment(t.id, await fixtureUser(h.unitId), h.unitId);
    return outcome(await h.call('query($id:ID!){ trainingSession(id:$id) { enrolments { session { id } } } }', { id: t.id }), (d) =>
      d.trainingSession?.enrolments.some((x: any) => x.session.id === t.id),
    );
  },
  'TrainingEnrolment.unit': async (h) => {
    const t = await fixtureTrainingSession(h, 'future', trainingOrganiser(h));
    await fixtureTrainingEnrolment(t.id, await fixtureUser(h.unitId), h.unitId);
    return outcome(await h.call('query($id:ID!){ trainingSession(id:$id) { enrolments { unit { id } } } }', { id: t.id }), (d) =>
      d.trainingSession?.enrolments.some((x: any) => x.unit.id === h.unitId),
    );
  },
  'Viewer.user': async (h) => outcome(await h.call('{ me { user { id } } }'), (d) => !!d.me && d.me.user.id === h.actorId),
};

// ——— the plain HTTP routes ———
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** allowed when the file came back; 401/403 denied; another refusal by its code; a 5xx fails the row. */
async function download(h: H, url: string, type: string): Promise<Outcome> {
  const res = await h.get(url);
  if (res.status >= 500) throw new Error(`HTTP ${res.status} for ${url}: ${res.body.toString()}`);
  if (res.status === 401 || res.status === 403) return 'denied';
  if (res.status !== 200) return `refused ${JSON.parse(res.body.toString()).code}`;
  return res.contentType.startsWith(type) && res.body.length > 0 ? 'allowed' : 'denied';
}
/** A file owned by a topic of the object's unit, stored as the upload route stores it. */
async function fixtureTopicFile(h: H, state: string) {
  const topicId = await fixtureTopic(h, state);
  const content = Buffer.from(`%PDF-1.4 测试附件 ${uniq()}`);
  const sha256 = createHash('sha256').update(content).digest('hex');
  await mkdir(path.join(s.config.dataDir, 'files', sha256.slice(0, 2)), { recursive: true });
  await writeFile(path.join(s.config.dataDir, 'files', sha256.slice(0, 2), sha256), content);
  const [{ id }] = await s.sql(
    `insert into attachment (id, owner_type, owner_id, file_name, mime_type, size, sha256, uploader_id) values (gen_random_uuid(), 'ConsultationTopic', ?, '草案.pdf', 'application/pdf', ?, ?, ?) returning id`,
    [topicId, content.length, sha256, demoUserId('admin')],
  );
  return id as string;
}
const HTTP_CALLS: Record<string, (h: H) => Promise<Outcome>> = {
  'GET /assessment/:file (xlsx)': async (h) => download(h, `/assessment/${(await fixtureAssessment(h, 'OFFICE_SIGNED')).id}.xlsx`, XLSX),
  'GET /files/:id (draft topic)': async (h) => download(h, `/files/${await fixtureTopicFile(h, 'DRAFT')}`, 'application/pdf'),
  'GET /files/:id (published topic)': async (h) => download(h, `/files/${await fixtureTopicFile(h, 'PUBLISHED')}`, 'application/pdf'),
  'GET /documents/:id/docx (issued)': async (h) => download(h, `/documents/${await fixtureDocument(h, { state: 'ISSUED' })}/docx`, DOCX),
  'GET /documents/:id/docx (draft)': async (h) => download(h, `/documents/${await fixtureDocument(h, { state: 'DRAFT' })}/docx`, DOCX),
  'GET /meetings/invitees/:id/notice': async (h) =>
    download(h, `/meetings/invitees/${(await fixtureProposal(h, 'SUBMITTED')).inviteeId}/notice`, DOCX),
  'GET /complaints/imports/:id/errors.csv': async (h) => download(h, `/complaints/imports/${await fixtureImport()}/errors.csv`, 'text/csv'),
  'GET /complaints/imports/samples/:channel': async (h) => download(h, '/complaints/imports/samples/hotline', 'text/csv'),
  'GET /open/complaints/statistics/:file (csv)': async (h) =>
    download(h, `/open/complaints/statistics/${await fixtureStatsRelease()}.csv`, 'text/csv'),
  'GET /open/complaints/statistics/:file (json)': async (h) =>
    download(h, `/open/complaints/statistics/${await fixtureStatsRelease()}.json`, 'application/json'),
  'GET /data/catalogue.json': async (h) => download(h, '/data/catalogue.json', 'application/json'),
  'GET /data/:file (csv)': async (h) => download(h, `/data/consultation-rates.csv?year=${new Date().getFullYear()}&quarter=1`, 'text/csv'),
  'GET /data/:file (json)': async (h) => download(h, `/data/consultation-rates.json?year=${new Date().getFullYear()}&quarter=1`, 'application/json'),
  'GET /feeds/:file': async (h) => download(h, '/feeds/documents.xml', 'application/atom+xml'),
  'GET /annual-reports/:file (published docx)': async (h) =>
    download(
      h,
      `/annual-reports/${await fixtureAnnualReport(h, 'PUBLISHED')}.docx`,
      'application/vnd.openxmlformats-officedocument.wordprocessingml',
    ),
  'GET /annual-reports/:file (published xlsx)': async (h) => download(h, `/annual-reports/${await fixtureAnnualReport(h, 'PUBLISHED')}.xlsx`, XLSX),
  'GET /annual-reports/:file (draft)': async (h) =>
    download(h, `/annual-reports/${await fixtureAnnualReport(h, 'DRAFT')}.docx`, 'application/vnd.openxmlformats-officedocument.wordprocessingml'),
  'GET /requests/:id/letter (replied)': async (h) => download(h, `/requests/${(await fixtureDisclosureRequest(h, 'REPLIED')).id}/letter`, DOCX),
  'GET /training/sessions/:id/roster.xlsx': async (h) => {
    const { id } = await fixtureTrainingSession(h);
    await fixtureTrainingEnrolment(id, await fixtureUser(h.unitId), h.unitId);
    return download(h, `/training/sessions/${id}/roster.xlsx`, XLSX);
  },
  'GET /training/hours.xlsx': async (h) => download(h, '/training/hours.xlsx?year=2026&cycle=1', XLSX),
  'GET /joint-meetings/:id/minutes.docx (issued)': async (h) =>
    download(h, `/joint-meetings/${await fixtureJointMeeting(h, 'MINUTES_ISSUED')}/minutes.docx`, DOCX),
  'GET /evaluation/rounds/:id/xlsx (released)': async (h) =>
    download(h, `/evaluation/rounds/${(await fixtureRound(h, { state: 'REVIEW', deadline: '2099-12-31', score: true })).id}/xlsx`, XLSX),
};

// ——— the same operations in other states ———
const readDocument = (f: DocFixture) => async (h: H) => {
  const id = await fixtureDocument(h, f);
  return outcome(await h.call('query($id:ID!){ document(id:$id) { id } }', { id }), (d) => d.document?.id === id);
};
const readTopic = (state: string) => async (h: H) => {
  const id = await fixtureTopic(h, state);
  return outcome(await h.call('query($id:ID!){ consultationTopic(id:$id) { id draft } }', { id }), (d) => d.consultationTopic?.id === id);
};
const STATE_CALLS: Record<string, (h: H) => Promise<Outcome>> = {
  'documents (issued)': async (h) => {
    const target = await fixtureDocument(h, { state: 'ISSUED' });
    return outcome(await h.call('{ documents(pageSize: 100) { items { id } } }'), (d) => d.documents.items.some((x: any) => x.id === target));
  },
  'document (issued)': readDocument({ state: 'ISSUED' }),
  'document (in disclosure review, a government document)': readDocument({ state: 'DISCLOSURE_REVIEW', kind: 'GOVERNMENT' }),
  'document (forwarded, a government document)': readDocument({ state: 'FORWARDED', kind: 'GOVERNMENT' }),
  'interpretation (document in disclosure review, a government document)': async (h) => {
    const { id } = await fixtureInterpretation(h, false, { state: 'DISCLOSURE_REVIEW', kind: 'GOVERNMENT' });
    return outcome(await h.call('query($id:ID!){ interpretation(id:$id) { id } }', { id }), (d) => d.interpretation?.id === id);
  },
  'interpretation (published)': async (h) => {
    const { id } = await fixtureInterpretation(h, true);
    return outcome(await h.call('query($id:ID!){ interpretation(id:$id) { id } }', { id }), (d) => d.interpretation?.id === id);
  },
  'consultationTopic (draft)': readTopic('DRAFT'),
  'consultationTopic (published)': readTopic('PUBLISHED'),
  'consultationTopics (draft)': async (h) => {
    const target = await fixtureTopic(h, 'DRAFT');
    return outcome(await h.call('{ consultationTopics(pageSize: 100) { items { id } } }'), (d) =>
      d.consultationTopics.items.some((x: any) => x.id === target),
    );
  },
  'attendanceProposal (draft)': async (h) => {
    const { id } = await fixtureProposal(h, 'DRAFT');
    return outcome(await h.call('query($id:ID!){ attendanceProposal(id:$id) { id } }', { id }), (d) => d.attendanceProposal?.id === id);
  },
  'evaluationScores (scoring)': async (h) => {
    const r = await fixtureRound(h, { state: 'SCORING', score: true });
    return outcome(await h.call('query($r:ID!,$u:ID!){ evaluationScores(roundId:$r, unitId:$u) { id } }', { r: r.id, u: h.unitId }), (d) =>
      d.evaluationScores.some((x: any) => x.id === r.scoreId),
    );
  },
  'evaluationRound (review)': async (h) => {
    const { id } = await fixtureRound(h, { state: 'REVIEW', deadline: '2099-12-31' });
    return outcome(await h.call('query($id:ID!){ evaluationRound(id:$id) { id } }', { id }), (d) => d.evaluationRound?.id === id);
  },
};

/** Mutations with no state to vary, or whose other states the rows above already try (each named with why). */
const UNTRIED_MUTATIONS: string[] = [
  // no state: a unit, a user, a supervisor's entry in the registry, an event's delivery, a meeting's press release
  // are changed alike whenever they are changed (their rows above)
  'publishPressRelease',
  'recordMaterialDelivery',
  'updateSupervisor',
  'updateUnit',
  'updateUser',
  // the public's forms: tried on what is not published, or no longer open, in "public operations, anonymously"
  'submitOpinion',
  'submitQuestionnaireResponse',
  'submitCase',
  'submitDisclosureRequest',
  // the citizen rates with the case's codes: tried on a case not closed in "public operations, anonymously"
  'ratePublicCase',
  // a spot check has no state: its findings are recorded alike whenever they are (its row above)
  'recordSpotCheckFindings',
  // a member of the leading group has no state: their position and term are changed alike whenever they are
  'updateLeadingGroupMember',
].sort();

// ——— mutations in the states where their rule differs ———
/**
 * A mutation's outcome, checked against the database: what the snapshot reads must have changed when the
 * answer is "allowed" (the change took effect), and must be unchanged when it is refused.
 */
async function mutation(snapshot: () => Promise<unknown>, run: () => Promise<GqlResult>): Promise<Outcome> {
  const before = JSON.stringify(await snapshot());
  const got = outcome(await run());
  const after = JSON.stringify(await snapshot());
  if (got === 'allowed' && before === after) throw new Error(`answered, but nothing changed: ${before}`);
  if (got !== 'allowed' && before !== after) throw new Error(`${got}, but the data changed: ${before} → ${after}`);
  return got;
}
const rowOf = (table: string, id: string) => () => s.sql(`select * from ${table} where id = ?`, [id]);
const rowsWhere = (table: string, column: string, id: string) => () => s.sql(`select * from ${table} where ${column} = ? order by id`, [id]);
/** A workflow step on a fresh object: `make` gives its id, the step names the version 1 the fixture wrote. */
const step =
  (table: string, make: (h: H) => Promise<string>, op: string, args = '', selection = 'id') =>
  async (h: H) => {
    const id = await make(h);
    return mutation(rowOf(table, id), () => h.call(`mutation($id:ID!){ ${op}(id:$id, version:1${args}) { ${selection} } }`, { id }));
  };
const requestIn = (state: 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED') => (h: H) => fixtureRequest(h, state);
const documentIn = (f: DocFixture) => (h: H) => fixtureDocument(h, f);
const topicIn =
  (state: string, closed = false) =>
  (h: H) =>
    fixtureTopic(h, state, closed);
const proposalIn = (state: string) => async (h: H) => (await fixtureProposal(h, state)).id;
const feedbackIn =
  (state: string, rating: string | null = null) =>
  (h: H) =>
    fixtureFeedback(h, state, rating);
const caseIn =
  (state: string, rating: string | null = null, extension: string | null = null) =>
  async (h: H) =>
    (await fixtureCase(h, state, rating, extension)).id;
const requestOn = (state: string) => async (h: H) => (await fixtureDisclosureRequest(h, state)).id;
const roundIn = (state: string) => async (h: H) => (await fixtureRound(h, { state, deadline: '2099-12-31' })).id;
async function answeredAppeal(h: H) {
  const a = await fixtureAppeal(h);
  await s.sql(`update evaluation_appeal set state = 'ACCEPTED' where id = ?`, [a.id]);
  return a.id;
}
const updateDocumentIn = (state: string) => async (h: H) => {
  const id = await fixtureDocument(h, { state });
  return mutation(rowOf('policy_document', id), () =>
    h.call('mutation($id:ID!,$i:DocumentInput!){ updateDocument(id:$id, version:1, input:$i) { id } }', { id, i: DOC_INPUT }),
  );
};
const updateTopicIn = (state: string) => async (h: H) => {
  const id = await fixtureTopic(h, state);
  return mutation(rowOf('consultation_topic', id), () =>
    h.call('mutation($id:ID!,$i:TopicInput!){ updateTopic(id:$id, version:1, input:$i) { id } }', { id, i: TOPIC_INPUT }),
  );
};
const SAVE_INTERPRETATION = 'mutation($d:ID!,$v:Int){ saveInterpretation(documentId:$d, version:$v, input:{ scope:"改后的范围" }) { id } }';
const saveInterpretationOn = (documentId: (h: H) => Promise<string>, version: number | null) => async (h: H) => {
  const d = await documentId(h);
  return mutation(rowsWhere('interpretation', 'document_id', d), () => h.call(SAVE_INTERPRETATION, { d, v: version }));
};
const SAVE_PROPOSAL = 'mutation($a:ID!,$v:Int){ saveAttendanceProposal(agendaItemId:$a, version:$v, input:{ invite: false, invitees: [] }) { id } }';
const saveProposalOn = (state: string, version: number) => async (h: H) => {
  const p = await fixtureProposal(h, state);
  const [{ agenda_item_id: itemId }] = await s.sql(`select agenda_item_id from attendance_proposal where id = ?`, [p.id]);
  const snapshot = () =>
    s.sql(`select p.*, (select count(*) from invitee i where i.proposal_id = p.id) as invitees from attendance_proposal p where p.id = ?`, [p.id]);
  return mutation(snapshot, () => h.call(SAVE_PROPOSAL, { a: itemId, v: version }));
};
const SCORE =
  'mutation($r:ID!,$u:ID!,$i:ID!){ scoreIndicator(roundId:$r, input:{ unitId:$u, indicatorId:$i, score: 10, method: DOCUMENT_REVIEW, note:"台账", checkedAt:"2026-11-02T02:00:00Z" }) { id } }';
const SAVE_QUESTIONNAIRE =
  'mutation($r:ID!,$i:ID!,$d:String!){ saveQuestionnaire(roundId:$r, input:{ title:"调查", opensOn:$d, closesOn:$d, minResponses: 1, questions:[{ text:"满意吗？", indicatorId:$i }] }) { id } }';

/** Numbers of a series made taken by the fixtures: past any the demo uses. */
let takenSeq = 90000;
const MUTATION_STATE_CALLS: Record<string, (h: H) => Promise<Outcome>> = {
  'submitTrainingFeedback (not attended)': async (h) => {
    const id = await trainingWithAttendee(h, 'past', false);
    return mutation(rowsWhere('training_enrolment', 'session_id', id), () =>
      h.call('mutation($id:ID!,$i:TrainingFeedbackInput!){ submitTrainingFeedback(sessionId:$id, input:$i) { id } }', { id, i: TRAINING_RATING }),
    );
  },
  'updateTrainingSession (cancelled)': async (h) => {
    const id = (await fixtureTrainingSession(h, 'future', h.unitId, 'CANCELLED')).id;
    return mutation(rowOf('training_session', id), () =>
      h.call('mutation($id:ID!,$i:TrainingSessionUpdateInput!){ updateTrainingSession(id:$id, version:1, input:$i) { id } }', {
        id,
        i: TRAINING_ARRANGEMENTS,
      }),
    );
  },
  'cancelTrainingSession (completed)': step(
    'training_session',
    async (h) => (await fixtureTrainingSession(h, 'past', h.unitId, 'COMPLETED')).id,
    'cancelTrainingSession',
    ', reason:"授课教师出差"',
  ),
  'completeTrainingSession (completed)': step(
    'training_session',
    async (h) => (await fixtureTrainingSession(h, 'past', h.unitId, 'COMPLETED')).id,
    'completeTrainingSession',
  ),
  'updateReviewReport (sent for sign-off)': step(
    'review_report',
    async (h) => (await fixtureReviewReport(h, 'HEAD_SIGNOFF')).id,
    'updateReviewReport',
    ', input:{ workSummary:"新的工作总结" }',
  ),
  'submitReviewReport (submitted)': step('review_report', async (h) => (await fixtureReviewReport(h, 'SUBMITTED')).id, 'submitReviewReport'),
  'signOffReviewReport (draft)': step('review_report', async (h) => (await fixtureReviewReport(h, 'DRAFT')).id, 'signOffReviewReport'),
  'returnReviewReport (submitted)': step(
    'review_report',
    async (h) => (await fixtureReviewReport(h, 'SUBMITTED')).id,
    'returnReviewReport',
    ', reason:"请补充"',
  ),
  'returnRectification (verified)': step(
    'review_rectification',
    async (h) => (await fixtureRectification(h, 'VERIFIED')).rectificationId,
    'returnRectification',
    ', reason:"请补充材料"',
  ),
  'recordJointMeetingHeld (held)': step('joint_meeting', (h) => fixtureJointMeeting(h, 'HELD'), 'recordJointMeetingHeld', `, heldOn:"${day(0)}"`),
  'updateJointMeeting (held)': step(
    'joint_meeting',
    (h) => fixtureJointMeeting(h, 'HELD'),
    'updateJointMeeting',
    `, input:{ title:"改后的联席会议", plannedOn:"${day(3)}", agenda: ${JM_AGENDA} }`,
  ),
  'cancelJointMeeting (held)': step('joint_meeting', (h) => fixtureJointMeeting(h, 'HELD'), 'cancelJointMeeting', ', reason:"会议改期"'),
  'saveJointMeetingMinutes (issued)': step(
    'joint_meeting',
    (h) => fixtureJointMeeting(h, 'MINUTES_ISSUED'),
    'saveJointMeetingMinutes',
    ', input:{ minutesText:"改后的纪要" }',
  ),
  'issueJointMeetingMinutes (issued)': step('joint_meeting', (h) => fixtureJointMeeting(h, 'MINUTES_ISSUED'), 'issueJointMeetingMinutes'),
  'removeResolution (issued)': async (h) => {
    const r = await fixtureJointResolution(h, 'OPEN');
    return mutation(rowOf('joint_resolution', r.id), () => h.call('mutation($id:ID!){ removeResolution(id:$id) }', { id: r.id }));
  },
  'returnResolution (closed)': step(
    'joint_resolution',
    async (h) => (await fixtureJointResolution(h, 'CLOSED')).id,
    'returnResolution',
    ', reason:"请补充"',
  ),
  'reportResolutionProgress (closed)': step(
    'joint_resolution',
    async (h) => (await fixtureJointResolution(h, 'CLOSED')).id,
    'reportResolutionProgress',
    ', progress:"已落实"',
  ),
  'closeResolution (open)': step('joint_resolution', async (h) => (await fixtureJointResolution(h, 'OPEN')).id, 'closeResolution'),
  'addRoutineCheck (signed)': addToAssessment('addRoutineCheck', 'OFFICE_SIGNED'),
  'addDeduction (signed)': addToAssessment('addDeduction', 'SIGNED_OFF'),
  'addRoutineCheck (county)': addToAssessment('addRoutineCheck', 'OPEN', true),
  'addDeduction (county)': addToAssessment('addDeduction', 'OPEN', true),
  'officeSignOffAssessment (this year)': async (h) => {
    await clearAssessmentYear(demoUnitId('city'), THIS_YEAR);
    const city = { ...h, governmentId: demoUnitId('city') };
    return step('assessment', async () => (await fixtureAssessment(city, 'OPEN', THIS_YEAR)).id, 'officeSignOffAssessment')(h);
  },
  'signOffAssessment (open)': step('assessment', async (h) => (await fixtureAssessment(h, 'OPEN')).id, 'signOffAssessment'),
  'returnAssessment (open)': step('assessment', async (h) => (await fixtureAssessment(h, 'OPEN')).id, 'returnAssessment', ', reason:"请核实"'),
  'publishAssessment (office signed)': step('assessment', async (h) => (await fixtureAssessment(h, 'OFFICE_SIGNED')).id, 'publishAssessment'),
  'createAnnualReport (government)': (h) => createReport(h, h.governmentId),
  'submitAnnualReport (government)': step('annual_report', reportIn('DRAFT', true), 'submitAnnualReport'),
  'signOffAnnualReport (government)': step('annual_report', reportIn('SUBMITTED', true), 'signOffAnnualReport'),
  'publishAnnualReport (government)': step('annual_report', reportIn('SIGNED_OFF', true), 'publishAnnualReport'),
  'updateAnnualReport (submitted)': async (h) => {
    const id = await fixtureAnnualReport(h, 'SUBMITTED');
    return mutation(rowOf('annual_report', id), () =>
      h.call('mutation($id:ID!){ updateAnnualReport(id:$id, version:1, input:{ overview:"改写的总体情况" }) { id } }', { id }),
    );
  },
  'signOffAnnualReport (draft)': step('annual_report', reportIn('DRAFT'), 'signOffAnnualReport'),
  'returnAnnualReport (draft)': step('annual_report', reportIn('DRAFT'), 'returnAnnualReport', ', reason:"请核对"'),
  'publishAnnualReport (submitted)': step('annual_report', reportIn('SUBMITTED'), 'publishAnnualReport'),
  'updateAccountRequest (submitted)': async (h) => {
    const id = await fixtureRequest(h, 'SUBMITTED');
    return mutation(rowOf('account_request', id), () =>
      h.call(
        'mutation($id:ID!,$n:String!){ updateAccountRequest(id:$id, version:1, input:{ displayName:"新同事", username:$n, roles:[DEPARTMENT_STAFF], reason:"工作需要" }) { id } }',
        { id, n: `ask.${uniq()}` },
      ),
    );
  },
  'submitAccountRequest (returned)': step('account_request', requestIn('RETURNED'), 'submitAccountRequest'),
  'submitAccountRequest (submitted)': step('account_request', requestIn('SUBMITTED'), 'submitAccountRequest'),
  'approveAccountRequest (draft)': step('account_request', requestIn('DRAFT'), 'approveAccountRequest', '', 'initialPassword'),
  'returnAccountRequest (approved)': step('account_request', requestIn('APPROVED'), 'returnAccountRequest', ', reason:"材料不全"'),
  'updateDocument (returned)': updateDocumentIn('RETURNED'),
  'updateDocument (issued)': updateDocumentIn('ISSUED'),
  'submitDocument (returned)': step('policy_document', documentIn({ state: 'RETURNED' }), 'submitDocument'),
  'submitDocument (issued)': step('policy_document', documentIn({ state: 'ISSUED' }), 'submitDocument'),
  'approveDocumentAttribute (draft)': step('policy_document', documentIn({ state: 'DRAFT', attribute: 'NOT_DISCLOSED' }), 'approveDocumentAttribute'),
  'signOffDocument (draft)': step('policy_document', documentIn({ state: 'DRAFT' }), 'signOffDocument'),
  'reviewDocument (issued)': step(
    'policy_document',
    documentIn({ state: 'ISSUED', kind: 'GOVERNMENT' }),
    'reviewDocument',
    ', input:{ interpretationNeeded: false }',
  ),
  'returnDocument (issued)': step('policy_document', documentIn({ state: 'ISSUED', kind: 'GOVERNMENT' }), 'returnDocument', ', reason:"请补充"'),
  'issueDocument (draft, a government document)': step('policy_document', documentIn({ state: 'DRAFT', kind: 'GOVERNMENT' }), 'issueDocument'),
  'issueDocument (issued)': step('policy_document', documentIn({ state: 'ISSUED', kind: 'GOVERNMENT' }), 'issueDocument'),
  'issueDocument (issued, with a number taken)': async (h) => {
    // a document of the unit holding a number of its series, and the unit's prefix set
    const seq = ++takenSeq;
    await s.sql(`update unit set document_prefix = coalesce(document_prefix, '测试发') where id = ?`, [h.unitId]);
    const taken = await fixtureDocument(h, { state: 'ISSUED' });
    await s.sql(`update policy_document set number_issuer_id = ?, number_year = 2026, number_seq = ? where id = ?`, [h.unitId, seq, taken]);
    const id = await fixtureDocument(h, { state: 'ISSUED' });
    return mutation(rowOf('policy_document', id), () =>
      h.call('mutation($id:ID!,$n:Int!){ issueDocument(id:$id, version:1, seq:$n, issueDate:"2026-11-02") { id } }', { id, n: seq }),
    );
  },
  'saveInterpretation (issued document)': saveInterpretationOn(documentIn({ state: 'ISSUED' }), null),
  'saveInterpretation (document in disclosure review)': saveInterpretationOn(documentIn({ state: 'DISCLOSURE_REVIEW', kind: 'GOVERNMENT' }), null),
  'saveInterpretation (published)': saveInterpretationOn(async (h) => (await interpretationOnIssuedDocument(h, true)).documentId, 1),
  'publishInterpretation (published)': step('interpretation', async (h) => (await fixtureInterpretation(h, true)).id, 'publishInterpretation'),
  'updateTopic (returned)': updateTopicIn('RETURNED'),
  'updateTopic (submitted)': updateTopicIn('SUBMITTED'),
  'submitTopic (returned)': step('consultation_topic', topicIn('RETURNED'), 'submitTopic'),
  'submitTopic (published)': step('consultation_topic', topicIn('PUBLISHED'), 'submitTopic'),
  'approveTopic (draft)': step('consultation_topic', topicIn('DRAFT'), 'approveTopic'),
  'approveTopic (published)': step('consultation_topic', topicIn('PUBLISHED'), 'approveTopic'),
  'returnTopic (approved)': step('consultation_topic', topicIn('APPROVED'), 'returnTopic', ', reason:"请补充"'),
  'publishTopic (submitted)': step('consultation_topic', topicIn('SUBMITTED'), 'publishTopic'),
  'publishTopic (published)': step('consultation_topic', topicIn('PUBLISHED'), 'publishTopic'),
  'saveTopicSummary (draft)': step('consultation_topic', topicIn('DRAFT'), 'saveTopicSummary', ', summary:"汇总"'),
  'publishTopicResults (draft)': step('consultation_topic', topicIn('DRAFT'), 'publishTopicResults'),
  'publishTopicResults (results published)': step('consultation_topic', topicIn('RESULTS_PUBLISHED', true), 'publishTopicResults'),
  'recordOpinion (submitted)': async (h) => {
    const t = await fixtureTopic(h, 'SUBMITTED');
    return mutation(rowsWhere('opinion', 'topic_id', t), () =>
      h.call('mutation($t:ID!){ recordOpinion(input:{ topicId:$t, content:"来信意见内容", channel: LETTER }) { id } }', { t }),
    );
  },
  'answerOpinion (window open)': async (h) => {
    const o = await fixtureOpinion(h, false);
    return mutation(rowOf('opinion', o.id), () =>
      h.call('mutation($id:ID!){ answerOpinion(id:$id, input:{ reasonable: false, reply:"感谢" }) { id } }', { id: o.id }),
    );
  },
  'saveAttendanceProposal (submitted)': saveProposalOn('SUBMITTED', 1),
  'saveAttendanceProposal (returned)': saveProposalOn('RETURNED', 1),
  'saveAttendanceProposal (a stale version)': saveProposalOn('DRAFT', 7),
  'submitAttendanceProposal (returned)': step('attendance_proposal', proposalIn('RETURNED'), 'submitAttendanceProposal'),
  'submitAttendanceProposal (approved)': step('attendance_proposal', proposalIn('APPROVED'), 'submitAttendanceProposal'),
  'approveAttendanceProposal (draft)': step('attendance_proposal', proposalIn('DRAFT'), 'approveAttendanceProposal'),
  'approveAttendanceProposal (approved)': step('attendance_proposal', proposalIn('APPROVED'), 'approveAttendanceProposal'),
  'returnAttendanceProposal (approved)': step('attendance_proposal', proposalIn('APPROVED'), 'returnAttendanceProposal', ', reason:"请补充"'),
  'recordNoticeDelivery (submitted)': async (h) => {
    const p = await fixtureProposal(h, 'SUBMITTED');
    return mutation(rowOf('invitee', p.inviteeId), () =>
      h.call('mutation($i:ID!){ recordNoticeDelivery(inviteeId:$i, deliveredOn:"2026-12-01") { noticeLate } }', { i: p.inviteeId }),
    );
  },
  'answerSupervisorFeedback (reopened)': step(
    'supervisor_feedback',
    feedbackIn('REOPENED', 'DISSATISFIED'),
    'answerSupervisorFeedback',
    ', answer:"再次答复"',
  ),
  'answerSupervisorFeedback (answered)': step('supervisor_feedback', feedbackIn('ANSWERED'), 'answerSupervisorFeedback', ', answer:"再次答复"'),
  'rateSupervisorFeedback (submitted)': step('supervisor_feedback', feedbackIn('SUBMITTED'), 'rateSupervisorFeedback', ', rating: SATISFIED'),
  'replyDisclosureRequest (replied)': async (h) => {
    const { id, itemId } = await fixtureDisclosureRequest(h, 'REPLIED');
    return mutation(rowOf('disclosure_request', id), () =>
      h.call(REQUEST_STEP('replyDisclosureRequest', ', input:{ outcomes:[{ itemId:$i, outcome: DISCLOSED }], reply:"再次答复" }', ',$i:ID!'), {
        id,
        i: itemId,
      }),
    );
  },
  'confirmDisclosureRequest (in progress)': step('disclosure_request', requestOn('IN_PROGRESS'), 'confirmDisclosureRequest'),
  'askDisclosureRequestCorrection (waiting for a correction)': step(
    'disclosure_request',
    requestOn('CORRECTION'),
    'askDisclosureRequestCorrection',
    `, text:"再次补正", dueOn:"${day(20)}"`,
  ),
  'deliverDisclosureRequest (in progress)': step('disclosure_request', requestOn('IN_PROGRESS'), 'deliverDisclosureRequest', ', method: POST'),
  'approveDisclosureRequestExtension (not requested)': step('disclosure_request', requestOn('IN_PROGRESS'), 'approveDisclosureRequestExtension'),
  'rejectDisclosureRequestExtension (not requested)': step(
    'disclosure_request',
    requestOn('IN_PROGRESS'),
    'rejectDisclosureRequestExtension',
    ', reason:"应按期答复"',
  ),
  'confirmDisclosureRequest (addressed to the government)': step(
    'disclosure_request',
    async (h) => (await fixtureDisclosureRequest(h, 'SUBMITTED', { unit: demoUnitId('city') })).id,
    'confirmDisclosureRequest',
  ),
  'approveDisclosureRequestExtension (addressed to the government)': step(
    'disclosure_request',
    async (h) => (await fixtureDisclosureRequest(h, 'IN_PROGRESS', { unit: demoUnitId('city'), extension: 'REQUESTED' })).id,
    'approveDisclosureRequestExtension',
  ),
  'acceptCase (assigned)': step('complaint_case', caseIn('ASSIGNED'), 'acceptCase'),
  'notAcceptCase (accepted)': step('complaint_case', caseIn('ACCEPTED'), 'notAcceptCase', ', reason:"不属于受理范围"'),
  'assignCase (received)': async (h) => {
    const id = await caseIn('RECEIVED')(h);
    return mutation(rowOf('complaint_case', id), () =>
      h.call('mutation($id:ID!,$u:ID!){ assignCase(id:$id, version:1, unitId:$u) { id } }', { id, u: h.unitId }),
    );
  },
  'handBackCase (replied)': step('complaint_case', caseIn('REPLIED'), 'handBackCase', ', reason:"非本单位职责"'),
  'replyCase (replied)': step('complaint_case', caseIn('REPLIED'), 'replyCase', ', reply:"再次答复"'),
  'closeCase (assigned)': step('complaint_case', caseIn('ASSIGNED'), 'closeCase'),
  'reopenCase (closed)': step('complaint_case', caseIn('CLOSED'), 'reopenCase', ', reason:"群众不满意"'),
  'requestCaseExtension (replied)': step('complaint_case', caseIn('REPLIED'), 'requestCaseExtension', ', days:3, reason:"需要协调"'),
  'approveCaseExtension (replied)': step('complaint_case', caseIn('REPLIED', null, 'REQUESTED'), 'approveCaseExtension'),
  'rejectCaseExtension (replied)': step('complaint_case', caseIn('REPLIED', null, 'REQUESTED'), 'rejectCaseExtension', ', reason:"应按期答复"'),
  'approveCaseExtension (not requested)': step('complaint_case', caseIn('ASSIGNED'), 'approveCaseExtension'),
  'requestCaseExtension (already approved)': step(
    'complaint_case',
    caseIn('ASSIGNED', null, 'APPROVED'),
    'requestCaseExtension',
    ', days:3, reason:"再次申请"',
  ),
  'publishCaseStatistics (published)': async (h) => {
    await fixtureStatsRelease();
    return outcome(await h.call('mutation{ publishCaseStatistics(periodKind: MONTH, year: 2000, period: 1) { periodKey } }'));
  },
  'reopenCase (rated satisfied)': step('complaint_case', caseIn('RATED', 'SATISFIED'), 'reopenCase', ', reason:"复查"'),
  'reopenSupervisorFeedback (answered)': step('supervisor_feedback', feedbackIn('ANSWERED'), 'reopenSupervisorFeedback', ', reason:"答复不具体"'),
  'saveIndicatorTree (approved)': async (h) => {
    const { id } = await fixtureSystem('APPROVED');
    return mutation(rowOf('indicator_system', id), () =>
      h.call(
        'mutation($id:ID!,$t:[IndicatorNodeInput!]!){ saveIndicatorTree(id:$id, version:1, input:{ title:"指标体系", fullScore:100, bands:{ excellent:0.9, good:0.8, pass:0.6 }, indicators:$t }) { id } }',
        { id, t: FLAT_TREE },
      ),
    );
  },
  'signOffIndicatorSystem (approved)': step('indicator_system', async () => (await fixtureSystem('APPROVED')).id, 'signOffIndicatorSystem'),
  'reopenIndicatorSystem (draft)': step('indicator_system', async () => (await fixtureSystem('DRAFT')).id, 'reopenIndicatorSystem'),
  'setRoundUnits (scoring)': async (h) => {
    const id = await roundIn('SCORING')(h);
    return mutation(rowsWhere('evaluated_unit', 'round_id', id), () =>
      h.call('mutation($id:ID!,$u:ID!){ setRoundUnits(id:$id, unitIds:[$u]) { id } }', { id, u: demoUnitId('civil') }),
    );
  },
  'assignEvaluator (scoring)': async (h) => {
    const id = await roundIn('SCORING')(h);
    return mutation(rowsWhere('evaluator_assignment', 'round_id', id), () =>
      h.call('mutation($id:ID!,$e:ID!){ assignEvaluator(roundId:$id, input:{ evaluatorId:$e, dimension: POWER }) { id } }', {
        id,
        e: demoUserId('pinggu'),
      }),
    );
  },
  'assignEvaluator (review)': async (h) => {
    const id = await roundIn('REVIEW')(h);
    return mutation(rowsWhere('evaluator_assignment', 'round_id', id), () =>
      h.call('mutation($id:ID!,$e:ID!){ assignEvaluator(roundId:$id, input:{ evaluatorId:$e, dimension: POWER }) { id } }', {
        id,
        e: demoUserId('pinggu'),
      }),
    );
  },
  'removeEvaluatorAssignment (review)': async (h) => {
    const r = await fixtureRound(h, { state: 'REVIEW', deadline: '2099-12-31', evaluatorId: demoUserId('pinggu') });
    const [{ id }] = await s.sql(`select id from evaluator_assignment where round_id = ?`, [r.id]);
    return mutation(rowsWhere('evaluator_assignment', 'round_id', r.id), () =>
      h.call('mutation($id:ID!){ removeEvaluatorAssignment(id:$id) { id } }', { id }),
    );
  },
  'startEvaluationRound (scoring)': step('evaluation_round', roundIn('SCORING'), 'startEvaluationRound'),
  'releaseEvaluationRound (preparing)': step('evaluation_round', roundIn('PREPARING'), 'releaseEvaluationRound'),
  'publishEvaluationRound (scoring)': step('evaluation_round', roundIn('SCORING'), 'publishEvaluationRound'),
  'scoreIndicator (review)': async (h) => {
    const r = await fixtureRound(h, { state: 'REVIEW', deadline: '2099-12-31', evaluatorId: h.actorId });
    return mutation(rowsWhere('evaluation_score', 'round_id', r.id), () => h.call(SCORE, { r: r.id, u: h.unitId, i: r.system.leaves[0] }));
  },
  'submitAppeal (window closed)': async (h) => {
    const r = await fixtureRound(h, { state: 'REVIEW', deadline: '2020-01-01', score: true });
    return mutation(rowsWhere('evaluation_appeal', 'round_id', r.id), () =>
      h.call('mutation($s:ID!){ submitAppeal(scoreId:$s, reason:"已整改") { id } }', { s: r.scoreId }),
    );
  },
  'acceptAppeal (answered)': step('evaluation_appeal', answeredAppeal, 'acceptAppeal', ', newScore: 15, reply:"采纳"'),
  'rejectAppeal (answered)': step('evaluation_appeal', answeredAppeal, 'rejectAppeal', ', reply:"维持"'),
  'saveQuestionnaire (published)': async (h) => {
    const q = await fixtureQuestionnaire(h, 'PUBLISHED');
    return mutation(rowOf('questionnaire', q.id), () => h.call(SAVE_QUESTIONNAIRE, { r: q.roundId, i: q.indicatorId, d: day(3) }));
  },
  'saveQuestionnaire (round in review)': async (h) => {
    const r = await fixtureRound(h, { state: 'REVIEW', deadline: '2099-12-31' });
    return mutation(rowsWhere('questionnaire', 'round_id', r.id), () => h.call(SAVE_QUESTIONNAIRE, { r: r.id, i: r.system.leaves[4], d: day(3) }));
  },
  'publishQuestionnaire (published)': step('questionnaire', async (h) => (await fixtureQuestionnaire(h, 'PUBLISHED')).id, 'publishQuestionnaire'),
  'aggregateQuestionnaire (draft)': step('questionnaire', async (h) => (await fixtureQuestionnaire(h, 'DRAFT', true)).id, 'aggregateQuestionnaire'),
};

describe('permission table', () => {
  it('covers every operation of the schema, and names the permission of each', async () => {
    const schema = await appSchema();
    const operations = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())].sort();
    expect(Object.keys(PERMISSION_TABLE).sort()).toEqual(operations);
    expect(Object.keys(CALLS).sort()).toEqual(operations);
    expect([...OPERATION_PERMISSIONS.keys()].sort()).toEqual(operations);
  });

  it('probes every nested field that checks the subject it returns', async () => {
    await appSchema();
    const guarded = fieldDeclarations()
      .filter((d) => d.permission.kind === 'read')
      .map((d) => d.field);
    // page and wrapper types carry what their operation already read: the operation's row covers them
    const wrappers = guarded.filter((f) => /^[A-Za-z]+(Page|Roster|Approval)\.|^CalendarYear\.days$/.test(f));
    const probed = new Set(Object.keys(NESTED_TABLE).map((k) => k.split(' ')[0]));
    expect(guarded.filter((f) => !wrappers.includes(f) && !probed.has(f))).toEqual([]);
    expect(Object.keys(NESTED_CALLS).sort()).toEqual(Object.keys(NESTED_TABLE).sort());
  });

  it('tries every plain HTTP route that serves a file', () => {
    for (const route of [
      '/files/:id',
      '/documents/:id/docx',
      '/meetings/invitees/:id/notice',
      '/evaluation/rounds/:id/xlsx',
      '/complaints/imports/:id/errors.csv',
      '/complaints/imports/samples/:channel',
      '/open/complaints/statistics/:file',
      '/requests/:id/letter',
      '/training/sessions/:id/roster.xlsx',
      '/training/hours.xlsx',
      '/joint-meetings/:id/minutes.docx',
      '/assessment/:file',
    ]) {
      expect(s.app.hasRoute({ method: 'GET', url: route }), route).toBe(true);
      expect(
        Object.keys(HTTP_TABLE).some((k) => k.startsWith(`GET ${route}`)),
        route,
      ).toBe(true);
    }
    expect(Object.keys(HTTP_CALLS).sort()).toEqual(Object.keys(HTTP_TABLE).sort());
  });

  it('tries each state row on an operation of the schema', async () => {
    const schema = await appSchema();
    const operations = new Set([...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())]);
    expect(Object.keys(STATE_TABLE).filter((k) => !operations.has(k.split(' ')[0]))).toEqual([]);
    expect(Object.keys(STATE_CALLS).sort()).toEqual(Object.keys(STATE_TABLE).sort());
    expect(Object.keys(MUTATION_STATE_TABLE).filter((k) => !operations.has(k.split(' ')[0]))).toEqual([]);
    expect(Object.keys(MUTATION_STATE_CALLS).sort()).toEqual(Object.keys(MUTATION_STATE_TABLE).sort());
  });

  it('tries each mutation in more than one state', async () => {
    const schema = await appSchema();
    const tried = new Set(Object.keys(MUTATION_STATE_TABLE).map((k) => k.split(' ')[0]));
    // mutations whose object has states, and whose rule differs between them
    const withStates = Object.keys(schema.getMutationType()!.getFields()).filter((m) =>
      /^(update|submit|approve|return|sign|review|issue|publish|save|record|answer|rate|reopen|setRound|assign|remove|start|release|score|accept|reject|aggregate)/.test(
        m,
      ),
    );
    const untried = withStates.filter((m) => !tried.has(m)).sort();
    expect(untried).toEqual(UNTRIED_MUTATIONS);
  });

  const actors: (Actor | null)[] = [...ACTORS, null];
  const rows: [string, Row, (h: H) => Promise<Outcome>][] = [
    ...Object.entries(PERMISSION_TABLE).map(([op, row]) => [op, row, CALLS[op]] as [string, Row, (h: H) => Promise<Outcome>]),
    ...Object.entries(NESTED_TABLE).map(([field, row]) => [field, row, NESTED_CALLS[field]] as [string, Row, (h: H) => Promise<Outcome>]),
    ...Object.entries(STATE_TABLE).map(([name, row]) => [name, row, STATE_CALLS[name]] as [string, Row, (h: H) => Promise<Outcome>]),
    ...Object.entries(MUTATION_STATE_TABLE).map(
      ([name, row]) => [name, row, MUTATION_STATE_CALLS[name]] as [string, Row, (h: H) => Promise<Outcome>],
    ),
    ...Object.entries(HTTP_TABLE).map(([route, row]) => [route, row, HTTP_CALLS[route]] as [string, Row, (h: H) => Promise<Outcome>]),
  ];
  for (const [operation, row, call] of rows) {
    for (const scope of ['any', 'own', 'other', 'county'] as Scope[]) {
      const who = expectedFor(row, scope);
      if (!who) continue;
      it(`${operation} (${scope})`, async () => {
        const mismatches: string[] = [];
        for (const actor of actors) {
          const h = await as(actor, scope);
          const got = await call(h);
          const expected = expectedOutcome(row, scope, who, actor?.roles ?? null);
          if (got !== expected) mismatches.push(`${actor?.roles.join('+') ?? 'ANONYMOUS'}: expected ${expected}, got ${got}`);
        }
        expect(mismatches).toEqual([]);
      });
    }
  }
});

/** Each actor signs in once; a row that ends the session (logout) forgets it. */
const sessions = new Map<string, string>();
/** The helper a row's call acts through: the actor signed in, the object placed in the scope's unit. */
async function as(actor: Actor | null, scope: Scope): Promise<H> {
  let cookie = actor ? sessions.get(actor.name) : undefined;
  if (actor && !cookie) sessions.set(actor.name, (cookie = await s.login(actor.name)));
  const actorId = actor ? (await s.sql(`select id from app_user where username = ?`, [actor.name]))[0].id : null;
  const ownUnit = demoUnitId(actor?.unit ?? 'education');
  const address = `127.0.${10 + (actor ? ACTORS.indexOf(actor) : ACTORS.length)}.1`;
  return {
    roles: actor?.roles ?? [],
    scope,
    actorId,
    cookie,
    unitId: scope === 'other' ? demoUnitId(OTHER_UNIT) : scope === 'county' ? demoUnitId(COUNTY_UNIT) : ownUnit,
    governmentId: demoUnitId(scope === 'county' ? COUNTY : 'city'),
    call: (query, variables) => s.gql(query, variables, { cookie, address }),
    get: async (url) => {
      const res = await s.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {}, remoteAddress: address });
      return { status: res.statusCode, contentType: String(res.headers['content-type'] ?? ''), body: res.rawPayload };
    },
  };
}

// ——— the portal's public operations, asked by a visitor: only what is public comes back ———
describe('public operations, anonymously', () => {
  /** Every type a public operation can answer with, and their fields, walked through the schema. */
  it('answer no contact, phone, e-mail or address field', async () => {
    const schema = await appSchema();
    const publicOps = [...OPERATION_PERMISSIONS.entries()].filter(([, p]) => p.kind === 'public').map(([op]) => op);
    const roots = { ...schema.getQueryType()!.getFields(), ...schema.getMutationType()!.getFields() };
    const seen = new Set<string>();
    const found: string[] = [];
    interface GqlType {
      name?: string;
      ofType?: GqlType;
      getFields?: () => Record<string, { name: string; type: GqlType }>;
    }
    /** The named type under lists and non-nulls. */
    const named = (t: GqlType): GqlType => (t.ofType ? named(t.ofType) : t);
    const walk = (type: GqlType) => {
      if (!type.getFields || !type.name || seen.has(type.name)) return;
      seen.add(type.name);
      for (const field of Object.values(type.getFields())) {
        // the visitor's own account (me, login) is theirs: it is null for a visitor
        if (type.name !== 'Viewer' && /contact|phone|mobile|e?mail|ipAddress|idCard|respondent/i.test(field.name))
          found.push(`${type.name}.${field.name}`);
        if (type.name !== 'Viewer') walk(named(field.type));
      }
    };
    for (const op of publicOps) walk(named(roots[op].type as GqlType));
    expect(seen.size).toBeGreaterThan(5);
    expect(found).toEqual([]);
  });

  it('list and show only issued documents disclosed proactively or on application', async () => {
    const h = await as(null, 'own');
    const marker = `公开探针${uniq()}`;
    // the marker is a word of its own in each title: the column search matches words, not parts of them
    const make = (f: DocFixture) => fixtureDocument(h, { ...f, title: `${marker} ${uniq()}` });
    const proactive = await make({ state: 'ISSUED' });
    const onApplication = await make({ state: 'ISSUED', attribute: 'ON_APPLICATION' });
    const hidden = {
      draft: await make({ state: 'DRAFT' }),
      inReview: await make({ state: 'DISCLOSURE_REVIEW', kind: 'GOVERNMENT' }),
      forwarded: await make({ state: 'FORWARDED', kind: 'GOVERNMENT' }),
      notDisclosed: await make({ state: 'ISSUED', attribute: 'NOT_DISCLOSED' }),
      classified: await make({ state: 'ISSUED', classified: true }),
    };
    const list = await h.call('query($s:String){ publicDocuments(filter:{ search:$s }, pageSize: 100) { total items { id body } } }', { s: marker });
    expect(list.errors).toBeUndefined();
    const items = list.data!.publicDocuments.items as { id: string; body: string | null }[];
    expect(items.map((d) => d.id).sort()).toEqual([proactive, onApplication].sort());
    expect(list.data!.publicDocuments.total).toBe(2);
    // on application: the title is public, the text is given on request
    expect(items.find((d) => d.id === onApplication)!.body).toBeNull();
    expect(items.find((d) => d.id === proactive)!.body).toBe('正文');
    for (const [what, id] of Object.entries(hidden)) {
      const r = await h.call('query($id:ID!){ publicDocument(id:$id) { id title } }', { id });
      expect(codeOf(r), what).toBe('NOT_FOUND');
    }
  });

  it('list and show only published interpretations of public documents', async () => {
    const h = await as(null, 'own');
    const published = await interpretationOnIssuedDocument(h, true);
    const draft = await interpretationOnIssuedDocument(h, false);
    // an interpretation published on a document later found not to be disclosed, or classified, shows nothing of it
    const ofNotDisclosed = await interpretationOnIssuedDocument(h, true);
    await s.sql(
      `update policy_document set disclosure_attribute = 'NOT_DISCLOSED', attribute_reason = 'INTERNAL_AFFAIRS', attribute_basis = '条例第十六条' where id = ?`,
      [ofNotDisclosed.documentId],
    );
    const ofClassified = await interpretationOnIssuedDocument(h, true);
    await s.sql(`update policy_document set classified = true where id = ?`, [ofClassified.documentId]);
    // every page of the list
    const listed: string[] = [];
    for (let page = 1; ; page++) {
      const r = await h.call('query($p:Int!){ publicInterpretations(page:$p, pageSize: 100) { total items { id document { id title } } } }', {
        p: page,
      });
      expect(r.errors).toBeUndefined();
      listed.push(...r.data!.publicInterpretations.items.map((x: any) => x.id));
      if (listed.length >= r.data!.publicInterpretations.total || !r.data!.publicInterpretations.items.length) break;
    }
    for (const [what, i, shown] of [
      ['published', published, true],
      ['draft', draft, false],
      ['of a document not disclosed', ofNotDisclosed, false],
      ['of a classified document', ofClassified, false],
    ] as const) {
      expect(listed.includes(i.id), what).toBe(shown);
      const one = await h.call('query($id:ID!){ publicInterpretation(id:$id) { id document { title } } }', { id: i.id });
      if (shown) expect(one.data?.publicInterpretation?.id, what).toBe(i.id);
      else expect(codeOf(one), what).toBe('NOT_FOUND');
      // nor on the public page of its document
      const onDocument = await h.call('query($id:ID!){ publicDocument(id:$id) { interpretations { id } } }', { id: i.documentId });
      if (shown)
        expect(
          onDocument.data!.publicDocument.interpretations.map((x: any) => x.id),
          what,
        ).toEqual([i.id]);
    }
  });

  it('list and show only published topics, and of them only the opinions not hidden', async () => {
    const h = await as(null, 'own');
    const notPublic = {} as Record<string, string>;
    for (const state of ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED']) notPublic[state] = await fixtureTopic(h, state);
    const published = await fixtureOpinion(h);
    const hiddenOpinion = await fixtureOpinion(h);
    await s.sql(`update opinion set topic_id = ?, hidden = true, hidden_reason = '辱骂' where id = ?`, [published.topicId, hiddenOpinion.id]);
    const list = await h.call('{ publicConsultations(pageSize: 100) { total items { id } } }');
    expect(list.errors).toBeUndefined();
    const listed = list.data!.publicConsultations.items.map((x: any) => x.id);
    for (const [state, id] of Object.entries(notPublic)) expect(listed, state).not.toContain(id);
    const [{ n }] = await s.sql(`select count(*)::int as n from consultation_topic where state in ('PUBLISHED', 'RESULTS_PUBLISHED')`);
    expect(list.data!.publicConsultations.total).toBe(n);
    for (const [state, id] of Object.entries(notPublic)) {
      expect(codeOf(await h.call('query($id:ID!){ publicConsultation(id:$id) { id } }', { id })), state).toBe('NOT_FOUND');
      // nor does an opinion sent to it tell the topic exists
      const sent = await h.call(
        'mutation($t:ID!,$k:String!){ submitOpinion(input:{ topicId:$t, content:"公众意见内容", idempotencyKey:$k }) { receiptCode } }',
        {
          t: id,
          k: `probe-${uniq()}-${uniq()}`,
        },
      );
      expect(codeOf(sent), state).toBe('NOT_FOUND');
    }
    // a published topic whose window closed takes no more opinions, and says why
    const closed = await fixtureTopic(h, 'PUBLISHED', true);
    const late = await h.call(
      'mutation($t:ID!,$k:String!){ submitOpinion(input:{ topicId:$t, content:"公众意见内容", idempotencyKey:$k }) { receiptCode } }',
      {
        t: closed,
        k: `probe-${uniq()}-${uniq()}`,
      },
    );
    expect(codeOf(late)).toBe('CONSULTATION_NOT_OPEN');
    const one = await h.call('query($id:ID!){ publicConsultation(id:$id) { id opinions { id } } }', { id: published.topicId });
    expect(one.errors).toBeUndefined();
    expect(one.data!.publicConsultation.opinions.map((o: any) => o.id)).toEqual([published.id]);
  });

  it('show evaluation results of published rounds only, and questionnaires once published', async () => {
    const h = await as(null, 'own');
    const inReview = await fixtureRound(h, { state: 'REVIEW', deadline: '2099-12-31', score: true });
    const [{ year: reviewYear }] = await s.sql(`select year from evaluation_round where id = ?`, [inReview.id]);
    const done = await fixtureRound(h, { state: 'PUBLISHED', deadline: '2020-01-01', score: true });
    const [{ year: publishedYear }] = await s.sql(`update evaluation_round set published_at = now() where id = ? returning year`, [done.id]);
    const years = await h.call('{ publicEvaluationYears }');
    expect(years.data!.publicEvaluationYears).toContain(publishedYear);
    expect(years.data!.publicEvaluationYears).not.toContain(reviewYear);
    const review = await h.call('query($y:Int){ publicEvaluation(year:$y) { year } }', { y: reviewYear });
    expect(review.errors).toBeUndefined();
    expect(review.data!.publicEvaluation).toBeNull();
    const shown = await h.call('query($y:Int){ publicEvaluation(year:$y) { year rows { unitId } } }', { y: publishedYear });
    expect(shown.errors).toBeUndefined();
    expect(shown.data!.publicEvaluation.year).toBe(publishedYear);
    const draft = await fixtureQuestionnaire(h, 'DRAFT');
    const open = await fixtureQuestionnaire(h, 'PUBLISHED');
    // opened today: first of those the portal lists (the newest ten)
    await s.sql(`update questionnaire set opens_on = ? where id = ?`, [day(0), open.id]);
    const list = await h.call('{ publicQuestionnaires { id } }');
    const listed = list.data!.publicQuestionnaires.map((q: any) => q.id);
    expect(listed).toContain(open.id);
    expect(listed).not.toContain(draft.id);
    expect(codeOf(await h.call('query($id:ID!){ publicQuestionnaire(id:$id) { id } }', { id: draft.id }))).toBe('NOT_FOUND');
    // nor does an answer sent to a questionnaire not yet published tell it exists
    const answered = await h.call('mutation($i:QuestionnaireResponseInput!){ submitQuestionnaireResponse(input:$i) { received } }', {
      i: {
        questionnaireId: draft.id,
        unitId: h.unitId,
        phone: `1390000${String(1000 + ++respondent)}`,
        answers: [{ questionId: draft.questionId, value: 4 }],
        idempotencyKey: `probe-${uniq()}-${uniq()}`,
      },
    });
    expect(codeOf(answered)).toBe('NOT_FOUND');
  });

  it("follow a citizen's case only with its codes, and take a rating only once it is closed", async () => {
    const h = await as(null, 'own');
    const handled = await fixtureCase(h, 'ASSIGNED');
    const RATE = 'mutation($n:String!,$c:String!){ ratePublicCase(caseNumber:$n, checkCode:$c, version:1, rating: SATISFIED) { state } }';
    expect(codeOf(await h.call(RATE, { n: handled.number, c: 'CHECK234' }))).toBe('TRANSITION_NOT_ALLOWED');
    const closed = await fixtureCase(h, 'CLOSED');
    expect(codeOf(await h.call(RATE, { n: closed.number, c: 'WRONG234' }))).toBe('CASE_CODE_MISMATCH');
    expect(codeOf(await h.call('query($n:String!){ publicCase(caseNumber:$n, checkCode:"WRONG234") { state } }', { n: closed.number }))).toBe(
      'CASE_CODE_MISMATCH',
    );
    const [{ state }] = await s.sql(`select state from complaint_case where id = ?`, [closed.id]);
    expect(state).toBe('CLOSED');
  });
});
