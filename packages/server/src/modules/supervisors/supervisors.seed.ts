import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays, shanghaiEndOfDay, type SupervisorCategory } from '@gongkai/shared';
import type { AppConfig } from '../../config.js';
import { addWorkingDays } from '../../common/calendar/calendar.service.js';
import { today } from '../../common/clock.js';
import { demoUnitId, demoUserId, demoActors } from '../organisation/organisation.seed.js';
import * as svc from './supervisors.service.js';

/** A second supervisor account, besides `jianduyuan`: a journalist of the city paper. */
export const MEDIA_SUPERVISOR_USERNAME = 'jiandu.meiti';

type Row = [name: string, organisation: string, category: SupervisorCategory, contact: string];
const CURRENT: Row[] = [
  ['李卫东', '朝阳市委编办', 'ESTABLISHMENT_OFFICE', '0421-2612301'],
  ['王淑华', '朝阳市司法局（原市法制办）', 'LEGAL_AFFAIRS', '0421-2612302'],
  ['张建国', '朝阳市监察委员会', 'SUPERVISION_BUREAU', '0421-2612303'],
  ['刘晓峰', '中共朝阳市委党校', 'PARTY_SCHOOL', '0421-2612304'],
  ['赵雅琴', '朝阳市行政学院', 'ACADEMY', '0421-2612305'],
  ['孙志强', '朝阳市中级人民法院', 'COURT', '0421-2612306'],
  ['马丽娟', '双塔区人民法院', 'COURT', '0421-2612307'],
  ['高玉兰', '朝阳市总工会', 'TRADE_UNION', '0421-2612308'],
  ['周敏', '朝阳日报社', 'MEDIA', '13841210009'],
  ['吴海涛', '朝阳广播电视台', 'MEDIA', '13841210010'],
  ['陈立新', '辽宁朝阳正明律师事务所', 'LAW_FIRM', '13841210011'],
  ['郑凯', '辽宁朝阳公信律师事务所', 'LAW_FIRM', '13841210012'],
  ['冯德胜', '朝阳重型机器有限公司', 'ENTERPRISE', '13841210013'],
  ['韩春梅', '辽宁燕山湖发电有限公司', 'ENTERPRISE', '13841210014'],
  ['曹振宇', '朝阳市民营企业家协会', 'ENTERPRISE', '13841210015'],
  ['邓桂芝', '双塔区凌凤街道朝阳社区', 'COMMUNITY', '13841210016'],
  ['许德明', '龙城区海龙街道七道泉子社区', 'COMMUNITY', '13841210017'],
  ['彭秀云', '双塔区北塔街道北塔社区', 'COMMUNITY', '13841210018'],
  ['蒋文博', '朝阳市工商业联合会', 'ENTERPRISE', '13841210019'],
];
/** The previous term's members who were not reappointed. */
const FORMER: Row[] = [
  ['杜长青', '朝阳市总工会', 'TRADE_UNION', '0421-2612320'],
  ['魏国华', '朝阳市中级人民法院', 'COURT', '0421-2612321'],
];

/**
 * The city's registry (19 in term against the target of 20, two former members), two of them with
 * accounts, and feedback in every state: one new, one overdue, one answered awaiting rating,
 * rated ones, one reopened.
 */
export async function seedSupervisors(em: EntityManager, config: AppConfig) {
  const conn = em.getConnection();
  await conn.execute(
    `insert into app_user (id, username, display_name, unit_id, roles, password_hash)
     select ?, ?, '周敏', ?, '{SUPERVISOR}', password_hash from app_user where id = ?`,
    [demoUserId(MEDIA_SUPERVISOR_USERNAME), MEDIA_SUPERVISOR_USERNAME, demoUnitId('daily'), demoUserId('jianduyuan')],
  );
  const as = demoActors(em, config);
  const office = await as('gongkaiban');
  const accounts: Record<string, string> = { 陈立新: demoUserId('jianduyuan'), 周敏: demoUserId(MEDIA_SUPERVISOR_USERNAME) };
  // a three-year term around the current year, and the one before it
  const year = Number(today().slice(0, 4));
  for (const [name, organisation, category, contact] of CURRENT) {
    await svc.createSupervisor(office, {
      name,
      organisation,
      category,
      contact,
      termStart: `${year - 1}-01-01`,
      termEnd: `${year + 1}-12-31`,
      userId: accounts[name] ?? null,
    });
  }
  for (const [name, organisation, category, contact] of FORMER) {
    await svc.createSupervisor(office, {
      name,
      organisation,
      category,
      contact,
      termStart: `${year - 4}-01-01`,
      termEnd: `${year - 2}-12-31`,
      note: '任期届满，未续聘',
    });
  }

  const lawyer = await as('jianduyuan');
  const journalist = await as(MEDIA_SUPERVISOR_USERNAME);
  const file = (ctx: typeof lawyer, unit: string, kind: 'FEEDBACK' | 'SUGGESTION', title: string, content: string) =>
    svc.fileFeedback(ctx, { targetUnitId: demoUnitId(unit), kind, title, content });

  // new, waiting for the education bureau
  await file(
    lawyer,
    'education',
    'SUGGESTION',
    '建议公开义务教育阶段学校招生划片范围',
    '每年招生季家长咨询量大，建议在门户网站“政府信息公开”栏目集中公开各学校招生划片范围、报名条件和时间安排，并配发政策解读。',
  );

  // filed five weeks ago and still unanswered: overdue
  const overdue = await file(
    lawyer,
    'civil',
    'FEEDBACK',
    '城乡低保审批结果公示信息不完整',
    '部分乡镇低保审批结果公示未列明保障人数和保障金额，公示期也未注明，建议规范公示内容并在网站同步公开。',
  );
  const filedOn = addDays(today(), -35);
  const dueOn = await addWorkingDays(office, filedOn, overdue.answerWorkingDays);
  await conn.execute(`update supervisor_feedback set filed_on = ?, filed_at = ?, due_on = ? where id = ?`, [
    filedOn,
    new Date(`${filedOn}T10:00:00+08:00`),
    dueOn,
    overdue.id,
  ]);
  await conn.execute(`update todo set due_at = ?, created_at = ? where subject_id = ?`, [
    shanghaiEndOfDay(dueOn),
    new Date(`${filedOn}T10:00:00+08:00`),
    overdue.id,
  ]);

  // answered, waiting for the supervisor's rating
  const subsidy = await file(
    lawyer,
    'civil',
    'FEEDBACK',
    '高龄津贴发放标准未在网站公开',
    '群众反映不清楚80周岁以上老人高龄津贴的申领条件和发放标准，建议在门户网站公开并明确办理渠道。',
  );
  await svc.answerFeedback(
    await as('minzheng.staff'),
    subsidy.id,
    subsidy.version,
    '感谢监督。我局已于本周在门户网站“政府信息公开—社会救助”栏目公开高龄津贴申领条件、发放标准和办理流程，并在各街道便民服务中心张贴。',
  );

  // answered and rated
  const rated = await file(
    journalist,
    'education',
    'SUGGESTION',
    '建议以图解形式解读学前教育新政',
    '《普惠性幼儿园认定和扶持办法》条款专业性强，建议配发图表图解和问答，便于家长理解。',
  );
  const r1 = await svc.answerFeedback(
    await as('jiaoyu.gk'),
    rated.id,
    rated.version,
    '已采纳。我局将在办法印发后3个工作日内发布图解和问答，并在微信公众号同步推送。',
  );
  await svc.rateFeedback(journalist, rated.id, r1.version, 'SATISFIED', '答复及时，措施具体。');

  const county = await file(
    journalist,
    'shuangta.education',
    'FEEDBACK',
    '区教育局网站栏目更新不及时',
    '“通知公告”栏目最近一条信息为三个月前，建议加强日常维护，按规定时限更新。',
  );
  const r2 = await svc.answerFeedback(
    await as('shuangta.staff'),
    county.id,
    county.version,
    '已安排专人负责栏目维护，每周检查更新情况，本月内补充发布近期信息。',
  );
  await svc.rateFeedback(journalist, county.id, r2.version, 'BASICALLY_SATISFIED', null);

  // rated dissatisfied, sent back for a new answer
  const reopened = await file(
    lawyer,
    'education',
    'FEEDBACK',
    '校外培训机构白名单未公开',
    '群众无法查询经审批的校外培训机构名单，建议公开白名单并动态更新。',
  );
  const r3 = await svc.answerFeedback(await as('jiaoyu.staff'), reopened.id, reopened.version, '我局正在研究。');
  const r4 = await svc.rateFeedback(lawyer, reopened.id, r3.version, 'DISSATISFIED', '答复过于笼统，未说明公开时间。');
  await svc.reopenFeedback(lawyer, reopened.id, r4.version, '请明确白名单公开的时间和渠道。');
}
