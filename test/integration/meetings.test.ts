import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, demoUnitId, startSuite, type Suite } from '../support/suite.js';

let s: Suite;
beforeAll(async () => {
  s = await startSuite();
});
afterAll(() => s.close());

const MEETING = 'mutation($i:MeetingInput!){ createMeeting(input:$i){ id noticeWorkingDays noticeDueOn } }';
const AGENDA = 'mutation($m:ID!,$i:AgendaItemInput!){ addAgendaItem(meetingId:$m, input:$i){ id } }';
const SAVE =
  'mutation($a:ID!,$v:Int,$i:ProposalInput!){ saveAttendanceProposal(agendaItemId:$a, version:$v, input:$i){ id version state invitees { id name category contact } } }';
const STEP = (name: string) => `mutation($id:ID!,$v:Int!){ ${name}(id:$id, version:$v){ id version state } }`;
const DELIVER =
  'mutation($i:ID!,$d:String!,$r:String){ recordNoticeDelivery(inviteeId:$i, deliveredOn:$d, lateReason:$r){ noticeLate noticeLateReason } }';

async function meetingWithItem(date: string, item: Record<string, unknown>) {
  const m = (
    await s.as('mishuke', MEETING, { i: { kind: 'STANDING', title: '市政府第30次常务会议', date, startTime: '09:00', place: '市政府第一会议室' } })
  ).data.createMeeting;
  const a = await s.as('mishuke', AGENDA, {
    m: m.id,
    i: { title: '研究城区供暖价格调整方案', submittingUnitId: demoUnitId('education'), category: 'LIVELIHOOD', ...item },
  });
  if (!a.data) throw new Error(JSON.stringify(a.errors));
  return { meeting: m, itemId: a.data.addAgendaItem.id as string };
}

describe('attendance at government meetings', () => {
  it('an important livelihood topic needs grassroots representatives among the invitees', async () => {
    const { itemId } = await meetingWithItem('2026-12-18', { importantLivelihood: true });
    expect((await s.as('jiaoyu.staff', '{ myTodos { kind } }')).data.myTodos.some((t: any) => t.kind === 'attendance.propose')).toBe(true);
    const none = (await s.as('jiaoyu.staff', SAVE, { a: itemId, i: { invite: false, invitees: [] } })).data.saveAttendanceProposal;
    expect(codeOf(await s.as('jiaoyu.staff', STEP('submitAttendanceProposal'), { id: none.id, v: none.version }))).toBe('GRASSROOTS_REQUIRED');
    const experts = (
      await s.as('jiaoyu.staff', SAVE, {
        a: itemId,
        v: none.version,
        i: {
          invite: true,
          necessity: '涉及群众切身利益',
          participationWay: '列席并发言',
          preparations: '已联系并确认参会',
          invitees: [{ name: '赵教授', category: 'EXPERT', organisation: '辽宁工程技术大学' }],
        },
      })
    ).data.saveAttendanceProposal;
    const r = await s.as('jiaoyu.staff', STEP('submitAttendanceProposal'), { id: experts.id, v: experts.version });
    expect(codeOf(r)).toBe('GRASSROOTS_REQUIRED');
    expect(r.errors![0].extensions!.field).toBe('invitees');
    const ok = (
      await s.as('jiaoyu.staff', SAVE, {
        a: itemId,
        v: experts.version,
        i: {
          invite: true,
          necessity: '涉及群众切身利益',
          participationWay: '列席并发言',
          preparations: '已联系并确认参会',
          invitees: [
            { name: '赵教授', category: 'EXPERT' },
            { name: '孙大姐', category: 'GRASSROOTS', organisation: '双塔区凌凤街道某社区', contact: '13800001111' },
          ],
        },
      })
    ).data.saveAttendanceProposal;
    const sub = await s.as('jiaoyu.staff', STEP('submitAttendanceProposal'), { id: ok.id, v: ok.version });
    expect(sub.data.submitAttendanceProposal.state).toBe('SUBMITTED');
    // the Secretariat approves it with the meeting plan; the unit itself cannot
    expect(codeOf(await s.as('jiaoyu.head', STEP('approveAttendanceProposal'), { id: ok.id, v: sub.data.submitAttendanceProposal.version }))).toBe(
      'FORBIDDEN',
    );
    const approved = await s.as('mishuke', STEP('approveAttendanceProposal'), { id: ok.id, v: sub.data.submitAttendanceProposal.version });
    expect(approved.data.approveAttendanceProposal.state).toBe('APPROVED');
  });

  it('the written notice reaches each attendee 3 working days before the meeting; a late one is refused or flagged with its reason', async () => {
    // meeting on Friday 2026-12-18: notice by Tuesday 12-15 (+3 working days = Friday)
    const { meeting, itemId } = await meetingWithItem('2026-12-18', {});
    expect(meeting.noticeWorkingDays).toBe(3);
    const p = (
      await s.as('jiaoyu.staff', SAVE, {
        a: itemId,
        i: {
          invite: true,
          necessity: '听取意见',
          participationWay: '列席',
          preparations: '已联系并确认参会',
          invitees: [
            { name: '周代表', category: 'PUBLIC_REPRESENTATIVE' },
            { name: '吴记者', category: 'MEDIA' },
          ],
        },
      })
    ).data.saveAttendanceProposal;
    const sub = (await s.as('jiaoyu.staff', STEP('submitAttendanceProposal'), { id: p.id, v: p.version })).data.submitAttendanceProposal;
    await s.as('mishuke', STEP('approveAttendanceProposal'), { id: p.id, v: sub.version });
    const [a, b] = p.invitees;
    const late = await s.as('jiaoyu.staff', DELIVER, { i: a.id, d: '2026-12-16' });
    expect(codeOf(late)).toBe('NOTICE_LATE');
    expect((await s.as('jiaoyu.staff', DELIVER, { i: a.id, d: '2026-12-15' })).data.recordNoticeDelivery).toEqual({
      noticeLate: false,
      noticeLateReason: null,
    });
    expect((await s.as('jiaoyu.staff', DELIVER, { i: b.id, d: '2026-12-17', r: '临时增加媒体记者' })).data.recordNoticeDelivery).toEqual({
      noticeLate: true,
      noticeLateReason: '临时增加媒体记者',
    });
    const cookie = await s.login('jiaoyu.staff');
    const docx = await s.app.inject({ url: `/meetings/invitees/${a.id}/notice`, headers: { cookie } });
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const other = await s.login('minzheng.staff');
    expect((await s.app.inject({ url: `/meetings/invitees/${a.id}/notice`, headers: { cookie: other } })).statusCode).toBe(403);
  });

  it('an invitation states its preparations (邀请准备情况), or it is not submitted', async () => {
    const { itemId } = await meetingWithItem('2026-12-18', {});
    const input = {
      invite: true,
      necessity: '听取意见',
      participationWay: '列席',
      invitees: [{ name: '郑代表', category: 'PUBLIC_REPRESENTATIVE' }],
    };
    const p = (await s.as('jiaoyu.staff', SAVE, { a: itemId, i: { ...input, preparations: '  ' } })).data.saveAttendanceProposal;
    const refused = await s.as('jiaoyu.staff', STEP('submitAttendanceProposal'), { id: p.id, v: p.version });
    expect(codeOf(refused)).toBe('PREPARATIONS_REQUIRED');
    expect(refused.errors![0].extensions!.field).toBe('preparations');
    const ok = (await s.as('jiaoyu.staff', SAVE, { a: itemId, v: p.version, i: { ...input, preparations: '已电话联系并确认可以参会' } })).data
      .saveAttendanceProposal;
    expect((await s.as('jiaoyu.staff', STEP('submitAttendanceProposal'), { id: ok.id, v: ok.version })).data.submitAttendanceProposal.state).toBe(
      'SUBMITTED',
    );
    // not inviting anyone needs no preparations
    const { itemId: other } = await meetingWithItem('2026-12-18', {});
    const none = (await s.as('jiaoyu.staff', SAVE, { a: other, i: { invite: false, invitees: [] } })).data.saveAttendanceProposal;
    expect((await s.as('jiaoyu.staff', STEP('submitAttendanceProposal'), { id: none.id, v: none.version })).data.submitAttendanceProposal.state).toBe(
      'SUBMITTED',
    );
  });

  it('shows the latest day the notice may be delivered, by the working-day calendar, and puts it on the to-do', async () => {
    // meeting on Tuesday 2026-10-13: Saturday 10-10 is worked (National Day 调休), so 10-09 + 3 working days = 10-13
    const { meeting, itemId } = await meetingWithItem('2026-10-13', {});
    expect(meeting.noticeDueOn).toBe('2026-10-09');
    const p = (
      await s.as('jiaoyu.staff', SAVE, {
        a: itemId,
        i: {
          invite: true,
          necessity: '听取意见',
          participationWay: '列席',
          preparations: '已联系',
          invitees: [{ name: '冯代表', category: 'PUBLIC_REPRESENTATIVE' }],
        },
      })
    ).data.saveAttendanceProposal;
    const sub = (await s.as('jiaoyu.staff', STEP('submitAttendanceProposal'), { id: p.id, v: p.version })).data.submitAttendanceProposal;
    await s.as('mishuke', STEP('approveAttendanceProposal'), { id: p.id, v: sub.version });
    const todo = (await s.as('jiaoyu.staff', '{ myTodos { kind title dueAt subjectId } }')).data.myTodos.find(
      (t: any) => t.kind === 'attendance.notify' && t.subjectId === p.id,
    );
    expect(todo.title).toContain('最迟2026-10-09送达');
    expect(new Date(todo.dueAt).toISOString()).toBe(new Date('2026-10-09T23:59:59.999+08:00').toISOString());
    // the day shown is the day the delivery rule accepts, and the next one is late
    expect(codeOf(await s.as('jiaoyu.staff', DELIVER, { i: p.invitees[0].id, d: '2026-10-10' }))).toBe('NOTICE_LATE');
    expect((await s.as('jiaoyu.staff', DELIVER, { i: p.invitees[0].id, d: '2026-10-09' })).data.recordNoticeDelivery.noticeLate).toBe(false);
    // Friday 2026-12-18: by Tuesday 12-15
    expect((await meetingWithItem('2026-12-18', {})).meeting.noticeDueOn).toBe('2026-12-15');
  });

  it('attaches the consultation of the topic automatically, with its rates; contacts stay with the unit and the Secretariat', async () => {
    const topics = (await s.gql('{ publicConsultations(phase: OPEN, pageSize: 50){ items { id title } } }')).data.publicConsultations.items;
    const open = topics.find((t: any) => t.title.includes('普惠性幼儿园'));
    const { itemId } = await meetingWithItem('2026-12-22', {
      title: '研究普惠性幼儿园认定和扶持办法',
      category: 'MAJOR_DECISION_POLICY',
      consultationTopicId: open.id,
    });
    const p = (
      await s.as('jiaoyu.staff', SAVE, {
        a: itemId,
        i: {
          invite: true,
          necessity: '听取家长意见',
          participationWay: '列席',
          preparations: '已联系并确认参会',
          invitees: [{ name: '钱家长', category: 'STAKEHOLDER', contact: '13711112222' }],
        },
      })
    ).data.saveAttendanceProposal;
    const view = (
      await s.as(
        'jiaoyu.staff',
        'query($id:ID!){ attendanceProposal(id:$id){ agendaItem { consultationTopic { title rates { opinionCount } } } invitees { contact } } }',
        { id: p.id },
      )
    ).data.attendanceProposal;
    expect(view.agendaItem.consultationTopic.title).toContain('普惠性幼儿园');
    expect(view.agendaItem.consultationTopic.rates.opinionCount).toBe(3);
    expect(view.invitees[0].contact).toBe('13711112222');
    // reading invitees' contact details is recorded, each time (the save's answer and the view above);
    // a view without the invitees is not such a read
    const reads = async () =>
      (await s.sql(`select actor_name from audit_record where action = 'AttendanceProposal.readContacts' and subject_id = ?`, [p.id])).map(
        (r: any) => r.actor_name,
      );
    expect(await reads()).toEqual(['刘经办', '刘经办']);
    await s.as('jiaoyu.staff', 'query($id:ID!){ attendanceProposal(id:$id){ id state } }', { id: p.id });
    expect(await reads()).toEqual(['刘经办', '刘经办']);
    const wrongTopic = await s.as('mishuke', AGENDA, {
      m: (await s.as('mishuke', MEETING, { i: { kind: 'OTHER', title: '专题会', date: '2026-12-23' } })).data.createMeeting.id,
      i: { title: 'x', submittingUnitId: demoUnitId('civil'), category: 'OTHER', consultationTopicId: open.id },
    });
    expect(codeOf(wrongTopic)).toBe('TOPIC_NOT_OF_UNIT');
  });

  it('computes the quarterly consultation rate from the agendas, by unit and overall', async () => {
    // Q1 2027: education has 2 required topics (1 consulted), civil 1 (not consulted); an exempt and an "other" topic do not count
    const topics = (await s.gql('{ publicConsultations(phase: OPEN, pageSize: 50){ items { id title } } }')).data.publicConsultations.items;
    const open = topics.find((t: any) => t.title.includes('普惠性幼儿园'));
    const m = (await s.as('mishuke', MEETING, { i: { kind: 'STANDING', title: '2027年第1次常务会议', date: '2027-01-15' } })).data.createMeeting;
    const add = (i: Record<string, unknown>) =>
      s.as('mishuke', AGENDA, { m: m.id, i: { title: '议题', category: 'LIVELIHOOD', submittingUnitId: demoUnitId('education'), ...i } });
    await add({ consultationTopicId: open.id, category: 'MAJOR_DECISION_POLICY' });
    await add({});
    await add({ submittingUnitId: demoUnitId('civil'), category: 'POLICY_DOCUMENT' });
    await add({ exempt: true });
    await add({ category: 'OTHER' });
    const rows = (await s.gql('{ consultationRates(year: 2027, quarter: 1){ unitId unitName required consulted rate } }')).data.consultationRates;
    const edu = rows.find((r: any) => r.unitId === demoUnitId('education'));
    const civil = rows.find((r: any) => r.unitId === demoUnitId('civil'));
    const total = rows.find((r: any) => r.unitId === null);
    expect(edu).toMatchObject({ required: 2, consulted: 1, rate: 0.5 });
    expect(civil).toMatchObject({ required: 1, consulted: 0, rate: 0 });
    expect(total).toMatchObject({ unitName: '合计', required: 3, consulted: 1 });
    expect(total.rate).toBeCloseTo(1 / 3);
    expect(codeOf(await s.gql('{ consultationRates(year: 2027, quarter: 5){ rate } }'))).toBe('QUARTER_INVALID');
  });

  it('the E-Government Center publishes press releases in the 政府会议 column', async () => {
    const m = (await s.as('mishuke', MEETING, { i: { kind: 'MAYOR_OFFICE', title: '市长办公会议', date: '2026-12-10' } })).data.createMeeting;
    const PR = 'mutation($m:ID!,$i:PressReleaseInput!){ publishPressRelease(meetingId:$m, input:$i){ id } }';
    expect(codeOf(await s.as('jiaoyu.staff', PR, { m: m.id, i: { title: '通稿', body: '正文' } }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('egov', PR, { m: m.id, i: { title: '通稿', body: ' ' } }))).toBe('PRESS_RELEASE_INVALID');
    await s.as('egov', PR, {
      m: m.id,
      i: { title: '市长办公会议研究冬季供暖保障工作', body: '12月10日，市长主持召开市长办公会议……', source: '朝阳日报' },
    });
    const news = (await s.gql('{ publicMeetingNews { items { title meetingKind meetingDate } } }')).data.publicMeetingNews.items;
    expect(news).toContainEqual({ title: '市长办公会议研究冬季供暖保障工作', meetingKind: 'MAYOR_OFFICE', meetingDate: '2026-12-10' });
  });
});
