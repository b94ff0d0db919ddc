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
    "\n  query PublicDocuments($filter: PublicDocumentFilter, $page: Int!, $pageSize: Int!) {\n    publicDocuments(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        title\n        documentNumber\n        issuingAuthority\n        issueDate\n        disclosureAttribute\n      }\n    }\n  }\n": typeof types.PublicDocumentsDocument,
    "\n  query PortalUnits {\n    units {\n      id\n      name\n      kind\n      parentId\n      sortOrder\n      active\n    }\n  }\n": typeof types.PortalUnitsDocument,
    "\n  query PublicDocument($id: ID!) {\n    publicDocument(id: $id) {\n      id\n      kind\n      title\n      documentNumber\n      issuingAuthority\n      issueDate\n      disclosureAttribute\n      body\n      addressees\n      interpretations {\n        id\n        title\n        stage\n      }\n    }\n  }\n": typeof types.PublicDocumentDocument,
    "\n  query PublicInterpretations($page: Int!, $pageSize: Int!) {\n    publicInterpretations(page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        title\n        stage\n        forms\n        publishedAt\n        document {\n          id\n          title\n          documentNumber\n        }\n      }\n    }\n  }\n": typeof types.PublicInterpretationsDocument,
    "\n  query PublicInterpretation($id: ID!) {\n    publicInterpretation(id: $id) {\n      id\n      title\n      stage\n      forms\n      content\n      qa\n      links\n      publishedAt\n      images {\n        id\n        fileName\n        mimeType\n        url\n      }\n      document {\n        id\n        title\n        documentNumber\n        issuingAuthority\n        issueDate\n        interpretations {\n          id\n          title\n          stage\n        }\n      }\n    }\n  }\n": typeof types.PublicInterpretationDocument,
};
const documents: Documents = {
    "\n  query PublicDocuments($filter: PublicDocumentFilter, $page: Int!, $pageSize: Int!) {\n    publicDocuments(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        title\n        documentNumber\n        issuingAuthority\n        issueDate\n        disclosureAttribute\n      }\n    }\n  }\n": types.PublicDocumentsDocument,
    "\n  query PortalUnits {\n    units {\n      id\n      name\n      kind\n      parentId\n      sortOrder\n      active\n    }\n  }\n": types.PortalUnitsDocument,
    "\n  query PublicDocument($id: ID!) {\n    publicDocument(id: $id) {\n      id\n      kind\n      title\n      documentNumber\n      issuingAuthority\n      issueDate\n      disclosureAttribute\n      body\n      addressees\n      interpretations {\n        id\n        title\n        stage\n      }\n    }\n  }\n": types.PublicDocumentDocument,
    "\n  query PublicInterpretations($page: Int!, $pageSize: Int!) {\n    publicInterpretations(page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        title\n        stage\n        forms\n        publishedAt\n        document {\n          id\n          title\n          documentNumber\n        }\n      }\n    }\n  }\n": types.PublicInterpretationsDocument,
    "\n  query PublicInterpretation($id: ID!) {\n    publicInterpretation(id: $id) {\n      id\n      title\n      stage\n      forms\n      content\n      qa\n      links\n      publishedAt\n      images {\n        id\n        fileName\n        mimeType\n        url\n      }\n      document {\n        id\n        title\n        documentNumber\n        issuingAuthority\n        issueDate\n        interpretations {\n          id\n          title\n          stage\n        }\n      }\n    }\n  }\n": types.PublicInterpretationDocument,
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
export function graphql(source: "\n  query PublicDocuments($filter: PublicDocumentFilter, $page: Int!, $pageSize: Int!) {\n    publicDocuments(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        title\n        documentNumber\n        issuingAuthority\n        issueDate\n        disclosureAttribute\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicDocuments($filter: PublicDocumentFilter, $page: Int!, $pageSize: Int!) {\n    publicDocuments(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        title\n        documentNumber\n        issuingAuthority\n        issueDate\n        disclosureAttribute\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalUnits {\n    units {\n      id\n      name\n      kind\n      parentId\n      sortOrder\n      active\n    }\n  }\n"): (typeof documents)["\n  query PortalUnits {\n    units {\n      id\n      name\n      kind\n      parentId\n      sortOrder\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicDocument($id: ID!) {\n    publicDocument(id: $id) {\n      id\n      kind\n      title\n      documentNumber\n      issuingAuthority\n      issueDate\n      disclosureAttribute\n      body\n      addressees\n      interpretations {\n        id\n        title\n        stage\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicDocument($id: ID!) {\n    publicDocument(id: $id) {\n      id\n      kind\n      title\n      documentNumber\n      issuingAuthority\n      issueDate\n      disclosureAttribute\n      body\n      addressees\n      interpretations {\n        id\n        title\n        stage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicInterpretations($page: Int!, $pageSize: Int!) {\n    publicInterpretations(page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        title\n        stage\n        forms\n        publishedAt\n        document {\n          id\n          title\n          documentNumber\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicInterpretations($page: Int!, $pageSize: Int!) {\n    publicInterpretations(page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        title\n        stage\n        forms\n        publishedAt\n        document {\n          id\n          title\n          documentNumber\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicInterpretation($id: ID!) {\n    publicInterpretation(id: $id) {\n      id\n      title\n      stage\n      forms\n      content\n      qa\n      links\n      publishedAt\n      images {\n        id\n        fileName\n        mimeType\n        url\n      }\n      document {\n        id\n        title\n        documentNumber\n        issuingAuthority\n        issueDate\n        interpretations {\n          id\n          title\n          stage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicInterpretation($id: ID!) {\n    publicInterpretation(id: $id) {\n      id\n      title\n      stage\n      forms\n      content\n      qa\n      links\n      publishedAt\n      images {\n        id\n        fileName\n        mimeType\n        url\n      }\n      document {\n        id\n        title\n        documentNumber\n        issuingAuthority\n        issueDate\n        interpretations {\n          id\n          title\n          stage\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;