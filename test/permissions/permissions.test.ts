import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../packages/shared/src/index.js';
import { appSchema } from '../../packages/server/src/schema.js';
import { OPERATION_PERMISSIONS } from '../../packages/server/src/common/graphql/permission.js';
import { codeOf, demoUnitId, demoUserId, startSuite, type GqlResult, type Suite } from '../support/suite.js';
import { PERMISSION_TABLE, allows } from './permission-table.js';

let s: Suite;
/** One single-role user per role, in a unit that fits the role. */
const ROLE_UNIT: Record<Role, string> = {
  DEPARTMENT_STAFF: 'education', DEPARTMENT_HEAD: 'education', DISCLOSURE_OFFICER: 'education',
  DISCLOSURE_OFFICE: 'disclosure', SECRETARIAT: 'secretariat', DOCUMENT_SECTION: 'documents', EGOV_CENTER: 'egov',
  COMPLAINT_OFFICE: 'complaints', ACADEMY_EVALUATOR: 'academy', ACADEMY_ADMIN: 'academy', TRAINING_ADMIN: 'partyschool',
  LEADER: 'city', SUPERVISOR: 'lawfirm', ADMIN: 'office',
};
const OTHER_UNIT = 'civil';
const actorName = (role: Role) => `perm.${role.toLowerCase().replace(/_/g, '-')}`;
const uniq = () => randomBytes(4).toString('hex');

beforeAll(async () => {
  s = await startSuite();
  const [{ password_hash }] = await s.sql(`select password_hash from app_user where username = 'admin'`);
  for (const role of ROLES) {
    await s.sql(`insert into app_user (id, username, display_name, unit_id, roles, password_hash) values (gen_random_uuid(), ?, ?, ?, ?::text[], ?)`,
      [actorName(role), `权限测试 ${role}`, demoUnitId(ROLE_UNIT[role]), `{${role}}`, password_hash]);
  }
}, 120_000);
afterAll(() => s.close());

type Scope = 'any' | 'own' | 'other';
interface H {
  role: Role | null;
  scope: Scope;
  /** The unit of the object acted on: the actor's own, or another. */
  unitId: string;
  actorId: string | null;
  call: (query: string, variables?: Record<string, unknown>) => Promise<GqlResult>;
}

const denied = (r: GqlResult) => ['FORBIDDEN', 'UNAUTHENTICATED'].includes(codeOf(r) as string);

/** allowed / denied, from the answer; an unexpected fault fails the row. */
function outcome(r: GqlResult, sees?: (data: any) => boolean): 'allowed' | 'denied' {
  if (codeOf(r) === 'INTERNAL') throw new Error(`INTERNAL: ${JSON.stringify(r.errors)}`);
  if (denied(r)) return 'denied';
  if (sees) return r.data && sees(r.data) ? 'allowed' : 'denied';
  return 'allowed';
}

// ——— fixtures, made directly in the database so that every row acts on a fresh object ———
async function fixtureUser(unitId: string) {
  const [{ id }] = await s.sql(`insert into app_user (id, username, display_name, unit_id, roles, password_hash)
    values (gen_random_uuid(), ?, '测试用户', ?, '{DEPARTMENT_STAFF}', 'x') returning id`, [`fx.${uniq()}`, unitId]);
  return id as string;
}
async function fixtureRequest(h: H, state: 'DRAFT' | 'SUBMITTED') {
  const requester = h.scope === 'own' && h.actorId ? h.actorId : demoUserId('minzheng.head');
  const [{ id }] = await s.sql(`insert into account_request (id, unit_id, requester_id, requester_name, display_name, username, roles, reason, state)
    values (gen_random_uuid(), ?, ?, '申请人', '新同事', ?, '{DEPARTMENT_STAFF}', '工作需要', ?) returning id`, [h.unitId, requester, `req.${uniq()}`, state]);
  return id as string;
}
async function fixtureUnit() {
  const [{ id }] = await s.sql(`insert into unit (id, name, kind, level, parent_id, government_id) values (gen_random_uuid(), ?, 'DEPARTMENT', 'CITY', ?, ?) returning id`,
    [`测试单位${uniq()}`, demoUnitId('city'), demoUnitId('city')]);
  return id as string;
}
interface DocFixture { state: string; kind?: string; attribute?: string; classified?: boolean }
async function fixtureDocument(h: H, f: DocFixture) {
  const notProactive = f.attribute && f.attribute !== 'PROACTIVE';
  const signed = !['DRAFT', 'OFFICER_REVIEW', 'HEAD_SIGNOFF'].includes(f.state);
  const [{ id }] = await s.sql(`insert into policy_document (id, kind, title, lead_unit_id, government_id, co_unit_ids, interpretation_forms, state,
      disclosure_attribute, attribute_reason, attribute_basis, officer_approved_at, head_signed_at, created_by_id, created_by_name, issue_date, document_number)
    values (gen_random_uuid(), ?, ?, ?, ?, '{}', '{}', ?, ?, ?, ?, ?, ?, ?, '测试', ?, ?) returning id`, [
    f.kind ?? 'DEPARTMENT', `测试文件${uniq()}`, h.unitId, demoUnitId('city'), f.state, f.attribute ?? 'PROACTIVE',
    notProactive ? 'INTERNAL_AFFAIRS' : null, notProactive ? '条例第十六条' : null,
    f.attribute === 'NOT_DISCLOSED' && f.state !== 'OFFICER_REVIEW' ? new Date() : null, signed ? new Date() : null,
    h.actorId ?? demoUserId('admin'), f.state === 'ISSUED' ? '2026-11-02' : null, f.state === 'ISSUED' ? `测发〔2026〕${uniq()}号` : null,
  ]);
  return id as string;
}
async function fixtureInterpretation(h: H, published: boolean) {
  const documentId = await fixtureDocument(h, { state: published ? 'ISSUED' : 'DRAFT' });
  const [{ id }] = await s.sql(`insert into interpretation (id, document_id, stage, owner_unit_id, government_id, title, scope, forms, schedule, spokesperson, content, links, state, published_at)
    values (gen_random_uuid(), ?, 1, ?, ?, '测试解读', '全市', '{WECHAT}', '3日内', '科长', '解读正文', '{}', ?, ?) returning id`,
    [documentId, h.unitId, demoUnitId('city'), published ? 'PUBLISHED' : 'DRAFT', published ? new Date() : null]);
  return { id: id as string, documentId };
}
const day = (n: number) => new Date(Date.now() + 8 * 3600_000 + n * 86400_000).toISOString().slice(0, 10);
async function fixtureTopic(h: H, state: string, closed = false) {
  const [{ id }] = await s.sql(`insert into consultation_topic (id, undertaking_unit_id, government_id, title, category, draft, decision_basis, drafting_explanation,
      window_start, window_end, min_days, state, created_by_id) values (gen_random_uuid(), ?, ?, ?, 'LIVELIHOOD', '草案', '依据', '说明', ?, ?, 5, ?, ?) returning id`,
    [h.unitId, demoUnitId('city'), `测试议题${uniq()}`, closed ? day(-12) : state === 'PUBLISHED' ? day(0) : day(1), closed ? day(-1) : day(10), state, h.actorId ?? demoUserId('admin')]);
  return id as string;
}
async function fixtureOpinion(h: H, closed = false) {
  const topicId = await fixtureTopic(h, 'PUBLISHED', closed);
  const code = `YJ20261127-${uniq().toUpperCase()}`;
  const [{ id }] = await s.sql(`insert into opinion (id, topic_id, undertaking_unit_id, government_id, content, channel, receipt_code) values (gen_random_uuid(), ?, ?, ?, '测试意见内容', 'PORTAL', ?) returning id`,
    [topicId, h.unitId, demoUnitId('city'), code]);
  return { id: id as string, topicId, code };
}
async function fixtureMeeting() {
  const [{ id }] = await s.sql(`insert into government_meeting (id, government_id, kind, title, date, notice_working_days) values (gen_random_uuid(), ?, 'STANDING', '测试会议', '2026-12-18', 3) returning id`, [demoUnitId('city')]);
  return id as string;
}
async function fixtureAgendaItem(h: H) {
  const meetingId = await fixtureMeeting();
  const [{ id }] = await s.sql(`insert into agenda_item (id, meeting_id, position, title, submitting_unit_id, category) values (gen_random_uuid(), ?, 1, '测试议题', ?, 'LIVELIHOOD') returning id`, [meetingId, h.unitId]);
  return id as string;
}
async function fixtureProposal(h: H, state: string) {
  const itemId = await fixtureAgendaItem(h);
  const [{ id }] = await s.sql(`insert into attendance_proposal (id, agenda_item_id, submitting_unit_id, government_id, invite, state, created_by_id) values (gen_random_uuid(), ?, ?, ?, false, ?, ?) returning id`,
    [itemId, h.unitId, demoUnitId('city'), state, h.actorId ?? demoUserId('admin')]);
  const [{ id: inviteeId }] = await s.sql(`insert into invitee (id, proposal_id, name, category) values (gen_random_uuid(), ?, '代表', 'GRASSROOTS') returning id`, [id]);
  return { id: id as string, inviteeId: inviteeId as string };
}
async function fixtureSupervisor(userId: string | null = null) {
  const [{ id }] = await s.sql(`insert into supervisor (id, government_id, name, organisation, category, term_start, term_end, user_id)
    values (gen_random_uuid(), ?, '测试监督员', '测试律师事务所', 'LAW_FIRM', ?, ?, ?) on conflict (user_id) do update set term_end = excluded.term_end returning id`,
    [demoUnitId('city'), day(-30), day(300), userId]);
  return id as string;
}
/** An item addressed to the object's unit; filed by the actor for "own", by the demo supervisor otherwise. */
async function fixtureFeedback(h: H, state: string, rating: string | null = null) {
  const filer = h.scope === 'own' && h.actorId ? h.actorId : demoUserId('jianduyuan');
  const answered = state !== 'SUBMITTED';
  const [{ id }] = await s.sql(`insert into supervisor_feedback (id, supervisor_id, supervisor_user_id, supervisor_government_id, supervisor_name, supervisor_organisation,
      target_unit_id, government_id, kind, title, content, state, filed_at, filed_on, answer_working_days, due_on, answer, answered_at, answered_on, rating)
    values (gen_random_uuid(), ?, ?, ?, '测试监督员', '测试律师事务所', ?, ?, 'SUGGESTION', '测试建议', '建议内容', ?, now(), ?, 15, ?, ?, ?, ?, ?) returning id`,
    [await fixtureSupervisor(), filer, demoUnitId('city'), h.unitId, demoUnitId('city'), state, day(0), day(21),
      answered ? '答复' : null, answered ? new Date() : null, answered ? day(0) : null, rating]);
  return id as string;
}
const SUPERVISOR_INPUT = { name: '测试监督员', organisation: '测试单位', category: 'COMMUNITY', termStart: '2026-01-01', termEnd: '2027-12-31' };
// ——— evaluation fixtures: an indicator system (six leaf dimensions), a round with the unit evaluated ———
let fixtureYear = 2040;
async function fixtureSystem(state: 'DRAFT' | 'APPROVED', frozen = false) {
  const year = fixtureYear++;
  const [{ id }] = await s.sql(`insert into indicator_system (id, government_id, year, revision, title, state, frozen, created_by_id)
    values (gen_random_uuid(), ?, ?, 1, '测试指标体系', ?, ?, ?) returning id`, [demoUnitId('city'), year, state, frozen, demoUserId('xueyuan')]);
  const dims = ['POWER', 'SERVICE', 'INTERNET_SERVICE', 'PARTICIPATION', 'RESPONSE', 'CAPACITY'];
  const leaves: string[] = [];
  for (const [i, d] of dims.entries()) {
    const [{ id: leaf }] = await s.sql(`insert into indicator (id, system_id, dimension, position, code, name, max_score, methods, leaf)
      values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, '{DOCUMENT_REVIEW}', true) returning id`, [id, d, i, String(i + 1), d, i < 2 ? 20 : 15]);
    leaves.push(leaf);
  }
  return { id: id as string, leaves, year };
}
interface RoundFixture { state: string; deadline?: string | null; evaluatorId?: string | null; score?: boolean }
async function fixtureRound(h: H, f: RoundFixture) {
  const system = await fixtureSystem('APPROVED', true);
  const evaluators = f.evaluatorId ? `{${f.evaluatorId}}` : '{}';
  const [{ id }] = await s.sql(`insert into evaluation_round (id, government_id, year, title, system_id, period_start, period_end, state, appeal_working_days, appeal_deadline, evaluator_ids, evaluated_unit_ids, created_by_id)
    values (gen_random_uuid(), ?, ?, '测试评估', ?, '2026-01-01', '2026-12-31', ?, 5, ?, ?::text[], ?::text[], ?) returning id`,
    [demoUnitId('city'), fixtureYear++, system.id, f.state, f.deadline ?? null, evaluators, `{${h.unitId}}`, demoUserId('xueyuan')]);
  await s.sql(`insert into evaluated_unit (id, round_id, unit_id, "group") values (gen_random_uuid(), ?, ?, 'CITY_UNIT')`, [id, h.unitId]);
  if (f.evaluatorId) await s.sql(`insert into evaluator_assignment (id, round_id, evaluator_id, unit_id) values (gen_random_uuid(), ?, ?, ?)`, [id, f.evaluatorId, h.unitId]);
  let scoreId: string | null = null;
  if (f.score) {
    const released = f.state === 'REVIEW' || f.state === 'PUBLISHED';
    [{ id: scoreId }] = await s.sql(`insert into evaluation_score (id, round_id, government_id, unit_id, indicator_id, score, method, note, checked_at, evaluator_id, evaluator_name, released)
      values (gen_random_uuid(), ?, ?, ?, ?, 12, 'DOCUMENT_REVIEW', '台账', now(), ?, '评估员', ?) returning id`, [id, demoUnitId('city'), h.unitId, system.leaves[0], demoUserId('pinggu'), released]);
  }
  return { id: id as string, system, scoreId };
}
async function fixtureAppeal(h: H) {
  const r = await fixtureRound(h, { state: 'REVIEW', deadline: '2099-12-31', score: true });
  const [{ id }] = await s.sql(`insert into evaluation_appeal (id, round_id, government_id, unit_id, score_id, reason, original_score, created_by_name, created_by_id)
    values (gen_random_uuid(), ?, ?, ?, ?, '理由', 12, '申诉人', ?) returning id`, [r.id, demoUnitId('city'), h.unitId, r.scoreId, h.actorId ?? demoUserId('jiaoyu.gk')]);
  return { id: id as string, roundId: r.id };
}
async function fixtureQuestionnaire(h: H, state: 'DRAFT' | 'PUBLISHED', closed = false) {
  const r = await fixtureRound(h, { state: 'SCORING' });
  await s.sql(`update indicator set methods = '{QUESTIONNAIRE}' where id = ?`, [r.system.leaves[4]]);
  const [{ id }] = await s.sql(`insert into questionnaire (id, round_id, government_id, title, opens_on, closes_on, min_responses, state, respondent_key)
    values (gen_random_uuid(), ?, ?, '满意度调查', ?, ?, 1, ?, md5(random()::text)) returning id`, [r.id, demoUnitId('city'), closed ? day(-10) : day(-1), closed ? day(-1) : day(10), state]);
  const [{ id: questionId }] = await s.sql(`insert into questionnaire_question (id, questionnaire_id, position, text, indicator_id) values (gen_random_uuid(), ?, 1, '满意吗？', ?) returning id`, [id, r.system.leaves[4]]);
  return { id: id as string, roundId: r.id, questionId: questionId as string, indicatorId: r.system.leaves[4] };
}
let respondent = 0;
const FLAT_TREE = ['POWER', 'SERVICE', 'INTERNET_SERVICE', 'PARTICIPATION', 'RESPONSE', 'CAPACITY']
  .map((d, i) => ({ key: d, parentKey: null, dimension: d, name: d, maxScore: i < 2 ? 20 : 15, methods: ['DOCUMENT_REVIEW'] }));
const TOPIC_INPUT = { title: '测试议题', category: 'LIVELIHOOD', draft: '草案', decisionBasis: '依据', draftingExplanation: '说明' };
const DOC_INPUT = { kind: 'DEPARTMENT', title: '测试文件', disclosureAttribute: 'PROACTIVE' };
let futureDay = 30;
let figureOpinions = 30;
const futureDate = () => new Date(Date.now() + 86400_000 * futureDay++).toISOString().slice(0, 10);

const CALLS: Record<string, (h: H) => Promise<'allowed' | 'denied'>> = {
  me: async (h) => outcome(await h.call('{ me { user { id } } }')),
  login: async (h) => outcome(await h.call('mutation { login(username:"nobody", password:"wrong-pass-1") { user { id } } }')),
  logout: async (h) => outcome(await h.call('mutation { logout }')),
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
  createUnit: async (h) => outcome(await h.call('mutation($p:ID!,$n:String!){ createUnit(input:{ name:$n, kind: DEPARTMENT, parentId:$p }) { id } }', { p: demoUnitId('city'), n: `新单位${uniq()}` })),
  updateUnit: async (h) => outcome(await h.call('mutation($id:ID!,$p:ID!){ updateUnit(id:$id, version:1, input:{ name:"改名单位", kind: DEPARTMENT, parentId:$p }) { id } }', { id: await fixtureUnit(), p: demoUnitId('city') })),
  users: async (h) => {
    const target = await fixtureUser(h.unitId);
    return outcome(await h.call('query($u:ID!){ users(filter:{ unitId:$u }, pageSize: 100) { items { id } } }', { u: h.unitId }), (d) => d.users.items.some((u: any) => u.id === target));
  },
  user: async (h) => outcome(await h.call('query($id:ID!){ user(id:$id) { id } }', { id: await fixtureUser(h.unitId) })),
  createUser: async (h) => outcome(await h.call('mutation($u:ID!,$n:String!){ createUser(input:{ username:$n, displayName:"新用户", unitId:$u, roles:[DEPARTMENT_STAFF], password:"Start2026ok" }) { id } }', { u: demoUnitId('education'), n: `new.${uniq()}` })),
  updateUser: async (h) => outcome(await h.call('mutation($id:ID!,$u:ID!){ updateUser(id:$id, input:{ displayName:"改名", unitId:$u, roles:[DEPARTMENT_STAFF] }) { id } }', { id: await fixtureUser(h.unitId), u: h.unitId })),
  setUserActive: async (h) => outcome(await h.call('mutation($id:ID!){ setUserActive(id:$id, active:false) { id } }', { id: await fixtureUser(h.unitId) })),
  resetPassword: async (h) => outcome(await h.call('mutation($id:ID!){ resetPassword(id:$id, newPassword:"Reset2026ok") }', { id: await fixtureUser(h.unitId) })),
  addParameterVersion: async (h) => outcome(await h.call('mutation($d:String!){ addParameterVersion(input:{ key:"supervisors.count", value:"20", effectiveFrom:$d, source:"测试" }) { id } }', { d: futureDate() })),
  setCalendarDay: async (h) => outcome(await h.call('mutation { setCalendarDay(date:"2026-12-26", kind: null) { date } }')),
  setYearCovered: async (h) => outcome(await h.call('mutation { setYearCovered(year: 2026, covered: true) { year } }')),
  auditRecords: async (h) => outcome(await h.call('{ auditRecords { total } }')),
  auditChainStatus: async (h) => outcome(await h.call('{ auditChainStatus { ok } }')),
  accountRequests: async (h) => {
    const target = await fixtureRequest(h, 'DRAFT');
    return outcome(await h.call('{ accountRequests { id } }'), (d) => d.accountRequests.some((r: any) => r.id === target));
  },
  accountRequest: async (h) => outcome(await h.call('query($id:ID!){ accountRequest(id:$id) { id } }', { id: await fixtureRequest(h, 'DRAFT') })),
  attachments: async (h) => outcome(await h.call('query($id:ID!){ attachments(ownerType:"AccountRequest", ownerId:$id) { id } }', { id: await fixtureRequest(h, 'DRAFT') })),
  createAccountRequest: async (h) => outcome(await h.call('mutation($n:String!){ createAccountRequest(input:{ displayName:"新同事", username:$n, roles:[DEPARTMENT_STAFF], reason:"工作需要" }) { id } }', { n: `ask.${uniq()}` })),
  updateAccountRequest: async (h) => outcome(await h.call('mutation($id:ID!,$n:String!){ updateAccountRequest(id:$id, version:1, input:{ displayName:"新同事", username:$n, roles:[DEPARTMENT_STAFF], reason:"工作需要" }) { id } }', { id: await fixtureRequest(h, 'DRAFT'), n: `ask.${uniq()}` })),
  submitAccountRequest: async (h) => outcome(await h.call('mutation($id:ID!){ submitAccountRequest(id:$id, version:1) { id } }', { id: await fixtureRequest(h, 'DRAFT') })),
  approveAccountRequest: async (h) => outcome(await h.call('mutation($id:ID!){ approveAccountRequest(id:$id, version:1) { initialPassword } }', { id: await fixtureRequest(h, 'SUBMITTED') })),
  returnAccountRequest: async (h) => outcome(await h.call('mutation($id:ID!){ returnAccountRequest(id:$id, version:1, reason:"材料不全") { id } }', { id: await fixtureRequest(h, 'SUBMITTED') })),
  documents: async (h) => {
    const target = await fixtureDocument(h, { state: 'DRAFT' });
    return outcome(await h.call('{ documents(pageSize: 100) { items { id } } }'), (d) => d.documents.items.some((x: any) => x.id === target));
  },
  document: async (h) => outcome(await h.call('query($id:ID!){ document(id:$id) { id } }', { id: await fixtureDocument(h, { state: 'DRAFT' }) })),
  documentHistory: async (h) => outcome(await h.call('query($id:ID!){ documentHistory(id:$id) { id } }', { id: await fixtureDocument(h, { state: 'DRAFT' }) })),
  createDocument: async (h) => outcome(await h.call('mutation($i:DocumentInput!){ createDocument(input:$i) { id } }', { i: DOC_INPUT })),
  registerClassifiedDocument: async (h) => outcome(await h.call('mutation($n:String!){ registerClassifiedDocument(input:{ kind: DEPARTMENT, title:"涉密", documentNumber:$n, issueDate:"2026-11-01" }) { id } }', { n: `密〔2026〕${uniq()}号` })),
  updateDocument: async (h) => outcome(await h.call('mutation($id:ID!,$i:DocumentInput!){ updateDocument(id:$id, version:1, input:$i) { id } }', { id: await fixtureDocument(h, { state: 'DRAFT' }), i: DOC_INPUT })),
  submitDocument: async (h) => outcome(await h.call('mutation($id:ID!){ submitDocument(id:$id, version:1) { id } }', { id: await fixtureDocument(h, { state: 'DRAFT' }) })),
  approveDocumentAttribute: async (h) => outcome(await h.call('mutation($id:ID!){ approveDocumentAttribute(id:$id, version:1) { id } }', { id: await fixtureDocument(h, { state: 'OFFICER_REVIEW', attribute: 'NOT_DISCLOSED' }) })),
  signOffDocument: async (h) => outcome(await h.call('mutation($id:ID!){ signOffDocument(id:$id, version:1) { id } }', { id: await fixtureDocument(h, { state: 'HEAD_SIGNOFF' }) })),
  reviewDocument: async (h) => outcome(await h.call('mutation($id:ID!){ reviewDocument(id:$id, version:1, input:{ interpretationNeeded: false }) { id } }', { id: await fixtureDocument(h, { state: 'DISCLOSURE_REVIEW', kind: 'GOVERNMENT' }) })),
  returnDocument: async (h) => outcome(await h.call('mutation($id:ID!){ returnDocument(id:$id, version:1, reason:"请补充") { id } }', { id: await fixtureDocument(h, { state: 'DISCLOSURE_REVIEW', kind: 'GOVERNMENT' }) })),
  issueDocument: async (h) => outcome(await h.call('mutation($id:ID!){ issueDocument(id:$id, version:1) { id } }', { id: await fixtureDocument(h, { state: 'FORWARDED', kind: 'GOVERNMENT' }) })),
  publicDocuments: async (h) => outcome(await h.call('{ publicDocuments { total } }')),
  publicDocument: async (h) => outcome(await h.call('query($id:ID!){ publicDocument(id:$id) { id } }', { id: await fixtureDocument(h, { state: 'ISSUED' }) })),
  interpretations: async (h) => {
    const target = await fixtureInterpretation(h, false);
    return outcome(await h.call('{ interpretations(pageSize: 100) { items { id } } }'), (d) => d.interpretations.items.some((x: any) => x.id === target.id));
  },
  interpretation: async (h) => outcome(await h.call('query($id:ID!){ interpretation(id:$id) { id } }', { id: (await fixtureInterpretation(h, false)).id })),
  saveInterpretation: async (h) => outcome(await h.call('mutation($d:ID!){ saveInterpretation(documentId:$d, input:{ scope:"全市" }) { id } }', { d: await fixtureDocument(h, { state: 'DRAFT' }) })),
  publishInterpretation: async (h) => {
    const { id, documentId } = await fixtureInterpretation(h, false);
    await s.sql(`update policy_document set state = 'ISSUED', issue_date = '2026-11-02' where id = ?`, [documentId]);
    return outcome(await h.call('mutation($id:ID!){ publishInterpretation(id:$id, version:1) { id } }', { id }));
  },
  publicInterpretations: async (h) => outcome(await h.call('{ publicInterpretations { total } }')),
  publicInterpretation: async (h) => outcome(await h.call('query($id:ID!){ publicInterpretation(id:$id) { id } }', { id: (await fixtureInterpretation(h, true)).id })),
  consultationTopics: async (h) => {
    const target = await fixtureTopic(h, 'SUBMITTED');
    return outcome(await h.call('{ consultationTopics(pageSize: 100) { items { id } } }'), (d) => d.consultationTopics.items.some((x: any) => x.id === target));
  },
  consultationTopic: async (h) => outcome(await h.call('query($id:ID!){ consultationTopic(id:$id) { id } }', { id: await fixtureTopic(h, 'SUBMITTED') })),
  consultationFigures: async (h) => {
    // a published topic with more opinions than any before it: first among the topics with the most opinions, for whoever may read it
    const target = await fixtureTopic(h, 'PUBLISHED');
    figureOpinions += 1;
    await s.sql(`insert into opinion (id, topic_id, undertaking_unit_id, government_id, content, channel, receipt_code)
      select gen_random_uuid(), ?, ?, ?, '测试意见内容', 'PORTAL', 'YJ20261127-F' || upper(substr(md5(random()::text), 1, 8)) from generate_series(1, ?)`, [target, h.unitId, demoUnitId('city'), figureOpinions]);
    return outcome(await h.call('{ consultationFigures { mostOpinions { id } } }'), (d) => d.consultationFigures.mostOpinions.some((x: any) => x.id === target));
  },
  createTopic: async (h) => outcome(await h.call('mutation($i:TopicInput!){ createTopic(input:$i) { id } }', { i: TOPIC_INPUT })),
  updateTopic: async (h) => outcome(await h.call('mutation($id:ID!,$i:TopicInput!){ updateTopic(id:$id, version:1, input:$i) { id } }', { id: await fixtureTopic(h, 'DRAFT'), i: TOPIC_INPUT })),
  submitTopic: async (h) => outcome(await h.call('mutation($id:ID!){ submitTopic(id:$id, version:1) { id } }', { id: await fixtureTopic(h, 'DRAFT') })),
  approveTopic: async (h) => outcome(await h.call('mutation($id:ID!){ approveTopic(id:$id, version:1) { id } }', { id: await fixtureTopic(h, 'SUBMITTED') })),
  returnTopic: async (h) => outcome(await h.call('mutation($id:ID!){ returnTopic(id:$id, version:1, reason:"请补充") { id } }', { id: await fixtureTopic(h, 'SUBMITTED') })),
  publishTopic: async (h) => outcome(await h.call('mutation($id:ID!){ publishTopic(id:$id, version:1) { id } }', { id: await fixtureTopic(h, 'APPROVED') })),
  saveTopicSummary: async (h) => outcome(await h.call('mutation($id:ID!){ saveTopicSummary(id:$id, version:1, summary:"汇总") { id } }', { id: await fixtureTopic(h, 'PUBLISHED', true) })),
  publishTopicResults: async (h) => outcome(await h.call('mutation($id:ID!){ publishTopicResults(id:$id, version:1) { id } }', { id: await fixtureTopic(h, 'PUBLISHED', true) })),
  publicConsultations: async (h) => outcome(await h.call('{ publicConsultations { total } }')),
  publicConsultation: async (h) => outcome(await h.call('query($id:ID!){ publicConsultation(id:$id) { id } }', { id: await fixtureTopic(h, 'PUBLISHED') })),
  topicOpinions: async (h) => {
    const o = await fixtureOpinion(h);
    return outcome(await h.call('query($t:ID!){ topicOpinions(topicId:$t) { id } }', { t: o.topicId }), (d) => d.topicOpinions.some((x: any) => x.id === o.id));
  },
  recordOpinion: async (h) => outcome(await h.call('mutation($t:ID!){ recordOpinion(input:{ topicId:$t, content:"来信意见内容", channel: LETTER }) { id } }', { t: await fixtureTopic(h, 'PUBLISHED') })),
  answerOpinion: async (h) => outcome(await h.call('mutation($id:ID!){ answerOpinion(id:$id, input:{ reasonable: false, reply:"感谢" }) { id } }', { id: (await fixtureOpinion(h, true)).id })),
  moderateOpinion: async (h) => outcome(await h.call('mutation($id:ID!){ moderateOpinion(id:$id, hidden: true, reason:"辱骂") { id } }', { id: (await fixtureOpinion(h)).id })),
  submitOpinion: async (h) => outcome(await h.call('mutation($t:ID!,$k:String!){ submitOpinion(input:{ topicId:$t, content:"公众意见内容", idempotencyKey:$k }) { receiptCode } }', { t: await fixtureTopic(h, 'PUBLISHED'), k: `perm-${uniq()}-${uniq()}` })),
  opinionReceipt: async (h) => outcome(await h.call('query($c:String!){ opinionReceipt(code:$c) { content } }', { c: (await fixtureOpinion(h)).code })),
  consultationEvents: async (h) => {
    const topicId = await fixtureTopic(h, 'PUBLISHED');
    const [{ id }] = await s.sql(`insert into consultation_event (id, topic_id, undertaking_unit_id, government_id, form, date, lead_days) values (gen_random_uuid(), ?, ?, ?, 'HEARING', ?, 7) returning id`, [topicId, h.unitId, demoUnitId('city'), day(20)]);
    return outcome(await h.call('query($t:ID!){ consultationEvents(topicId:$t) { id } }', { t: topicId }), (d) => d.consultationEvents.some((x: any) => x.id === id));
  },
  addConsultationEvent: async (h) => outcome(await h.call('mutation($t:ID!,$d:String!){ addConsultationEvent(topicId:$t, input:{ form: SYMPOSIUM, date:$d }) { id } }', { t: await fixtureTopic(h, 'PUBLISHED'), d: day(20) })),
  recordMaterialDelivery: async (h) => {
    const topicId = await fixtureTopic(h, 'PUBLISHED');
    const [{ id }] = await s.sql(`insert into consultation_event (id, topic_id, undertaking_unit_id, government_id, form, date, lead_days) values (gen_random_uuid(), ?, ?, ?, 'HEARING', ?, 7) returning id`, [topicId, h.unitId, demoUnitId('city'), day(20)]);
    return outcome(await h.call('mutation($e:ID!,$d:String!){ recordMaterialDelivery(eventId:$e, input:{ representative:"代表", deliveredOn:$d }) { id } }', { e: id, d: day(5) }));
  },
  meetings: async (h) => {
    const target = await fixtureMeeting();
    return outcome(await h.call('{ meetings(pageSize: 100) { items { id } } }'), (d) => d.meetings.items.some((x: any) => x.id === target));
  },
  meeting: async (h) => outcome(await h.call('query($id:ID!){ meeting(id:$id) { id } }', { id: await fixtureMeeting() })),
  createMeeting: async (h) => outcome(await h.call('mutation { createMeeting(input:{ kind: STANDING, title:"会议", date:"2026-12-30" }) { id } }')),
  addAgendaItem: async (h) => outcome(await h.call('mutation($m:ID!,$u:ID!){ addAgendaItem(meetingId:$m, input:{ title:"议题", submittingUnitId:$u, category: OTHER }) { id } }', { m: await fixtureMeeting(), u: demoUnitId('education') })),
  publishPressRelease: async (h) => outcome(await h.call('mutation($m:ID!){ publishPressRelease(meetingId:$m, input:{ title:"通稿", body:"正文" }) { id } }', { m: await fixtureMeeting() })),
  publicMeetingNews: async (h) => outcome(await h.call('{ publicMeetingNews { total } }')),
  publicPressRelease: async (h) => {
    const meetingId = await fixtureMeeting();
    const [{ id }] = await s.sql(`insert into press_release (id, meeting_id, title, body) values (gen_random_uuid(), ?, '通稿', '正文') returning id`, [meetingId]);
    return outcome(await h.call('query($id:ID!){ publicPressRelease(id:$id) { id } }', { id }));
  },
  consultationRates: async (h) => outcome(await h.call('{ consultationRates(year: 2026, quarter: 4) { required } }')),
  attendanceProposals: async (h) => {
    const p = await fixtureProposal(h, 'SUBMITTED');
    return outcome(await h.call('{ attendanceProposals { id } }'), (d) => d.attendanceProposals.some((x: any) => x.id === p.id));
  },
  attendanceProposal: async (h) => outcome(await h.call('query($id:ID!){ attendanceProposal(id:$id) { id } }', { id: (await fixtureProposal(h, 'SUBMITTED')).id })),
  saveAttendanceProposal: async (h) => outcome(await h.call('mutation($a:ID!){ saveAttendanceProposal(agendaItemId:$a, input:{ invite: false, invitees: [] }) { id } }', { a: await fixtureAgendaItem(h) })),
  submitAttendanceProposal: async (h) => outcome(await h.call('mutation($id:ID!){ submitAttendanceProposal(id:$id, version:1) { id } }', { id: (await fixtureProposal(h, 'DRAFT')).id })),
  approveAttendanceProposal: async (h) => outcome(await h.call('mutation($id:ID!){ approveAttendanceProposal(id:$id, version:1) { id } }', { id: (await fixtureProposal(h, 'SUBMITTED')).id })),
  returnAttendanceProposal: async (h) => outcome(await h.call('mutation($id:ID!){ returnAttendanceProposal(id:$id, version:1, reason:"请补充") { id } }', { id: (await fixtureProposal(h, 'SUBMITTED')).id })),
  recordNoticeDelivery: async (h) => outcome(await h.call('mutation($i:ID!){ recordNoticeDelivery(inviteeId:$i, deliveredOn:"2026-12-01") { noticeLate } }', { i: (await fixtureProposal(h, 'APPROVED')).inviteeId })),
  supervisors: async (h) => {
    const target = await fixtureSupervisor();
    return outcome(await h.call('{ supervisors { items { id } } }'), (d) => d.supervisors.items.some((x: any) => x.id === target));
  },
  supervisor: async (h) => outcome(await h.call('query($id:ID!){ supervisor(id:$id) { id } }', { id: await fixtureSupervisor() })),
  mySupervisor: async (h) => outcome(await h.call('{ mySupervisor { id } }')),
  supervisorAccounts: async (h) => outcome(await h.call('{ supervisorAccounts { id } }')),
  createSupervisor: async (h) => outcome(await h.call('mutation($i:SupervisorInput!){ createSupervisor(input:$i) { id } }', { i: SUPERVISOR_INPUT })),
  updateSupervisor: async (h) => outcome(await h.call('mutation($id:ID!,$i:SupervisorInput!){ updateSupervisor(id:$id, version:1, input:$i) { id } }', { id: await fixtureSupervisor(), i: SUPERVISOR_INPUT })),
  supervisorFeedbacks: async (h) => {
    const target = await fixtureFeedback(h, 'SUBMITTED');
    return outcome(await h.call('{ supervisorFeedbacks(pageSize: 100) { items { id } } }'), (d) => d.supervisorFeedbacks.items.some((x: any) => x.id === target));
  },
  supervisorFeedback: async (h) => outcome(await h.call('query($id:ID!){ supervisorFeedback(id:$id) { id } }', { id: await fixtureFeedback(h, 'SUBMITTED') })),
  supervisorFeedbackStats: async (h) => outcome(await h.call('{ supervisorFeedbackStats { total { filed } } }')),
  fileSupervisorFeedback: async (h) => {
    if (h.actorId) await fixtureSupervisor(h.actorId);
    return outcome(await h.call('mutation($u:ID!){ fileSupervisorFeedback(input:{ targetUnitId:$u, kind: SUGGESTION, title:"建议", content:"建议内容" }) { id } }', { u: demoUnitId('education') }));
  },
  answerSupervisorFeedback: async (h) => outcome(await h.call('mutation($id:ID!){ answerSupervisorFeedback(id:$id, version:1, answer:"答复") { id } }', { id: await fixtureFeedback(h, 'SUBMITTED') })),
  rateSupervisorFeedback: async (h) => outcome(await h.call('mutation($id:ID!){ rateSupervisorFeedback(id:$id, version:1, rating: SATISFIED) { id } }', { id: await fixtureFeedback(h, 'ANSWERED') })),
  reopenSupervisorFeedback: async (h) => outcome(await h.call('mutation($id:ID!){ reopenSupervisorFeedback(id:$id, version:1, reason:"答复不具体") { id } }', { id: await fixtureFeedback(h, 'RATED', 'DISSATISFIED') })),
  indicatorSystems: async (h) => {
    const { id } = await fixtureSystem('DRAFT');
    return outcome(await h.call('{ indicatorSystems { id } }'), (d) => d.indicatorSystems.some((x: any) => x.id === id));
  },
  indicatorSystem: async (h) => outcome(await h.call('query($id:ID!){ indicatorSystem(id:$id) { id } }', { id: (await fixtureSystem('DRAFT')).id })),
  createIndicatorSystem: async (h) => outcome(await h.call('mutation($y:Int!){ createIndicatorSystem(input:{ year:$y, title:"指标体系" }) { id } }', { y: fixtureYear++ })),
  copyIndicatorSystem: async (h) => outcome(await h.call('mutation($id:ID!){ copyIndicatorSystem(id:$id) { id } }', { id: (await fixtureSystem('DRAFT')).id })),
  saveIndicatorTree: async (h) => outcome(await h.call('mutation($id:ID!,$t:[IndicatorNodeInput!]!){ saveIndicatorTree(id:$id, version:1, input:{ title:"指标体系", fullScore:100, bands:{ excellent:0.9, good:0.8, pass:0.6 }, indicators:$t }) { id } }', { id: (await fixtureSystem('DRAFT')).id, t: FLAT_TREE })),
  signOffIndicatorSystem: async (h) => outcome(await h.call('mutation($id:ID!){ signOffIndicatorSystem(id:$id, version:1) { id } }', { id: (await fixtureSystem('DRAFT')).id })),
  reopenIndicatorSystem: async (h) => outcome(await h.call('mutation($id:ID!){ reopenIndicatorSystem(id:$id, version:1) { id } }', { id: (await fixtureSystem('APPROVED')).id })),
  evaluationRounds: async (h) => {
    const { id } = await fixtureRound(h, { state: 'PREPARING' });
    return outcome(await h.call('{ evaluationRounds { id } }'), (d) => d.evaluationRounds.some((x: any) => x.id === id));
  },
  evaluationRound: async (h) => outcome(await h.call('query($id:ID!){ evaluationRound(id:$id) { id } }', { id: (await fixtureRound(h, { state: 'PREPARING' })).id })),
  createEvaluationRound: async (h) => {
    const system = await fixtureSystem('APPROVED');
    return outcome(await h.call('mutation($s:ID!,$y:Int!){ createEvaluationRound(input:{ year:$y, title:"评估", systemId:$s, periodStart:"2026-01-01", periodEnd:"2026-12-31" }) { id } }', { s: system.id, y: system.year }));
  },
  setRoundUnits: async (h) => outcome(await h.call('mutation($id:ID!,$u:ID!){ setRoundUnits(id:$id, unitIds:[$u]) { id } }', { id: (await fixtureRound(h, { state: 'PREPARING' })).id, u: demoUnitId('education') })),
  assignEvaluator: async (h) => outcome(await h.call('mutation($id:ID!,$e:ID!){ assignEvaluator(roundId:$id, input:{ evaluatorId:$e, dimension: POWER }) { id } }', { id: (await fixtureRound(h, { state: 'PREPARING' })).id, e: demoUserId('pinggu') })),
  removeEvaluatorAssignment: async (h) => {
    const r = await fixtureRound(h, { state: 'PREPARING', evaluatorId: demoUserId('pinggu') });
    const [{ id }] = await s.sql(`select id from evaluator_assignment where round_id = ?`, [r.id]);
    return outcome(await h.call('mutation($id:ID!){ removeEvaluatorAssignment(id:$id) { id } }', { id }));
  },
  startEvaluationRound: async (h) => outcome(await h.call('mutation($id:ID!){ startEvaluationRound(id:$id, version:1) { id } }', { id: (await fixtureRound(h, { state: 'PREPARING', evaluatorId: demoUserId('pinggu') })).id })),
  releaseEvaluationRound: async (h) => {
    const r = await fixtureRound(h, { state: 'SCORING' });
    await s.sql(`delete from evaluated_unit where round_id = ?`, [r.id]);
    return outcome(await h.call('mutation($id:ID!){ releaseEvaluationRound(id:$id, version:1) { id } }', { id: r.id }));
  },
  publishEvaluationRound: async (h) => outcome(await h.call('mutation($id:ID!){ publishEvaluationRound(id:$id, version:1) { id } }', { id: (await fixtureRound(h, { state: 'REVIEW', deadline: '2020-01-01' })).id })),
  evaluationResults: async (h) => outcome(await h.call('query($id:ID!){ evaluationResults(roundId:$id) { unitId } }', { id: (await fixtureRound(h, { state: 'REVIEW', deadline: '2099-12-31', score: true })).id })),
  evaluationScores: async (h) => {
    const r = await fixtureRound(h, { state: 'REVIEW', deadline: '2099-12-31', score: true });
    return outcome(await h.call('query($r:ID!,$u:ID!){ evaluationScores(roundId:$r, unitId:$u) { id } }', { r: r.id, u: h.unitId }), (d) => d.evaluationScores.some((x: any) => x.id === r.scoreId));
  },
  scorableIndicators: async (h) => {
    const r = await fixtureRound(h, { state: 'SCORING', evaluatorId: h.actorId });
    return outcome(await h.call('query($r:ID!,$u:ID!){ scorableIndicators(roundId:$r, unitId:$u) }', { r: r.id, u: h.unitId }));
  },
  scoreIndicator: async (h) => {
    const r = await fixtureRound(h, { state: 'SCORING', evaluatorId: h.actorId });
    return outcome(await h.call('mutation($r:ID!,$u:ID!,$i:ID!){ scoreIndicator(roundId:$r, input:{ unitId:$u, indicatorId:$i, score: 10, method: DOCUMENT_REVIEW, note:"台账", checkedAt:"2026-11-02T02:00:00Z" }) { id } }', { r: r.id, u: h.unitId, i: r.system.leaves[0] }));
  },
  evaluationAppeals: async (h) => {
    const a = await fixtureAppeal(h);
    return outcome(await h.call('query($r:ID!){ evaluationAppeals(roundId:$r) { id } }', { r: a.roundId }), (d) => d.evaluationAppeals.some((x: any) => x.id === a.id));
  },
  submitAppeal: async (h) => {
    const r = await fixtureRound(h, { state: 'REVIEW', deadline: '2099-12-31', score: true });
    return outcome(await h.call('mutation($s:ID!){ submitAppeal(scoreId:$s, reason:"已整改") { id } }', { s: r.scoreId }));
  },
  acceptAppeal: async (h) => outcome(await h.call('mutation($id:ID!){ acceptAppeal(id:$id, version:1, newScore: 15, reply:"采纳") { id } }', { id: (await fixtureAppeal(h)).id })),
  rejectAppeal: async (h) => outcome(await h.call('mutation($id:ID!){ rejectAppeal(id:$id, version:1, reply:"维持") { id } }', { id: (await fixtureAppeal(h)).id })),
  roundQuestionnaire: async (h) => {
    const q = await fixtureQuestionnaire(h, 'DRAFT');
    return outcome(await h.call('query($r:ID!){ roundQuestionnaire(roundId:$r) { id } }', { r: q.roundId }), (d) => d.roundQuestionnaire?.id === q.id);
  },
  questionnaireTally: async (h) => outcome(await h.call('query($id:ID!){ questionnaireTally(id:$id) { unitId } }', { id: (await fixtureQuestionnaire(h, 'PUBLISHED')).id })),
  saveQuestionnaire: async (h) => {
    const q = await fixtureQuestionnaire(h, 'DRAFT');
    return outcome(await h.call('mutation($r:ID!,$i:ID!,$d:String!){ saveQuestionnaire(roundId:$r, input:{ title:"调查", opensOn:$d, closesOn:$d, minResponses: 1, questions:[{ text:"满意吗？", indicatorId:$i }] }) { id } }', { r: q.roundId, i: q.indicatorId, d: day(3) }));
  },
  publishQuestionnaire: async (h) => outcome(await h.call('mutation($id:ID!){ publishQuestionnaire(id:$id, version:1) { id } }', { id: (await fixtureQuestionnaire(h, 'DRAFT')).id })),
  aggregateQuestionnaire: async (h) => outcome(await h.call('mutation($id:ID!){ aggregateQuestionnaire(id:$id, version:1) { id } }', { id: (await fixtureQuestionnaire(h, 'PUBLISHED', true)).id })),
  publicQuestionnaires: async (h) => outcome(await h.call('{ publicQuestionnaires { id } }')),
  publicQuestionnaire: async (h) => outcome(await h.call('query($id:ID!){ publicQuestionnaire(id:$id) { id } }', { id: (await fixtureQuestionnaire(h, 'PUBLISHED')).id })),
  submitQuestionnaireResponse: async (h) => {
    const q = await fixtureQuestionnaire(h, 'PUBLISHED');
    return outcome(await h.call('mutation($i:QuestionnaireResponseInput!){ submitQuestionnaireResponse(input:$i) { received } }', {
      i: { questionnaireId: q.id, unitId: h.unitId, phone: `1380000${String(1000 + ++respondent)}`, answers: [{ questionId: q.questionId, value: 4 }], idempotencyKey: `perm-${uniq()}-${uniq()}` },
    }));
  },
  publicEvaluationYears: async (h) => outcome(await h.call('{ publicEvaluationYears }')),
  publicEvaluation: async (h) => outcome(await h.call('{ publicEvaluation { year } }')),
};

describe('permission table', () => {
  it('covers every operation of the schema, and names the permission of each', async () => {
    const schema = await appSchema();
    const operations = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())].sort();
    expect(Object.keys(PERMISSION_TABLE).sort()).toEqual(operations);
    expect(Object.keys(CALLS).sort()).toEqual(operations);
    expect([...OPERATION_PERMISSIONS.keys()].sort()).toEqual(operations);
  });

  const actors: (Role | null)[] = [...ROLES, null];
  for (const [operation, row] of Object.entries(PERMISSION_TABLE)) {
    for (const scope of ['any', 'own', 'other'] as Scope[]) {
      const who = row[scope];
      if (!who) continue;
      it(`${operation} (${scope})`, async () => {
        const mismatches: string[] = [];
        for (const role of actors) {
          const username = role ? actorName(role) : null;
          const cookie = username ? await s.login(username) : undefined;
          const actorId = username ? (await s.sql(`select id from app_user where username = ?`, [username]))[0].id : null;
          const ownUnit = demoUnitId(role ? ROLE_UNIT[role] : 'education');
          const h: H = {
            role, scope, actorId,
            unitId: scope === 'other' ? demoUnitId(OTHER_UNIT) : ownUnit,
            call: (query, variables) => s.gql(query, variables, { cookie, address: `127.0.${10 + actors.indexOf(role)}.1` }),
          };
          const got = await CALLS[operation](h);
          const expected = allows(who, role) ? 'allowed' : 'denied';
          if (got !== expected) mismatches.push(`${role ?? 'ANONYMOUS'}: expected ${expected}, got ${got}`);
        }
        expect(mismatches).toEqual([]);
      });
    }
  }
});
