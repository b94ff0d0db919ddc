import type { Messages } from './messages';

/** English messages of this module, loaded only when a user chooses English (Chinese, the source, is in messages.ts). */
export const en: Messages = {
  menu: {
    groupReference: 'Reference',
    parameters: 'Policy parameters',
  },
  parameters: {
    notSet: 'Not set (decided by the city each year)',
    title: 'Policy parameters',
    intro:
      'Time limits and numbers set by the notice and related regulations. Each parameter keeps its versions by effective date; a work item uses the version in force on the day it was created. History is never edited.',
    search: 'Name or key',
    name: 'Parameter',
    key: 'Key',
    current: 'In force',
    effectiveFrom: 'Effective from',
    source: 'Source',
    note: 'Note',
    history: 'History',
    createdAt: 'Entered',
    createdBy: 'Entered by',
    system: 'Shipped',
    addVersion: 'Add version',
    addVersionTitle: 'Add version: {label}',
    value: 'Value',
    valueJson: 'Value (JSON)',
    valueJsonHint: 'e.g. 15 or {example}',
    valueRequired: 'Enter the value',
    valueInvalid: 'The value is not valid JSON',
    effectiveFromRequired: 'Choose the effective date',
    sourceRequired: 'Enter the source (document and article)',
    sourcePlaceholder: 'e.g. Interim Regulations on Major Administrative Decisions, Art. 15',
    added: 'Version added',
    inForce: 'In force',
    future: 'Upcoming',
    superseded: 'Superseded',
    noCurrent: 'No version in force',
    versions: '{n} versions',
    effectiveFromHint:
      'Not before today. Existing work items keep the values of their creation day; the new version applies to items created from its date on.',
  },
  valueKey: { REPORT: 'Report', COMPLAINT: 'Complaint', SUGGESTION: 'Suggestion' },
};
