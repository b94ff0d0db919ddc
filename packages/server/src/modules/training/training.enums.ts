// The module's GraphQL enums, from the shared vocabulary.
import { registerEnumType } from 'type-graphql';
import {
  TRAINING_ATTENDANCE_METHODS,
  TRAINING_AUDIENCES,
  TRAINING_ENROLMENT_SOURCES,
  TRAINING_KINDS,
  TRAINING_SESSION_STATES,
  type TrainingAttendanceMethod,
  type TrainingAudience,
  type TrainingEnrolmentSource,
  type TrainingKind,
  type TrainingSessionState,
} from '@gongkai/shared';
import { enumObject } from '../../common/graphql/enums.js';

export const TrainingKindEnum = enumObject<TrainingKind>(TRAINING_KINDS);
registerEnumType(TrainingKindEnum, { name: 'TrainingKind' });
export const TrainingAudienceEnum = enumObject<TrainingAudience>(TRAINING_AUDIENCES);
registerEnumType(TrainingAudienceEnum, { name: 'TrainingAudience' });
export const TrainingSessionStateEnum = enumObject<TrainingSessionState>(TRAINING_SESSION_STATES);
registerEnumType(TrainingSessionStateEnum, { name: 'TrainingSessionState' });
export const TrainingEnrolmentSourceEnum = enumObject<TrainingEnrolmentSource>(TRAINING_ENROLMENT_SOURCES);
registerEnumType(TrainingEnrolmentSourceEnum, { name: 'TrainingEnrolmentSource' });
export const TrainingAttendanceMethodEnum = enumObject<TrainingAttendanceMethod>(TRAINING_ATTENDANCE_METHODS);
registerEnumType(TrainingAttendanceMethodEnum, { name: 'TrainingAttendanceMethod' });
