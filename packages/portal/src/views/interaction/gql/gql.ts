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
    "fragment CaseStatRowFields on CaseStatRowType {\n  key\n  label\n  total\n  received\n  accepted\n  due\n  replied\n  onTime\n  closed\n  rated\n  unrated\n  satisfied\n  reopened\n  replyRate\n  onTimeRate\n  satisfactionRate\n  reopenRate\n  averageScore\n}\n\nquery PublicCaseStatisticsReleases {\n  publicCaseStatisticsReleases {\n    periodKey\n    periodLabel\n    publishedAt\n    asOf\n  }\n}\n\nquery PublicCaseStatistics($periodKey: String!) {\n  publicCaseStatistics(periodKey: $periodKey) {\n    periodKey\n    periodLabel\n    periodKind\n    publishedAt\n    asOf\n    csvUrl\n    jsonUrl\n    byUnit {\n      ...CaseStatRowFields\n    }\n    byKind {\n      ...CaseStatRowFields\n    }\n    byChannel {\n      ...CaseStatRowFields\n    }\n    definitions {\n      key\n      label\n      definition\n    }\n    rule {\n      version\n      effectiveFrom\n      source\n      description\n    }\n  }\n}\n\nquery PublicCaseSummaries($page: Int!, $pageSize: Int!) {\n  publicCaseSummaries(page: $page, pageSize: $pageSize) {\n    total\n    items {\n      id\n      kind\n      title\n      content\n      unitName\n      receivedOn\n      reply\n      repliedOn\n      closedOn\n      rating\n      reopenCount\n      evaluation {\n        score\n        grade\n      }\n    }\n  }\n}": typeof types.CaseStatRowFieldsFragmentDoc,
};
const documents: Documents = {
    "fragment CaseStatRowFields on CaseStatRowType {\n  key\n  label\n  total\n  received\n  accepted\n  due\n  replied\n  onTime\n  closed\n  rated\n  unrated\n  satisfied\n  reopened\n  replyRate\n  onTimeRate\n  satisfactionRate\n  reopenRate\n  averageScore\n}\n\nquery PublicCaseStatisticsReleases {\n  publicCaseStatisticsReleases {\n    periodKey\n    periodLabel\n    publishedAt\n    asOf\n  }\n}\n\nquery PublicCaseStatistics($periodKey: String!) {\n  publicCaseStatistics(periodKey: $periodKey) {\n    periodKey\n    periodLabel\n    periodKind\n    publishedAt\n    asOf\n    csvUrl\n    jsonUrl\n    byUnit {\n      ...CaseStatRowFields\n    }\n    byKind {\n      ...CaseStatRowFields\n    }\n    byChannel {\n      ...CaseStatRowFields\n    }\n    definitions {\n      key\n      label\n      definition\n    }\n    rule {\n      version\n      effectiveFrom\n      source\n      description\n    }\n  }\n}\n\nquery PublicCaseSummaries($page: Int!, $pageSize: Int!) {\n  publicCaseSummaries(page: $page, pageSize: $pageSize) {\n    total\n    items {\n      id\n      kind\n      title\n      content\n      unitName\n      receivedOn\n      reply\n      repliedOn\n      closedOn\n      rating\n      reopenCount\n      evaluation {\n        score\n        grade\n      }\n    }\n  }\n}": types.CaseStatRowFieldsFragmentDoc,
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
export function graphql(source: "fragment CaseStatRowFields on CaseStatRowType {\n  key\n  label\n  total\n  received\n  accepted\n  due\n  replied\n  onTime\n  closed\n  rated\n  unrated\n  satisfied\n  reopened\n  replyRate\n  onTimeRate\n  satisfactionRate\n  reopenRate\n  averageScore\n}\n\nquery PublicCaseStatisticsReleases {\n  publicCaseStatisticsReleases {\n    periodKey\n    periodLabel\n    publishedAt\n    asOf\n  }\n}\n\nquery PublicCaseStatistics($periodKey: String!) {\n  publicCaseStatistics(periodKey: $periodKey) {\n    periodKey\n    periodLabel\n    periodKind\n    publishedAt\n    asOf\n    csvUrl\n    jsonUrl\n    byUnit {\n      ...CaseStatRowFields\n    }\n    byKind {\n      ...CaseStatRowFields\n    }\n    byChannel {\n      ...CaseStatRowFields\n    }\n    definitions {\n      key\n      label\n      definition\n    }\n    rule {\n      version\n      effectiveFrom\n      source\n      description\n    }\n  }\n}\n\nquery PublicCaseSummaries($page: Int!, $pageSize: Int!) {\n  publicCaseSummaries(page: $page, pageSize: $pageSize) {\n    total\n    items {\n      id\n      kind\n      title\n      content\n      unitName\n      receivedOn\n      reply\n      repliedOn\n      closedOn\n      rating\n      reopenCount\n      evaluation {\n        score\n        grade\n      }\n    }\n  }\n}"): (typeof documents)["fragment CaseStatRowFields on CaseStatRowType {\n  key\n  label\n  total\n  received\n  accepted\n  due\n  replied\n  onTime\n  closed\n  rated\n  unrated\n  satisfied\n  reopened\n  replyRate\n  onTimeRate\n  satisfactionRate\n  reopenRate\n  averageScore\n}\n\nquery PublicCaseStatisticsReleases {\n  publicCaseStatisticsReleases {\n    periodKey\n    periodLabel\n    publishedAt\n    asOf\n  }\n}\n\nquery PublicCaseStatistics($periodKey: String!) {\n  publicCaseStatistics(periodKey: $periodKey) {\n    periodKey\n    periodLabel\n    periodKind\n    publishedAt\n    asOf\n    csvUrl\n    jsonUrl\n    byUnit {\n      ...CaseStatRowFields\n    }\n    byKind {\n      ...CaseStatRowFields\n    }\n    byChannel {\n      ...CaseStatRowFields\n    }\n    definitions {\n      key\n      label\n      definition\n    }\n    rule {\n      version\n      effectiveFrom\n      source\n      description\n    }\n  }\n}\n\nquery PublicCaseSummaries($page: Int!, $pageSize: Int!) {\n  publicCaseSummaries(page: $page, pageSize: $pageSize) {\n    total\n    items {\n      id\n      kind\n      title\n      content\n      unitName\n      receivedOn\n      reply\n      repliedOn\n      closedOn\n      rating\n      reopenCount\n      evaluation {\n        score\n        grade\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;