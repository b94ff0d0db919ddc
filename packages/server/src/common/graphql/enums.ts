import { registerEnumType } from 'type-graphql';
import {
  ROLES, UNIT_FUNCTIONS, UNIT_KINDS, GOV_LEVELS, ACCOUNT_REQUEST_STATES, CALENDAR_DAY_KINDS,
  DOCUMENT_KINDS, DISCLOSURE_ATTRIBUTES, NON_DISCLOSURE_REASONS, DOCUMENT_STATES, INTERPRETATION_FORMS, INTERPRETATION_STATES,
  type Role, type UnitFunction, type UnitKind, type GovLevel, type AccountRequestState, type CalendarDayKind,
  type DocumentKind, type DisclosureAttribute, type NonDisclosureReason, type DocumentState, type InterpretationForm,
  type InterpretationState,
  TOPIC_CATEGORIES, TOPIC_STATES, WINDOW_PHASES, OPINION_CHANNELS, ADOPTIONS, EVENT_FORMS, type EventForm,
  MEETING_KINDS, INVITEE_CATEGORIES, PROPOSAL_STATES, type MeetingKind, type InviteeCategory, type ProposalState,
  type TopicCategory, type TopicState, type WindowPhase, type OpinionChannel, type Adoption,
} from '@gongkai/shared';
import {
  EVALUATION_DIMENSIONS, EVALUATION_METHODS, INDICATOR_SYSTEM_STATES, ROUND_STATES, EVALUATION_GROUPS, APPEAL_STATES, GRADES,
  QUESTIONNAIRE_STATES, AGGREGATION_RULES, type QuestionnaireState, type AggregationRule,
  type EvaluationDimension, type EvaluationMethod, type IndicatorSystemState, type RoundState, type EvaluationGroup,
  type AppealState, type Grade,
} from '@gongkai/shared';

/** Turn a shared `as const` list into the object type-graphql wants for an enum. */
export function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const RoleEnum = enumObject<Role>(ROLES);
export const UnitFunctionEnum = enumObject<UnitFunction>(UNIT_FUNCTIONS);
export const UnitKindEnum = enumObject<UnitKind>(UNIT_KINDS);
export const GovLevelEnum = enumObject<GovLevel>(GOV_LEVELS);
export const AccountRequestStateEnum = enumObject<AccountRequestState>(ACCOUNT_REQUEST_STATES);
export const CalendarDayKindEnum = enumObject<CalendarDayKind>(CALENDAR_DAY_KINDS);

registerEnumType(RoleEnum, { name: 'Role' });
registerEnumType(UnitFunctionEnum, { name: 'UnitFunction' });
registerEnumType(UnitKindEnum, { name: 'UnitKind' });
registerEnumType(GovLevelEnum, { name: 'GovLevel' });
registerEnumType(AccountRequestStateEnum, { name: 'AccountRequestState' });
registerEnumType(CalendarDayKindEnum, { name: 'CalendarDayKind' });

export const DocumentKindEnum = enumObject<DocumentKind>(DOCUMENT_KINDS);
export const DisclosureAttributeEnum = enumObject<DisclosureAttribute>(DISCLOSURE_ATTRIBUTES);
export const NonDisclosureReasonEnum = enumObject<NonDisclosureReason>(NON_DISCLOSURE_REASONS);
export const DocumentStateEnum = enumObject<DocumentState>(DOCUMENT_STATES);
export const InterpretationFormEnum = enumObject<InterpretationForm>(INTERPRETATION_FORMS);
export const InterpretationStateEnum = enumObject<InterpretationState>(INTERPRETATION_STATES);
registerEnumType(DocumentKindEnum, { name: 'DocumentKind' });
registerEnumType(DisclosureAttributeEnum, { name: 'DisclosureAttribute' });
registerEnumType(NonDisclosureReasonEnum, { name: 'NonDisclosureReason' });
registerEnumType(DocumentStateEnum, { name: 'DocumentState' });
registerEnumType(InterpretationFormEnum, { name: 'InterpretationForm' });
registerEnumType(InterpretationStateEnum, { name: 'InterpretationState' });

export const TopicCategoryEnum = enumObject<TopicCategory>(TOPIC_CATEGORIES);
export const TopicStateEnum = enumObject<TopicState>(TOPIC_STATES);
export const WindowPhaseEnum = enumObject<WindowPhase>(WINDOW_PHASES);
export const OpinionChannelEnum = enumObject<OpinionChannel>(OPINION_CHANNELS);
export const AdoptionEnum = enumObject<Adoption>(ADOPTIONS);
registerEnumType(TopicCategoryEnum, { name: 'TopicCategory' });
registerEnumType(TopicStateEnum, { name: 'TopicState' });
registerEnumType(WindowPhaseEnum, { name: 'WindowPhase' });
registerEnumType(OpinionChannelEnum, { name: 'OpinionChannel' });
registerEnumType(AdoptionEnum, { name: 'Adoption' });
export const EventFormEnum = enumObject<EventForm>(EVENT_FORMS);
registerEnumType(EventFormEnum, { name: 'EventForm' });
export const MeetingKindEnum = enumObject<MeetingKind>(MEETING_KINDS);
export const InviteeCategoryEnum = enumObject<InviteeCategory>(INVITEE_CATEGORIES);
export const ProposalStateEnum = enumObject<ProposalState>(PROPOSAL_STATES);
registerEnumType(MeetingKindEnum, { name: 'MeetingKind' });
registerEnumType(InviteeCategoryEnum, { name: 'InviteeCategory' });
registerEnumType(ProposalStateEnum, { name: 'ProposalState' });

// ——— third-party evaluation (system 7) ———
export const EvaluationDimensionEnum = enumObject<EvaluationDimension>(EVALUATION_DIMENSIONS);
export const EvaluationMethodEnum = enumObject<EvaluationMethod>(EVALUATION_METHODS);
export const IndicatorSystemStateEnum = enumObject<IndicatorSystemState>(INDICATOR_SYSTEM_STATES);
export const RoundStateEnum = enumObject<RoundState>(ROUND_STATES);
export const EvaluationGroupEnum = enumObject<EvaluationGroup>(EVALUATION_GROUPS);
export const AppealStateEnum = enumObject<AppealState>(APPEAL_STATES);
export const GradeEnum = enumObject<Grade>(GRADES);
registerEnumType(EvaluationDimensionEnum, { name: 'EvaluationDimension' });
registerEnumType(EvaluationMethodEnum, { name: 'EvaluationMethod' });
registerEnumType(IndicatorSystemStateEnum, { name: 'IndicatorSystemState' });
registerEnumType(RoundStateEnum, { name: 'RoundState' });
registerEnumType(EvaluationGroupEnum, { name: 'EvaluationGroup' });
registerEnumType(AppealStateEnum, { name: 'AppealState' });
registerEnumType(GradeEnum, { name: 'Grade' });
export const QuestionnaireStateEnum = enumObject<QuestionnaireState>(QUESTIONNAIRE_STATES);
export const AggregationRuleEnum = enumObject<AggregationRule>(AGGREGATION_RULES);
registerEnumType(QuestionnaireStateEnum, { name: 'QuestionnaireState' });
registerEnumType(AggregationRuleEnum, { name: 'AggregationRule' });

// ——— supervisors (system 7) ———
import {
  SUPERVISOR_CATEGORIES, FEEDBACK_KINDS, FEEDBACK_STATES, FEEDBACK_RATINGS,
  type SupervisorCategory, type FeedbackKind, type FeedbackState, type FeedbackRating,
} from '@gongkai/shared';
export const SupervisorCategoryEnum = enumObject<SupervisorCategory>(SUPERVISOR_CATEGORIES);
export const FeedbackKindEnum = enumObject<FeedbackKind>(FEEDBACK_KINDS);
export const FeedbackStateEnum = enumObject<FeedbackState>(FEEDBACK_STATES);
export const FeedbackRatingEnum = enumObject<FeedbackRating>(FEEDBACK_RATINGS);
registerEnumType(SupervisorCategoryEnum, { name: 'SupervisorCategory' });
registerEnumType(FeedbackKindEnum, { name: 'FeedbackKind' });
registerEnumType(FeedbackStateEnum, { name: 'FeedbackState' });
registerEnumType(FeedbackRatingEnum, { name: 'FeedbackRating' });
