import { graphql } from '../../gql';

/** 政策解读: one page of published interpretations, each with its document. */
export const PublicInterpretationsQuery = graphql(`
  query PublicInterpretations($page: Int!, $pageSize: Int!, $search: String) {
    publicInterpretations(page: $page, pageSize: $pageSize, search: $search) {
      total
      items {
        id
        title
        stage
        forms
        publishedAt
        document {
          id
          title
          documentNumber
        }
      }
    }
  }
`);

/** One interpretation with its materials, and its document with the document's other stages. */
export const PublicInterpretationQuery = graphql(`
  query PublicInterpretation($id: ID!) {
    publicInterpretation(id: $id) {
      id
      title
      stage
      forms
      content
      qa
      links
      publishedAt
      images {
        id
        fileName
        mimeType
        url
      }
      document {
        id
        title
        documentNumber
        issuingAuthority
        issueDate
        interpretations {
          id
          title
          stage
        }
      }
    }
  }
`);
