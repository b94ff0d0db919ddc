import { graphql } from '../../gql';

/** 与民互动: a citizen submits a report, complaint or suggestion; the receipt carries both codes. */
export const SubmitCaseMutation = graphql(`
  mutation SubmitCase($input: PublicCaseInput!) {
    submitCase(input: $input) {
      caseNumber
      checkCode
      kind
      title
      state
      receivedOn
    }
  }
`);

/** The case, opened with its number and check code (sent in the body of a POST, never in an address). */
export const PublicCaseQuery = graphql(`
  query PublicCase($caseNumber: String!, $checkCode: String!) {
    publicCase(caseNumber: $caseNumber, checkCode: $checkCode) {
      caseNumber
      kind
      title
      state
      receivedOn
      notAcceptedReason
      dueOn
      reply
      repliedOn
      closedOn
      ratingDueOn
      rating
      canRate
      reopenCount
      previousRating
      fileNames
      canAddFiles
      version
    }
  }
`);

/** The citizen rates the handling of a closed case. */
export const RatePublicCaseMutation = graphql(`
  mutation RatePublicCase($caseNumber: String!, $checkCode: String!, $version: Int!, $rating: CaseRating!, $comment: String) {
    ratePublicCase(caseNumber: $caseNumber, checkCode: $checkCode, version: $version, rating: $rating, comment: $comment) {
      caseNumber
      kind
      title
      state
      receivedOn
      notAcceptedReason
      dueOn
      reply
      repliedOn
      closedOn
      ratingDueOn
      rating
      canRate
      reopenCount
      previousRating
      fileNames
      canAddFiles
      version
    }
  }
`);
