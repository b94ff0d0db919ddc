import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../packages/shared/src/index.js';
import { codeOf, demoUnitId, demoUserId, startSuite, type Suite } from '../support/suite.js';
import { today } from '../../packages/server/src/common/clock.js';
import { remindYearMinimumOn } from '../../packages/server/src/modules/joint-meetings/joint-meetings.service.js';

let s: Suite;
const day = today();
const year = Number(day.slice(0, 4));
const education = demoUnitId('education');
const civil = demoUnitId('civil');

const MEETING = 'id version state title plannedOn heldOn convenorName convenorPosition delegationId issuedUnitIds minutesText';
const RESOLUTION = 'id version state dueOn overdue responsibleUnitIds responsibleUnitNames returnReason progress { unitName text }';
const CONVENE = `mutation($i:JointMeetingInput!){ conveneJointMeeting(input:$i){ ${MEETING} } }`;
const HOLD = `mutation($id:ID!,$v:Int!,$d:String!){ recordJointMeetingHeld(id:$id, version:$v, heldOn:$d){ ${MEETING} } }`;
const MINUTES = `mutation($id:ID!,$v:Int!,$i:MinutesInput!){ saveJointMeetingMinutes(id:$id, version:$v, input:$i){ ${MEETING} } }`;
const ADD = `mutation($id:ID!,$v:Int!,$i:ResolutionInput!){ addResolution(meetingId:$id, version:$v, input:$i){ ${RESOLUTION} } }`;
const ISSUE = `mutation($id:ID!,$v:Int!){ issueJointMeetingMinutes(id:$id, version:$v){ ${MEETING} receipts { id unitId acknowledgedAt } resolutions { ${RESOLUTION} } } }`;
const REPORT = `mutation($id:ID!,$v:Int!,$p:String!){ reportResolutionProgress(id:$id, version:$v, progress:$p){ ${RESOLUTION} } }`;
const CLOSE = `mutation($id:ID!,$v:Int!){ closeResolution(id:$id, version:$v){ ${RESOLUTION} } }`;
const RETURN = `mutation($id:ID!,$v:Int!,$r:String!){ returnResolution(id:$id, version:$v, reason:$r){ ${RESOLUTION} } }`;
const RESOLUTION_Q = `query($id:ID!){ resolution(id:$id){ ${RESOLUTION} } }`;
const RECEIPTS = `query{ myMinutesReceipts{ id unitId acknowledgedAt meeting { id title } } }`;
const ACK = `mutation($id:ID!){ acknowledgeMinutes(id:$id){ id acknowledgedAt acknowledgedByName } }`;
const FIGURES = `query($y:Int){ jointMeetingFigures(year:$y){ year minPerYear held met openResolutions overdueResolutions unacknowledged } }`;
const DELEGATE = `mutation($i:DelegationInput!){ delegateJointMeetingConvening(input:$i){ id delegateName grantedByName validFrom validTo } }`;
const GROUP = `query{ leadingGroup{ id version name position userId unitId unitName current } }`;

async function ok<T = any>(user: string, q: string, vars: Record<string, unknown> = {}): Promise<T> {
  const r = await s.as(user, q, vars);
  if (!r.data || r.errors) throw new Error(JSON.stringify(r.errors));
  return Object.values(r.data)[0] as T;
}
const meetingInput = (over: Record<string, unknown> = {}) => ({
  title: '政务公开领导小组专题联席会议',
  plannedOn: day,
  place: '市政府第二会议室',
  inviteeUnitIds: [education],
  agenda: [{ kind: 'KEY_WORK', title: '研究推进基层政务公开标准化', unitId: education }],
  ...over,
});
/** A meeting convened by the leader, held today, minutes written, with resolutions as given, issued. */
async function issuedMeeting(resolutions: { content: string; units: string[]; dueOn: string }[]) {
  let m = await ok('leader', CONVENE, { i: meetingInput() });
  m = await ok('gongkaiban', HOLD, { id: m.id, v: m.version, d: day });
  m = await ok('gongkaiban', MINUTES, { id: m.id, v: m.version, i: { minutesText: '会议研究了有关事项，纪要如下。' } });
  for (const r of resolutions)
    await ok('gongkaiban', ADD, { id: m.id, v: m.version, i: { content: r.content, responsibleUnitIds: r.units, dueOn: r.dueOn } });
  return ok('gongkaiban', ISSUE, { id: m.id, v: m.version });
}

beforeAll(async () => {
  s = await startSuite();
}, 60_000);
afterAll(() => s.close());

describe('the demo data', () => {
  it('has the leading group, last year’s meeting issued, and resolutions in every state', async () => {
    const group = await ok<any[]>('gongkaiban', GROUP);
    expect(group.map((m) => m.position)).toEqual(['LEADER', 'DEPUTY', 'MEMBER', 'MEMBER', 'MEMBER']);
    expect(group[0]).toMatchObject({ userId: demoUserId('leader'), current: true });
    const [m] = await ok<any[]>(
      'gongkaiban',
      `query($y:Int){ jointMeetings(year:$y){ ${MEETING} receipts { unitId acknowledgedAt } resolutions { ${RESOLUTION} } } }`,
      { y: year - 1 },
    );
    expect(m.state).toBe('MINUTES_ISSUED');
    const states = m.resolutions.map((r: any) => `${r.state}${r.overdue ? '+overdue' : ''}`).sort();
    expect(states).toEqual(['CLOSED', 'OPEN', 'OPEN+overdue', 'REPORTED']);
    const acked = m.receipts.filter((r: any) => r.acknowledgedAt).map((r: any) => r.unitId);
    expect(acked).toEqual([education]);
    expect(m.receipts.length).toBeGreaterThan(1);
  });
});

describe('the year’s minimum of meetings', () => {
  it('gives the Disclosure Office a to-do in the last quarter when none was held, once', async () => {
    const todos = () => s.sql(`select * from todo where kind = 'jointMeeting.convene' and subject_id = ?`, [`${demoUnitId('city')}:${year}`]);
    expect(await remindYearMinimumOn(s.orm.em, s.config, `${year}-09-30`)).toBe(0);
    expect(await todos()).toHaveLength(0);
    expect(await remindYearMinimumOn(s.orm.em, s.config, `${year}-10-01`)).toBeGreaterThan(0);
    const [t] = await todos();
    expect(t).toMatchObject({ assignee_role: 'DISCLOSURE_OFFICE', assignee_unit_id: demoUnitId('disclosure'), done_at: null });
    const mine = await ok<any[]>('gongkaiban', `query{ myTodos{ kind title } }`);
    expect(mine.some((x) => x.kind === 'jointMeeting.convene' && x.title.includes(`${year}年尚未召开`))).toBe(true);
    // a second run (or a second server process) opens no other
    await remindYearMinimumOn(s.orm.em, s.config, `${year}-10-02`);
    expect(await todos()).toHaveLength(1);
    const before = await ok('leader', FIGURES, { y: year });
    expect(before).toMatchObject({ held: 0, met: false, minPerYear: 1 });
    // holding a meeting this year closes it
    const m = await ok('leader', CONVENE, { i: meetingInput() });
    await ok('mishuke', HOLD, { id: m.id, v: m.version, d: day });
    expect((await todos())[0].done_at).not.toBeNull();
    expect(await ok('gongkaiban', FIGURES, { y: year })).toMatchObject({ held: 1, met: true });
  });
});

describe('convening', () => {
  it('is for the leader and deputies, and for a member only with a delegation in force', async () => {
    expect((await ok('leader', CONVENE, { i: meetingInput() })).convenorPosition).toBe('LEADER');
    expect((await ok('gongkaiban', CONVENE, { i: meetingInput() })).convenorPosition).toBe('DEPUTY');
    // a member without delegation
    expect(codeOf(await s.as('jiaoyu.head', CONVENE, { i: meetingInput() }))).toBe('JOINT_MEETING_NOT_CONVENOR');
    // a head who is not in the group at all
    // the demo's delegation to the civil affairs head runs from today for 60 days
    const delegated = await ok('minzheng.head', CONVENE, { i: meetingInput({ plannedOn: addDays(day, 10) }) });
    expect(delegated.convenorPosition).toBe('MEMBER');
    expect(delegated.delegationId).toBeTruthy();
    // a meeting outside the delegation's period
    expect(codeOf(await s.as('minzheng.head', CONVENE, { i: meetingInput({ plannedOn: addDays(day, 90) }) }))).toBe(
      'JOINT_MEETING_DELEGATION_NOT_IN_FORCE',
    );
    // a delegation that has ended
    const [jiaoyu] = await s.sql(`select id from leading_group_member where user_id = ?`, [demoUserId('jiaoyu.head')]);
    await s.sql(
      `insert into joint_meeting_delegation (id, government_id, delegate_member_id, delegate_user_id, delegate_name, granted_by_id, granted_by_name, granted_at, valid_from, valid_to)
       values (gen_random_uuid(), ?, ?, ?, '张局长', ?, '李组长', now(), ?, ?)`,
      [demoUnitId('city'), jiaoyu.id, demoUserId('jiaoyu.head'), demoUserId('leader'), addDays(day, -30), addDays(day, -1)],
    );
    expect(codeOf(await s.as('jiaoyu.head', CONVENE, { i: meetingInput() }))).toBe('JOINT_MEETING_DELEGATION_NOT_IN_FORCE');
    // roles that never convene
    expect(codeOf(await s.as('jiaoyu.staff', CONVENE, { i: meetingInput() }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('mishuke', CONVENE, { i: meetingInput() }))).toBe('FORBIDDEN');
  });

  it('needs a title, a date and an agenda of the notice’s kinds', async () => {
    expect(codeOf(await s.as('leader', CONVENE, { i: meetingInput({ title: '  ' }) }))).toBe('JOINT_MEETING_TITLE_REQUIRED');
    expect(codeOf(await s.as('leader', CONVENE, { i: meetingInput({ plannedOn: '2026-02-30' }) }))).toBe('JOINT_MEETING_DATE_INVALID');
    expect(codeOf(await s.as('leader', CONVENE, { i: meetingInput({ agenda: [] }) }))).toBe('JOINT_MEETING_AGENDA_REQUIRED');
    expect(codeOf(await s.as('leader', CONVENE, { i: meetingInput({ inviteeUnitIds: [demoUnitId('shuangta.education')] }) }))).toBe(
      'JOINT_MEETING_UNIT_INVALID',
    );
  });

  it('delegation is the group leader’s, to a member in term, and recorded', async () => {
    const [member] = await s.sql(`select id from leading_group_member where user_id = ?`, [demoUserId('jiaoyu.head')]);
    const [deputy] = await s.sql(`select id from leading_group_member where user_id = ?`, [demoUserId('gongkaiban')]);
    const input = { memberId: member.id, validFrom: day, validTo: addDays(day, 30), purpose: '召集教育领域专题会议' };
    expect(codeOf(await s.as('gongkaiban', DELEGATE, { i: input }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('leader', DELEGATE, { i: { ...input, memberId: deputy.id } }))).toBe('JOINT_MEETING_DELEGATE_NOT_MEMBER');
    expect(codeOf(await s.as('leader', DELEGATE, { i: { ...input, validTo: addDays(day, -1) } }))).toBe('JOINT_MEETING_PERIOD_INVALID');
    const d = await ok('leader', DELEGATE, { i: input });
    expect(d).toMatchObject({ delegateName: '张局长', grantedByName: '李组长', validFrom: day });
    const [audit] = await s.sql(`select action from audit_record where subject_id = ?`, [d.id]);
    expect(audit.action).toBe('JointMeetingDelegation.grant');
    // a LEADER-role user who is not the group's leader may not delegate
    await s.sql(`update leading_group_member set term_end = ? where user_id = ?`, [addDays(day, -1), demoUserId('leader')]);
    try {
      expect(codeOf(await s.as('leader', DELEGATE, { i: input }))).toBe('JOINT_MEETING_NOT_LEADER');
      expect(codeOf(await s.as('leader', CONVENE, { i: meetingInput() }))).toBe('JOINT_MEETING_NOT_CONVENOR');
    } finally {
      await s.sql(`update leading_group_member set term_end = null where user_id = ?`, [demoUserId('leader')]);
    }
  });
});

describe('before the meeting: its plan changed, or the meeting called off', () => {
  const UPDATE = `mutation($id:ID!,$v:Int!,$i:JointMeetingInput!){ updateJointMeeting(id:$id, version:$v, input:$i){ ${MEETING} place inviteeUnitIds agenda { kind title } } }`;
  const CANCEL = `mutation($id:ID!,$v:Int!,$r:String!){ cancelJointMeeting(id:$id, version:$v, reason:$r){ ${MEETING} cancelReason } }`;

  it('the recorders change the date, place, invitees and agenda, audited; the same checks as convening; not once held', async () => {
    const m = await ok('leader', CONVENE, { i: meetingInput() });
    const changed = await ok('gongkaiban', UPDATE, {
      id: m.id,
      v: m.version,
      i: meetingInput({
        plannedOn: addDays(day, 3),
        place: '市政府第一会议室',
        inviteeUnitIds: [education, civil],
        agenda: [{ kind: 'PROBLEM', title: '解决公开目录不统一问题' }],
      }),
    });
    expect(changed).toMatchObject({ plannedOn: addDays(day, 3), place: '市政府第一会议室', inviteeUnitIds: [education, civil], state: 'CONVENED' });
    expect(changed.agenda).toEqual([{ kind: 'PROBLEM', title: '解决公开目录不统一问题' }]);
    // the convenor stays who convened
    expect(changed.convenorPosition).toBe('LEADER');
    const [audit] = await s.sql(
      `select before_data as before, after_data as after from audit_record where subject_id = ? and action = 'JointMeeting.update'`,
      [m.id],
    );
    expect(audit.before.plannedOn).toBe(day);
    expect(audit.after.plannedOn).toBe(addDays(day, 3));
    const again = (over: Record<string, unknown>) => s.as('mishuke', UPDATE, { id: m.id, v: changed.version, i: meetingInput(over) });
    expect(codeOf(await again({ title: ' ' }))).toBe('JOINT_MEETING_TITLE_REQUIRED');
    expect(codeOf(await again({ agenda: [] }))).toBe('JOINT_MEETING_AGENDA_REQUIRED');
    expect(codeOf(await again({ inviteeUnitIds: [demoUnitId('shuangta.education')] }))).toBe('JOINT_MEETING_UNIT_INVALID');
    // a stale version, and those who do not record meetings
    expect(codeOf(await s.as('gongkaiban', UPDATE, { id: m.id, v: m.version, i: meetingInput() }))).toBe('VERSION_CONFLICT');
    expect(codeOf(await s.as('leader', UPDATE, { id: m.id, v: changed.version, i: meetingInput() }))).toBe('FORBIDDEN');
    const held = await ok('gongkaiban', HOLD, { id: m.id, v: changed.version, d: day });
    expect(codeOf(await s.as('gongkaiban', UPDATE, { id: m.id, v: held.version, i: meetingInput() }))).toBe('TRANSITION_NOT_ALLOWED');
  });

  it('a meeting a member convened by delegation keeps to the delegation’s term', async () => {
    // the demo's delegation to the civil affairs head runs from today for 60 days
    const m = await ok('minzheng.head', CONVENE, { i: meetingInput({ plannedOn: addDays(day, 10) }) });
    expect(codeOf(await s.as('gongkaiban', UPDATE, { id: m.id, v: m.version, i: meetingInput({ plannedOn: addDays(day, 90) }) }))).toBe(
      'JOINT_MEETING_DELEGATION_NOT_IN_FORCE',
    );
    expect((await ok('gongkaiban', UPDATE, { id: m.id, v: m.version, i: meetingInput({ plannedOn: addDays(day, 20) }) })).plannedOn).toBe(
      addDays(day, 20),
    );
  });

  it('is called off with a reason; it is then neither held nor counted towards the year', async () => {
    const figures = () => ok('gongkaiban', FIGURES, { y: year });
    const before = await figures();
    const m = await ok('leader', CONVENE, { i: meetingInput() });
    expect(codeOf(await s.as('gongkaiban', CANCEL, { id: m.id, v: m.version, r: '  ' }))).toBe('JOINT_MEETING_CANCEL_REASON_REQUIRED');
    expect(codeOf(await s.as('jiaoyu.staff', CANCEL, { id: m.id, v: m.version, r: '改期' }))).toBe('FORBIDDEN');
    const cancelled = await ok('gongkaiban', CANCEL, { id: m.id, v: m.version, r: '与市政府常务会议时间冲突，另行安排' });
    expect(cancelled).toMatchObject({ state: 'CANCELLED', cancelReason: '与市政府常务会议时间冲突，另行安排' });
    const [audit] = await s.sql(`select after_data as after from audit_record where subject_id = ? and action = 'JointMeeting.cancel'`, [m.id]);
    expect(audit.after).toMatchObject({ state: 'CANCELLED', cancelReason: '与市政府常务会议时间冲突，另行安排' });
    for (const q of [HOLD, CANCEL]) {
      const r = await s.as('gongkaiban', q, { id: m.id, v: cancelled.version, d: day, r: '再次取消' });
      expect(['FORBIDDEN', 'TRANSITION_NOT_ALLOWED']).toContain(codeOf(r));
    }
    expect(await figures()).toEqual(before);
  });
});

describe('minutes and resolutions', () => {
  it('refuses a resolution without responsible unit or due date, a held date in the future, issuing without minutes', async () => {
    let m = await ok('leader', CONVENE, { i: meetingInput() });
    expect(codeOf(await s.as('gongkaiban', HOLD, { id: m.id, v: m.version, d: addDays(day, 1) }))).toBe('JOINT_MEETING_HELD_DATE_INVALID');
    expect(
      codeOf(
        await s.as('gongkaiban', ADD, { id: m.id, v: m.version, i: { content: '事项', responsibleUnitIds: [education], dueOn: addDays(day, 30) } }),
      ),
    ).toBe('TRANSITION_NOT_ALLOWED');
    m = await ok('gongkaiban', HOLD, { id: m.id, v: m.version, d: day });
    const add = (i: Record<string, unknown>) => s.as('gongkaiban', ADD, { id: m.id, v: m.version, i });
    expect(codeOf(await add({ content: '事项', responsibleUnitIds: [], dueOn: addDays(day, 30) }))).toBe('JOINT_MEETING_RESOLUTION_UNIT_REQUIRED');
    expect(codeOf(await add({ content: '事项', dueOn: addDays(day, 30) }))).toBe('JOINT_MEETING_RESOLUTION_UNIT_REQUIRED');
    expect(codeOf(await add({ content: '事项', responsibleUnitIds: [education] }))).toBe('JOINT_MEETING_RESOLUTION_DUE_REQUIRED');
    expect(codeOf(await add({ content: '事项', responsibleUnitIds: [education], dueOn: '明年' }))).toBe('JOINT_MEETING_RESOLUTION_DUE_REQUIRED');
    expect(codeOf(await add({ content: ' ', responsibleUnitIds: [education], dueOn: addDays(day, 30) }))).toBe(
      'JOINT_MEETING_RESOLUTION_CONTENT_REQUIRED',
    );
    expect(
      codeOf(
        await s.as('jiaoyu.staff', ADD, { id: m.id, v: m.version, i: { content: '事项', responsibleUnitIds: [education], dueOn: addDays(day, 30) } }),
      ),
    ).toBe('FORBIDDEN');
    expect(codeOf(await s.as('gongkaiban', ISSUE, { id: m.id, v: m.version }))).toBe('JOINT_MEETING_MINUTES_REQUIRED');
    expect(await s.sql(`select * from joint_resolution where meeting_id = ?`, [m.id])).toHaveLength(0);
  });

  it('goes from issue to acknowledgement, progress and closure, with the figures following', async () => {
    const before = await ok('leader', FIGURES, { y: year });
    const m = await issuedMeeting([
      { content: '市教育局完善学校收费公示', units: [education], dueOn: addDays(day, 30) },
      { content: '市民政局规范低保名单公示', units: [civil], dueOn: addDays(day, 30) },
    ]);
    expect(m.state).toBe('MINUTES_ISSUED');
    expect([...m.issuedUnitIds].sort()).toEqual([education, civil].sort());
    expect(m.resolutions.map((r: any) => r.state)).toEqual(['OPEN', 'OPEN']);
    expect(await ok('leader', FIGURES, { y: year })).toMatchObject({
      openResolutions: before.openResolutions + 2,
      unacknowledged: before.unacknowledged + 2,
    });
    const [edu, civ] = m.resolutions;
    // the unit's to-dos
    const todos = await ok<any[]>('jiaoyu.staff', `query{ myTodos{ kind title } }`);
    expect(todos.filter((t) => t.kind === 'jointMeeting.resolution' && t.title.includes('学校收费公示'))).toHaveLength(1);
    expect(todos.some((t) => t.kind === 'jointMeeting.acknowledge')).toBe(true);

    // acknowledging: by a unit the minutes were issued to, once
    const receipt = (await ok<any[]>('jiaoyu.staff', RECEIPTS)).find((r) => r.meeting.id === m.id)!;
    expect(codeOf(await s.as('shuangta.staff', ACK, { id: receipt.id }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('minzheng.staff', ACK, { id: receipt.id }))).toBe('FORBIDDEN');
    expect((await ok('jiaoyu.gk', ACK, { id: receipt.id })).acknowledgedByName).toBe('杨公开');
    expect(codeOf(await s.as('jiaoyu.staff', ACK, { id: receipt.id }))).toBe('JOINT_MEETING_ALREADY_ACKNOWLEDGED');
    // a unit not issued to does not see the minutes
    expect(codeOf(await s.as('shuangta.staff', `query($id:ID!){ jointMeeting(id:$id){ id } }`, { id: m.id }))).toBe('FORBIDDEN');

    // progress only by a responsible unit
    expect(codeOf(await s.as('minzheng.staff', REPORT, { id: edu.id, v: edu.version, p: '进展' }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('gongkaiban', REPORT, { id: edu.id, v: edu.version, p: '进展' }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('jiaoyu.staff', REPORT, { id: edu.id, v: edu.version, p: '  ' }))).toBe('JOINT_MEETING_PROGRESS_REQUIRED');
    // closure only after a report, only by the Disclosure Office
    expect(codeOf(await s.as('gongkaiban', CLOSE, { id: edu.id, v: edu.version }))).toBe('JOINT_MEETING_RESOLUTION_NOT_REPORTED');
    const reported = await ok('jiaoyu.staff', REPORT, { id: edu.id, v: edu.version, p: '已在各校公示栏和网站公示收费项目' });
    expect(reported).toMatchObject({
      state: 'REPORTED',
      progress: [{ unitName: expect.stringContaining('教育'), text: '已在各校公示栏和网站公示收费项目' }],
    });
    expect(codeOf(await s.as('jiaoyu.head', CLOSE, { id: edu.id, v: reported.version }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('leader', CLOSE, { id: edu.id, v: reported.version }))).toBe('FORBIDDEN');
    // sent back with a reason, reported again, closed
    expect(codeOf(await s.as('gongkaiban', RETURN, { id: edu.id, v: reported.version, r: ' ' }))).toBe('JOINT_MEETING_REASON_REQUIRED');
    const back = await ok('gongkaiban', RETURN, { id: edu.id, v: reported.version, r: '请补充网站公示链接' });
    expect(back).toMatchObject({ state: 'OPEN', returnReason: '请补充网站公示链接' });
    const again = await ok('jiaoyu.staff', REPORT, { id: edu.id, v: back.version, p: '网站公示链接已补充' });
    const closed = await ok('gongkaiban', CLOSE, { id: edu.id, v: again.version });
    expect(closed.state).toBe('CLOSED');
    expect(closed.progress).toHaveLength(2);
    const [{ n }] = await s.sql(`select count(*)::int as n from todo where subject_id = ? and done_at is null`, [edu.id]);
    expect(n).toBe(0);
    // the civil affairs bureau reads its own resolution, not the education bureau's
    expect((await ok('minzheng.staff', RESOLUTION_Q, { id: civ.id })).id).toBe(civ.id);
    expect(codeOf(await s.as('minzheng.staff', RESOLUTION_Q, { id: edu.id }))).toBe('FORBIDDEN');
    const mine = await ok<any[]>('minzheng.staff', `query{ resolutions(filter:{ mine: true }){ id } }`);
    expect(mine.map((r) => r.id)).toContain(civ.id);
    expect(mine.map((r) => r.id)).not.toContain(edu.id);
    expect(await ok('gongkaiban', FIGURES, { y: year })).toMatchObject({
      openResolutions: before.openResolutions + 1,
      unacknowledged: before.unacknowledged + 1,
    });
  });

  it('flags a resolution overdue after its due date, and the figures count it', async () => {
    const m = await issuedMeeting([{ content: '市民政局清理过期公示', units: [civil], dueOn: addDays(day, 3) }]);
    const before = await ok('leader', FIGURES, { y: year });
    await s.sql(`update joint_resolution set due_on = ? where meeting_id = ?`, [addDays(day, -1), m.id]);
    const r = await ok('gongkaiban', RESOLUTION_Q, { id: m.resolutions[0].id });
    expect(r.overdue).toBe(true);
    expect((await ok('leader', FIGURES, { y: year })).overdueResolutions).toBe(before.overdueResolutions + 1);
    const overdue = await ok<any[]>('gongkaiban', `query{ resolutions(filter:{ overdue: true }){ id } }`);
    expect(overdue.map((x) => x.id)).toContain(r.id);
  });

  it('lets exactly one of two concurrent transitions win', async () => {
    const m = await issuedMeeting([{ content: '并发测试事项', units: [education], dueOn: addDays(day, 30) }]);
    const r = m.resolutions[0];
    const reported = await ok('jiaoyu.staff', REPORT, { id: r.id, v: r.version, p: '已落实' });
    const results = await Promise.all([
      s.as('gongkaiban', CLOSE, { id: r.id, v: reported.version }),
      s.as('gongkaiban', RETURN, { id: r.id, v: reported.version, r: '再核实' }),
    ]);
    expect(results.filter((x) => !x.errors)).toHaveLength(1);
    expect(results.map(codeOf).filter(Boolean)).toEqual(['VERSION_CONFLICT']);
    // two acknowledgements at once: one records it, the other is told
    const receipt = m.receipts.find((x: any) => x.unitId === education);
    const acks = await Promise.all([s.as('jiaoyu.staff', ACK, { id: receipt.id }), s.as('jiaoyu.gk', ACK, { id: receipt.id })]);
    expect(acks.filter((x) => !x.errors)).toHaveLength(1);
    expect(acks.map(codeOf).filter(Boolean)).toEqual(['JOINT_MEETING_ALREADY_ACKNOWLEDGED']);
    // two issues of one meeting: exactly one
    let n = await ok('leader', CONVENE, { i: meetingInput() });
    n = await ok('gongkaiban', HOLD, { id: n.id, v: n.version, d: day });
    n = await ok('gongkaiban', MINUTES, { id: n.id, v: n.version, i: { minutesText: '纪要' } });
    const issues = await Promise.all([s.as('gongkaiban', ISSUE, { id: n.id, v: n.version }), s.as('mishuke', ISSUE, { id: n.id, v: n.version })]);
    expect(issues.filter((x) => !x.errors)).toHaveLength(1);
    expect(await s.sql(`select * from joint_minutes_receipt where meeting_id = ?`, [n.id])).toHaveLength(1);
  });
});

describe('the figures and the minutes file', () => {
  it('are read by the level’s leader and Disclosure Office only', async () => {
    expect((await ok('leader', FIGURES, {})).year).toBe(year);
    for (const user of ['jiaoyu.staff', 'jiaoyu.head', 'mishuke', 'shuangta.staff'])
      expect(codeOf(await s.as(user, FIGURES, {})), user).toBe('FORBIDDEN');
  });

  it('serves the minutes as .docx to a unit they were issued to, not to others', async () => {
    const [m] = await ok<any[]>('gongkaiban', `query($y:Int){ jointMeetings(year:$y){ id } }`, { y: year - 1 });
    const get = async (user: string) =>
      s.app.inject({ method: 'GET', url: `/joint-meetings/${m.id}/minutes.docx`, headers: { cookie: await s.login(user) } });
    const res = await get('jiaoyu.staff');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await get('shuangta.staff')).statusCode).toBe(403);
    expect((await s.app.inject({ method: 'GET', url: `/joint-meetings/${m.id}/minutes.docx` })).statusCode).toBe(401);
  });
});
