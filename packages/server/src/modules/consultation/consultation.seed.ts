import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays } from '@gongkai/shared';
import type { AppConfig } from '../../config.js';
import { contextAs } from '../../common/seed-context.js';
import { audit } from '../../common/audit/audit.service.js';
import { transaction } from '../../common/tx.js';
import { atStoryTime, today as clockToday } from '../../common/clock.js';
import { openTodo } from '../../common/todo/todo.service.js';
import { demoUnitId, demoUserId, demoActors } from '../organisation/organisation.seed.js';
import { ConsultationTopic, Opinion } from './consultation.entities.js';
import { topicWorkflow } from './consultation.workflow.js';
import * as svc from './consultation.service.js';

const NOTICE_TITLE = '《关于建立政务公开工作制度的通知（征求意见稿）》公开征求意见';

/** The notice itself was consulted on from 2017-03-28 to 2017-04-10, by letter and e-mail: kept as a historical record. */
async function seedNoticeConsultation(em: EntityManager, config: AppConfig) {
  const ctx = await demoActors(em, config)('gongkaiban');
  await transaction(ctx, async (tx) => {
    const t = tx.em.create(ConsultationTopic, {
      undertakingUnit: demoUnitId('disclosure'),
      government: demoUnitId('city'),
      title: NOTICE_TITLE,
      category: 'POLICY_DOCUMENT',
      draft: '朝阳市人民政府办公室关于建立政务公开工作制度的通知（征求意见稿）全文（九项工作制度）……',
      decisionBasis:
        '《辽宁省人民政府办公厅关于深入贯彻落实〈关于全面推进政务公开工作的意见〉实施细则的通知》（辽政办明电〔2016〕107号）；《朝阳市全面推进政务公开工作实施方案》（朝委办发〔2016〕34号）',
      draftingExplanation:
        '为推进行政决策、执行、管理、服务和结果“五公开”，吸收公众参与政策制定和决策监督，结合我市实际起草。意见请以信函或电子邮件形式提出：邮箱 cyzwgk@163.com；通讯地址 朝阳市双塔区朝阳大街三段7号政务公开办公室（邮编122000）。',
      windowStart: '2017-03-28',
      windowEnd: '2017-04-10',
      minDays: 5,
      state: 'RESULTS_PUBLISHED',
      submittedAt: new Date('2017-03-27T09:00:00+08:00'),
      approvedAt: new Date('2017-03-27T15:00:00+08:00'),
      publishedAt: new Date('2017-03-28T08:00:00+08:00'),
      resultsPublishedAt: new Date('2017-04-20T10:00:00+08:00'),
      summary: '征求意见期间共收到信函和电子邮件意见4条，其中合理意见3条，采纳2条、部分采纳1条，均已逐条答复。',
      createdById: demoUserId('gongkaiban'),
      createdAt: new Date('2017-03-27T09:00:00+08:00'),
    } as never) as ConsultationTopic;
    tx.em.persist(t);
    const opinions: [string, 'EMAIL' | 'LETTER', boolean, 'ADOPTED' | 'PARTLY_ADOPTED' | 'NOT_ADOPTED', string][] = [
      ['建议明确政策解读的时限，避免文件印发后长期没有解读。', 'EMAIL', true, 'ADOPTED', '已采纳：通知明确解读时间不超过发文后的3个工作日。'],
      [
        '意见征集结束后应当公布采纳情况，并逐条说明理由。',
        'LETTER',
        true,
        'ADOPTED',
        '已采纳：通知要求公布合理意见的采纳率、采纳情况回复率和汇总情况。',
      ],
      ['建议邀请更多基层群众代表列席政府常务会议。', 'EMAIL', true, 'PARTLY_ADOPTED', '部分采纳：研究重要民生议题时邀请基层群众代表参加。'],
      [
        '希望把所有政府会议都进行网络直播。',
        'LETTER',
        false,
        'NOT_ADOPTED',
        '感谢您的建议。政府会议新闻通稿在“政府会议”栏目集中发布，全程直播暂不具备条件。',
      ],
    ];
    opinions.forEach(([content, channel, reasonable, adoption, reply], i) => {
      tx.em.persist(
        tx.em.create(Opinion, {
          topic: t,
          undertakingUnit: demoUnitId('disclosure'),
          government: demoUnitId('city'),
          content,
          channel,
          reasonable,
          adoption,
          reply,
          receiptCode: `YJ20170${i < 2 ? '330' : '405'}-HIST0${i + 1}`,
          submittedAt: new Date(`2017-0${i < 2 ? '3-30' : '4-05'}T10:00:00+08:00`),
          repliedAt: new Date('2017-04-18T10:00:00+08:00'),
        } as never),
      );
    });
    await tx.em.flush();
    audit(tx, {
      action: 'ConsultationTopic.import',
      subjectType: 'ConsultationTopic',
      subjectId: t.id,
      after: { title: t.title, windowStart: t.windowStart, windowEnd: t.windowEnd },
    });
  });
}

export const CLOSED_DEMO_TITLE = '朝阳市城乡居民最低生活保障审核确认办法（征求意见稿）';

/**
 * A current topic of the Civil Affairs Bureau whose window ended yesterday, with portal opinions
 * not yet answered: staff answer them, write the summary and publish the results in the admin.
 * Its window has passed, so the flow (which refuses a window starting in the past) cannot make it
 * today: it is recorded as published, with the to-do the publication opens.
 */
async function seedClosedConsultation(em: EntityManager, config: AppConfig, today: string) {
  const ctx = await demoActors(em, config)('minzheng.staff');
  const start = addDays(today, -14);
  const at = (day: string, time: string) => new Date(`${day}T${time}+08:00`);
  await transaction(ctx, async (tx) => {
    const t = tx.em.create(ConsultationTopic, {
      undertakingUnit: demoUnitId('civil'),
      government: demoUnitId('city'),
      title: CLOSED_DEMO_TITLE,
      category: 'LIVELIHOOD',
      draft: '第一条　为规范城乡居民最低生活保障审核确认工作……\n第八条　申请人家庭月人均收入低于当地最低生活保障标准的，可以申请最低生活保障……',
      decisionBasis: '《社会救助暂行办法》；《辽宁省最低生活保障审核确认办法》',
      draftingExplanation: '为落实社会救助制度改革要求，简化审核确认程序、缩短办理时限，起草本办法。',
      windowStart: start,
      windowEnd: addDays(today, -1),
      minDays: 5,
      meetingNote: '市政府常务会议',
      state: 'PUBLISHED',
      submittedAt: at(addDays(start, -6), '09:30:00'),
      approvedAt: at(addDays(start, -4), '15:00:00'),
      publishedAt: at(start, '08:30:00'),
      createdById: demoUserId('minzheng.staff'),
      createdAt: at(addDays(start, -7), '10:00:00'),
    } as never) as ConsultationTopic;
    tx.em.persist(t);
    const opinions: [string, string | null, string | null][] = [
      ['建议将审核确认时限由20个工作日缩短为10个工作日。', '赵女士', '13700000001'],
      ['希望允许申请人通过手机在线提交材料，不必多次跑腿。', null, null],
      ['低保家庭收入核算时，应扣除因残疾产生的必要支出。', '钱先生', null],
      ['建议每季度公布一次全市低保对象人数和资金发放情况。', null, null],
    ];
    opinions.forEach(([content, authorName, contact], i) => {
      const day = addDays(start, 2 + i * 3);
      tx.em.persist(
        tx.em.create(Opinion, {
          topic: t,
          undertakingUnit: demoUnitId('civil'),
          government: demoUnitId('city'),
          content,
          authorName,
          contact,
          channel: 'PORTAL',
          receiptCode: `YJ${day.replaceAll('-', '')}-MZDEM${'ABCD'[i]}`,
          idempotencyKey: `seed-closed-opinion-${i}`,
          submittedAt: at(day, '10:00:00'),
        } as never),
      );
    });
    await tx.em.flush();
    // the to-do its publication opened, at the moment it was published
    await atStoryTime(t.publishedAt!, async () => {
      for (const todo of await topicWorkflow.transitions.publish.openTodos!(t, tx))
        openTodo(tx, { ...todo, subjectType: 'ConsultationTopic', subjectId: t.id });
    });
    audit(tx, {
      action: 'ConsultationTopic.import',
      subjectType: 'ConsultationTopic',
      subjectId: t.id,
      after: { title: t.title, windowStart: t.windowStart, windowEnd: t.windowEnd },
    });
  });
}

/** Current topics in every state, through the real flow; and one whose window has just closed. */
export async function seedConsultations(em: EntityManager, config: AppConfig) {
  await seedNoticeConsultation(em, config);
  const as = demoActors(em, config);
  const today = clockToday();
  await seedClosedConsultation(em, config, today);
  const base = {
    draft: '草案全文……',
    decisionBasis: '《中华人民共和国教育法》；《辽宁省学前教育条例》',
    draftingExplanation: '起草背景、主要内容和需要说明的问题……',
  };
  const staff = await as('jiaoyu.staff');
  // draft
  await svc.createTopic(staff, {
    ...base,
    title: '朝阳市中小学课后服务收费管理办法（草案）',
    category: 'LIVELIHOOD',
    windowStart: addDays(today, 10),
    windowEnd: addDays(today, 20),
  });
  // waiting for the Secretariat
  const s = await svc.createTopic(staff, {
    ...base,
    title: '朝阳市义务教育学校划片招生实施细则（草案）',
    category: 'POLICY_DOCUMENT',
    windowStart: addDays(today, 3),
    windowEnd: addDays(today, 12),
  });
  await svc.submitTopic(staff, s.id, s.version);
  // returned
  const r = await svc.createTopic(staff, {
    ...base,
    title: '朝阳市学前教育发展规划（2026—2030年）（草案）',
    category: 'MAJOR_DECISION_PLAN',
    windowStart: addDays(today, 2),
    windowEnd: addDays(today, 40),
  });
  const r1 = await svc.submitTopic(staff, r.id, r.version);
  await svc.returnTopic(await as('mishuke'), r.id, r1.version, '起草说明未说明规划目标的测算依据，请补充后重新提交。');
  // approved, waiting for the E-Government Center
  const a = await svc.createTopic(staff, {
    ...base,
    title: '朝阳市校园周边交通安全管理规定（草案）',
    category: 'LIVELIHOOD',
    windowStart: addDays(today, 1),
    windowEnd: addDays(today, 10),
  });
  const a1 = await svc.submitTopic(staff, a.id, a.version);
  await svc.approveTopic(await as('mishuke'), a.id, a1.version);
  // published, opening in a few days
  const up = await svc.createTopic(staff, {
    ...base,
    title: '朝阳市中小学校园食品安全管理办法（征求意见稿）',
    category: 'POLICY_DOCUMENT',
    windowStart: addDays(today, 5),
    windowEnd: addDays(today, 14),
  });
  const up1 = await svc.submitTopic(staff, up.id, up.version);
  const up2 = await svc.approveTopic(await as('mishuke'), up.id, up1.version);
  await svc.publishTopic(await as('egov'), up.id, up2.version);
  // open now, with opinions from the public
  const o = await svc.createTopic(staff, {
    ...base,
    title: '朝阳市普惠性幼儿园认定和扶持办法（征求意见稿）',
    category: 'MAJOR_DECISION_POLICY',
    windowStart: today,
    windowEnd: addDays(today, 19),
    shortWindowReason: '为赶在2027年春季学期前实施，征求意见时限缩短为20日，特此说明。',
  });
  const o1 = await svc.submitTopic(staff, o.id, o.version);
  const o2 = await svc.approveTopic(await as('mishuke'), o.id, o1.version);
  await svc.publishTopic(await as('egov'), o.id, o2.version);
  const publicCtx = await contextAs(em.fork(), config, null);
  const opinions = ['建议普惠性幼儿园收费标准每年公布一次。', '希望扶持资金向农村幼儿园倾斜。', '认定条件中的师生比要求是否可以分城乡设置？'];
  for (const [i, content] of opinions.entries()) {
    await svc.submitOpinion({ ...publicCtx, address: `127.0.0.${20 + i}` }, { topicId: o.id, content, idempotencyKey: `seed-open-opinion-${i}` });
  }
  // a county's own work (双塔区): the city's leaders read it in the roll-up and the dashboards' scope, never as the city's
  const county = await as('shuangta.staff');
  await svc.createTopic(county, {
    ...base,
    title: '双塔区中小学校舍维修改造计划（草案）',
    category: 'MAJOR_DECISION_PLAN',
    windowStart: addDays(today, 8),
    windowEnd: addDays(today, 38),
  });
  const c = await svc.createTopic(county, {
    ...base,
    title: '双塔区学前教育资助实施办法（草案）',
    category: 'LIVELIHOOD',
    windowStart: addDays(today, 4),
    windowEnd: addDays(today, 14),
  });
  await svc.submitTopic(county, c.id, c.version);
}
