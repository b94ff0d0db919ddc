import { graphql } from '../gql';

/**
 * 最新公开 on the front page, in one request (no aliases: an anonymous request may use few): the newest documents, interpretations and press releases,
 * the consultations open now with their closing dates, and the quarter's consultation rate (the last
 * row, no unit, is the total).
 */
export const PortalHomeQuery = graphql(`
  query PortalHome($year: Int!, $quarter: Int!) {
    publicDocuments(page: 1, pageSize: 5) {
      total
      items {
        id
        title
        documentNumber
        issueDate
      }
    }
    publicInterpretations(page: 1, pageSize: 5) {
      total
      items {
        id
        title
        publishedAt
      }
    }
    publicConsultations(phase: OPEN, page: 1, pageSize: 5) {
      total
      items {
        id
        title
        windowEnd
      }
    }
    publicMeetingNews(page: 1, pageSize: 5) {
      total
      items {
        id
        title
        publishedAt
      }
    }
    consultationRates(year: $year, quarter: $quarter) {
      unitId
      required
      rate
    }
  }
`);
