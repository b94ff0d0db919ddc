// The module's GraphQL enums, from the shared vocabulary.
import { registerEnumType } from 'type-graphql';
import {
  DOCUMENT_KINDS,
  DISCLOSURE_ATTRIBUTES,
  NON_DISCLOSURE_REASONS,
  DOCUMENT_STATES,
  type DocumentKind,
  type DisclosureAttribute,
  type NonDisclosureReason,
  type DocumentState,
} from '@gongkai/shared';
import { enumObject } from '../../common/graphql/enums.js';

export const DocumentKindEnum = enumObject<DocumentKind>(DOCUMENT_KINDS);
registerEnumType(DocumentKindEnum, { name: 'DocumentKind' });
export const DisclosureAttributeEnum = enumObject<DisclosureAttribute>(DISCLOSURE_ATTRIBUTES);
registerEnumType(DisclosureAttributeEnum, { name: 'DisclosureAttribute' });
export const NonDisclosureReasonEnum = enumObject<NonDisclosureReason>(NON_DISCLOSURE_REASONS);
registerEnumType(NonDisclosureReasonEnum, { name: 'NonDisclosureReason' });
export const DocumentStateEnum = enumObject<DocumentState>(DOCUMENT_STATES);
registerEnumType(DocumentStateEnum, { name: 'DocumentState' });
