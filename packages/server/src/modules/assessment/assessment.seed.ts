import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig } from '../../config.js';
import { today } from '../../common/clock.js';
import { demoActors, demoUnitId } from '../organisation/organisation.seed.js';
import * as svc from './assessment.service.js';

/**
 * Last year's assessment of the city, computed from the demo data, with the Disclosure Office's routine
 * checks and one accountability deduction, signed off by the office and the leaders, and published.
 */
export async function seedAssessment(em: EntityManager, config: AppConfig) {
  const as = demoActors(em, config);
  const year = Number(today().slice(0, 4)) - 1;
  const opened = await svc.openAssessment(await as('gongkaiban'), year);
  let version = opened.version;
  const checks: [string, string, string, number][] = [
    ['education', `${year}-04-18`, '政府信息公开专栏“招生入学”栏目更新及时，个别政策文件未标注公开属性。', 92],
    ['education', `${year}-10-20`, '整改到位，政策解读材料与文件同步发布。', 96],
    ['civil', `${year}-05-12`, '养老服务机构名录更新滞后两个月。', 85],
    ['civil', `${year}-11-03`, '名录已按季度更新，社会救助信息公开规范。', 90],
    ['police', `${year}-06-08`, '依申请公开答复文书要素齐全，办理台账规范。', 94],
    ['health', `${year}-06-15`, '医疗机构信息公开不完整，未公开收费标准。', 80],
    ['drc', `${year}-09-22`, '重大项目信息公开及时、完整。', 95],
  ];
  for (const [unit, checkedOn, findings, score] of checks) {
    await svc.addRoutineCheck(await as('gongkaiban'), opened.id, version, { unitId: demoUnitId(unit), checkedOn, findings, score });
    version++;
  }
  await svc.addDeduction(await as('gongkaiban'), opened.id, version, {
    unitId: demoUnitId('health'),
    decidedOn: `${year}-12-10`,
    points: 2,
    reason: '医疗机构收费标准未按要求主动公开，经督促后仍未整改到位，予以通报批评。',
  });
  version++;
  const signed = await svc.officeSignOffAssessment(await as('gongkaiban'), opened.id, version);
  const leader = await svc.signOffAssessment(await as('leader'), signed.id, signed.version);
  await svc.publishAssessment(await as('gongkaiban'), leader.id, leader.version);
}
