import { EVALUATION_TODO_KINDS } from '@gongkai/shared';
import type { ModuleManifest } from '../../common/modules.js';
import { AppError } from '../../common/errors.js';
import * as enums from './evaluation.enums.js';
import {
  Appeal,
  EvaluatedUnit,
  EvaluationRound,
  EvaluationScore,
  EvaluatorAssignment,
  Indicator,
  IndicatorSystem,
  Question,
  QuestionAnswer,
  Questionnaire,
  QuestionnaireResponse,
} from './evaluation.entities.js';
import { registerEvaluationRoutes } from './evaluation.export.js';
import {
  AppealResolver,
  EvaluatedUnitResolver,
  EvaluationRoundResolver,
  EvaluationScoreResolver,
  EvaluatorAssignmentResolver,
  IndicatorSystemResolver,
  QuestionnaireResolver,
} from './evaluation.resolver.js';
import { getScore, scoreForEvidence } from './evaluation.service.js';
import { seedEvaluation } from './evaluation.seed.js';
import { EVALUATION_SEARCH } from './evaluation.search.js';

/** System 7: third-party evaluation by the academy, with the public questionnaire. */
export const evaluationModule: ModuleManifest = {
  name: 'evaluation',
  entities: [
    IndicatorSystem,
    Indicator,
    EvaluationRound,
    EvaluatedUnit,
    EvaluatorAssignment,
    EvaluationScore,
    Appeal,
    Questionnaire,
    Question,
    QuestionnaireResponse,
    QuestionAnswer,
  ],
  resolvers: [
    IndicatorSystemResolver,
    EvaluationRoundResolver,
    EvaluatedUnitResolver,
    EvaluatorAssignmentResolver,
    EvaluationScoreResolver,
    AppealResolver,
    QuestionnaireResolver,
  ],
  enums: { ...enums },
  routes: registerEvaluationRoutes,
  attachmentOwners: {
    EvaluationScore: {
      // screenshots and files behind a score: read with the score, added by its evaluator while scoring
      read: (ctx, id) => getScore(ctx, id),
      attach: (ctx, id) => scoreForEvidence(ctx, id),
    },
  },
  uniqueRefusals: {
    evaluation_appeal_one_open_per_score: () => new AppError('APPEAL_PENDING', '该项得分已有待答复的申诉'),
    evaluation_score_round_id_unit_id_indicator_id_unique: () =>
      new AppError('VERSION_CONFLICT', '该项指标刚由他人评分，请刷新后重试', { field: 'score' }),
    // serialised by locks; kept as plain refusals should a writer ever skip them
    indicator_system_government_id_year_revision_unique: () => new AppError('VERSION_CONFLICT', '同时有人新建了该年度的指标体系，请刷新后重试'),
    questionnaire_round_id_unique: () => new AppError('VERSION_CONFLICT', '该评估轮次的问卷刚由他人设置，请刷新后重试'),
  },
  todoKinds: EVALUATION_TODO_KINDS,
  searchSources: [EVALUATION_SEARCH],
  seed: (em, config) => seedEvaluation(em, config),
};
