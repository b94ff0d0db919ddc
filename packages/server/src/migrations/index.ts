// Committed migrations, listed explicitly so one configuration serves every runtime.
import { Migration20261127000000_foundation } from './Migration20261127000000_foundation.js';
import { Migration20261127010000_documents } from './Migration20261127010000_documents.js';
import { Migration20261127020000_consultation } from './Migration20261127020000_consultation.js';
import { Migration20261127030000_consultation_events } from './Migration20261127030000_consultation_events.js';
import { Migration20261127040000_meetings } from './Migration20261127040000_meetings.js';
import { Migration20261201010000_supervisors } from './Migration20261201010000_supervisors.js';
import { Migration20261201020000_evaluation } from './Migration20261201020000_evaluation.js';
import { Migration20261201030000_questionnaire } from './Migration20261201030000_questionnaire.js';
import { Migration20261202010000_meeting_notice_due } from './Migration20261202010000_meeting_notice_due.js';
import { Migration20261206100000_idempotency } from './Migration20261206100000_idempotency.js';
import { Migration20261206100000_document_reads } from './Migration20261206100000_document_reads.js';
import { Migration20261206100000_security_sessions } from './Migration20261206100000_security_sessions.js';
import { Migration20261207010000_complaints } from './Migration20261207010000_complaints.js';
import { Migration20261207020000_complaint_extension } from './Migration20261207020000_complaint_extension.js';
import { Migration20261207030000_complaint_statistics } from './Migration20261207030000_complaint_statistics.js';
import { Migration20261207040000_complaint_imports } from './Migration20261207040000_complaint_imports.js';
import { Migration20261207050000_complaint_indexes } from './Migration20261207050000_complaint_indexes.js';
import { Migration20261207060000_complaint_reminders } from './Migration20261207060000_complaint_reminders.js';
import { Migration20261207070000_citizen_files } from './Migration20261207070000_citizen_files.js';
import { Migration20261207080000_complaint_previous_rating } from './Migration20261207080000_complaint_previous_rating.js';
import { Migration20261207090000_requests } from './Migration20261207090000_requests.js';
import { Migration20261207400000_annual_report } from './Migration20261207400000_annual_report.js';

export const MIGRATIONS = [
  { name: 'Migration20261127000000_foundation', class: Migration20261127000000_foundation },
  { name: 'Migration20261127010000_documents', class: Migration20261127010000_documents },
  { name: 'Migration20261127020000_consultation', class: Migration20261127020000_consultation },
  { name: 'Migration20261127030000_consultation_events', class: Migration20261127030000_consultation_events },
  { name: 'Migration20261127040000_meetings', class: Migration20261127040000_meetings },
  { name: 'Migration20261201010000_supervisors', class: Migration20261201010000_supervisors },
  { name: 'Migration20261201020000_evaluation', class: Migration20261201020000_evaluation },
  { name: 'Migration20261201030000_questionnaire', class: Migration20261201030000_questionnaire },
  { name: 'Migration20261202010000_meeting_notice_due', class: Migration20261202010000_meeting_notice_due },
  { name: 'Migration20261206100000_idempotency', class: Migration20261206100000_idempotency },
  { name: 'Migration20261206100000_document_reads', class: Migration20261206100000_document_reads },
  { name: 'Migration20261206100000_security_sessions', class: Migration20261206100000_security_sessions },
  { name: 'Migration20261207010000_complaints', class: Migration20261207010000_complaints },
  { name: 'Migration20261207020000_complaint_extension', class: Migration20261207020000_complaint_extension },
  { name: 'Migration20261207030000_complaint_statistics', class: Migration20261207030000_complaint_statistics },
  { name: 'Migration20261207040000_complaint_imports', class: Migration20261207040000_complaint_imports },
  { name: 'Migration20261207050000_complaint_indexes', class: Migration20261207050000_complaint_indexes },
  { name: 'Migration20261207060000_complaint_reminders', class: Migration20261207060000_complaint_reminders },
  { name: 'Migration20261207070000_citizen_files', class: Migration20261207070000_citizen_files },
  { name: 'Migration20261207080000_complaint_previous_rating', class: Migration20261207080000_complaint_previous_rating },
  { name: 'Migration20261207090000_requests', class: Migration20261207090000_requests },
  { name: 'Migration20261207400000_annual_report', class: Migration20261207400000_annual_report },
];
