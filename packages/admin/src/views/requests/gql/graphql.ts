/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 申请人类型 */
export type ApplicantKind =
  | 'BUSINESS'
  | 'LEGAL_SERVICE'
  | 'NATURAL_PERSON'
  | 'OTHER_ORG'
  | 'PUBLIC_INTEREST'
  | 'RESEARCH';

export type DeliveryMethod =
  | 'EMAIL'
  | 'FAX'
  | 'ONLINE'
  | 'PICKUP'
  | 'POST';

export type DisclosureRequestExtensionState =
  | 'APPROVED'
  | 'REJECTED'
  | 'REQUESTED';

export type DisclosureRequestState =
  | 'CORRECTION'
  | 'DELIVERED'
  | 'IN_PROGRESS'
  | 'NOT_REGISTERED'
  | 'REPLIED'
  | 'SUBMITTED'
  | 'THIRD_PARTY';

/** 身份证明 */
export type IdProofKind =
  | 'CREDIT_CODE'
  | 'ID_CARD'
  | 'OTHER_ORG'
  | 'OTHER_PERSONAL'
  | 'PASSPORT';

export type InformationForm =
  | 'ELECTRONIC'
  | 'PAPER';

/** An application received in person, by post, fax or e-mail, registered by its disclosure body */
export type RegisterRequestInput = {
  applicantKind: ApplicantKind;
  /** The natural person, or the name of the organisation */
  applicantName: string;
  channel: RequestChannel;
  /** An organisation's legal representative or contact person */
  contactPerson?: string | null | undefined;
  deliveryMethod: DeliveryMethod;
  email?: string | null | undefined;
  idProofKind: IdProofKind;
  idProofNumber: string;
  informationForm: InformationForm;
  items: Array<RequestItemInput>;
  /** Further explanation (e.g. what the information is for) */
  note?: string | null | undefined;
  phone?: string | null | undefined;
  postalAddress?: string | null | undefined;
  postcode?: string | null | undefined;
  /** 收到申请之日 by the rule of Art. 31 for the channel (handed in, signed for, or confirmed) */
  receivedOn: string;
  /** The administrative body the request is addressed to */
  unitId: string | number;
};

/** 答复类型 (Art. 36) */
export type ReplyType =
  | 'ALREADY_PUBLIC'
  | 'CANNOT_PROVIDE'
  | 'DISCLOSED'
  | 'NOT_DISCLOSED'
  | 'NOT_PROCESSED'
  | 'OTHER'
  | 'PARTLY_DISCLOSED';

/** 申请方式 (Art. 31) */
export type RequestChannel =
  | 'EMAIL'
  | 'FAX'
  | 'IN_PERSON'
  | 'LETTER'
  | 'ONLINE'
  | 'ORDINARY_LETTER';

export type RequestFilter = {
  applicantKind?: ApplicantKind | null | undefined;
  channel?: RequestChannel | null | undefined;
  /** An extension waits for the head */
  extensionRequested?: boolean | null | undefined;
  /** Past the last day, not replied */
  overdue?: boolean | null | undefined;
  /** A request number or words of the information asked */
  search?: string | null | undefined;
  state?: DisclosureRequestState | null | undefined;
  unitId?: string | number | null | undefined;
};

/** One piece of information asked for */
export type RequestItemInput = {
  /** 名称、文号或者便于查询的其他特征性描述 */
  description: string;
  /** The policy document it asks for (staff link it) */
  documentId?: string | number | null | undefined;
};

/** The outcome of one item of the request */
export type RequestOutcomeInput = {
  itemId: string | number;
  /** What the letter says of this item */
  note?: string | null | undefined;
  outcome: ReplyType;
  /** The sub-reason (REPLY_REASONS) for the types that have them */
  reason?: string | null | undefined;
};

export type RequestReplyInput = {
  /** 信息处理费 (yuan) */
  fee?: number | null | undefined;
  /** The day of the reply (default today) */
  on?: string | null | undefined;
  outcomes: Array<RequestOutcomeInput>;
  /** The body of the reply letter */
  reply: string;
  /** 答复书文号 */
  replyNumber?: string | null | undefined;
};

export type DisclosureRequestListFieldsFragment = { id: string, requestNumber: string, applicantKind: ApplicantKind, applicantName: string, channel: RequestChannel, state: DisclosureRequestState, submittedAt: string, receivedOn: string | null, dueOn: string | null, overdue: boolean, extensionState: DisclosureRequestExtensionState | null, repliedOn: string | null, repliedLate: boolean, unitId: string, governmentId: string, version: number, unit: { id: string, name: string, shortName: string | null }, items: Array<{ id: string, seq: number, description: string }> };

export type DisclosureRequestFieldsFragment = { contactPerson: string | null, idProofKind: IdProofKind, idProofNumber: string, phone: string | null, email: string | null, postalAddress: string | null, note: string, informationForm: InformationForm, deliveryMethod: DeliveryMethod, notRegisteredReason: string | null, replyWorkingDays: number | null, clockStartOn: string | null, correctionNoticeDueOn: string | null, correctionAskedOn: string | null, correctionText: string | null, correctionDueOn: string | null, correctionReceivedOn: string | null, thirdPartyName: string | null, thirdPartyFrom: string | null, thirdPartyDueOn: string | null, pausedWorkingDays: number, extensionDays: number | null, extensionReason: string | null, extensionRefusal: string | null, extensionApprovedByName: string | null, replyNumber: string | null, reply: string | null, repliedByName: string | null, feeCharged: number, deliveredOn: string | null, deliveredBy: DeliveryMethod | null, tableRow: string | null, id: string, requestNumber: string, applicantKind: ApplicantKind, applicantName: string, channel: RequestChannel, state: DisclosureRequestState, submittedAt: string, receivedOn: string | null, dueOn: string | null, overdue: boolean, extensionState: DisclosureRequestExtensionState | null, repliedOn: string | null, repliedLate: boolean, unitId: string, governmentId: string, version: number, items: Array<{ id: string, seq: number, description: string, documentId: string | null, outcome: ReplyType | null, outcomeReason: string | null, outcomeNote: string | null }>, letter: { title: string, number: string | null, lines: Array<string>, signature: Array<string> } | null, unit: { id: string, name: string, shortName: string | null } };

export type DisclosureRequestsQueryVariables = Exact<{
  filter?: RequestFilter | null | undefined;
  page: number;
  pageSize: number;
}>;


export type DisclosureRequestsQuery = { disclosureRequests: { total: number, items: Array<{ id: string, requestNumber: string, applicantKind: ApplicantKind, applicantName: string, channel: RequestChannel, state: DisclosureRequestState, submittedAt: string, receivedOn: string | null, dueOn: string | null, overdue: boolean, extensionState: DisclosureRequestExtensionState | null, repliedOn: string | null, repliedLate: boolean, unitId: string, governmentId: string, version: number, unit: { id: string, name: string, shortName: string | null }, items: Array<{ id: string, seq: number, description: string }> }> } };

export type DisclosureRequestCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type DisclosureRequestCountsQuery = { disclosureRequestCounts: { submitted: number, inProgress: number, paused: number, overdue: number, extensionRequested: number, replied: number } };

export type DisclosureRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type DisclosureRequestQuery = { disclosureRequest: { contactPerson: string | null, idProofKind: IdProofKind, idProofNumber: string, phone: string | null, email: string | null, postalAddress: string | null, note: string, informationForm: InformationForm, deliveryMethod: DeliveryMethod, notRegisteredReason: string | null, replyWorkingDays: number | null, clockStartOn: string | null, correctionNoticeDueOn: string | null, correctionAskedOn: string | null, correctionText: string | null, correctionDueOn: string | null, correctionReceivedOn: string | null, thirdPartyName: string | null, thirdPartyFrom: string | null, thirdPartyDueOn: string | null, pausedWorkingDays: number, extensionDays: number | null, extensionReason: string | null, extensionRefusal: string | null, extensionApprovedByName: string | null, replyNumber: string | null, reply: string | null, repliedByName: string | null, feeCharged: number, deliveredOn: string | null, deliveredBy: DeliveryMethod | null, tableRow: string | null, id: string, requestNumber: string, applicantKind: ApplicantKind, applicantName: string, channel: RequestChannel, state: DisclosureRequestState, submittedAt: string, receivedOn: string | null, dueOn: string | null, overdue: boolean, extensionState: DisclosureRequestExtensionState | null, repliedOn: string | null, repliedLate: boolean, unitId: string, governmentId: string, version: number, items: Array<{ id: string, seq: number, description: string, documentId: string | null, outcome: ReplyType | null, outcomeReason: string | null, outcomeNote: string | null }>, letter: { title: string, number: string | null, lines: Array<string>, signature: Array<string> } | null, unit: { id: string, name: string, shortName: string | null } } };

export type DisclosureRequestTableQueryVariables = Exact<{
  year: number;
  unitId?: string | number | null | undefined;
}>;


export type DisclosureRequestTableQuery = { disclosureRequestTable: { year: number, columns: Array<ApplicantKind>, fees: number, rows: Array<{ row: string, counts: Array<number> }> } };

export type FrequentlyRequestedInformationQueryVariables = Exact<{
  year: number;
  unitId?: string | number | null | undefined;
}>;


export type FrequentlyRequestedInformationQuery = { frequentlyRequestedInformation: Array<{ documentId: string | null, description: string, count: number }> };

export type RegisterDisclosureRequestMutationVariables = Exact<{
  input: RegisterRequestInput;
}>;


export type RegisterDisclosureRequestMutation = { registerDisclosureRequest: { id: string } };

export type ConfirmDisclosureRequestMutationVariables = Exact<{
  id: string | number;
  version: number;
  on?: string | null | undefined;
}>;


export type ConfirmDisclosureRequestMutation = { confirmDisclosureRequest: { id: string } };

export type RefuseDisclosureRequestRegistrationMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;


export type RefuseDisclosureRequestRegistrationMutation = { refuseDisclosureRequestRegistration: { id: string } };

export type AskDisclosureRequestCorrectionMutationVariables = Exact<{
  id: string | number;
  version: number;
  text: string;
  dueOn: string;
  on?: string | null | undefined;
}>;


export type AskDisclosureRequestCorrectionMutation = { askDisclosureRequestCorrection: { id: string } };

export type ReceiveDisclosureRequestCorrectionMutationVariables = Exact<{
  id: string | number;
  version: number;
  on?: string | null | undefined;
}>;


export type ReceiveDisclosureRequestCorrectionMutation = { receiveDisclosureRequestCorrection: { id: string } };

export type EndUncorrectedDisclosureRequestMutationVariables = Exact<{
  id: string | number;
  version: number;
  on?: string | null | undefined;
}>;


export type EndUncorrectedDisclosureRequestMutation = { endUncorrectedDisclosureRequest: { id: string } };

export type ConsultDisclosureRequestThirdPartyMutationVariables = Exact<{
  id: string | number;
  version: number;
  thirdParty: string;
  on?: string | null | undefined;
}>;


export type ConsultDisclosureRequestThirdPartyMutation = { consultDisclosureRequestThirdParty: { id: string } };

export type ResumeDisclosureRequestMutationVariables = Exact<{
  id: string | number;
  version: number;
  on?: string | null | undefined;
}>;


export type ResumeDisclosureRequestMutation = { resumeDisclosureRequest: { id: string } };

export type RequestDisclosureRequestExtensionMutationVariables = Exact<{
  id: string | number;
  version: number;
  days: number;
  reason: string;
  on?: string | null | undefined;
}>;


export type RequestDisclosureRequestExtensionMutation = { requestDisclosureRequestExtension: { id: string } };

export type ApproveDisclosureRequestExtensionMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type ApproveDisclosureRequestExtensionMutation = { approveDisclosureRequestExtension: { id: string } };

export type RejectDisclosureRequestExtensionMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;


export type RejectDisclosureRequestExtensionMutation = { rejectDisclosureRequestExtension: { id: string } };

export type ReplyDisclosureRequestMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: RequestReplyInput;
}>;


export type ReplyDisclosureRequestMutation = { replyDisclosureRequest: { id: string } };

export type DeliverDisclosureRequestMutationVariables = Exact<{
  id: string | number;
  version: number;
  method: DeliveryMethod;
  on?: string | null | undefined;
}>;


export type DeliverDisclosureRequestMutation = { deliverDisclosureRequest: { id: string } };

export type LinkDisclosureRequestItemMutationVariables = Exact<{
  itemId: string | number;
  documentId?: string | number | null | undefined;
}>;


export type LinkDisclosureRequestItemMutation = { linkDisclosureRequestItem: { id: string, documentId: string | null } };

export type RequestDocumentOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type RequestDocumentOptionsQuery = { documents: { items: Array<{ id: string, title: string, documentNumber: string | null }> } };

export const DisclosureRequestListFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisclosureRequestListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisclosureRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestNumber"}},{"kind":"Field","name":{"kind":"Name","value":"applicantKind"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"extensionState"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"repliedLate"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"governmentId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<DisclosureRequestListFieldsFragment, unknown>;
export const DisclosureRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisclosureRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisclosureRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisclosureRequestListFields"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"}},{"kind":"Field","name":{"kind":"Name","value":"idProofKind"}},{"kind":"Field","name":{"kind":"Name","value":"idProofNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"informationForm"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMethod"}},{"kind":"Field","name":{"kind":"Name","value":"notRegisteredReason"}},{"kind":"Field","name":{"kind":"Name","value":"replyWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"clockStartOn"}},{"kind":"Field","name":{"kind":"Name","value":"correctionNoticeDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"correctionAskedOn"}},{"kind":"Field","name":{"kind":"Name","value":"correctionText"}},{"kind":"Field","name":{"kind":"Name","value":"correctionDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyName"}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyFrom"}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"pausedWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"extensionRefusal"}},{"kind":"Field","name":{"kind":"Name","value":"extensionApprovedByName"}},{"kind":"Field","name":{"kind":"Name","value":"replyNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedByName"}},{"kind":"Field","name":{"kind":"Name","value":"feeCharged"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredBy"}},{"kind":"Field","name":{"kind":"Name","value":"tableRow"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeReason"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"letter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisclosureRequestListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisclosureRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestNumber"}},{"kind":"Field","name":{"kind":"Name","value":"applicantKind"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"extensionState"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"repliedLate"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"governmentId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<DisclosureRequestFieldsFragment, unknown>;
export const DisclosureRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisclosureRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disclosureRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisclosureRequestListFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisclosureRequestListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisclosureRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestNumber"}},{"kind":"Field","name":{"kind":"Name","value":"applicantKind"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"extensionState"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"repliedLate"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"governmentId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<DisclosureRequestsQuery, DisclosureRequestsQueryVariables>;
export const DisclosureRequestCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisclosureRequestCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disclosureRequestCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequested"}},{"kind":"Field","name":{"kind":"Name","value":"replied"}}]}}]}}]} as unknown as DocumentNode<DisclosureRequestCountsQuery, DisclosureRequestCountsQueryVariables>;
export const DisclosureRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisclosureRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disclosureRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisclosureRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisclosureRequestListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisclosureRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestNumber"}},{"kind":"Field","name":{"kind":"Name","value":"applicantKind"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"extensionState"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"repliedLate"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"governmentId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisclosureRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisclosureRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisclosureRequestListFields"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"}},{"kind":"Field","name":{"kind":"Name","value":"idProofKind"}},{"kind":"Field","name":{"kind":"Name","value":"idProofNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"informationForm"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMethod"}},{"kind":"Field","name":{"kind":"Name","value":"notRegisteredReason"}},{"kind":"Field","name":{"kind":"Name","value":"replyWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"clockStartOn"}},{"kind":"Field","name":{"kind":"Name","value":"correctionNoticeDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"correctionAskedOn"}},{"kind":"Field","name":{"kind":"Name","value":"correctionText"}},{"kind":"Field","name":{"kind":"Name","value":"correctionDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyName"}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyFrom"}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"pausedWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"extensionRefusal"}},{"kind":"Field","name":{"kind":"Name","value":"extensionApprovedByName"}},{"kind":"Field","name":{"kind":"Name","value":"replyNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedByName"}},{"kind":"Field","name":{"kind":"Name","value":"feeCharged"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredBy"}},{"kind":"Field","name":{"kind":"Name","value":"tableRow"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeReason"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"letter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}}]}}]}}]} as unknown as DocumentNode<DisclosureRequestQuery, DisclosureRequestQueryVariables>;
export const DisclosureRequestTableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisclosureRequestTable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disclosureRequestTable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"fees"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}}]}}]}}]}}]} as unknown as DocumentNode<DisclosureRequestTableQuery, DisclosureRequestTableQueryVariables>;
export const FrequentlyRequestedInformationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FrequentlyRequestedInformation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frequentlyRequestedInformation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<FrequentlyRequestedInformationQuery, FrequentlyRequestedInformationQueryVariables>;
export const RegisterDisclosureRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterDisclosureRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerDisclosureRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegisterDisclosureRequestMutation, RegisterDisclosureRequestMutationVariables>;
export const ConfirmDisclosureRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmDisclosureRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmDisclosureRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConfirmDisclosureRequestMutation, ConfirmDisclosureRequestMutationVariables>;
export const RefuseDisclosureRequestRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefuseDisclosureRequestRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refuseDisclosureRequestRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RefuseDisclosureRequestRegistrationMutation, RefuseDisclosureRequestRegistrationMutationVariables>;
export const AskDisclosureRequestCorrectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AskDisclosureRequestCorrection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dueOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"askDisclosureRequestCorrection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"dueOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dueOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AskDisclosureRequestCorrectionMutation, AskDisclosureRequestCorrectionMutationVariables>;
export const ReceiveDisclosureRequestCorrectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceiveDisclosureRequestCorrection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveDisclosureRequestCorrection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReceiveDisclosureRequestCorrectionMutation, ReceiveDisclosureRequestCorrectionMutationVariables>;
export const EndUncorrectedDisclosureRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndUncorrectedDisclosureRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endUncorrectedDisclosureRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EndUncorrectedDisclosureRequestMutation, EndUncorrectedDisclosureRequestMutationVariables>;
export const ConsultDisclosureRequestThirdPartyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsultDisclosureRequestThirdParty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"thirdParty"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultDisclosureRequestThirdParty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"thirdParty"},"value":{"kind":"Variable","name":{"kind":"Name","value":"thirdParty"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsultDisclosureRequestThirdPartyMutation, ConsultDisclosureRequestThirdPartyMutationVariables>;
export const ResumeDisclosureRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeDisclosureRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeDisclosureRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ResumeDisclosureRequestMutation, ResumeDisclosureRequestMutationVariables>;
export const RequestDisclosureRequestExtensionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestDisclosureRequestExtension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestDisclosureRequestExtension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RequestDisclosureRequestExtensionMutation, RequestDisclosureRequestExtensionMutationVariables>;
export const ApproveDisclosureRequestExtensionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveDisclosureRequestExtension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveDisclosureRequestExtension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ApproveDisclosureRequestExtensionMutation, ApproveDisclosureRequestExtensionMutationVariables>;
export const RejectDisclosureRequestExtensionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectDisclosureRequestExtension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectDisclosureRequestExtension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RejectDisclosureRequestExtensionMutation, RejectDisclosureRequestExtensionMutationVariables>;
export const ReplyDisclosureRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplyDisclosureRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyDisclosureRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReplyDisclosureRequestMutation, ReplyDisclosureRequestMutationVariables>;
export const DeliverDisclosureRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeliverDisclosureRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"method"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveryMethod"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliverDisclosureRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"method"},"value":{"kind":"Variable","name":{"kind":"Name","value":"method"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeliverDisclosureRequestMutation, DeliverDisclosureRequestMutationVariables>;
export const LinkDisclosureRequestItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkDisclosureRequestItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkDisclosureRequestItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"documentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentId"}}]}}]}}]} as unknown as DocumentNode<LinkDisclosureRequestItemMutation, LinkDisclosureRequestItemMutationVariables>;
export const RequestDocumentOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestDocumentOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"state"},"value":{"kind":"EnumValue","value":"ISSUED"}},{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}}]}}]}}]}}]} as unknown as DocumentNode<RequestDocumentOptionsQuery, RequestDocumentOptionsQueryVariables>;