import { graphql } from '../../gql';

/** 意见征集: one page of published topics in one phase of their window. */
export const PublicConsultationsQuery = graphql(`
  query PublicConsultations($phase: WindowPhase!, $page: Int!, $pageSize: Int!, $search: String) {
    publicConsultations(phase: $phase, page: $page, pageSize: $pageSize, search: $search) {
      total
      items {
        id
        title
        category
        windowStart
        windowEnd
        phase
        undertakingUnitName
        resultsPublished
      }
    }
  }
`);

/** How many topics each tab holds, for the tab labels. */
export const PublicConsultationCountsQuery = graphql(`
  query PublicConsultationCounts($search: String) {
    open: publicConsultations(phase: OPEN, pageSize: 1, search: $search) {
      total
    }
    upcoming: publicConsultations(phase: UPCOMING, pageSize: 1, search: $search) {
      total
    }
    closed: publicConsultations(phase: CLOSED, pageSize: 1, search: $search) {
      total
    }
  }
`);

/** One topic: its materials, events, public opinions and, once published, the results. */
export const PublicConsultationQuery = graphql(`
  query PublicConsultation($id: ID!) {
    publicConsultation(id: $id) {
      id
      title
      category
      draft
      decisionBasis
      draftingExplanation
      windowStart
      windowEnd
      shortWindowReason
      phase
      undertakingUnitName
      resultsPublished
      summary
      attachments {
        id
        fileName
        mimeType
        size
        url
      }
      events {
        id
        form
        date
        place
        participants
      }
      opinions {
        id
        content
        authorName
        channel
        submittedAt
        reasonable
        adoption
        reply
      }
      rates {
        opinionCount
        reasonableCount
        adoptedCount
        repliedCount
        adoptionRate
        replyRate
      }
    }
  }
`);

/** A citizen's opinion from the portal; the idempotency key makes a retried submit harmless. */
export const SubmitOpinionMutation = graphql(`
  mutation SubmitOpinion($input: PublicOpinionInput!) {
    submitOpinion(input: $input) {
      receiptCode
      topicId
      topicTitle
      content
      submittedAt
    }
  }
`);

/** One's opinion and, once the results are published, its answer. */
export const OpinionReceiptQuery = graphql(`
  query OpinionReceipt($code: String!) {
    opinionReceipt(code: $code) {
      receiptCode
      resultsPublished
      hidden
      reasonable
      topicId
      topicTitle
      content
      submittedAt
      adoption
      reply
    }
  }
`);

/**
 * 议题意见征集率 of a quarter: per unit, the topics on the agendas of the quarter's meetings that
 * had to be consulted on and those that were; the last row (no unit) is the total.
 */
export const ConsultationRatesQuery = graphql(`
  query ConsultationRates($year: Int!, $quarter: Int!) {
    consultationRates(year: $year, quarter: $quarter) {
      unitId
      unitName
      required
      consulted
      rate
    }
  }
`);
