import type { EntityManager } from '@mikro-orm/postgresql';
import { abilityFor, addDays, emptyTableThree, OUTCOME_ROWS, type TableThree, type TableThreeColumn } from '@gongkai/shared';
import type { AppConfig } from '../../config.js';
import type { Ctx } from '../../common/context.js';
import { atStoryTime, today } from '../../common/clock.js';
import { demoActors, demoUnitId } from '../organisation/organisation.seed.js';
import { AnnualReport } from './annual-report.entities.js';
import * as svc from './annual-report.service.js';

/**
 * Last year's table 三 of a demo report: the requests of that year were handled before Gongkai kept
 * them, so the table is taken from the report as it was published then (its sums add up).
 */
function lastYearTableThree(scale: number): TableThree {
  const t = emptyTableThree();
  const put = (row: keyof TableThree, col: Exclude<TableThreeColumn, 'TOTAL'>, n: number) => {
    t[row][col] += n;
    t[row].TOTAL += n;
  };
  put('NEW', 'NATURAL_PERSON', 10 * scale);
  put('NEW', 'BUSINESS', 2 * scale);
  put('NEW', 'LEGAL_SERVICE', scale);
  put('CARRIED_OVER', 'NATURAL_PERSON', scale);
  // the outcomes of those 14×scale requests, one still open at the year's end
  const outcomes: [keyof TableThree, Exclude<TableThreeColumn, 'TOTAL'>, number][] = [
    ['DISCLOSED', 'NATURAL_PERSON', 6 * scale],
    ['PARTLY_DISCLOSED', 'NATURAL_PERSON', 2 * scale],
    ['CANNOT_PROVIDE.NOT_HELD', 'NATURAL_PERSON', 2 * scale],
    ['DISCLOSED', 'BUSINESS', 2 * scale],
    ['NOT_DISCLOSED.THIRD_PARTY_RIGHTS', 'LEGAL_SERVICE', scale],
  ];
  for (const [row, col, n] of outcomes) put(row, col, n);
  for (const col of Object.keys(t.TOTAL) as TableThreeColumn[]) t.TOTAL[col] = OUTCOME_ROWS.reduce((s, r) => s + t[r][col], 0);
  put('CARRIED_FORWARD', 'NATURAL_PERSON', scale);
  return t;
}

const TABLE_FOUR = (upheld: number, corrected: number) => ({
  'RECONSIDERATION.UPHELD': upheld,
  'RECONSIDERATION.CORRECTED': corrected,
  'RECONSIDERATION.OTHER': 0,
  'RECONSIDERATION.PENDING': 0,
  'RECONSIDERATION.TOTAL': upheld + corrected,
  'LITIGATION_DIRECT.UPHELD': 0,
  'LITIGATION_DIRECT.CORRECTED': 0,
  'LITIGATION_DIRECT.OTHER': 0,
  'LITIGATION_DIRECT.PENDING': 0,
  'LITIGATION_DIRECT.TOTAL': 0,
  'LITIGATION_AFTER.UPHELD': 0,
  'LITIGATION_AFTER.CORRECTED': 0,
  'LITIGATION_AFTER.OTHER': 0,
  'LITIGATION_AFTER.PENDING': 0,
  'LITIGATION_AFTER.TOTAL': 0,
});

interface Demo {
  unit: string;
  drafter: () => Promise<Ctx>;
  signer: () => Promise<Ctx>;
  scale: number;
  overview: string;
  problems: string;
  manual: Record<string, number>;
}

/**
 * Last year's reports of the city and two of its departments, published through the real steps on
 * the story's days before their last day (drafted 25 days before, submitted 10, signed off 7,
 * published 5); this year's not yet.
 */
export async function seedAnnualReports(em: EntityManager, config: AppConfig) {
  const as = demoActors(em, config);
  const year = Number(today().slice(0, 4)) - 1;
  // the civil affairs bureau has no disclosure officer among the demo accounts: its head acts as one for the seed
  const civilOfficer = async () => {
    const ctx = await as('minzheng.head');
    const actor = { ...ctx.actor!, roles: ['DISCLOSURE_OFFICER' as const], name: '民政局政务公开工作机构' };
    return {
      ...ctx,
      actor,
      ability: abilityFor({ userId: actor.userId, unitId: actor.unitId, governmentId: actor.governmentId, roles: actor.roles }),
    };
  };
  const demos: Demo[] = [
    {
      unit: 'city',
      drafter: () => as('gongkaiban'),
      signer: () => as('leader'),
      scale: 4,
      overview: `${year}年，朝阳市人民政府深入贯彻《中华人民共和国政府信息公开条例》，围绕政策性文件公开属性源头认定、重要政策解读、政府会议开放和与民互动等工作，持续推进决策、执行、管理、服务、结果公开。\n全市政府信息公开工作平台上线运行，主动公开、依申请公开办理和监督保障各环节均在平台留痕。`,
      problems: '一是部分部门政策解读形式较为单一；二是依申请公开答复文书规范性有待提高。下一步将加强业务培训，开展答复文书专项检查。',
      manual: {
        LICENCE_DECISIONS: 12856,
        PENALTY_DECISIONS: 3421,
        ENFORCEMENT_DECISIONS: 215,
        FEES_AMOUNT: 1520.35,
        REGULATION_REPEALED: 1,
        NORMATIVE_REPEALED: 6,
        ...TABLE_FOUR(3, 1),
      },
    },
    {
      unit: 'education',
      drafter: () => as('jiaoyu.gk'),
      signer: () => as('jiaoyu.head'),
      scale: 1,
      overview: `${year}年，朝阳市教育局围绕招生入学、学生资助、校外培训治理等群众关注事项，做好政府信息主动公开和依申请公开工作。`,
      problems: '招生政策解读的及时性有待提高。下一步将在政策印发后同步发布解读材料。',
      manual: {
        LICENCE_DECISIONS: 86,
        PENALTY_DECISIONS: 12,
        ENFORCEMENT_DECISIONS: 0,
        FEES_AMOUNT: 0,
        REGULATION_REPEALED: 0,
        NORMATIVE_REPEALED: 1,
        ...TABLE_FOUR(1, 0),
      },
    },
    {
      unit: 'civil',
      drafter: civilOfficer,
      signer: () => as('minzheng.head'),
      scale: 1,
      overview: `${year}年，朝阳市民政局重点公开社会救助、养老服务、婚姻登记等信息，及时回应群众关切。`,
      problems: '养老服务机构信息更新不够及时。下一步将建立按季度更新的机制。',
      manual: {
        LICENCE_DECISIONS: 41,
        PENALTY_DECISIONS: 3,
        ENFORCEMENT_DECISIONS: 0,
        FEES_AMOUNT: 0,
        REGULATION_REPEALED: 0,
        NORMATIVE_REPEALED: 0,
        ...TABLE_FOUR(0, 0),
      },
    },
  ];
  for (const d of demos) {
    const drafter = await d.drafter();
    const due = await svc.dueOnFor(drafter, d.unit === 'city' ? 'GOVERNMENT' : 'UNIT', year);
    const on = (daysBefore: number) => addDays(due, -daysBefore);
    const created = await atStoryTime(on(25), () => svc.createAnnualReport(drafter, year, demoUnitId(d.unit)));
    const source = d.unit === 'city' ? '各部门报送的年度统计数据，经市政务公开办公室汇总' : '本单位业务统计台账';
    const filled = await atStoryTime(on(25), async () =>
      svc.updateAnnualReport(await d.drafter(), created.id, created.version, {
        overview: d.overview,
        problems: d.problems,
        otherMatters: '无其他需要报告的事项。',
        figures: Object.entries(d.manual).map(([figure, value]) => ({ figure, value })),
        sources: ['REGULATION_REPEALED', 'NORMATIVE_REPEALED', 'LICENCE_DECISIONS', 'PENALTY_DECISIONS', 'ENFORCEMENT_DECISIONS', 'FEES_AMOUNT']
          .map((s) => ({ source: s, text: source }))
          .concat(
            ['RECONSIDERATION', 'LITIGATION_DIRECT', 'LITIGATION_AFTER'].map((s) => ({ source: s, text: '市司法局行政复议台账、人民法院裁判文书' })),
          ),
      }),
    );
    // the table 三 of a year handled before Gongkai kept the requests (see lastYearTableThree)
    const fork = em.fork();
    const r = await fork.findOneOrFail(AnnualReport, filled.id);
    r.computed = { ...r.computed, tableThree: lastYearTableThree(d.scale), requestFees: 0 };
    await fork.flush();
    const submitted = await atStoryTime(on(10), async () => svc.submitAnnualReport(await d.drafter(), r.id, r.version));
    const signed = await atStoryTime(on(7), async () => svc.signOffAnnualReport(await d.signer(), submitted.id, submitted.version));
    await atStoryTime(on(5), async () => svc.publishAnnualReport(await d.drafter(), signed.id, signed.version));
  }
}
