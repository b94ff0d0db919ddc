/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment AccountRequestFields on AccountRequest {\n  id\n  unitId\n  unit {\n    id\n    name\n    shortName\n  }\n  requesterName\n  displayName\n  username\n  roles\n  phone\n  reason\n  state\n  returnReason\n  createdUserId\n  version\n  createdAt\n  submittedAt\n  decidedAt\n  dueAt\n}\n\nquery AccountRequests($state: AccountRequestState) {\n  accountRequests(state: $state) {\n    ...AccountRequestFields\n  }\n}\n\nquery AccountRequest($id: ID!) {\n  accountRequest(id: $id) {\n    ...AccountRequestFields\n  }\n}\n\nmutation CreateAccountRequest($input: AccountRequestInput!, $idempotencyKey: String) {\n  createAccountRequest(input: $input, idempotencyKey: $idempotencyKey) {\n    ...AccountRequestFields\n  }\n}\n\nmutation UpdateAccountRequest($id: ID!, $version: Int!, $input: AccountRequestInput!) {\n  updateAccountRequest(id: $id, version: $version, input: $input) {\n    ...AccountRequestFields\n  }\n}\n\nmutation SubmitAccountRequest($id: ID!, $version: Int!) {\n  submitAccountRequest(id: $id, version: $version) {\n    ...AccountRequestFields\n  }\n}\n\nmutation ApproveAccountRequest($id: ID!, $version: Int!) {\n  approveAccountRequest(id: $id, version: $version) {\n    initialPassword\n    request {\n      ...AccountRequestFields\n    }\n  }\n}\n\nmutation ReturnAccountRequest($id: ID!, $version: Int!, $reason: String!) {\n  returnAccountRequest(id: $id, version: $version, reason: $reason) {\n    ...AccountRequestFields\n  }\n}": typeof types.AccountRequestFieldsFragmentDoc,
};
const documents: Documents = {
    "fragment AccountRequestFields on AccountRequest {\n  id\n  unitId\n  unit {\n    id\n    name\n    shortName\n  }\n  requesterName\n  displayName\n  username\n  roles\n  phone\n  reason\n  state\n  returnReason\n  createdUserId\n  version\n  createdAt\n  submittedAt\n  decidedAt\n  dueAt\n}\n\nquery AccountRequests($state: AccountRequestState) {\n  accountRequests(state: $state) {\n    ...AccountRequestFields\n  }\n}\n\nquery AccountRequest($id: ID!) {\n  accountRequest(id: $id) {\n    ...AccountRequestFields\n  }\n}\n\nmutation CreateAccountRequest($input: AccountRequestInput!, $idempotencyKey: String) {\n  createAccountRequest(input: $input, idempotencyKey: $idempotencyKey) {\n    ...AccountRequestFields\n  }\n}\n\nmutation UpdateAccountRequest($id: ID!, $version: Int!, $input: AccountRequestInput!) {\n  updateAccountRequest(id: $id, version: $version, input: $input) {\n    ...AccountRequestFields\n  }\n}\n\nmutation SubmitAccountRequest($id: ID!, $version: Int!) {\n  submitAccountRequest(id: $id, version: $version) {\n    ...AccountRequestFields\n  }\n}\n\nmutation ApproveAccountRequest($id: ID!, $version: Int!) {\n  approveAccountRequest(id: $id, version: $version) {\n    initialPassword\n    request {\n      ...AccountRequestFields\n    }\n  }\n}\n\nmutation ReturnAccountRequest($id: ID!, $version: Int!, $reason: String!) {\n  returnAccountRequest(id: $id, version: $version, reason: $reason) {\n    ...AccountRequestFields\n  }\n}": types.AccountRequestFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AccountRequestFields on AccountRequest {\n  id\n  unitId\n  unit {\n    id\n    name\n    shortName\n  }\n  requesterName\n  displayName\n  username\n  roles\n  phone\n  reason\n  state\n  returnReason\n  createdUserId\n  version\n  createdAt\n  submittedAt\n  decidedAt\n  dueAt\n}\n\nquery AccountRequests($state: AccountRequestState) {\n  accountRequests(state: $state) {\n    ...AccountRequestFields\n  }\n}\n\nquery AccountRequest($id: ID!) {\n  accountRequest(id: $id) {\n    ...AccountRequestFields\n  }\n}\n\nmutation CreateAccountRequest($input: AccountRequestInput!, $idempotencyKey: String) {\n  createAccountRequest(input: $input, idempotencyKey: $idempotencyKey) {\n    ...AccountRequestFields\n  }\n}\n\nmutation UpdateAccountRequest($id: ID!, $version: Int!, $input: AccountRequestInput!) {\n  updateAccountRequest(id: $id, version: $version, input: $input) {\n    ...AccountRequestFields\n  }\n}\n\nmutation SubmitAccountRequest($id: ID!, $version: Int!) {\n  submitAccountRequest(id: $id, version: $version) {\n    ...AccountRequestFields\n  }\n}\n\nmutation ApproveAccountRequest($id: ID!, $version: Int!) {\n  approveAccountRequest(id: $id, version: $version) {\n    initialPassword\n    request {\n      ...AccountRequestFields\n    }\n  }\n}\n\nmutation ReturnAccountRequest($id: ID!, $version: Int!, $reason: String!) {\n  returnAccountRequest(id: $id, version: $version, reason: $reason) {\n    ...AccountRequestFields\n  }\n}"): (typeof documents)["fragment AccountRequestFields on AccountRequest {\n  id\n  unitId\n  unit {\n    id\n    name\n    shortName\n  }\n  requesterName\n  displayName\n  username\n  roles\n  phone\n  reason\n  state\n  returnReason\n  createdUserId\n  version\n  createdAt\n  submittedAt\n  decidedAt\n  dueAt\n}\n\nquery AccountRequests($state: AccountRequestState) {\n  accountRequests(state: $state) {\n    ...AccountRequestFields\n  }\n}\n\nquery AccountRequest($id: ID!) {\n  accountRequest(id: $id) {\n    ...AccountRequestFields\n  }\n}\n\nmutation CreateAccountRequest($input: AccountRequestInput!, $idempotencyKey: String) {\n  createAccountRequest(input: $input, idempotencyKey: $idempotencyKey) {\n    ...AccountRequestFields\n  }\n}\n\nmutation UpdateAccountRequest($id: ID!, $version: Int!, $input: AccountRequestInput!) {\n  updateAccountRequest(id: $id, version: $version, input: $input) {\n    ...AccountRequestFields\n  }\n}\n\nmutation SubmitAccountRequest($id: ID!, $version: Int!) {\n  submitAccountRequest(id: $id, version: $version) {\n    ...AccountRequestFields\n  }\n}\n\nmutation ApproveAccountRequest($id: ID!, $version: Int!) {\n  approveAccountRequest(id: $id, version: $version) {\n    initialPassword\n    request {\n      ...AccountRequestFields\n    }\n  }\n}\n\nmutation ReturnAccountRequest($id: ID!, $version: Int!, $reason: String!) {\n  returnAccountRequest(id: $id, version: $version, reason: $reason) {\n    ...AccountRequestFields\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;