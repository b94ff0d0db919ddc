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
    "fragment AttachmentFields on Attachment {\n  id\n  fileName\n  mimeType\n  size\n  sha256\n  createdAt\n  url\n}\n\nquery Attachments($ownerType: String!, $ownerId: ID!) {\n  attachments(ownerType: $ownerType, ownerId: $ownerId) {\n    ...AttachmentFields\n  }\n}": typeof types.AttachmentFieldsFragmentDoc,
    "fragment ViewerFields on Viewer {\n  rules\n  sessionExpiresAt\n  user {\n    id\n    username\n    displayName\n    roles\n    unitId\n    unit {\n      id\n      name\n      shortName\n      kind\n      function\n      governmentId\n    }\n  }\n}\n\nquery Me {\n  me {\n    ...ViewerFields\n  }\n}\n\nmutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) {\n    ...ViewerFields\n  }\n}\n\nmutation Logout {\n  logout\n}\n\nmutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n  changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n}": typeof types.ViewerFieldsFragmentDoc,
};
const documents: Documents = {
    "fragment AttachmentFields on Attachment {\n  id\n  fileName\n  mimeType\n  size\n  sha256\n  createdAt\n  url\n}\n\nquery Attachments($ownerType: String!, $ownerId: ID!) {\n  attachments(ownerType: $ownerType, ownerId: $ownerId) {\n    ...AttachmentFields\n  }\n}": types.AttachmentFieldsFragmentDoc,
    "fragment ViewerFields on Viewer {\n  rules\n  sessionExpiresAt\n  user {\n    id\n    username\n    displayName\n    roles\n    unitId\n    unit {\n      id\n      name\n      shortName\n      kind\n      function\n      governmentId\n    }\n  }\n}\n\nquery Me {\n  me {\n    ...ViewerFields\n  }\n}\n\nmutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) {\n    ...ViewerFields\n  }\n}\n\nmutation Logout {\n  logout\n}\n\nmutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n  changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n}": types.ViewerFieldsFragmentDoc,
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
export function graphql(source: "fragment AttachmentFields on Attachment {\n  id\n  fileName\n  mimeType\n  size\n  sha256\n  createdAt\n  url\n}\n\nquery Attachments($ownerType: String!, $ownerId: ID!) {\n  attachments(ownerType: $ownerType, ownerId: $ownerId) {\n    ...AttachmentFields\n  }\n}"): (typeof documents)["fragment AttachmentFields on Attachment {\n  id\n  fileName\n  mimeType\n  size\n  sha256\n  createdAt\n  url\n}\n\nquery Attachments($ownerType: String!, $ownerId: ID!) {\n  attachments(ownerType: $ownerType, ownerId: $ownerId) {\n    ...AttachmentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ViewerFields on Viewer {\n  rules\n  sessionExpiresAt\n  user {\n    id\n    username\n    displayName\n    roles\n    unitId\n    unit {\n      id\n      name\n      shortName\n      kind\n      function\n      governmentId\n    }\n  }\n}\n\nquery Me {\n  me {\n    ...ViewerFields\n  }\n}\n\nmutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) {\n    ...ViewerFields\n  }\n}\n\nmutation Logout {\n  logout\n}\n\nmutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n  changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n}"): (typeof documents)["fragment ViewerFields on Viewer {\n  rules\n  sessionExpiresAt\n  user {\n    id\n    username\n    displayName\n    roles\n    unitId\n    unit {\n      id\n      name\n      shortName\n      kind\n      function\n      governmentId\n    }\n  }\n}\n\nquery Me {\n  me {\n    ...ViewerFields\n  }\n}\n\nmutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) {\n    ...ViewerFields\n  }\n}\n\nmutation Logout {\n  logout\n}\n\nmutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n  changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;