// The kernel's own part of the application: what every work system builds on.
import { FOUNDATION_TODO_KINDS } from '@gongkai/shared';
import type { ModuleManifest } from './modules.js';
import { AppError } from './errors.js';
import * as enums from './graphql/enums.js';
import { Unit, User } from './organisation/organisation.entities.js';
import { LoginAttempt, Session } from './auth/auth.entities.js';
import { AuditRecord } from './audit/audit.entities.js';
import { Notification, Todo } from './todo/todo.entities.js';
import { ParameterVersion } from './parameters/parameters.entities.js';
import { CalendarDay, CalendarYear } from './calendar/calendar.entities.js';
import { Attachment } from './attachments/attachments.entities.js';
import { IdempotencyRecord } from './idempotency/idempotency.entities.js';
import { AuditResolver } from './audit/audit.resolver.js';
import { CalendarResolver } from './calendar/calendar.resolver.js';
import { ParametersResolver } from './parameters/parameters.resolver.js';
import { TodoResolver } from './todo/todo.resolver.js';
import { AttachmentsResolver } from './attachments/attachments.resolver.js';
import { remindCalendarYear } from './calendar/calendar.service.js';
import { anchorAuditChains } from './audit/audit.service.js';
import { SearchResolver } from './search/search.resolver.js';

export const kernelModule: ModuleManifest = {
  name: 'kernel',
  entities: [
    Unit,
    User,
    Session,
    LoginAttempt,
    AuditRecord,
    Todo,
    Notification,
    ParameterVersion,
    CalendarDay,
    CalendarYear,
    Attachment,
    IdempotencyRecord,
  ],
  resolvers: [ParametersResolver, CalendarResolver, AuditResolver, TodoResolver, AttachmentsResolver, SearchResolver],
  enums: {
    RoleEnum: enums.RoleEnum,
    UnitFunctionEnum: enums.UnitFunctionEnum,
    UnitKindEnum: enums.UnitKindEnum,
    GovLevelEnum: enums.GovLevelEnum,
    CalendarDayKindEnum: enums.CalendarDayKindEnum,
  },
  uniqueRefusals: {
    policy_parameter_version_key_effective_from_unique: () =>
      new AppError('PARAMETER_VERSION_EXISTS', '该参数在此生效日期已有版本，历史版本不可修改', { field: 'effectiveFrom' }),
  },
  todoKinds: FOUNDATION_TODO_KINDS,
  // from calendar.warnFrom on, the administrators are reminded to enter next year's holidays
  // and every hour an anchor names the audit chains' heads
  jobs: [
    { name: 'calendar.nextYear', everyHours: 6, run: remindCalendarYear },
    { name: 'audit.anchor', everyHours: 1, run: anchorAuditChains },
  ],
};
