// The module's GraphQL enums, from the shared vocabulary.
import { registerEnumType } from 'type-graphql';
import {
  APPLICANT_KINDS,
  DELIVERY_METHODS,
  ID_PROOF_KINDS,
  INFORMATION_FORMS,
  REPLY_TYPES,
  REQUEST_CHANNELS,
  REQUEST_EXTENSION_STATES,
  REQUEST_STATES,
  type ApplicantKind,
  type DeliveryMethod,
  type IdProofKind,
  type InformationForm,
  type ReplyType,
  type RequestChannel,
  type RequestExtensionState,
  type RequestState,
} from '@gongkai/shared';
import { enumObject } from '../../common/graphql/enums.js';

export const ApplicantKindEnum = enumObject<ApplicantKind>(APPLICANT_KINDS);
registerEnumType(ApplicantKindEnum, { name: 'ApplicantKind', description: '申请人类型' });
export const IdProofKindEnum = enumObject<IdProofKind>(ID_PROOF_KINDS);
registerEnumType(IdProofKindEnum, { name: 'IdProofKind', description: '身份证明' });
export const RequestChannelEnum = enumObject<RequestChannel>(REQUEST_CHANNELS);
registerEnumType(RequestChannelEnum, { name: 'RequestChannel', description: '申请方式 (Art. 31)' });
export const InformationFormEnum = enumObject<InformationForm>(INFORMATION_FORMS);
registerEnumType(InformationFormEnum, { name: 'InformationForm' });
export const DeliveryMethodEnum = enumObject<DeliveryMethod>(DELIVERY_METHODS);
registerEnumType(DeliveryMethodEnum, { name: 'DeliveryMethod' });
export const RequestStateEnum = enumObject<RequestState>(REQUEST_STATES);
registerEnumType(RequestStateEnum, { name: 'DisclosureRequestState' });
export const RequestExtensionStateEnum = enumObject<RequestExtensionState>(REQUEST_EXTENSION_STATES);
registerEnumType(RequestExtensionStateEnum, { name: 'DisclosureRequestExtensionState' });
export const ReplyTypeEnum = enumObject<ReplyType>(REPLY_TYPES);
registerEnumType(ReplyTypeEnum, { name: 'ReplyType', description: '答复类型 (Art. 36)' });
