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
    "fragment UserFields on User {\n  id\n  username\n  displayName\n  unitId\n  unit {\n    id\n    name\n    shortName\n  }\n  roles\n  phone\n  email\n  active\n  lockedUntil\n  lastLoginAt\n  createdAt\n}\n\nquery Users($filter: UserFilter, $page: Int!, $pageSize: Int!) {\n  users(filter: $filter, page: $page, pageSize: $pageSize) {\n    total\n    items {\n      ...UserFields\n    }\n  }\n}\n\nmutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    ...UserFields\n  }\n}\n\nmutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n  updateUser(id: $id, input: $input) {\n    ...UserFields\n  }\n}\n\nmutation SetUserActive($id: ID!, $active: Boolean!) {\n  setUserActive(id: $id, active: $active) {\n    ...UserFields\n  }\n}\n\nmutation ResetPassword($id: ID!, $newPassword: String!) {\n  resetPassword(id: $id, newPassword: $newPassword)\n}\n\nmutation UnlockUser($id: ID!) {\n  unlockUser(id: $id)\n}": typeof types.UserFieldsFragmentDoc,
};
const documents: Documents = {
    "fragment UserFields on User {\n  id\n  username\n  displayName\n  unitId\n  unit {\n    id\n    name\n    shortName\n  }\n  roles\n  phone\n  email\n  active\n  lockedUntil\n  lastLoginAt\n  createdAt\n}\n\nquery Users($filter: UserFilter, $page: Int!, $pageSize: Int!) {\n  users(filter: $filter, page: $page, pageSize: $pageSize) {\n    total\n    items {\n      ...UserFields\n    }\n  }\n}\n\nmutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    ...UserFields\n  }\n}\n\nmutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n  updateUser(id: $id, input: $input) {\n    ...UserFields\n  }\n}\n\nmutation SetUserActive($id: ID!, $active: Boolean!) {\n  setUserActive(id: $id, active: $active) {\n    ...UserFields\n  }\n}\n\nmutation ResetPassword($id: ID!, $newPassword: String!) {\n  resetPassword(id: $id, newPassword: $newPassword)\n}\n\nmutation UnlockUser($id: ID!) {\n  unlockUser(id: $id)\n}": types.UserFieldsFragmentDoc,
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
export function graphql(source: "fragment UserFields on User {\n  id\n  username\n  displayName\n  unitId\n  unit {\n    id\n    name\n    shortName\n  }\n  roles\n  phone\n  email\n  active\n  lockedUntil\n  lastLoginAt\n  createdAt\n}\n\nquery Users($filter: UserFilter, $page: Int!, $pageSize: Int!) {\n  users(filter: $filter, page: $page, pageSize: $pageSize) {\n    total\n    items {\n      ...UserFields\n    }\n  }\n}\n\nmutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    ...UserFields\n  }\n}\n\nmutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n  updateUser(id: $id, input: $input) {\n    ...UserFields\n  }\n}\n\nmutation SetUserActive($id: ID!, $active: Boolean!) {\n  setUserActive(id: $id, active: $active) {\n    ...UserFields\n  }\n}\n\nmutation ResetPassword($id: ID!, $newPassword: String!) {\n  resetPassword(id: $id, newPassword: $newPassword)\n}\n\nmutation UnlockUser($id: ID!) {\n  unlockUser(id: $id)\n}"): (typeof documents)["fragment UserFields on User {\n  id\n  username\n  displayName\n  unitId\n  unit {\n    id\n    name\n    shortName\n  }\n  roles\n  phone\n  email\n  active\n  lockedUntil\n  lastLoginAt\n  createdAt\n}\n\nquery Users($filter: UserFilter, $page: Int!, $pageSize: Int!) {\n  users(filter: $filter, page: $page, pageSize: $pageSize) {\n    total\n    items {\n      ...UserFields\n    }\n  }\n}\n\nmutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    ...UserFields\n  }\n}\n\nmutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n  updateUser(id: $id, input: $input) {\n    ...UserFields\n  }\n}\n\nmutation SetUserActive($id: ID!, $active: Boolean!) {\n  setUserActive(id: $id, active: $active) {\n    ...UserFields\n  }\n}\n\nmutation ResetPassword($id: ID!, $newPassword: String!) {\n  resetPassword(id: $id, newPassword: $newPassword)\n}\n\nmutation UnlockUser($id: ID!) {\n  unlockUser(id: $id)\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;