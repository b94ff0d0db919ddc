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
const TOPIC_INPUT = { title: '测试议题', category: 'LIVELIHOOD', draft: '草案', decisionBasis: '依据', draftingExplanation: '说明' };
const DOC_INPUT = { kind: 'DEPARTMENT', title: '测试文件', disclosureAttribute: 'PROACTIVE' };
let futureDay = 30;
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
