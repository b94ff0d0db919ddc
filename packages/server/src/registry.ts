// What each part of the application contributes to the GraphQL schema.
import type { NonEmptyArray } from 'type-graphql';
import { AuditResolver } from './common/audit/audit.resolver.js';
import { CalendarResolver } from './common/calendar/calendar.resolver.js';
import { ParametersResolver } from './common/parameters/parameters.resolver.js';
import { TodoResolver } from './common/todo/todo.resolver.js';
import { AttachmentsResolver } from './common/attachments/attachments.resolver.js';
import { OrganisationResolver, UserResolver } from './modules/organisation/organisation.resolver.js';
import { AccountRequestResolver } from './modules/accounts/accounts.resolver.js';
import { DocumentResolver } from './modules/documents/documents.resolver.js';
import {
  DocumentInterpretationsResolver, InterpretationResolver, PublicDocumentInterpretationsResolver,
} from './modules/interpretation/interpretation.resolver.js';
import {
  ConsultationEventResolver, OpinionResolver, PublicTopicResolver, TopicResolver,
} from './modules/consultation/consultation.resolver.js';
import { AgendaItemResolver, AttendanceProposalResolver, MeetingResolver } from './modules/meetings/meetings.resolver.js';
import {
  AppealResolver, EvaluatedUnitResolver, EvaluationRoundResolver, EvaluationScoreResolver, EvaluatorAssignmentResolver, IndicatorSystemResolver,
  QuestionnaireResolver,
} from './modules/evaluation/evaluation.resolver.js';
import { SupervisorFeedbackResolver, SupervisorResolver } from './modules/supervisors/supervisors.resolver.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [
  OrganisationResolver, UserResolver, ParametersResolver, CalendarResolver, AuditResolver, TodoResolver,
  AttachmentsResolver, AccountRequestResolver, DocumentResolver, InterpretationResolver, DocumentInterpretationsResolver,
  PublicDocumentInterpretationsResolver, TopicResolver, PublicTopicResolver, OpinionResolver,
  ConsultationEventResolver, MeetingResolver, AgendaItemResolver, AttendanceProposalResolver,
  SupervisorResolver, SupervisorFeedbackResolver,
  IndicatorSystemResolver, EvaluationRoundResolver, EvaluatedUnitResolver, EvaluatorAssignmentResolver, EvaluationScoreResolver, AppealResolver,
  QuestionnaireResolver,
];

