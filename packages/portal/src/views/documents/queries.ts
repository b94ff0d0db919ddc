import { graphql } from '../../gql';

/** 政府信息公开: one page of issued documents, filtered; the units for the unit filter. */
export const PublicDocumentsQuery = graphql(`
  query PublicDocuments($filter: PublicDocumentFilter, $page: Int!, $pageSize: Int!) {
    publicDocuments(filter: $filter, page: $page, pageSize: $pageSize) {
      total
      items {
        id
        title
        documentNumber
        issuingAuthority
        issueDate
        disclosureAttribute
      }
    }
  }
`);

export const PortalUnitsQuery = graphql(`
  query PortalUnits {
    units {
      id
      name
      kind
      parentId
      sortOrder
      active
    }
  }
`);

/** One document: the full text when it is disclosed proactively, and its interpretations. */
export const PublicDocumentQuery = graphql(`
  query PublicDocument($id: ID!) {
    publicDocument(id: $id) {
      id
      kind
      title
      documentNumber
      issuingAuthority
      issueDate
      disclosureAttribute
      body
      addressees
      interpretations {
        id
        title
        stage
      }
    }
  }
`);
