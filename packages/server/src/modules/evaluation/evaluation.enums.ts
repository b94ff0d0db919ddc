// The module's GraphQL enums, from the shared vocabulary.
import { registerEnumType } from 'type-graphql';
import {
  EVALUATION_DIMENSIONS,
  EVALUATION_METHODS,
  INDICATOR_SYSTEM_STATES,
  ROUND_STATES,
  EVALUATION_GROUPS,
  APPEAL_STATES,
  GRADES,
  QUESTIONNAIRE_STATES,
  AGGREGATION_RULES,
  type EvaluationDimension,
  type EvaluationMethod,
  type IndicatorSystemState,
  type RoundState,
  type EvaluationGroup,
  type AppealState,
  type Grade,
  type QuestionnaireState,
  type AggregationRule,
} from '@gongkai/shared';
import { enumObject } from '../../common/graphql/enums.js';

export const EvaluationDimensionEnum = enumObject<EvaluationDimension>(EVALUATION_DIMENSIONS);
registerEnumType(EvaluationDimensionEnum, { name: 'EvaluationDimension' });
export const EvaluationMethodEnum = enumObject<EvaluationMethod>(EVALUATION_METHODS);
registerEnumType(EvaluationMethodEnum, { name: 'EvaluationMethod' });
export const IndicatorSystemStateEnum = enumObject<IndicatorSystemState>(INDICATOR_SYSTEM_STATES);
registerEnumType(IndicatorSystemStateEnum, { name: 'IndicatorSystemState' });
export const RoundStateEnum = enumObject<RoundState>(ROUND_STATES);
registerEnumType(RoundStateEnum, { name: 'RoundState' });
export const EvaluationGroupEnum = enumObject<EvaluationGroup>(EVALUATION_GROUPS);
registerEnumType(EvaluationGroupEnum, { name: 'EvaluationGroup' });
export const AppealStateEnum = enumObject<AppealState>(APPEAL_STATES);
registerEnumType(AppealStateEnum, { name: 'AppealState' });
export const GradeEnum = enumObject<Grade>(GRADES);
registerEnumType(GradeEnum, { name: 'Grade' });
export const QuestionnaireStateEnum = enumObject<QuestionnaireState>(QUESTIONNAIRE_STATES);
registerEnumType(QuestionnaireStateEnum, { name: 'QuestionnaireState' });
export const AggregationRuleEnum = enumObject<AggregationRule>(AGGREGATION_RULES);
registerEnumType(AggregationRuleEnum, { name: 'AggregationRule' });
