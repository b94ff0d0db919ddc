// Every entity of the application, in one list for the ORM.
import { Unit, User } from './common/organisation/organisation.entities.js';
import { Session, LoginAttempt } from './common/auth/auth.entities.js';
import { AuditRecord } from './common/audit/audit.entities.js';
import { Todo, Notification } from './common/todo/todo.entities.js';
import { ParameterVersion } from './common/parameters/parameters.entities.js';
import { CalendarDay, CalendarYear } from './common/calendar/calendar.entities.js';
import { Attachment } from './common/attachments/attachments.entities.js';
import { AccountRequest } from './modules/accounts/accounts.entities.js';
import { PolicyDocument } from './modules/documents/documents.entities.js';
import { Interpretation } from './modules/interpretation/interpretation.entities.js';
import { ConsultationEvent, ConsultationTopic, MaterialDelivery, Opinion } from './modules/consultation/consultation.entities.js';
import { AgendaItem, AttendanceProposal, GovernmentMeeting, Invitee, PressRelease } from './modules/meetings/meetings.entities.js';
import {
  Appeal, EvaluatedUnit, EvaluationRound, EvaluationScore, EvaluatorAssignment, Indicator, IndicatorSystem,
  Question, QuestionAnswer, Questionnaire, QuestionnaireResponse,
} from './modules/evaluation/evaluation.entities.js';
import { Supervisor, SupervisorFeedback } from './modules/supervisors/supervisors.entities.js';

export const ENTITIES = [
  Unit, User, Session, LoginAttempt, AuditRecord, Todo, Notification, ParameterVersion,
  CalendarDay, CalendarYear, Attachment, AccountRequest, PolicyDocument, Interpretation,
  ConsultationTopic, Opinion, ConsultationEvent, MaterialDelivery, GovernmentMeeting, AgendaItem, AttendanceProposal, Invitee,
  PressRelease, Supervisor, SupervisorFeedback,
  IndicatorSystem, Indicator, EvaluationRound, EvaluatedUnit, EvaluatorAssignment, EvaluationScore, Appeal,
  Questionnaire, Question, QuestionnaireResponse, QuestionAnswer,
];
