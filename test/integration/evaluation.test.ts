import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, demoUnitId, demoUserId, startSuite, type Suite } from '../support/suite.js';
import { demoTreeNodes } from '../../packages/server/src/modules/evaluation/evaluation.seed.js';
import { today } from '../../packages/server/src/common/clock.js';

let s: Suite;
const YEAR = Number(today().slice(0, 4));
beforeAll(async () => {
  s = await startSuite();
});
afterAll(() => s.close());

const SYSTEMS =
  'query($y:Int){ indicatorSystems(year:$y){ id year revision title state frozen version academySignedAt officeSignedAt indicators { id parentId dimension code name maxScore methods leaf } } }';
const CREATE = 'mutation($i:IndicatorSystemInput!){ createIndicatorSystem(input:$i){ id version state indicators { id dimension maxScore leaf } } }';
const SAVE =
  'mutation($id:ID!,$v:Int!,$i:IndicatorTreeInput!){ saveIndicatorTree(id:$id, version:$v, input:$i){ id version state academySignedAt officeSignedAt indicators { id code leaf } } }';
const STEP = (name: string) => `mutation($id:ID!,$v:Int!){ ${name}(id:$id, version:$v){ id version state } }`;
const ROUNDS = '{ evaluationRounds { id year state version appealDeadline system { id } } }';
const CREATE_ROUND = 'mutation($i:RoundInput!){ createEvaluationRound(input:$i){ id version state } }';
const SCORE = 'mutation($r:ID!,$i:ScoreInput!){ scoreIndicator(roundId:$r, input:$i){ id score method version } }';
const SCORES = 'query($r:ID!,$u:ID!){ evaluationScores(roundId:$r, unitId:$u){ id score indicator { id code dimension maxScore } } }';
const RESULTS =
  'query($r:ID!){ evaluationResults(roundId:$r){ unitId unitName group total rank grade previousTotal change dimensions { dimension score max } } }';
const APPEAL = 'mutation($s:ID!,$reason:String!){ submitAppeal(scoreId:$s, reason:$reason){ id version state originalScore } }';
const BANDS = { excellent: 0.9, good: 0.8, pass: 0.6 };

type Node = { key: string; parentKey: string | null; dimension?: string; name: string; maxScore: number; methods: string[] };
/** The six dimensions as leaves, scored 20/20/15/15/15/15. */
const flatTree = (): Node[] =>
  (['POWER', 'SERVICE', 'INTERNET_SERVICE', 'PARTICIPATION', 'RESPONSE', 'CAPACITY'] as const).map((d, i) => ({
    key: d,
    parentKey: null,
    dimension: d,
    name: d,
    maxScore: i < 2 ? 20 : 15,
    methods: ['DOCUMENT_REVIEW', 'ONLINE_CHECK'],
  }));

async function currentRound() {
  const rounds = (await s.as('xueyuan', ROUNDS)).data.evaluationRounds;
  return rounds.find((r: any) => r.year === YEAR);
}
async function leavesOf(systemId: string) {
  const systems = (await s.as('xueyuan', SYSTEMS, {})).data.indicatorSystems;
  return systems.find((x: any) => x.id === systemId).indicators.filter((i: any) => i.leaf);
}

/** A draft system of `year` with `tree`, signed off by the academy and the Disclosure Office. */
async function approvedSystem(year: number, tree: Node[]) {
  const c = (await s.as('xueyuan', CREATE, { i: { year, title: `${year}年度测试指标体系` } })).data.createIndicatorSystem;
  const saved = await s.as('xueyuan', SAVE, {
    id: c.id,
    v: c.version,
    i: { title: `${year}年度测试指标体系`, fullScore: 100, bands: BANDS, indicators: tree },
  });
  if (!saved.data) throw new Error(JSON.stringify(saved.errors));
  const a = (await s.as('xueyuan', STEP('signOffIndicatorSystem'), { id: c.id, v: saved.data.saveIndicatorTree.version })).data
    .signOffIndicatorSystem;
  const b = (await s.as('gongkaiban', STEP('signOffIndicatorSystem'), { id: c.id, v: a.version })).data.signOffIndicatorSystem;
  return { id: c.id as string, state: b.state as string };
}

describe('indicator systems', () => {
  it('the first level is the six dimensions, and the scores add up at every level', async () => {
    const c = (await s.as('xueyuan', CREATE, { i: { year: 2030, title: '2030年度指标体系' } })).data.createIndicatorSystem;
    expect(c.state).toBe('DRAFT');
    expect(c.indicators.map((i: any) => i.dimension)).toEqual(['POWER', 'SERVICE', 'INTERNET_SERVICE', 'PARTICIPATION', 'RESPONSE', 'CAPACITY']);
    expect(c.indicators.reduce((a: number, i: any) => a + i.maxScore, 0)).toBe(100);
    const save = (indicators: Node[], fullScore = 100) =>
      s.as('xueyuan', SAVE, { id: c.id, v: c.version, i: { title: '2030年度指标体系', fullScore, bands: BANDS, indicators } });

    const tree = flatTree();
    const short = tree.map((n) => (n.key === 'CAPACITY' ? { ...n, maxScore: 14 } : n));
    const r1 = await save(short);
    expect(codeOf(r1)).toBe('WEIGHTS_DO_NOT_ADD_UP');
    expect(r1.errors![0].message).toContain('99');
    const children = [
      ...tree,
      { key: 'a', parentKey: 'POWER', name: '权责清单', maxScore: 12, methods: ['ONLINE_CHECK'] },
      { key: 'b', parentKey: 'POWER', name: '执法公开', maxScore: 7, methods: ['ONLINE_CHECK'] },
    ];
    const r2 = await save(children);
    expect(codeOf(r2)).toBe('WEIGHTS_DO_NOT_ADD_UP');
    expect(r2.errors![0].message).toContain('“POWER”下级指标分值合计19分，应为20分');
    expect(codeOf(await save(tree.filter((n) => n.key !== 'RESPONSE')))).toBe('DIMENSIONS_INCOMPLETE');
    expect(codeOf(await save([...tree, { ...tree[0], key: 'again' }]))).toBe('DIMENSIONS_INCOMPLETE');
    expect(codeOf(await save(tree.map((n) => (n.key === 'SERVICE' ? { ...n, methods: [] } : n))))).toBe('METHOD_REQUIRED');
    expect(codeOf(await save([...tree, { key: 'x', parentKey: 'nowhere', name: '孤立', maxScore: 1, methods: ['ONLINE_CHECK'] }]))).toBe(
      'INDICATOR_INVALID',
    );
    // a three-level tree whose every level adds up is saved, with outline codes
    const ok = await save([
      ...tree,
      { key: 'a', parentKey: 'POWER', name: '权责清单', maxScore: 12.5, methods: [] },
      { key: 'b', parentKey: 'POWER', name: '执法公开', maxScore: 7.5, methods: ['ONLINE_CHECK'] },
      { key: 'a1', parentKey: 'a', name: '清单公开', maxScore: 10, methods: ['ONLINE_CHECK'] },
      { key: 'a2', parentKey: 'a', name: '动态调整', maxScore: 2.5, methods: ['DOCUMENT_REVIEW'] },
    ]);
    expect(ok.errors).toBeUndefined();
    const codes = ok.data.saveIndicatorTree.indicators.map((i: any) => i.code);
    expect(codes).toEqual(['1', '1.1', '1.1.1', '1.1.2', '1.2', '2', '3', '4', '5', '6']);
    // grade bands must be ordered
    const bad = await s.as('xueyuan', SAVE, {
      id: c.id,
      v: ok.data.saveIndicatorTree.version,
      i: { title: 'x', fullScore: 100, bands: { excellent: 0.8, good: 0.9, pass: 0.6 }, indicators: tree },
    });
    expect(codeOf(bad)).toBe('GRADE_BANDS_INVALID');
  });

  it('is signed off by both the academy and the Disclosure Office; an edit withdraws a signature; only they may sign', async () => {
    const c = (await s.as('xueyuan', CREATE, { i: { year: 2031, title: '2031年度指标体系' } })).data.createIndicatorSystem;
    expect(codeOf(await s.as('gongkaiban', CREATE, { i: { year: 2031, title: '公开办自拟' } }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('jiaoyu.gk', STEP('signOffIndicatorSystem'), { id: c.id, v: c.version }))).toMatch(/FORBIDDEN|NOT_FOUND/);
    const a = (await s.as('xueyuan', STEP('signOffIndicatorSystem'), { id: c.id, v: c.version })).data.signOffIndicatorSystem;
    expect(a.state).toBe('DRAFT');
    expect(codeOf(await s.as('xueyuan', STEP('signOffIndicatorSystem'), { id: c.id, v: a.version }))).toBe('ALREADY_SIGNED');
    expect((await s.as('gongkaiban', '{ myTodos { kind } }')).data.myTodos.some((t: any) => t.kind === 'evaluation.signOff')).toBe(true);
    // the academy edits: the signature is withdrawn
    const edited = (
      await s.as('xueyuan', SAVE, {
        id: c.id,
        v: a.version,
        i: { title: '2031年度指标体系（修改）', fullScore: 100, bands: BANDS, indicators: flatTree() },
      })
    ).data.saveIndicatorTree;
    expect(edited.academySignedAt).toBeNull();
    const b = (await s.as('gongkaiban', STEP('signOffIndicatorSystem'), { id: c.id, v: edited.version })).data.signOffIndicatorSystem;
    expect(b.state).toBe('DRAFT');
    const done = (await s.as('xueyuan', STEP('signOffIndicatorSystem'), { id: c.id, v: b.version })).data.signOffIndicatorSystem;
    expect(done.state).toBe('APPROVED');
    // approved: no more edits until reopened
    expect(
      codeOf(await s.as('xueyuan', SAVE, { id: c.id, v: done.version, i: { title: 'x', fullScore: 100, bands: BANDS, indicators: flatTree() } })),
    ).toBe('SYSTEM_NOT_DRAFT');
    const reopened = (await s.as('xueyuan', STEP('reopenIndicatorSystem'), { id: c.id, v: done.version })).data.reopenIndicatorSystem;
    expect(reopened.state).toBe('DRAFT');
  });

  it('a system used by a round is frozen; a new version is a copy, in one action', async () => {
    const round = await currentRound();
    const systems = (await s.as('xueyuan', SYSTEMS, { y: YEAR })).data.indicatorSystems;
    const used = systems.find((x: any) => x.id === round.system.id);
    expect(used.frozen).toBe(true);
    const edit = await s.as('xueyuan', SAVE, {
      id: used.id,
      v: used.version,
      i: { title: used.title, fullScore: 100, bands: BANDS, indicators: demoTreeNodes() },
    });
    expect(codeOf(edit)).toBe('SYSTEM_FROZEN');
    expect(codeOf(await s.as('xueyuan', STEP('reopenIndicatorSystem'), { id: used.id, v: used.version }))).toBe('SYSTEM_FROZEN');
    const copy = (
      await s.as('xueyuan', 'mutation($id:ID!){ copyIndicatorSystem(id:$id){ id year revision state frozen indicators { code name maxScore } } }', {
        id: used.id,
      })
    ).data.copyIndicatorSystem;
    expect(copy).toMatchObject({ year: YEAR, state: 'DRAFT', frozen: false });
    expect(copy.revision).toBeGreaterThan(used.revision);
    expect(copy.indicators.map((i: any) => `${i.code} ${i.name} ${i.maxScore}`)).toEqual(
      used.indicators.map((i: any) => `${i.code} ${i.name} ${i.maxScore}`),
    );
  });
});

describe('rounds and scoring', () => {
  it('a round uses an approved system, at most once a year', async () => {
    const draft = (await s.as('xueyuan', CREATE, { i: { year: 2032, title: '2032年度指标体系' } })).data.createIndicatorSystem;
    const r = await s.as('xueyuan', CREATE_ROUND, {
      i: { year: 2032, title: '2032年度评估', systemId: draft.id, periodStart: '2032-01-01', periodEnd: '2032-12-31' },
    });
    expect(codeOf(r)).toBe('SYSTEM_NOT_APPROVED');
    const current = await currentRound();
    const again = await s.as('xueyuan', CREATE_ROUND, {
      i: { year: YEAR, title: '再评一次', systemId: current.system.id, periodStart: `${YEAR}-01-01`, periodEnd: `${YEAR}-12-31` },
    });
    expect(codeOf(again)).toBe('ROUND_LIMIT_REACHED');
    expect(
      codeOf(
        await s.as('pinggu', CREATE_ROUND, {
          i: { year: 2033, title: 'x', systemId: current.system.id, periodStart: '2033-01-01', periodEnd: '2033-12-31' },
        }),
      ),
    ).toBe('FORBIDDEN');
  });

  it('an evaluator scores only what is assigned, within the indicator’s range, by its methods, with evidence', async () => {
    const round = await currentRound();
    const leaves = await leavesOf(round.system.id);
    const response = leaves.filter((l: any) => l.dimension === 'RESPONSE');
    const leaf = response.find((l: any) => l.methods.includes('ONLINE_CHECK'));
    const base = {
      unitId: demoUnitId('education'),
      indicatorId: leaf.id,
      method: 'ONLINE_CHECK',
      evidenceUrl: 'https://www.chaoyang.gov.cn/jyj/zcjd/',
      checkedAt: new Date(Date.now() - 3600_000).toISOString(),
    };
    expect(codeOf(await s.as('pinggu', SCORE, { r: round.id, i: { ...base, score: leaf.maxScore + 0.5 } }))).toBe('SCORE_OUT_OF_RANGE');
    expect(codeOf(await s.as('pinggu', SCORE, { r: round.id, i: { ...base, score: -1 } }))).toBe('SCORE_OUT_OF_RANGE');
    expect(codeOf(await s.as('pinggu', SCORE, { r: round.id, i: { ...base, score: 1, method: 'SITE_VISIT' } }))).toBe('METHOD_NOT_ALLOWED');
    expect(codeOf(await s.as('pinggu', SCORE, { r: round.id, i: { ...base, score: 1, evidenceUrl: null } }))).toBe('EVIDENCE_REQUIRED');
    expect(
      codeOf(await s.as('pinggu', SCORE, { r: round.id, i: { ...base, score: 1, checkedAt: new Date(Date.now() + 86400_000).toISOString() } })),
    ).toBe('CHECK_TIME_INVALID');
    const parent = (await s.as('xueyuan', SYSTEMS, { y: YEAR })).data.indicatorSystems
      .find((x: any) => x.id === round.system.id)
      .indicators.find((i: any) => !i.leaf && i.parentId);
    expect(codeOf(await s.as('pinggu', SCORE, { r: round.id, i: { ...base, indicatorId: parent.id, score: 1 } }))).toBe('NOT_A_LEAF');
    expect(codeOf(await s.as('pinggu', SCORE, { r: round.id, i: { ...base, unitId: demoUnitId('egov'), score: 1 } }))).toBe('NOT_ASSIGNED');
    // another evaluator, assigned only 政务服务公开 of 市教育局, may not score its 回应社会关切
    const [{ password_hash }] = await s.sql(`select password_hash from app_user where username = 'pinggu'`);
    await s.sql(
      `insert into app_user (id, username, display_name, unit_id, roles, password_hash) values (gen_random_uuid(), 'pinggu2', '钱评估', ?, '{ACADEMY_EVALUATOR}', ?)`,
      [demoUnitId('academy'), password_hash],
    );
    const [{ id: second }] = await s.sql(`select id from app_user where username = 'pinggu2'`);
    const assigned = await s.as(
      'xueyuan',
      'mutation($r:ID!,$i:AssignmentInput!){ assignEvaluator(roundId:$r, input:$i){ id evaluatorName unitName dimension } }',
      { r: round.id, i: { evaluatorId: second, unitId: demoUnitId('education'), dimension: 'SERVICE' } },
    );
    expect(assigned.data.assignEvaluator).toMatchObject({ evaluatorName: '钱评估', unitName: '朝阳市教育局', dimension: 'SERVICE' });
    expect(codeOf(await s.as('pinggu2', SCORE, { r: round.id, i: { ...base, score: 1 } }))).toBe('NOT_ASSIGNED');
    expect(
      codeOf(
        await s.as('xueyuan', 'mutation($r:ID!,$i:AssignmentInput!){ assignEvaluator(roundId:$r, input:$i){ id } }', {
          r: round.id,
          i: { evaluatorId: demoUserId('jiaoyu.staff'), dimension: 'SERVICE' },
        }),
      ),
    ).toBe('ASSIGNMENT_INVALID');
    // the assigned evaluator scores it; the check time is kept
    const ok = await s.as('pinggu', SCORE, { r: round.id, i: { ...base, score: leaf.maxScore - 0.5 } });
    expect(ok.data.scoreIndicator).toMatchObject({ score: leaf.maxScore - 0.5, method: 'ONLINE_CHECK' });
    const [{ checked_at }] = await s.sql(`select checked_at from evaluation_score where id = ?`, [ok.data.scoreIndicator.id]);
    expect(new Date(checked_at).toISOString()).toBe(base.checkedAt);
  });

  it('simultaneous first scores of one cell store one row; the others are told to refresh', async () => {
    const round = await currentRound();
    const leaf = (await leavesOf(round.system.id)).filter((l: any) => l.dimension === 'RESPONSE').at(-1);
    const input = {
      unitId: demoUnitId('education'),
      indicatorId: leaf.id,
      method: leaf.methods[0],
      note: '问卷结果',
      checkedAt: new Date(Date.now() - 60_000).toISOString(),
    };
    const cookie = await s.login('pinggu');
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => s.gql(SCORE, { r: round.id, i: { ...input, score: i * 0.5 } }, { cookie })),
    );
    const codes = results.map((r) => codeOf(r) ?? 'OK');
    expect(codes.every((c) => c === 'OK' || c === 'VERSION_CONFLICT')).toBe(true);
    const [{ n }] = await s.sql(`select count(*)::int as n from evaluation_score where round_id = ? and unit_id = ? and indicator_id = ?`, [
      round.id,
      demoUnitId('education'),
      leaf.id,
    ]);
    expect(n).toBe(1);
  });
});

describe('the public questionnaire', () => {
  const SAVE_Q =
    'mutation($r:ID!,$v:Int,$i:QuestionnaireInput!){ saveQuestionnaire(roundId:$r, version:$v, input:$i){ id version state phase questions { id indicatorId } } }';
  const RESPOND = 'mutation($i:QuestionnaireResponseInput!){ submitQuestionnaireResponse(input:$i){ received } }';
  let seq = 0;
  const key = () => `test-key-${Date.now().toString(36)}-${++seq}`;

  /** A round of `year` whose 回应社会关切 is assessed by questionnaire, in scoring, with two units. */
  async function questionnaireRound(year: number) {
    const tree = flatTree().map((n) => (n.key === 'RESPONSE' ? { ...n, methods: ['QUESTIONNAIRE'] } : n));
    const system = await approvedSystem(year, tree);
    const r = (
      await s.as('xueyuan', CREATE_ROUND, {
        i: { year, title: `${year}年度评估`, systemId: system.id, periodStart: `${year}-01-01`, periodEnd: `${year}-12-31` },
      })
    ).data.createEvaluationRound;
    await s.as('xueyuan', 'mutation($id:ID!,$u:[ID!]!){ setRoundUnits(id:$id, unitIds:$u){ id } }', {
      id: r.id,
      u: [demoUnitId('housing'), demoUnitId('transport')],
    });
    await s.as('xueyuan', 'mutation($r:ID!,$i:AssignmentInput!){ assignEvaluator(roundId:$r, input:$i){ id } }', {
      r: r.id,
      i: { evaluatorId: demoUserId('pinggu'), dimension: 'POWER' },
    });
    const { version } = (await s.as('xueyuan', 'query($id:ID!){ evaluationRound(id:$id){ version } }', { id: r.id })).data.evaluationRound;
    await s.as('xueyuan', STEP('startEvaluationRound'), { id: r.id, v: version });
    const leaves = await leavesOf(system.id);
    return {
      roundId: r.id as string,
      leaves,
      response: leaves.find((l: any) => l.dimension === 'RESPONSE'),
      power: leaves.find((l: any) => l.dimension === 'POWER'),
    };
  }

  it('asks questions on questionnaire indicators only, in a valid window; published, it is fixed', async () => {
    const { roundId, response, power } = await questionnaireRound(2021);
    const base = {
      title: '满意度调查',
      opensOn: today(),
      closesOn: today(),
      minResponses: 2,
      questions: [{ text: '您满意吗？', indicatorId: response.id }],
    };
    expect(
      codeOf(await s.as('xueyuan', SAVE_Q, { r: roundId, i: { ...base, questions: [{ text: '权责清单好找吗？', indicatorId: power.id }] } })),
    ).toBe('QUESTION_INVALID');
    expect(codeOf(await s.as('xueyuan', SAVE_Q, { r: roundId, i: { ...base, questions: [] } }))).toBe('QUESTION_INVALID');
    expect(codeOf(await s.as('xueyuan', SAVE_Q, { r: roundId, i: { ...base, opensOn: '2021-05-02', closesOn: '2021-05-01' } }))).toBe(
      'QUESTIONNAIRE_WINDOW_INVALID',
    );
    expect(codeOf(await s.as('pinggu', SAVE_Q, { r: roundId, i: base }))).toBe('FORBIDDEN');
    const saved = (await s.as('xueyuan', SAVE_Q, { r: roundId, i: base })).data.saveQuestionnaire;
    expect(saved).toMatchObject({ state: 'DRAFT', phase: 'OPEN' });
    const published = (await s.as('xueyuan', STEP('publishQuestionnaire'), { id: saved.id, v: saved.version })).data.publishQuestionnaire;
    expect(published.state).toBe('PUBLISHED');
    expect(codeOf(await s.as('xueyuan', SAVE_Q, { r: roundId, v: published.version, i: base }))).toBe('QUESTIONNAIRE_NOT_DRAFT');
  });

  it('takes one response per respondent and unit, every question answered on the scale; retries never duplicate', async () => {
    const list = (await s.as(null, '{ publicQuestionnaires { id title phase questions { id text } units { id name group } } }')).data
      .publicQuestionnaires;
    const q = list.find((x: any) => x.title === `${YEAR}年度政务公开工作群众满意度调查`);
    expect(q.phase).toBe('OPEN');
    expect(q.questions).toHaveLength(3);
    expect(q.units.some((u: any) => u.id === demoUnitId('education'))).toBe(true);
    const answers = q.questions.map((x: any) => ({ questionId: x.id, value: 4 }));
    const input = { questionnaireId: q.id, unitId: demoUnitId('finance'), phone: '13700001111', answers, idempotencyKey: key() };
    expect(codeOf(await s.gql(RESPOND, { i: { ...input, phone: '12345' } }))).toBe('PHONE_INVALID');
    expect(codeOf(await s.gql(RESPOND, { i: { ...input, answers: answers.slice(1) } }))).toBe('ANSWERS_INCOMPLETE');
    expect(codeOf(await s.gql(RESPOND, { i: { ...input, answers: answers.map((a: any, i: number) => (i ? a : { ...a, value: 6 })) } }))).toBe(
      'ANSWERS_INCOMPLETE',
    );
    expect(codeOf(await s.gql(RESPOND, { i: { ...input, unitId: demoUnitId('egov') } }))).toBe('QUESTION_INVALID');
    expect((await s.gql(RESPOND, { i: input })).data.submitQuestionnaireResponse.received).toBe(true);
    // the same submit retried: still one response
    expect((await s.gql(RESPOND, { i: input })).data.submitQuestionnaireResponse.received).toBe(true);
    // the same person again about the same unit, even written differently: refused; about another unit: taken
    expect(codeOf(await s.gql(RESPOND, { i: { ...input, phone: '137-0000-1111', idempotencyKey: key() } }))).toBe('RESPONSE_EXISTS');
    expect((await s.gql(RESPOND, { i: { ...input, unitId: demoUnitId('health'), idempotencyKey: key() } })).errors).toBeUndefined();
    // five simultaneous sends of one person about one unit, with different keys: exactly one is stored
    const racing = await Promise.all(
      Array.from({ length: 5 }, () => s.gql(RESPOND, { i: { ...input, unitId: demoUnitId('market'), phone: '13700002222', idempotencyKey: key() } })),
    );
    expect(racing.filter((r) => !r.errors).length).toBe(1);
    expect(racing.filter((r) => r.errors).every((r) => codeOf(r) === 'RESPONSE_EXISTS')).toBe(true);
    const [{ n }] = await s.sql(`select count(*)::int as n from questionnaire_response where questionnaire_id = ? and unit_id in (?, ?)`, [
      q.id,
      demoUnitId('finance'),
      demoUnitId('market'),
    ]);
    expect(n).toBe(2);
    // the phone number is never stored
    const [{ leaked }] = await s.sql(
      `select count(*)::int as leaked from questionnaire_response where respondent_hash like '%13700001111%' or idempotency_key like '%13700001111%'`,
    );
    expect(leaked).toBe(0);
  });

  it('limits how many responses one address sends in ten minutes', async () => {
    const q = (await s.as(null, '{ publicQuestionnaires { id title questions { id } } }')).data.publicQuestionnaires.find((x: any) =>
      x.title.startsWith(String(YEAR)),
    );
    const answers = q.questions.map((x: any) => ({ questionId: x.id, value: 3 }));
    const address = '198.51.100.7';
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 31; i++) {
      const r = await s.gql(
        RESPOND,
        { i: { questionnaireId: q.id, unitId: demoUnitId('drc'), phone: `1360000${String(1000 + i)}`, answers, idempotencyKey: key() } },
        { address },
      );
      codes.push(codeOf(r));
    }
    expect(codes.slice(0, 30).every((c) => c === undefined)).toBe(true);
    expect(codes[30]).toBe('TOO_MANY_RESPONSES');
  });

  it('after the window, the answers become the indicator’s score by the declared rule (units with too few responses are left out)', async () => {
    const { roundId, response } = await questionnaireRound(2022);
    const saved = (
      await s.as('xueyuan', SAVE_Q, {
        r: roundId,
        i: {
          title: '2022年度满意度调查',
          opensOn: today(),
          closesOn: today(),
          minResponses: 2,
          questions: [
            { text: '信息好找吗？', indicatorId: response.id },
            { text: '回应及时吗？', indicatorId: response.id },
            { text: '解读清楚吗？', indicatorId: response.id },
          ],
        },
      })
    ).data.saveQuestionnaire;
    const pub = (await s.as('xueyuan', STEP('publishQuestionnaire'), { id: saved.id, v: saved.version })).data.publishQuestionnaire;
    const [q1, q2, q3] = saved.questions.map((x: any) => x.id);
    const answer = (unit: string, phone: string, v: number[]) =>
      s.gql(RESPOND, {
        i: {
          questionnaireId: saved.id,
          unitId: demoUnitId(unit),
          phone,
          idempotencyKey: key(),
          answers: [
            { questionId: q1, value: v[0] },
            { questionId: q2, value: v[1] },
            { questionId: q3, value: v[2] },
          ],
        },
      });
    // 住建局: three responses, answers summing to 36 over 9 → mean 4 → 15 × (4 − 1) ÷ 4 = 11.25
    for (const [phone, v] of [
      ['13500000001', [5, 4, 4]],
      ['13500000002', [4, 4, 3]],
      ['13500000003', [3, 5, 4]],
    ] as const)
      expect((await answer('housing', phone, [...v])).errors).toBeUndefined();
    // 交通局: one response, below the minimum of two
    expect((await answer('transport', '13500000004', [1, 1, 1])).errors).toBeUndefined();
    expect(codeOf(await s.as('xueyuan', STEP('aggregateQuestionnaire'), { id: saved.id, v: pub.version }))).toBe('QUESTIONNAIRE_STILL_OPEN');
    const tally = (
      await s.as('xueyuan', 'query($id:ID!){ questionnaireTally(id:$id){ unitId responses indicators { indicatorId answers mean } } }', {
        id: saved.id,
      })
    ).data.questionnaireTally;
    expect(tally.find((t: any) => t.unitId === demoUnitId('housing'))).toMatchObject({
      responses: 3,
      indicators: [{ indicatorId: response.id, answers: 9, mean: 4 }],
    });

    // the window ends (its last day moved back, as if the days went by): no more answers; the academy aggregates
    await s.sql(`update questionnaire set closes_on = ?::date - 1, opens_on = ?::date - 5 where id = ?`, [today(), today(), saved.id]);
    expect(codeOf(await answer('housing', '13500000009', [5, 5, 5]))).toBe('QUESTIONNAIRE_NOT_OPEN');
    const done = (await s.as('xueyuan', STEP('aggregateQuestionnaire'), { id: saved.id, v: pub.version })).data.aggregateQuestionnaire;
    expect(done.state).toBe('AGGREGATED');
    const scores = await s.sql(`select unit_id, score::float8 as score, method, note from evaluation_score where round_id = ? and indicator_id = ?`, [
      roundId,
      response.id,
    ]);
    expect(scores).toHaveLength(1);
    expect(scores[0]).toMatchObject({ unit_id: demoUnitId('housing'), score: 11.25, method: 'QUESTIONNAIRE' });
    expect(scores[0].note).toContain('有效3份');
  });
});

/** Upload a file as evidence of a score (multipart, as the admin's upload does). */
async function uploadEvidence(username: string, scoreId: string) {
  const boundary = `----gk${Date.now()}`;
  const body = [
    `--${boundary}\r\nContent-Disposition: form-data; name="ownerType"\r\n\r\nEvaluationScore\r\n`,
    `--${boundary}\r\nContent-Disposition: form-data; name="ownerId"\r\n\r\n${scoreId}\r\n`,
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="栏目截图.png"\r\nContent-Type: image/png\r\n\r\n`,
  ].join('');
  // a PNG's signature and header chunk: the server checks the content is what the name says
  const png = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0,
  ]);
  const payload = Buffer.concat([Buffer.from(body), png, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return s.app.inject({
    method: 'POST',
    url: '/files',
    headers: { cookie: await s.login(username), 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload,
  });
}
const ATTACHMENTS = 'query($id:ID!){ attachments(ownerType:"EvaluationScore", ownerId:$id){ id fileName } }';
let evidenceScoreId = '';

describe('evidence', () => {
  it('a screenshot is attached by the evaluator assigned to the cell; the unit cannot see it before release', async () => {
    const round = await currentRound();
    const mine = (await s.as('xueyuan', SCORES, { r: round.id, u: demoUnitId('education') })).data.evaluationScores;
    evidenceScoreId = mine[0].id;
    const ok = await uploadEvidence('pinggu', evidenceScoreId);
    expect(ok.statusCode).toBe(200);
    // pinggu2 is assigned only 政务服务公开 of 市教育局 (see above): the first indicator, 行政权力信息公开, is not theirs to read
    expect((await uploadEvidence('pinggu2', evidenceScoreId)).statusCode).toBe(403);
    expect((await uploadEvidence('jiaoyu.gk', evidenceScoreId)).statusCode).toBe(403);
    expect((await s.as('xueyuan', ATTACHMENTS, { id: evidenceScoreId })).data.attachments.map((a: any) => a.fileName)).toEqual(['栏目截图.png']);
    expect(codeOf(await s.as('jiaoyu.gk', ATTACHMENTS, { id: evidenceScoreId }))).toBe('FORBIDDEN');
  });
});

describe('release, appeals and publication', () => {
  it('a unit never sees its scores before they are sent; the round is sent only when complete', async () => {
    const round = await currentRound();
    expect(round.state).toBe('SCORING');
    expect(codeOf(await s.as('jiaoyu.gk', SCORES, { r: round.id, u: demoUnitId('education') }))).toMatch(/SCORES_NOT_RELEASED|FORBIDDEN|NOT_FOUND/);
    expect(codeOf(await s.as('jiaoyu.head', RESULTS, { r: round.id }))).toMatch(/SCORES_NOT_RELEASED|FORBIDDEN|NOT_FOUND/);
    expect(codeOf(await s.as('gongkaiban', RESULTS, { r: round.id }))).toBe('SCORES_NOT_RELEASED');
    // what the demo left unscored blocks the release
    const release = await s.as('xueyuan', STEP('releaseEvaluationRound'), { id: round.id, v: round.version });
    expect(codeOf(release)).toBe('SCORES_INCOMPLETE');
  });

  it('after release: the unit sees its own scores, appeals within the window; the academy re-scores or rejects; publication waits for the window', async () => {
    const round = await currentRound();
    const leaves = await leavesOf(round.system.id);
    const scored = new Set(
      (await s.as('xueyuan', SCORES, { r: round.id, u: demoUnitId('education') })).data.evaluationScores.map((x: any) => x.indicator.id),
    );
    for (const l of leaves.filter((x: any) => !scored.has(x.id))) {
      const r = await s.as('pinggu', SCORE, {
        r: round.id,
        i: {
          unitId: demoUnitId('education'),
          indicatorId: l.id,
          score: l.maxScore / 2,
          method: l.methods[0],
          note: '查阅台账',
          checkedAt: new Date(Date.now() - 60_000).toISOString(),
        },
      });
      expect(r.errors).toBeUndefined();
    }
    const fresh = await currentRound();
    const released = (await s.as('xueyuan', STEP('releaseEvaluationRound'), { id: round.id, v: fresh.version })).data.releaseEvaluationRound;
    expect(released.state).toBe('REVIEW');
    const afterRelease = await currentRound();
    const expected = (await s.as(null, 'query($d:String!){ addWorkingDays(date:$d, days:5) }', { d: today() })).data.addWorkingDays;
    expect(afterRelease.appealDeadline).toBe(expected);

    const mine = (await s.as('jiaoyu.gk', SCORES, { r: round.id, u: demoUnitId('education') })).data.evaluationScores;
    expect(mine.length).toBe(leaves.length);
    // with the evidence behind them; no more evidence once scoring is over
    expect((await s.as('jiaoyu.gk', ATTACHMENTS, { id: evidenceScoreId })).data.attachments).toHaveLength(1);
    expect((await uploadEvidence('pinggu', evidenceScoreId)).json().code).toBe('ROUND_NOT_SCORING');
    // another unit's scores are not theirs to read
    expect((await s.as('jiaoyu.gk', SCORES, { r: round.id, u: demoUnitId('civil') })).data.evaluationScores).toEqual([]);
    const own = (await s.as('jiaoyu.gk', RESULTS, { r: round.id })).data.evaluationResults;
    expect(own.map((x: any) => x.unitId)).toEqual([demoUnitId('education')]);

    const target = mine.find((x: any) => x.score < x.indicator.maxScore);
    expect(codeOf(await s.as('jiaoyu.gk', APPEAL, { s: target.id, reason: '  ' }))).toBe('APPEAL_REASON_REQUIRED');
    expect(codeOf(await s.as('minzheng.head', APPEAL, { s: target.id, reason: '代他单位申诉' }))).toMatch(/FORBIDDEN|NOT_FOUND/);
    const appeal = (await s.as('jiaoyu.gk', APPEAL, { s: target.id, reason: '该栏目已于10月更新，附更新记录截图' })).data.submitAppeal;
    expect(appeal).toMatchObject({ state: 'SUBMITTED', originalScore: target.score });
    expect(codeOf(await s.as('jiaoyu.head', APPEAL, { s: target.id, reason: '再次申诉' }))).toBe('APPEAL_PENDING');
    // two appeals on another score sent at the same moment: one is taken
    const racing = [...mine].reverse().find((x: any) => x.id !== target.id && x.score < x.indicator.maxScore);
    const [c1, c2] = await Promise.all([s.login('jiaoyu.gk'), s.login('jiaoyu.head')]);
    const both = await Promise.all([
      s.gql(APPEAL, { s: racing.id, reason: '同时申诉一' }, { cookie: c1 }),
      s.gql(APPEAL, { s: racing.id, reason: '同时申诉二' }, { cookie: c2 }),
    ]);
    expect(both.filter((r) => !r.errors).length).toBe(1);
    expect(both.find((r) => r.errors) && codeOf(both.find((r) => r.errors)!)).toBe('APPEAL_PENDING');
    const raced = both.find((r) => !r.errors)!.data.submitAppeal;
    const REJECT_RACED = 'mutation($id:ID!,$v:Int!,$r:String!){ rejectAppeal(id:$id, version:$v, reply:$r){ state } }';
    expect((await s.as('xueyuan', REJECT_RACED, { id: raced.id, v: raced.version, r: '维持原评分' })).data.rejectAppeal.state).toBe('REJECTED');
    expect((await s.as('xueyuan', '{ myTodos { kind } }')).data.myTodos.some((t: any) => t.kind === 'evaluation.appeal')).toBe(true);

    // publication: not during the window
    const r1 = await currentRound();
    expect(codeOf(await s.as('xueyuan', STEP('publishEvaluationRound'), { id: round.id, v: r1.version }))).toBe('APPEAL_WINDOW_OPEN');

    const ACCEPT =
      'mutation($id:ID!,$v:Int!,$n:Float!,$r:String!){ acceptAppeal(id:$id, version:$v, newScore:$n, reply:$r){ id version state newScore } }';
    expect(codeOf(await s.as('jiaoyu.gk', ACCEPT, { id: appeal.id, v: appeal.version, n: target.indicator.maxScore, r: '自评' }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('xueyuan', ACCEPT, { id: appeal.id, v: appeal.version, n: target.indicator.maxScore + 1, r: '复核属实' }))).toBe(
      'SCORE_OUT_OF_RANGE',
    );
    expect(codeOf(await s.as('xueyuan', ACCEPT, { id: appeal.id, v: appeal.version, n: target.indicator.maxScore, r: ' ' }))).toBe(
      'APPEAL_REPLY_REQUIRED',
    );
    const before = own[0].total;
    const accepted = (
      await s.as('xueyuan', ACCEPT, { id: appeal.id, v: appeal.version, n: target.indicator.maxScore, r: '经复核，栏目已更新，予以采纳' })
    ).data.acceptAppeal;
    expect(accepted).toMatchObject({ state: 'ACCEPTED', newScore: target.indicator.maxScore });
    const after = (await s.as('jiaoyu.gk', RESULTS, { r: round.id })).data.evaluationResults[0].total;
    expect(after).toBeCloseTo(before + (target.indicator.maxScore - target.score), 5);

    // a second appeal, still unanswered when the window passes (the deadline moved back as if the days went by)
    const other = mine.find((x: any) => x.id !== target.id && x.score < x.indicator.maxScore);
    const second = (await s.as('jiaoyu.gk', APPEAL, { s: other.id, reason: '分数偏低' })).data.submitAppeal;
    await s.sql(`update evaluation_round set appeal_deadline = ?::date - 1 where id = ?`, [today(), round.id]);
    expect(
      codeOf(await s.as('jiaoyu.gk', APPEAL, { s: mine.find((x: any) => x.id !== other.id && x.id !== target.id).id, reason: '补充材料' })),
    ).toBe('APPEAL_WINDOW_CLOSED');
    // not published while an appeal waits for its answer; rejected with a reply, publication goes ahead
    expect(codeOf(await s.as('xueyuan', STEP('publishEvaluationRound'), { id: round.id, v: (await currentRound()).version }))).toBe('APPEALS_OPEN');
    const REJECT = 'mutation($id:ID!,$v:Int!,$r:String!){ rejectAppeal(id:$id, version:$v, reply:$r){ state } }';
    expect((await s.as('xueyuan', REJECT, { id: second.id, v: second.version, r: '核查时该栏目确未更新，维持原评分' })).data.rejectAppeal.state).toBe(
      'REJECTED',
    );
    // the round's questionnaire closed with the release
    const open = (await s.as(null, '{ publicQuestionnaires { id title } }')).data.publicQuestionnaires;
    expect(open.some((x: any) => x.title.startsWith(String(YEAR)))).toBe(false);
    const r2 = await currentRound();
    const published = (await s.as('xueyuan', STEP('publishEvaluationRound'), { id: round.id, v: r2.version })).data.publishEvaluationRound;
    expect(published.state).toBe('PUBLISHED');
    const pub = (await s.as(null, 'query($y:Int){ publicEvaluation(year:$y){ year rows { unitId total rank previousTotal change } } }', { y: YEAR }))
      .data.publicEvaluation;
    expect(pub.year).toBe(YEAR);
    const edu = pub.rows.find((x: any) => x.unitId === demoUnitId('education'));
    expect(edu.total).toBeCloseTo(after, 5);
    expect(edu.previousTotal).not.toBeNull();
    expect(edu.change).toBeCloseTo(edu.total - edu.previousTotal, 5);
    expect((await s.as(null, '{ publicEvaluationYears }')).data.publicEvaluationYears.slice(0, 2)).toEqual([YEAR, YEAR - 1]);
  });
});

describe('totals, ranks and grades', () => {
  it('match hand-computed values; ties share a rank; change on last year', async () => {
    const units = { a: demoUnitId('drc'), b: demoUnitId('education'), c: demoUnitId('police'), d: demoUnitId('shuangta') };
    // hand-counted sheets (dimensions POWER, SERVICE, INTERNET_SERVICE, PARTICIPATION, RESPONSE, CAPACITY)
    const sheets: Record<number, Record<string, number[]>> = {
      2018: { a: [16, 16, 12, 12, 12, 12], b: [20, 20, 15, 15, 15, 15], c: [10, 10, 10, 10, 10, 10], d: [19, 19, 14, 14, 14, 14] },
      2019: { a: [18, 17, 12, 13, 14, 10], b: [20, 15, 12, 13, 14, 10], c: [10, 10, 10, 10, 10, 10], d: [19, 19, 14, 14, 14, 14] },
    };
    const ids: Record<number, string> = {};
    for (const year of [2018, 2019]) {
      const system = await approvedSystem(year, flatTree());
      expect(system.state).toBe('APPROVED');
      const r = (
        await s.as('xueyuan', CREATE_ROUND, {
          i: { year, title: `${year}年度评估`, systemId: system.id, periodStart: `${year}-01-01`, periodEnd: `${year}-12-31` },
        })
      ).data.createEvaluationRound;
      ids[year] = r.id;
      const set = await s.as('xueyuan', 'mutation($id:ID!,$u:[ID!]!){ setRoundUnits(id:$id, unitIds:$u){ id } }', {
        id: r.id,
        u: Object.values(units),
      });
      expect(set.errors).toBeUndefined();
      await s.as('xueyuan', 'mutation($r:ID!,$i:AssignmentInput!){ assignEvaluator(roundId:$r, input:$i){ id } }', {
        r: r.id,
        i: { evaluatorId: demoUserId('pinggu'), dimension: null, unitId: units.a },
      });
      for (const u of ['b', 'c', 'd'] as const)
        await s.as('xueyuan', 'mutation($r:ID!,$i:AssignmentInput!){ assignEvaluator(roundId:$r, input:$i){ id } }', {
          r: r.id,
          i: { evaluatorId: demoUserId('pinggu'), unitId: units[u] },
        });
      const { version } = (await s.as('xueyuan', 'query($id:ID!){ evaluationRound(id:$id){ version } }', { id: r.id })).data.evaluationRound;
      const started = (await s.as('xueyuan', STEP('startEvaluationRound'), { id: r.id, v: version })).data.startEvaluationRound;
      const leaves = await leavesOf(system.id);
      for (const [u, points] of Object.entries(sheets[year])) {
        for (const [i, leaf] of leaves.entries()) {
          const res = await s.as('pinggu', SCORE, {
            r: r.id,
            i: {
              unitId: units[u as keyof typeof units],
              indicatorId: leaf.id,
              score: points[i],
              method: 'DOCUMENT_REVIEW',
              note: '台账',
              checkedAt: new Date(Date.now() - 60_000).toISOString(),
            },
          });
          expect(res.errors).toBeUndefined();
        }
      }
      const rel = (await s.as('xueyuan', STEP('releaseEvaluationRound'), { id: r.id, v: started.version })).data.releaseEvaluationRound;
      await s.sql(`update evaluation_round set appeal_deadline = ?::date - 1 where id = ?`, [today(), r.id]);
      const pub = await s.as('xueyuan', STEP('publishEvaluationRound'), { id: r.id, v: rel.version });
      expect(pub.data.publishEvaluationRound.state).toBe('PUBLISHED');
    }
    const rows = (await s.as('gongkaiban', RESULTS, { r: ids[2019] })).data.evaluationResults;
    const by = (u: keyof typeof units) => rows.find((x: any) => x.unitId === units[u]);
    // a = 84, b = 84 (tie, both first among city units), c = 60 (third); d = 94, first among county governments
    expect([by('a').total, by('b').total, by('c').total, by('d').total]).toEqual([84, 84, 60, 94]);
    expect([by('a').rank, by('b').rank, by('c').rank, by('d').rank]).toEqual([1, 1, 3, 1]);
    expect([by('a').group, by('d').group]).toEqual(['CITY_UNIT', 'COUNTY_GOVERNMENT']);
    expect([by('a').grade, by('c').grade, by('d').grade]).toEqual(['GOOD', 'PASS', 'EXCELLENT']);
    // ties are listed in the units' own order (发展改革委 before 教育局), the same every time
    const city = rows.filter((x: any) => x.group === 'CITY_UNIT').map((x: any) => x.unitId);
    expect(city).toEqual([units.a, units.b, units.c]);
    expect(by('a').dimensions.map((d: any) => d.score)).toEqual([18, 17, 12, 13, 14, 10]);
    expect(by('a').dimensions.map((d: any) => d.max)).toEqual([20, 20, 15, 15, 15, 15]);
    // 2018: a 80, b 100, c 60, d 94 → change +4, −16, 0, 0
    expect([by('a').change, by('b').change, by('c').change, by('d').change]).toEqual([4, -16, 0, 0]);
    expect(by('b').previousTotal).toBe(100);
    // a unit reads the rounds it is evaluated in, not others
    expect((await s.as('jiaoyu.gk', 'query($id:ID!){ evaluationRound(id:$id){ id } }', { id: ids[2019] })).data.evaluationRound.id).toBe(ids[2019]);
    expect(codeOf(await s.as('minzheng.head', 'query($id:ID!){ evaluationRound(id:$id){ id } }', { id: ids[2019] }))).toBe('FORBIDDEN');
    expect(codeOf(await s.as('minzheng.head', RESULTS, { r: ids[2019] }))).toBe('FORBIDDEN');
  });
});

describe('the score sheet (.xlsx)', () => {
  it('holds the ranking and every score for the Disclosure Office; units may not export it', async () => {
    const rounds = (await s.as('gongkaiban', ROUNDS)).data.evaluationRounds;
    const round = rounds.find((r: any) => r.year === YEAR - 1);
    const get = async (username: string) =>
      s.app.inject({ method: 'GET', url: `/evaluation/rounds/${round.id}/xlsx`, headers: { cookie: await s.login(username) } });
    const res = await get('gongkaiban');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as never);
    const ranking = wb.getWorksheet('总分排名')!;
    const results = (await s.as('gongkaiban', RESULTS, { r: round.id })).data.evaluationResults;
    expect(ranking.rowCount - 1).toBe(results.length);
    const first = ranking.getRow(2);
    expect(first.getCell(3).value).toBe(results[0].unitName);
    expect(first.getCell(10).value).toBe(results[0].total);
    const leaves = await leavesOf(round.system.id);
    expect(wb.getWorksheet('得分明细')!.rowCount - 1).toBe(results.length * leaves.length);
    expect((await get('jiaoyu.gk')).statusCode).toBe(403);
    const anonymous = await s.app.inject({ method: 'GET', url: `/evaluation/rounds/${round.id}/xlsx` });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('what each one sees of a round, and races', () => {
  it('an evaluated unit sees its own entry, no assignments and no evaluator’s name; an evaluator their own assignments', async () => {
    const round = await currentRound();
    const Q = 'query($id:ID!){ evaluationRound(id:$id){ units { unitId } assignments { evaluatorId } } }';
    const unit = (await s.as('jiaoyu.gk', Q, { id: round.id })).data.evaluationRound;
    expect(unit.units.map((u: any) => u.unitId)).toEqual([demoUnitId('education')]);
    expect(unit.assignments).toEqual([]);
    const academy = (await s.as('xueyuan', Q, { id: round.id })).data.evaluationRound;
    expect(academy.units.length).toBeGreaterThan(20);
    const mine = (await s.as('pinggu', Q, { id: round.id })).data.evaluationRound;
    expect(mine.assignments.length).toBeGreaterThan(0);
    expect(mine.assignments.every((a: any) => a.evaluatorId === demoUserId('pinggu'))).toBe(true);
    expect(academy.assignments.length).toBeGreaterThan(mine.assignments.length);
    const NAMES = 'query($r:ID!,$u:ID!){ evaluationScores(roundId:$r, unitId:$u){ evaluatorName } }';
    expect(
      new Set((await s.as('jiaoyu.gk', NAMES, { r: round.id, u: demoUnitId('education') })).data.evaluationScores.map((x: any) => x.evaluatorName)),
    ).toEqual(new Set([null]));
    expect((await s.as('gongkaiban', NAMES, { r: round.id, u: demoUnitId('education') })).data.evaluationScores[0].evaluatorName).toBe('郑评估');
  });

  it('simultaneous saves of one tree: one wins, the tree stays whole', async () => {
    const c = (await s.as('xueyuan', CREATE, { i: { year: 2033, title: '2033年度指标体系' } })).data.createIndicatorSystem;
    const cookie = await s.login('xueyuan');
    const saves = await Promise.all(
      Array.from({ length: 4 }, () =>
        s.gql(SAVE, { id: c.id, v: c.version, i: { title: '2033年度指标体系', fullScore: 100, bands: BANDS, indicators: flatTree() } }, { cookie }),
      ),
    );
    expect(saves.filter((r) => !r.errors).length).toBe(1);
    expect(saves.filter((r) => r.errors).every((r) => codeOf(r) === 'VERSION_CONFLICT')).toBe(true);
    const [{ n }] = await s.sql(`select count(*)::int as n from indicator where system_id = ?`, [c.id]);
    expect(n).toBe(6);
  });

  it('simultaneous new systems of a year get their own revisions; simultaneous rounds of a year: one', async () => {
    const cookie = await s.login('xueyuan');
    const created = await Promise.all(Array.from({ length: 4 }, () => s.gql(CREATE, { i: { year: 2034, title: '2034年度指标体系' } }, { cookie })));
    expect(created.map((r) => codeOf(r) ?? 'OK')).toEqual(['OK', 'OK', 'OK', 'OK']);
    const revisions = await s.sql(`select revision from indicator_system where year = 2034 order by revision`);
    expect(revisions.map((r: any) => r.revision)).toEqual([1, 2, 3, 4]);
    const a = await approvedSystem(2035, flatTree());
    const b = await approvedSystem(2035, flatTree());
    const rounds = await Promise.all(
      [a, b].map((x) =>
        s.gql(
          CREATE_ROUND,
          { i: { year: 2035, title: '2035年度评估', systemId: x.id, periodStart: '2035-01-01', periodEnd: '2035-12-31' } },
          { cookie },
        ),
      ),
    );
    expect(rounds.filter((r) => !r.errors).length).toBe(1);
    expect(codeOf(rounds.find((r) => r.errors)!)).toBe('ROUND_LIMIT_REACHED');
    // a system of another year is not this year's standard
    const c = await approvedSystem(2036, flatTree());
    expect(
      codeOf(
        await s.as('xueyuan', CREATE_ROUND, {
          i: { year: 2037, title: '2037年度评估', systemId: c.id, periodStart: '2037-01-01', periodEnd: '2037-12-31' },
        }),
      ),
    ).toBe('SYSTEM_YEAR_MISMATCH');
  });

  it('grade bands keep four decimals at most; evaluators come from the round’s own level', async () => {
    const c = (await s.as('xueyuan', CREATE, { i: { year: 2038, title: '2038年度指标体系' } })).data.createIndicatorSystem;
    const save = (bands: typeof BANDS) =>
      s.as('xueyuan', SAVE, { id: c.id, v: c.version, i: { title: '2038年度指标体系', fullScore: 100, bands, indicators: flatTree() } });
    expect(codeOf(await save({ excellent: 0.90045, good: 0.8, pass: 0.6 }))).toBe('GRADE_BANDS_INVALID');
    expect((await save({ excellent: 0.875, good: 0.75, pass: 0.6 })).errors).toBeUndefined();
    const [{ excellent_share }] = await s.sql(`select excellent_share::float8 as excellent_share from indicator_system where id = ?`, [c.id]);
    expect(excellent_share).toBe(0.875);

    const [{ password_hash }] = await s.sql(`select password_hash from app_user where username = 'pinggu'`);
    const [{ id: county }] = await s.sql(
      `insert into app_user (id, username, display_name, unit_id, roles, password_hash) values (gen_random_uuid(), 'county.evaluator', '县评估员', ?, '{ACADEMY_EVALUATOR}', ?) returning id`,
      [demoUnitId('shuangta.education'), password_hash],
    );
    const r = (await s.as('xueyuan', ROUNDS)).data.evaluationRounds.find((x: any) => x.year === 2035);
    const res = await s.as('xueyuan', 'mutation($r:ID!,$i:AssignmentInput!){ assignEvaluator(roundId:$r, input:$i){ id } }', {
      r: r.id,
      i: { evaluatorId: county, dimension: 'POWER' },
    });
    expect(codeOf(res)).toBe('ASSIGNMENT_INVALID');
  });

  it('the portal shows the results of the deployment’s government by default, and of the one asked for', async () => {
    const def = (await s.as(null, '{ publicEvaluation { year } }')).data.publicEvaluation;
    expect(def).not.toBeNull();
    const county = (await s.as(null, 'query($g:ID){ publicEvaluation(governmentId:$g){ year } }', { g: demoUnitId('shuangta') })).data
      .publicEvaluation;
    expect(county).toBeNull();
    expect(
      (await s.as(null, 'query($g:ID){ publicEvaluationYears(governmentId:$g) }', { g: demoUnitId('shuangta') })).data.publicEvaluationYears,
    ).toEqual([]);
  });
});

describe('year over year', () => {
  it('is not computed between totals on different full scores (last year’s is still shown)', async () => {
    const tree = flatTree().map((n) => ({ ...n, maxScore: n.maxScore * 2 }));
    const c = (await s.as('xueyuan', CREATE, { i: { year: 2045, title: '2045年度指标体系', fullScore: 200 } })).data.createIndicatorSystem;
    const saved = (
      await s.as('xueyuan', SAVE, { id: c.id, v: c.version, i: { title: '2045年度指标体系', fullScore: 200, bands: BANDS, indicators: tree } })
    ).data.saveIndicatorTree;
    const a = (await s.as('xueyuan', STEP('signOffIndicatorSystem'), { id: c.id, v: saved.version })).data.signOffIndicatorSystem;
    await s.as('gongkaiban', STEP('signOffIndicatorSystem'), { id: c.id, v: a.version });
    const r = (
      await s.as('xueyuan', CREATE_ROUND, {
        i: { year: 2045, title: '2045年度评估', systemId: c.id, periodStart: '2045-01-01', periodEnd: '2045-12-31' },
      })
    ).data.createEvaluationRound;
    await s.as('xueyuan', 'mutation($id:ID!,$u:[ID!]!){ setRoundUnits(id:$id, unitIds:$u){ id } }', { id: r.id, u: [demoUnitId('education')] });
    await s.as('xueyuan', 'mutation($r:ID!,$i:AssignmentInput!){ assignEvaluator(roundId:$r, input:$i){ id } }', {
      r: r.id,
      i: { evaluatorId: demoUserId('pinggu'), unitId: demoUnitId('education') },
    });
    const v1 = (await s.as('xueyuan', 'query($id:ID!){ evaluationRound(id:$id){ version } }', { id: r.id })).data.evaluationRound.version;
    const started = (await s.as('xueyuan', STEP('startEvaluationRound'), { id: r.id, v: v1 })).data.startEvaluationRound;
    for (const leaf of await leavesOf(c.id)) {
      await s.as('pinggu', SCORE, {
        r: r.id,
        i: {
          unitId: demoUnitId('education'),
          indicatorId: leaf.id,
          score: leaf.maxScore,
          method: 'DOCUMENT_REVIEW',
          note: '台账',
          checkedAt: new Date(Date.now() - 60_000).toISOString(),
        },
      });
    }
    const rel = (await s.as('xueyuan', STEP('releaseEvaluationRound'), { id: r.id, v: started.version })).data.releaseEvaluationRound;
    await s.sql(`update evaluation_round set appeal_deadline = ?::date - 1 where id = ?`, [today(), r.id]);
    await s.as('xueyuan', STEP('publishEvaluationRound'), { id: r.id, v: rel.version });
    const [row] = (await s.as('xueyuan', RESULTS, { r: r.id })).data.evaluationResults;
    expect(row.total).toBe(200);
    expect(row.previousTotal).not.toBeNull();
    expect(row.change).toBeNull();
  });
});

describe('preparing a round: what is refused', () => {
  it('names, years and periods; units of the notice only; a start needs units and evaluators; units fixed once started', async () => {
    expect(codeOf(await s.as('xueyuan', CREATE, { i: { year: 2046, title: '  ' } }))).toBe('TITLE_REQUIRED');
    expect(codeOf(await s.as('xueyuan', CREATE, { i: { year: 2010, title: '2010年度指标体系' } }))).toBe('YEAR_INVALID');
    const system = await approvedSystem(2046, flatTree());
    const round = (i: Record<string, unknown>) =>
      s.as('xueyuan', CREATE_ROUND, {
        i: { year: 2046, title: '2046年度评估', systemId: system.id, periodStart: '2046-01-01', periodEnd: '2046-12-31', ...i },
      });
    expect(codeOf(await round({ periodStart: '2046-12-31', periodEnd: '2046-01-01' }))).toBe('PERIOD_INVALID');
    expect(codeOf(await round({ periodEnd: '2046-02-30' }))).toBe('PERIOD_INVALID');
    const r = (await round({})).data.createEvaluationRound;
    const UNITS = 'mutation($id:ID!,$u:[ID!]!){ setRoundUnits(id:$id, unitIds:$u){ id } }';
    // a function unit (the Disclosure Office) and an outside body (a newspaper) are not evaluated
    const bad = await s.as('xueyuan', UNITS, { id: r.id, u: [demoUnitId('education'), demoUnitId('disclosure'), demoUnitId('daily')] });
    expect(codeOf(bad)).toBe('UNIT_NOT_EVALUABLE');
    expect(bad.errors![0].message).toContain('朝阳日报社');
    expect(codeOf(await s.as('xueyuan', UNITS, { id: r.id, u: [] }))).toBe('NO_UNITS');
    const version = async () =>
      (await s.as('xueyuan', 'query($id:ID!){ evaluationRound(id:$id){ version } }', { id: r.id })).data.evaluationRound.version;
    expect(codeOf(await s.as('xueyuan', STEP('startEvaluationRound'), { id: r.id, v: await version() }))).toBe('NO_UNITS');
    await s.as('xueyuan', UNITS, { id: r.id, u: [demoUnitId('education')] });
    expect(codeOf(await s.as('xueyuan', STEP('startEvaluationRound'), { id: r.id, v: await version() }))).toBe('NO_EVALUATORS');
    await s.as('xueyuan', 'mutation($r:ID!,$i:AssignmentInput!){ assignEvaluator(roundId:$r, input:$i){ id } }', {
      r: r.id,
      i: { evaluatorId: demoUserId('pinggu'), dimension: 'POWER' },
    });
    expect((await s.as('xueyuan', STEP('startEvaluationRound'), { id: r.id, v: await version() })).data.startEvaluationRound.state).toBe('SCORING');
    expect(codeOf(await s.as('xueyuan', UNITS, { id: r.id, u: [demoUnitId('civil')] }))).toBe('ROUND_NOT_PREPARING');
  });

  it('a questionnaire is published only before its end, answered with a valid key, scored only while the round is scoring', async () => {
    const { roundId, response } = await (async () => {
      const tree = flatTree().map((n) => (n.key === 'RESPONSE' ? { ...n, methods: ['QUESTIONNAIRE'] } : n));
      const system = await approvedSystem(2047, tree);
      const r = (
        await s.as('xueyuan', CREATE_ROUND, {
          i: { year: 2047, title: '2047年度评估', systemId: system.id, periodStart: '2047-01-01', periodEnd: '2047-12-31' },
        })
      ).data.createEvaluationRound;
      await s.as('xueyuan', 'mutation($id:ID!,$u:[ID!]!){ setRoundUnits(id:$id, unitIds:$u){ id } }', { id: r.id, u: [demoUnitId('education')] });
      return { roundId: r.id as string, response: (await leavesOf(system.id)).find((l: any) => l.dimension === 'RESPONSE') };
    })();
    const SAVE_Q = 'mutation($r:ID!,$i:QuestionnaireInput!){ saveQuestionnaire(roundId:$r, input:$i){ id version questions { id } } }';
    const q = (
      await s.as('xueyuan', SAVE_Q, {
        r: roundId,
        i: {
          title: '调查',
          opensOn: '2020-01-01',
          closesOn: '2020-01-31',
          minResponses: 1,
          questions: [{ text: '满意吗？', indicatorId: response.id }],
        },
      })
    ).data.saveQuestionnaire;
    // its end has passed: not published
    expect(codeOf(await s.as('xueyuan', STEP('publishQuestionnaire'), { id: q.id, v: q.version }))).toBe('QUESTIONNAIRE_WINDOW_INVALID');
    const saved = (
      await s.as(
        'xueyuan',
        'mutation($r:ID!,$v:Int,$i:QuestionnaireInput!){ saveQuestionnaire(roundId:$r, version:$v, input:$i){ id version questions { id } } }',
        {
          r: roundId,
          v: q.version,
          i: { title: '调查', opensOn: today(), closesOn: today(), minResponses: 1, questions: [{ text: '满意吗？', indicatorId: response.id }] },
        },
      )
    ).data.saveQuestionnaire;
    const pub = (await s.as('xueyuan', STEP('publishQuestionnaire'), { id: saved.id, v: saved.version })).data.publishQuestionnaire;
    const RESPOND = 'mutation($i:QuestionnaireResponseInput!){ submitQuestionnaireResponse(input:$i){ received } }';
    const input = {
      questionnaireId: saved.id,
      unitId: demoUnitId('education'),
      phone: '13600009999',
      answers: [{ questionId: saved.questions[0].id, value: 5 }],
    };
    expect(codeOf(await s.gql(RESPOND, { i: { ...input, idempotencyKey: 'short' } }))).toBe('IDEMPOTENCY_KEY_REQUIRED');
    expect(codeOf(await s.gql(RESPOND, { i: { ...input, idempotencyKey: 'has spaces in it' } }))).toBe('IDEMPOTENCY_KEY_REQUIRED');
    // the window over, but the round still preparing: not scored
    await s.sql(`update questionnaire set closes_on = ?::date - 1, opens_on = ?::date - 2 where id = ?`, [today(), today(), saved.id]);
    expect(codeOf(await s.as('xueyuan', STEP('aggregateQuestionnaire'), { id: saved.id, v: pub.version }))).toBe('ROUND_NOT_SCORING');
  });
});
