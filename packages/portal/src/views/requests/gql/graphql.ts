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

/** An application submitted on the portal */
export type PublicRequestInput = {
  applicantKind: ApplicantKind;
  /** The natural person, or the name of the organisation */
  applicantName: string;
  /** An organisation's legal representative or contact person */
  contactPerson?: string | null | undefined;
  deliveryMethod: DeliveryMethod;
  email?: string | null | undefined;
  idProofKind: IdProofKind;
  idProofNumber: string;
  /** One per filled form: a retry stores the request once */
  idempotencyKey: string;
  informationForm: InformationForm;
  items: Array<RequestItemInput>;
  /** Further explanation (e.g. what the information is for) */
  note?: string | null | undefined;
  phone?: string | null | undefined;
  postalAddress?: string | null | undefined;
  postcode?: string | null | undefined;
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

/** One piece of information asked for */
export type RequestItemInput = {
  /** 名称、文号或者便于查询的其他特征性描述 */
  description: string;
  /** The policy document it asks for (staff link it) */
  documentId?: string | number | null | undefined;
};

export type SubmitDisclosureRequestMutationVariables = Exact<{
  input: PublicRequestInput;
}>;


export type SubmitDisclosureRequestMutation = { submitDisclosureRequest: { requestNumber: string, checkCode: string, unitName: string, state: DisclosureRequestState, submittedOn: string, items: Array<{ seq: number, description: string }> } };

export type PublicDisclosureRequestQueryVariables = Exact<{
  requestNumber: string;
  checkCode: string;
}>;


export type PublicDisclosureRequestQuery = { publicDisclosureRequest: { requestNumber: string, unitName: string, state: DisclosureRequestState, submittedOn: string, receivedOn: string | null, dueOn: string | null, notRegisteredReason: string | null, correctionText: string | null, correctionDueOn: string | null, extensionDays: number | null, repliedOn: string | null, deliveredOn: string | null, hasLetter: boolean, items: Array<{ seq: number, description: string, outcome: ReplyType | null, outcomeReason: string | null, outcomeNote: string | null }> } };


export const SubmitDisclosureRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitDisclosureRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublicRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitDisclosureRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestNumber"}},{"kind":"Field","name":{"kind":"Name","value":"checkCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitDisclosureRequestMutation, SubmitDisclosureRequestMutationVariables>;
export const PublicDisclosureRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicDisclosureRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"checkCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicDisclosureRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"checkCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"checkCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestNumber"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"notRegisteredReason"}},{"kind":"Field","name":{"kind":"Name","value":"correctionText"}},{"kind":"Field","name":{"kind":"Name","value":"correctionDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeReason"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hasLetter"}}]}}]}}]} as unknown as DocumentNode<PublicDisclosureRequestQuery, PublicDisclosureRequestQueryVariables>;