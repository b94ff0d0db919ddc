import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays, EVALUATION_DIMENSION_LABELS, shanghaiDate, type EvaluationDimension, type EvaluationMethod } from '@gongkai/shared';
import type { Ctx } from '../../common/context.js';
import { today } from '../../common/clock.js';
import type { AppConfig } from '../../config.js';
import { Unit } from '../../common/organisation/organisation.entities.js';
import { demoUnitId, demoUserId, demoActors } from '../organisation/organisation.seed.js';
import type { TreeNode } from './evaluation.tree.js';
import { EvaluationRound } from './evaluation.entities.js';
import * as svc from './evaluation.service.js';
import * as qsvc from './evaluation.questionnaire.js';

type M = EvaluationMethod;
interface Spec {
  name: string;
  score: number;
  methods?: M[];
  guide?: string;
  children?: Spec[];
}

/** The demo indicator system, drawn from the six aspects of the notice. */
export const DEMO_TREE: Record<EvaluationDimension, Spec[]> = {
  POWER: [
    {
      name: '权责清单公开',
      score: 8,
      children: [
        { name: '权力清单和责任清单按要求在政府网站公开', score: 5, methods: ['ONLINE_CHECK'], guide: '清单完整公开得5分；缺项每项扣1分，扣完为止' },
        { name: '清单随职能调整动态更新', score: 3, methods: ['ONLINE_CHECK', 'DOCUMENT_REVIEW'], guide: '调整后20个工作日内更新得3分，逾期不得分' },
      ],
    },
    {
      name: '行政执法信息公开',
      score: 7,
      children: [
        { name: '行政许可、行政处罚结果7个工作日内公开', score: 4, methods: ['ONLINE_CHECK'], guide: '随机抽查10件，每件逾期扣0.4分' },
        { name: '执法依据、程序和监督方式公开', score: 3, methods: ['ONLINE_CHECK'] },
      ],
    },
    {
      name: '重大决策预公开',
      score: 5,
      children: [
        { name: '重大行政决策事项目录公开', score: 2, methods: ['ONLINE_CHECK'] },
        { name: '决策草案、依据和起草说明公开征求意见', score: 3, methods: ['ONLINE_CHECK', 'DOCUMENT_REVIEW'] },
      ],
    },
  ],
  SERVICE: [
    {
      name: '办事服务指南完整准确',
      score: 8,
      methods: ['WINDOW_CHECK', 'ONLINE_CHECK'],
      guide: '抽查5个事项，要素（依据、条件、材料、流程、时限、收费）齐全准确',
    },
    {
      name: '办事窗口公开',
      score: 6,
      children: [
        { name: '窗口公开办事流程和收费标准', score: 3, methods: ['WINDOW_CHECK', 'SITE_VISIT'] },
        { name: '一次性告知制度落实', score: 3, methods: ['WINDOW_CHECK'] },
      ],
    },
    { name: '中介服务事项和收费公开', score: 6, methods: ['ONLINE_CHECK', 'DOCUMENT_REVIEW'] },
  ],
  INTERNET_SERVICE: [
    {
      name: '网上办事深度',
      score: 8,
      children: [
        { name: '政务服务事项网上可办率', score: 5, methods: ['ONLINE_CHECK'], guide: '可办率×5分' },
        { name: '全程网办事项比例', score: 3, methods: ['ONLINE_CHECK'] },
      ],
    },
    { name: '政务服务平台信息同步更新', score: 4, methods: ['ONLINE_CHECK'] },
    { name: '网上咨询在规定时限内答复', score: 3, methods: ['ONLINE_CHECK'] },
  ],
  PARTICIPATION: [
    { name: '重要会议议题会前公开征求意见', score: 6, methods: ['DOCUMENT_REVIEW', 'ONLINE_CHECK'], guide: '按议题意见征集率计分' },
    { name: '利益相关方、公众代表、专家和媒体列席政府会议', score: 4, methods: ['DOCUMENT_REVIEW'] },
    { name: '公众意见采纳情况及时反馈', score: 5, methods: ['ONLINE_CHECK'] },
  ],
  RESPONSE: [
    {
      name: '政策解读',
      score: 6,
      children: [
        { name: '解读材料与文件同步或3个工作日内发布', score: 3, methods: ['ONLINE_CHECK'] },
        { name: '解读形式多样、通俗易懂', score: 3, methods: ['ONLINE_CHECK'] },
      ],
    },
    { name: '社会关切和政务舆情回应及时', score: 5, methods: ['DOCUMENT_REVIEW', 'ONLINE_CHECK'] },
    { name: '群众对政务公开工作的满意度', score: 4, methods: ['QUESTIONNAIRE'] },
  ],
  CAPACITY: [
    { name: '工作机构和人员落实', score: 5, methods: ['DOCUMENT_REVIEW', 'SITE_VISIT'] },
    { name: '政务公开培训开展情况', score: 4, methods: ['DOCUMENT_REVIEW'] },
    {
      name: '制度建设和年度报告',
      score: 6,
      children: [
        { name: '政府信息公开工作年度报告按时发布', score: 3, methods: ['ONLINE_CHECK'] },
        { name: '公开内容定期审查', score: 3, methods: ['DOCUMENT_REVIEW'] },
      ],
    },
  ],
};
const DIMENSION_SCORES: Record<EvaluationDimension, number> = {
  POWER: 20,
  SERVICE: 20,
  INTERNET_SERVICE: 15,
  PARTICIPATION: 15,
  RESPONSE: 15,
  CAPACITY: 15,
};

export function demoTreeNodes(): TreeNode[] {
  const nodes: TreeNode[] = [];
  let k = 0;
  const add = (spec: Spec, parentKey: string) => {
    const key = `n${k++}`;
    nodes.push({ key, parentKey, name: spec.name, maxScore: spec.score, guide: spec.guide ?? null, methods: spec.methods ?? [] });
    for (const c of spec.children ?? []) add(c, key);
  };
  for (const [d, specs] of Object.entries(DEMO_TREE) as [EvaluationDimension, Spec[]][]) {
    nodes.push({ key: d, parentKey: null, dimension: d, name: EVALUATION_DIMENSION_LABELS[d], maxScore: DIMENSION_SCORES[d], methods: [] });
    for (const s of specs) add(s, d);
  }
  return nodes;
}

/** When a check was made: spread over the year's working hours, never later than now. */
function checkTime(year: number, unitIndex: number, indicatorIndex: number) {
  const t = new Date(
    `${year}-${String(3 + (indicatorIndex % 8)).padStart(2, '0')}-${String(5 + (unitIndex % 20)).padStart(2, '0')}T${String(9 + (indicatorIndex % 8)).padStart(2, '0')}:17:00+08:00`,
  );
  const latest = Date.now() - (unitIndex * 31 + indicatorIndex + 1) * 3600_000;
  return t.getTime() <= latest ? t : new Date(latest);
}

/** A share of the indicator's score, the same on every run: a unit's standing and the indicator's difficulty. */
const share = (unitIndex: number, indicatorIndex: number, year: number) => {
  const standing = [0.93, 0.86, 0.78, 0.9, 0.72, 0.83, 0.95, 0.8, 0.68, 0.88][unitIndex % 10];
  const wobble = (((unitIndex * 7 + indicatorIndex * 13 + year) % 11) - 5) / 50;
  return Math.min(1, Math.max(0.3, standing + wobble));
};

/**
 * Last year's round, published (imported as a record of past work, for the year-over-year change),
 * and this year's, in scoring: every unit scored but 市教育局 on 回应社会关切 — left for the evaluator.
 */
export async function seedEvaluation(em: EntityManager, config: AppConfig, year = Number(today().slice(0, 4))) {
  // a fresh context (and identity map) for every step, as every request has its own
  const as = demoActors(em, config);
  const units = (await em.fork().find(Unit, { active: true }, { orderBy: { level: 'asc', sortOrder: 'asc', name: 'asc' } })).filter((u) =>
    svc.groupOf(u),
  );
  const unitIds = units.map((u) => u.id);

  const makeSystem = async (y: number) => {
    const s = await svc.createIndicatorSystem(await as('xueyuan'), { year: y, title: `${y}年度朝阳市政务公开第三方评估指标体系` });
    const saved = await svc.saveIndicatorTree(await as('xueyuan'), s.id, s.version, {
      title: s.title,
      fullScore: 100,
      bands: { excellent: 0.9, good: 0.8, pass: 0.6 },
      indicators: demoTreeNodes(),
    });
    const a = await svc.signOffIndicatorSystem(await as('xueyuan'), s.id, saved.version);
    return svc.signOffIndicatorSystem(await as('gongkaiban'), s.id, a.version);
  };
  const makeRound = async (y: number, systemId: string) => {
    const r = await svc.createRound(await as('xueyuan'), {
      year: y,
      title: `${y}年度政务公开第三方评估`,
      systemId,
      periodStart: `${y}-01-01`,
      periodEnd: `${y}-12-31`,
    });
    await svc.setRoundUnits(await as('xueyuan'), r.id, unitIds);
    for (const d of ['POWER', 'SERVICE', 'INTERNET_SERVICE', 'PARTICIPATION', 'RESPONSE', 'CAPACITY'] as const) {
      await svc.assignEvaluator(await as('xueyuan'), r.id, { evaluatorId: demoUserId('pinggu'), dimension: d });
    }
    const fresh = await em.fork().findOneOrFail(EvaluationRound, r.id);
    return svc.startRound(await as('xueyuan'), r.id, fresh.version);
  };
  /** Scores of every unit on every leaf, in one statement (the evaluators' sheets of the demo). */
  const bulkScores = async (r: EvaluationRound, y: number, skip: (unitId: string, dimension: string) => boolean) => {
    const leaves = (await svc.indicatorsOf(await as('pinggu'), r.system.id)).filter((i) => i.leaf);
    const rows: unknown[] = [];
    units.forEach((u, ui) =>
      leaves.forEach((l, li) => {
        if (skip(u.id, l.dimension)) return;
        const score = Math.round(l.maxScore * share(ui, li, y) * 2) / 2;
        rows.push(
          r.id,
          demoUnitId('city'),
          u.id,
          l.id,
          Math.min(score, l.maxScore),
          l.methods[0],
          `https://www.chaoyang.gov.cn/zwgk/check/${y}/${ui + 1}-${l.code}`,
          l.methods[0] === 'ONLINE_CHECK' ? '网站栏目抽查截图已存档' : '现场查阅台账',
          checkTime(y, ui, li),
          demoUserId('pinggu'),
          '郑评估',
        );
      }),
    );
    const per = 11;
    for (let i = 0; i < rows.length; i += per * 500) {
      const chunk = rows.slice(i, i + per * 500);
      const values = Array.from({ length: chunk.length / per }, () => `(gen_random_uuid(), ${Array(per).fill('?').join(', ')})`).join(', ');
      await em
        .getConnection()
        .execute(
          `insert into evaluation_score (id, round_id, government_id, unit_id, indicator_id, score, method, evidence_url, note, checked_at, evaluator_id, evaluator_name) values ${values}`,
          chunk,
        );
    }
  };

  // last year: published in late January (or yesterday, early in January), as the record of that year's work
  const DAY = 86_400_000;
  const published = new Date(Math.min(new Date(`${year}-01-26T10:00:00+08:00`).getTime(), Date.now() - DAY));
  const released = new Date(published.getTime() - 14 * DAY);
  const lastSystem = await makeSystem(year - 1);
  const last = await makeRound(year - 1, lastSystem.id);
  await bulkScores(last, year - 1, () => false);
  await em
    .getConnection()
    .execute(`update evaluation_round set state = 'PUBLISHED', released_at = ?, appeal_deadline = ?, published_at = ? where id = ?`, [
      released,
      shanghaiDate(new Date(released.getTime() + 7 * DAY)),
      published,
      last.id,
    ]);
  await em.getConnection().execute(`update evaluation_score set released = true where round_id = ?`, [last.id]);
  await em.getConnection().execute(`update todo set done_at = now() where subject_type = 'EvaluationRound' and subject_id = ?`, [last.id]);

  // this year: a copy of last year's system, signed off by both, in scoring
  const copy = await svc.copyIndicatorSystem(await as('xueyuan'), lastSystem.id, year);
  const a = await svc.signOffIndicatorSystem(await as('xueyuan'), copy.id, copy.version);
  const system = await svc.signOffIndicatorSystem(await as('gongkaiban'), copy.id, a.version);
  const current = await makeRound(year, system.id);
  await bulkScores(current, year, (unitId, d) => unitId === demoUnitId('education') && d === 'RESPONSE');
  await seedQuestionnaire(await as('xueyuan'), current, as);
}

/** This year's questionnaire on the portal, open for another two weeks, with the first answers. */
async function seedQuestionnaire(academy: Ctx, round: EvaluationRound, as: (u: string) => Promise<Ctx>) {
  const satisfaction = (await svc.indicatorsOf(academy, round.system.id)).find((i) => i.leaf && i.methods.includes('QUESTIONNAIRE'))!;
  const now = today();
  const q = await qsvc.saveQuestionnaire(academy, round.id, null, {
    title: `${round.year}年度政务公开工作群众满意度调查`,
    intro:
      '为了解您对我市各部门、各县（市）区政务公开工作的评价，市行政学院开展本次问卷调查。请选择您办过事、查过信息的单位作答，每人对每个单位填写一次。手机号码仅用于确认每人只填一次，不会公开。',
    opensOn: addDays(now, -7),
    closesOn: addDays(now, 14),
    minResponses: 5,
    questions: [
      { text: '您能否方便地在该单位网站或政务服务平台找到需要的政策文件和办事信息？', indicatorId: satisfaction.id },
      { text: '该单位对政策文件的解读是否清楚易懂？', indicatorId: satisfaction.id },
      { text: '您通过留言、热线等渠道反映的问题，该单位是否及时回应？', indicatorId: satisfaction.id },
    ],
  });
  await qsvc.publishQuestionnaire(await as('xueyuan'), q.id, q.version);
  const questions = await qsvc.questionsOf(academy, q.id);
  // answers 5..1 in a fixed pattern per unit
  const answers: [string, number[][]][] = [
    [
      'education',
      [
        [5, 4, 4],
        [4, 4, 3],
        [5, 5, 4],
        [3, 4, 4],
        [4, 3, 5],
        [5, 4, 4],
      ],
    ],
    [
      'civil',
      [
        [4, 4, 4],
        [3, 3, 4],
        [4, 5, 3],
        [4, 4, 4],
        [5, 4, 4],
      ],
    ],
    [
      'police',
      [
        [5, 5, 5],
        [4, 5, 4],
      ],
    ],
  ];
  let n = 0;
  for (const [unit, sheets] of answers) {
    for (const values of sheets) {
      n += 1;
      await qsvc.submitResponse(await as('xueyuan'), {
        questionnaireId: q.id,
        unitId: demoUnitId(unit),
        phone: `1390421${String(1000 + n)}`,
        idempotencyKey: `seed-${q.id.slice(0, 8)}-${n}`,
        answers: questions.map((x, i) => ({ questionId: x.id, value: values[i] })),
      });
    }
  }
}
