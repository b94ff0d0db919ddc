import { graphql } from '../../gql';

/** 政府信息公开工作年度报告: the published reports, and one report as signed off. */
export const PublicAnnualReportsQuery = graphql(`
  query PublicAnnualReports {
    publicAnnualReports {
      id
      year
      scope
      unitName
      publishedAt
      docxUrl
      xlsxUrl
    }
  }
`);

export const PublicAnnualReportQuery = graphql(`
  query PublicAnnualReport($id: ID!) {
    publicAnnualReport(id: $id) {
      id
      year
      scope
      unitName
      publishedAt
      docxUrl
      xlsxUrl
      content {
        overview
        problems
        rectifications
        otherMatters
        requestFees
        tableTwo {
          key
          label
          value
          computed
          source
        }
        tableThree {
          key
          label
          values
        }
        tableFour {
          key
          label
          values
          source
        }
      }
    }
  }
`);
