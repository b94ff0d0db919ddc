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
    "query MyTodos($includeDone: Boolean!) {\n  myTodos(includeDone: $includeDone) {\n    id\n    title\n    kind\n    kindLabel\n    link\n    subjectType\n    subjectId\n    dueAt\n    overdue\n    doneAt\n    createdAt\n  }\n}\n\nquery MyNotifications($unreadOnly: Boolean!) {\n  myNotifications(unreadOnly: $unreadOnly) {\n    id\n    title\n    body\n    link\n    readAt\n    createdAt\n  }\n}\n\nmutation MarkNotificationsRead($ids: [ID!]!) {\n  markNotificationsRead(ids: $ids)\n}\n\nfragment OverviewFigures on GovernmentOverview {\n  consultationsInReview\n  consultationsOpen\n  meetingsUpcoming\n  proposalsPending\n  interpretationsOverdue\n  casesOverdue\n  requestsOverdue\n  feedbackOverdue\n}\n\nquery GovernmentOverview {\n  governmentOverview {\n    ...OverviewFigures\n  }\n}\n\nfragment RollupFigures on GovernmentFigures {\n  governmentId\n  governmentName\n  figures {\n    ...OverviewFigures\n  }\n}\n\nquery GovernmentRollup($governmentId: ID) {\n  governmentRollup(governmentId: $governmentId) {\n    government {\n      ...RollupFigures\n    }\n    children {\n      ...RollupFigures\n    }\n    total {\n      ...OverviewFigures\n    }\n  }\n}": typeof types.MyTodosDocument,
};
const documents: Documents = {
    "query MyTodos($includeDone: Boolean!) {\n  myTodos(includeDone: $includeDone) {\n    id\n    title\n    kind\n    kindLabel\n    link\n    subjectType\n    subjectId\n    dueAt\n    overdue\n    doneAt\n    createdAt\n  }\n}\n\nquery MyNotifications($unreadOnly: Boolean!) {\n  myNotifications(unreadOnly: $unreadOnly) {\n    id\n    title\n    body\n    link\n    readAt\n    createdAt\n  }\n}\n\nmutation MarkNotificationsRead($ids: [ID!]!) {\n  markNotificationsRead(ids: $ids)\n}\n\nfragment OverviewFigures on GovernmentOverview {\n  consultationsInReview\n  consultationsOpen\n  meetingsUpcoming\n  proposalsPending\n  interpretationsOverdue\n  casesOverdue\n  requestsOverdue\n  feedbackOverdue\n}\n\nquery GovernmentOverview {\n  governmentOverview {\n    ...OverviewFigures\n  }\n}\n\nfragment RollupFigures on GovernmentFigures {\n  governmentId\n  governmentName\n  figures {\n    ...OverviewFigures\n  }\n}\n\nquery GovernmentRollup($governmentId: ID) {\n  governmentRollup(governmentId: $governmentId) {\n    government {\n      ...RollupFigures\n    }\n    children {\n      ...RollupFigures\n    }\n    total {\n      ...OverviewFigures\n    }\n  }\n}": types.MyTodosDocument,
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
export function graphql(source: "query MyTodos($includeDone: Boolean!) {\n  myTodos(includeDone: $includeDone) {\n    id\n    title\n    kind\n    kindLabel\n    link\n    subjectType\n    subjectId\n    dueAt\n    overdue\n    doneAt\n    createdAt\n  }\n}\n\nquery MyNotifications($unreadOnly: Boolean!) {\n  myNotifications(unreadOnly: $unreadOnly) {\n    id\n    title\n    body\n    link\n    readAt\n    createdAt\n  }\n}\n\nmutation MarkNotificationsRead($ids: [ID!]!) {\n  markNotificationsRead(ids: $ids)\n}\n\nfragment OverviewFigures on GovernmentOverview {\n  consultationsInReview\n  consultationsOpen\n  meetingsUpcoming\n  proposalsPending\n  interpretationsOverdue\n  casesOverdue\n  requestsOverdue\n  feedbackOverdue\n}\n\nquery GovernmentOverview {\n  governmentOverview {\n    ...OverviewFigures\n  }\n}\n\nfragment RollupFigures on GovernmentFigures {\n  governmentId\n  governmentName\n  figures {\n    ...OverviewFigures\n  }\n}\n\nquery GovernmentRollup($governmentId: ID) {\n  governmentRollup(governmentId: $governmentId) {\n    government {\n      ...RollupFigures\n    }\n    children {\n      ...RollupFigures\n    }\n    total {\n      ...OverviewFigures\n    }\n  }\n}"): (typeof documents)["query MyTodos($includeDone: Boolean!) {\n  myTodos(includeDone: $includeDone) {\n    id\n    title\n    kind\n    kindLabel\n    link\n    subjectType\n    subjectId\n    dueAt\n    overdue\n    doneAt\n    createdAt\n  }\n}\n\nquery MyNotifications($unreadOnly: Boolean!) {\n  myNotifications(unreadOnly: $unreadOnly) {\n    id\n    title\n    body\n    link\n    readAt\n    createdAt\n  }\n}\n\nmutation MarkNotificationsRead($ids: [ID!]!) {\n  markNotificationsRead(ids: $ids)\n}\n\nfragment OverviewFigures on GovernmentOverview {\n  consultationsInReview\n  consultationsOpen\n  meetingsUpcoming\n  proposalsPending\n  interpretationsOverdue\n  casesOverdue\n  requestsOverdue\n  feedbackOverdue\n}\n\nquery GovernmentOverview {\n  governmentOverview {\n    ...OverviewFigures\n  }\n}\n\nfragment RollupFigures on GovernmentFigures {\n  governmentId\n  governmentName\n  figures {\n    ...OverviewFigures\n  }\n}\n\nquery GovernmentRollup($governmentId: ID) {\n  governmentRollup(governmentId: $governmentId) {\n    government {\n      ...RollupFigures\n    }\n    children {\n      ...RollupFigures\n    }\n    total {\n      ...OverviewFigures\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;