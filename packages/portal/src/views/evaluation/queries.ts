import { graphql } from '../../gql'

/** 评估结果: the years with published results. */
export const PublicEvaluationYearsQuery = graphql(`
  query PublicEvaluationYears {
    publicEvaluationYears
  }
`)

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
`)
