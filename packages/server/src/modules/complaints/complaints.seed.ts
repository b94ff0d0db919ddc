import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig } from '../../config.js';
import { contextAs } from '../../common/seed-context.js';
import { demoActors, demoUnitId } from '../organisation/organisation.seed.js';
import { addDays } from '@gongkai/shared';
import { today } from '../../common/clock.js';
import * as svc from './complaints.service.js';
import { generateCases } from './complaints.generator.js';
import { publishCaseStatistics } from './complaints.statistics.js';

/** Cases in each state, from the portal and from a letter, made through the real flow. */
export async function seedComplaints(em: EntityManager, config: AppConfig) {
  const as = demoActors(em, config);
  const citizen = () => contextAs(em.fork(), config, null);
  const submit = async (key: string, data: Omit<svc.CaseData, 'kind'> & { kind: svc.CaseData['kind'] }) =>
    svc.submitCase(await citizen(), { ...data, idempotencyKey: `demo-case-${key}` });

  // waiting for the Complaint Office
  await submit('received', {
    kind: 'COMPLAINT',
    title: '小区周边夜间施工噪音扰民',
    content: '龙城区某小区东侧工地连续多日夜间22点后仍在施工，噪音很大，影响居民休息，希望有关部门查处。',
    name: '李女士',
    phone: '13904211234',
    consentToPublish: true,
  });
  // accepted and assigned to the education bureau, being handled
  const office = await as('tousu');
  {
    const c = await submit('assigned', {
      kind: 'REPORT',
      title: '校外培训机构违规收费',
      content: '某校外培训机构一次性收取学员一年以上培训费用，且未使用资金监管账户，请予核查。',
      subjectUnitId: demoUnitId('education'),
      name: '王先生',
      phone: '0421-2812345',
      consentToPublish: false,
    });
    const a = await svc.acceptCase(office, c.id, c.version);
    await svc.assignCase(await as('tousu'), a.id, a.version, demoUnitId('education'));
  }
  // replied by civil affairs, closed by the office and rated satisfied
  {
    const c = await submit('rated', {
      kind: 'SUGGESTION',
      title: '建议增加社区养老服务站点',
      content: '建议在老旧小区集中的街道增设社区养老服务站，为高龄老人提供助餐、助浴等服务。',
      name: '赵先生',
      phone: '13504215678',
      consentToPublish: true,
    });
    const a = await svc.acceptCase(await as('tousu'), c.id, c.version);
    const s = await svc.assignCase(await as('tousu'), a.id, a.version, demoUnitId('civil'));
    const r = await svc.replyCase(
      await as('minzheng.staff'),
      s.id,
      s.version,
      '感谢您的建议。我局已将老旧小区社区养老服务站建设列入明年民生实事，将在3个街道先行试点，提供助餐、助浴、日间照料等服务。',
    );
    const closed = await svc.closeCase(await as('tousu'), r.id, r.version);
    await svc.ratePublicCase(await citizen(), closed.caseNumber, closed.checkCode, closed.version, 'SATISFIED', '答复及时具体');
  }
  // not accepted: outside the office's remit
  {
    const c = await submit('not-accepted', {
      kind: 'COMPLAINT',
      title: '劳动合同纠纷',
      content: '与公司存在劳动合同纠纷，公司拖欠两个月工资，希望政府帮助解决。',
      consentToPublish: false,
    });
    await svc.notAcceptCase(
      await as('tousu'),
      c.id,
      c.version,
      '劳动争议属于劳动人事争议仲裁范围，请向市劳动人事争议仲裁委员会申请仲裁，或拨打12333咨询。',
    );
  }

  // the history: four months of handled cases from every channel, and the last two ended months published
  const to = addDays(today(), -40);
  const from = `${addDays(to, -100).slice(0, 7)}-01`;
  await generateCases(em.fork(), {
    governmentId: demoUnitId('city'),
    unitIds: ['housing', 'transport', 'environment', 'education', 'market', 'health', 'civil', 'hrss', 'police'].map(demoUnitId),
    from,
    to,
    count: 240,
    seed: 8,
  });
  const month = (d: string) => ({ year: Number(d.slice(0, 4)), month: Number(d.slice(5, 7)) });
  const last = month(to);
  const before = last.month === 1 ? { year: last.year - 1, month: 12 } : { year: last.year, month: last.month - 1 };
  for (const m of [before, last]) await publishCaseStatistics(await as('tousu'), 'MONTH', m.year, m.month);
}
