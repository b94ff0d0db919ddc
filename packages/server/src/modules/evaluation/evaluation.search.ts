// What the portal's search finds of the third-party evaluation: each published year's results of the
// government the portal shows (the top of the tree), with the units evaluated.
import { ROUND_PUBLISHED_STATES } from '@gongkai/shared';
import type { SearchSource } from '../../common/search/source.js';
import { Unit } from '../../common/organisation/organisation.entities.js';
import { EvaluationRound } from './evaluation.entities.js';

const PUBLISHED = { state: { $in: [...ROUND_PUBLISHED_STATES] }, government: { parent: null } };

export const EVALUATION_SEARCH: SearchSource = {
  kind: 'evaluation',
  label: '评估结果',
  audience: 'public',
  entities: ['EvaluationRound'],
  load: async (em, ids) => {
    const rounds = await em.find(EvaluationRound, { $and: [PUBLISHED, { id: { $in: ids } }] } as never);
    const unitIds = [...new Set(rounds.flatMap((r) => r.evaluatedUnitIds))];
    const names = new Map((await em.find(Unit, { id: { $in: unitIds } }, { fields: ['id', 'name'] })).map((u) => [u.id, u.name]));
    return rounds.map((r) => ({
      id: r.id,
      title: `${r.title}结果`,
      body: `政务公开第三方评估结果。参评单位：${r.evaluatedUnitIds
        .map((id) => names.get(id) ?? '')
        .filter(Boolean)
        .join('、')}`,
      governmentId: r.government.id,
      publishedAt: r.publishedAt ?? null,
      path: `/evaluation?year=${r.year}`,
    }));
  },
  allIds: async (em) => (await em.find(EvaluationRound, PUBLISHED as never, { fields: ['id'] })).map((r) => r.id),
};
