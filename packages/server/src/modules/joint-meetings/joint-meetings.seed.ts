import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays } from '@gongkai/shared';
import type { AppConfig } from '../../config.js';
import { atStoryTime, today } from '../../common/clock.js';
import { demoActors, demoUnitId, demoUserId } from '../organisation/organisation.seed.js';
import * as svc from './joint-meetings.service.js';

/**
 * The city's leading group, a delegation, and last year's joint meeting with its minutes issued:
 * resolutions closed, reported, open and overdue; the education bureau acknowledged receipt, the civil
 * affairs bureau not yet. This year none is held yet (the Disclosure Office's to-do in the last quarter).
 * Last year's steps run on the story's days: convened on 10 June, held on 20 June, the minutes issued
 * on 24 June and acknowledged on 26 June, the first resolution reported and closed in September.
 */
export async function seedJointMeetings(em: EntityManager, config: AppConfig) {
  const as = demoActors(em, config);
  const day = today();
  const last = Number(day.slice(0, 4)) - 1;
  const office = await as('gongkaiban');
  const termStart = `${last}-01-01`;
  const member = (username: string, position: 'LEADER' | 'DEPUTY' | 'MEMBER', title: string) =>
    svc.addMember(office, { userId: demoUserId(username), position, title, termStart, termEnd: null });
  await member('leader', 'LEADER', '副市长');
  await member('gongkaiban', 'DEPUTY', '市政府办公室副主任、市政务公开办公室主任');
  await member('mishuke', 'MEMBER', '市政府办公室秘书科科长');
  await member('jiaoyu.head', 'MEMBER', '市教育局局长');
  const civilHead = await member('minzheng.head', 'MEMBER', '市民政局局长');
  // the leader delegates convening a special meeting on social assistance disclosure to the civil affairs bureau
  await svc.delegateConvening(await as('leader'), {
    memberId: civilHead.id,
    validFrom: day,
    validTo: addDays(day, 60),
    purpose: '召集社会救助领域政务公开专题联席会议',
  });

  const education = demoUnitId('education');
  const civil = demoUnitId('civil');
  let m = await atStoryTime(`${last}-06-10`, async () =>
    svc.conveneMeeting(await as('leader'), {
      title: `${last}年度政务公开领导小组联席会议`,
      plannedOn: `${last}-06-20`,
      place: '市政府第一会议室',
      inviteeUnitIds: [education, civil, demoUnitId('secretariat')],
      otherInvitees: '市行政学院评估专家一名',
      agenda: [
        { kind: 'WORK_REPORT', title: `听取市政务公开办公室${last}年上半年政务公开工作情况汇报`, unitId: demoUnitId('disclosure') },
        { kind: 'KEY_WORK', title: '研究推进教育领域基层政务公开标准化规范化工作', unitId: education },
        { kind: 'PROBLEM', title: '协调解决社会救助信息公开中个人隐私保护问题', unitId: civil },
      ],
    }),
  );
  m = await atStoryTime(`${last}-06-20`, () => svc.holdMeeting(office, m.id, m.version, `${last}-06-20`, '李组长、王公开、赵秘书、张局长、林局长'));
  const { closed, reported } = await atStoryTime(`${last}-06-24`, async () => {
    m = await svc.saveMinutes(office, m.id, m.version, {
      minutesNumber: `朝政公开纪〔${last}〕1号`,
      minutesText: `${last}年6月20日，市政务公开领导小组召开联席会议，听取了市政务公开办公室关于上半年政务公开工作情况的汇报，研究了教育领域基层政务公开标准化规范化工作，协调了社会救助信息公开中的个人隐私保护问题。会议认为，上半年全市政务公开工作总体平稳有序，但部分领域公开标准不统一、更新不及时的问题仍然存在。现将会议议定事项纪要如下。`,
    });
    const first = await svc.addResolution(office, m.id, m.version, {
      content: '市教育局牵头编制教育领域基层政务公开事项标准目录，报市政务公开办公室备案',
      responsibleUnitIds: [education],
      dueOn: `${last}-09-30`,
    });
    const second = await svc.addResolution(office, m.id, m.version, {
      content: '市民政局、市教育局规范社会救助和学生资助信息公示，隐去身份证号码等个人信息',
      responsibleUnitIds: [civil, education],
      dueOn: addDays(day, 40),
    });
    await svc.addResolution(office, m.id, m.version, {
      content: '市民政局建立社会救助信息公开季度自查制度',
      responsibleUnitIds: [civil],
      dueOn: addDays(day, 75),
    });
    await svc.addResolution(office, m.id, m.version, {
      content: '市教育局在门户网站开设“教育领域基层政务公开”专栏',
      responsibleUnitIds: [education],
      dueOn: `${last}-12-31`,
    });
    await svc.issueMinutes(office, m.id, m.version, []);
    return { closed: first, reported: second };
  });
  // the education bureau acknowledged; the civil affairs bureau has not yet
  await atStoryTime(`${last}-06-26`, async () => {
    const [receipt] = await svc.myReceipts(await as('jiaoyu.staff'));
    await svc.acknowledgeMinutes(await as('jiaoyu.staff'), receipt!.id);
  });
  const c1 = await svc.getResolution(office, closed.id);
  const c2 = await atStoryTime(`${last}-09-22`, async () =>
    svc.reportProgress(
      await as('jiaoyu.staff'),
      c1.id,
      c1.version,
      '已编制《教育领域基层政务公开标准目录》，涵盖12类68项公开事项，已报市政务公开办公室备案。',
    ),
  );
  await atStoryTime(`${last}-09-26`, () => svc.closeResolution(office, c2.id, c2.version));
  const r1 = await svc.getResolution(office, reported.id);
  await svc.reportProgress(await as('jiaoyu.staff'), r1.id, r1.version, '学生资助公示名单已全部隐去身份证号码和家庭住址，其余事项正在核对。');
}
