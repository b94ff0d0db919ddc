import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays } from '@gongkai/shared';
import type { AppConfig } from '../../config.js';
import { demoUnitId, demoActors } from '../organisation/organisation.seed.js';
import { topicByTitle } from '../consultation/consultation.service.js';
import * as svc from './meetings.service.js';
import { atStoryTime, today as clockToday } from '../../common/clock.js';

/** A standing meeting with its agenda and approved attendance, and a past meeting with its press release. */
export async function seedMeetings(em: EntityManager, config: AppConfig) {
  const as = demoActors(em, config);
  const today = clockToday();
  const secretariat = await as('mishuke');

  // the past meeting was called two weeks before it sat (the housing bureau never proposed its attendance)
  const past = await atStoryTime(addDays(today, -28), async () => {
    const m = await svc.createMeeting(secretariat, {
      kind: 'STANDING',
      title: '市政府第28次常务会议',
      date: addDays(today, -14),
      startTime: '09:00',
      place: '市政府第一会议室',
    });
    await svc.addAgendaItem(secretariat, m.id, {
      title: '研究2026—2027年度城区集中供暖保障工作',
      submittingUnitId: demoUnitId('housing'),
      category: 'LIVELIHOOD',
    });
    return m;
  });
  await svc.publishPressRelease(await as('egov'), past.id, {
    title: '市政府召开第28次常务会议 研究部署冬季供暖保障等工作',
    body: '近日，市长主持召开市政府第28次常务会议，研究2026—2027年度城区集中供暖保障工作。会议强调，要确保按时供暖、稳定供暖，切实保障群众温暖过冬……',
    source: '朝阳日报',
  });

  const next = await svc.createMeeting(secretariat, {
    kind: 'STANDING',
    title: '市政府第29次常务会议',
    date: addDays(today, 21),
    startTime: '09:00',
    place: '市政府第一会议室',
    attendeeNotes: '请于会前15分钟到市政府一楼大厅签到，凭本通知入场。\n会议期间请将手机调至静音。\n发言请控制在5分钟以内。',
  });
  const topic = await topicByTitle(secretariat, '朝阳市普惠性幼儿园认定和扶持办法（征求意见稿）');
  const item = await svc.addAgendaItem(secretariat, next.id, {
    title: '研究《朝阳市普惠性幼儿园认定和扶持办法》',
    submittingUnitId: demoUnitId('education'),
    category: 'MAJOR_DECISION_POLICY',
    importantLivelihood: true,
    consultationTopicId: topic?.id ?? null,
  });
  await svc.addAgendaItem(secretariat, next.id, {
    title: '研究城乡居民最低生活保障标准调整方案',
    submittingUnitId: demoUnitId('civil'),
    category: 'LIVELIHOOD',
    importantLivelihood: true,
  });
  const staff = await as('jiaoyu.staff');
  const p = await svc.saveProposal(staff, item.id, null, {
    invite: true,
    necessity: '办法涉及全市幼儿家庭和幼儿园举办者的切身利益，需听取家长、园长和基层代表意见',
    participationWay: '列席会议，议题汇报后发言',
    preparations: '已联系代表并确认可以参会',
    invitees: [
      { name: '孙桂英', category: 'GRASSROOTS', organisation: '双塔区凌凤街道朝阳社区', contact: '13804210001' },
      { name: '陈园长', category: 'STAKEHOLDER', organisation: '朝阳市第二幼儿园', contact: '13804210002' },
      { name: '刘教授', category: 'EXPERT', organisation: '朝阳师范高等专科学校' },
      { name: '朝阳日报记者', category: 'MEDIA', organisation: '朝阳日报社' },
    ],
  });
  const s = await svc.submitProposal(staff, p.id, p.version);
  await svc.approveProposal(await as('mishuke'), p.id, s.version);
}
