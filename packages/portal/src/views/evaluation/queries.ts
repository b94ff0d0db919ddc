import { graphql } from '../../gql';

/** 评估结果: the years with published results. */
export const PublicEvaluationYearsQuery = graphql(`
  query PublicEvaluationYears {
    publicEvaluationYears
  }
`);

/** The published results of a year: every unit's total, rank in its group, grade, dimension profile, change. */
export const PublicEvaluationQuery = graphql(`
  query PublicEvaluation($year: Int) {
    publicEvaluation(year: $year) {
      year
      title
      fullScore
      publishedAt
      dimensions {
        dimension
        max
      }
      rows {
        unitId
        unitName
        group
        total
        rank
        grade
        previousTotal
        change
        dimensions {
          dimension
          score
          max
        }
      }
    }
  }
`);

/** Questionnaires open now or about to open. */
export const PublicQuestionnairesQuery = graphql(`
  query PublicQuestionnaires {
    publicQuestionnaires {
      id
      title
      opensOn
      closesOn
      phase
    }
  }
`);

/** One questionnaire with its questions and the units it asks about. */
export const PublicQuestionnaireQuery = graphql(`
  query PublicQuestionnaire($id: ID!) {
    publicQuestionnaire(id: $id) {
      id
      title
      intro
      opensOn
      closesOn
      phase
      questions {
        id
        position
        text
      }
      units {
        id
        name
        group
      }
    }
  }
`);

export const SubmitQuestionnaireResponseMutation = graphql(`
  mutation SubmitQuestionnaireResponse($input: QuestionnaireResponseInput!) {
    submitQuestionnaireResponse(input: $input) {
      received
      submittedAt
    }
  }
`);
