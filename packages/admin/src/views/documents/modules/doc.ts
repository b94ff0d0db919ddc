import {
  DOCUMENT_EDITABLE_STATES,
  GOVERNMENT_LEVEL_KINDS,
  asSubject,
  type DocumentKind,
  type DocumentState,
  type SubjectObject,
} from '@gongkai/shared';
import { today } from '@/utils/format';
import type { DocumentListFieldsFragment, InterpretationFieldsFragment } from '../gql/graphql';

export type DocRow = DocumentListFieldsFragment;
export type InterpretationRow = InterpretationFieldsFragment;

export const STATE_TAG: Record<DocumentState, 'info' | 'warning' | 'success' | 'danger' | 'primary'> = {
  DRAFT: 'info',
  OFFICER_REVIEW: 'warning',
  HEAD_SIGNOFF: 'warning',
  DISCLOSURE_REVIEW: 'warning',
  FORWARDED: 'primary',
  READY_TO_ISSUE: 'primary',
  RETURNED: 'danger',
  ISSUED: 'success',
};

/** States in which the drafter may still change the draft and (re)submit it (the shared rule the server applies). */
export const EDITABLE_STATES: readonly DocumentState[] = DOCUMENT_EDITABLE_STATES;

/** The four flags of a policy document, in the order of the notice. */
export const FLAGS = ['closeToPublic', 'wideScope', 'highAttention', 'specialised'] as const;
export type Flag = (typeof FLAGS)[number];

export const isGovernmentLevel = (kind: DocumentKind | string) => GOVERNMENT_LEVEL_KINDS.includes(kind as DocumentKind);

/** The document as a CASL subject: the fields the rules' conditions name. */
export function docSubject(d: Pick<DocRow, 'id' | 'leadUnitId' | 'coUnitIds' | 'state' | 'kind' | 'governmentId'>): SubjectObject {
  return asSubject('PolicyDocument', {
    id: d.id,
    leadUnitId: d.leadUnitId,
    coUnitIds: [...d.coUnitIds],
    state: d.state,
    kind: d.kind,
    governmentId: d.governmentId,
  });
}

export function interpretationSubject(i: Pick<InterpretationRow, 'id' | 'ownerUnitId' | 'governmentId' | 'state'>): SubjectObject {
  return asSubject('Interpretation', { id: i.id, ownerUnitId: i.ownerUnitId, governmentId: i.governmentId, state: i.state });
}

/** The printable .docx of an issued document (served by the API, same origin). */
export const docxUrl = (id: string) => `/documents/${id}/docx`;

/** Pages of the public portal (served at the site root). */
export const portalDocumentUrl = (id: string) => `/documents/${id}`;
export const portalInterpretationUrl = (id: string) => `/interpretations/${id}`;

/** A document can be printed once issued, unless it is classified (its content is not here). */
export const printable = (d: Pick<DocRow, 'state' | 'classified'>) => d.state === 'ISSUED' && !d.classified;

/** For date pickers: a day after today (Asia/Shanghai) cannot be chosen. */
export function afterToday(d: Date): boolean {
  const local = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return local > today();
}
