import type { Messages } from './messages';

/** English messages of this module, loaded only when a user chooses English (Chinese, the source, is in messages.ts). */
export const en: Messages = {
  menu: {
    audit: 'Audit log',
  },
  audit: {
    title: 'Audit log',
    chainOk: 'Audit chain intact: {n} records checked at {t}.',
    chainBroken: 'Audit chain broken from record {seq}: records may have been tampered with! {n} checked at {t}.',
    recheck: 'Check again',
    seq: 'No.',
    at: 'Time',
    actor: 'Actor',
    actorId: 'Actor ID',
    action: 'Action',
    actionPlaceholder: 'Action (prefix, e.g. User.)',
    subjectType: 'Subject type',
    subjectId: 'Subject ID',
    address: 'Address',
    requestId: 'Request',
    hash: 'Hash',
    before: 'Before',
    after: 'After',
    period: 'Period',
    start: 'From',
    end: 'To',
    system: 'System',
    nothing: '(none)',
    changed: 'Changed: {fields}',
    invalidJson: '(not JSON)',
  },
};
