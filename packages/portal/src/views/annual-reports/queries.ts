// 政府信息公开工作年度报告: the published reports, and one report as signed off — typed documents of
// their own (annual-reports.graphql), which travel with these pages and not in the main bundle.
export { PublicAnnualReportsDocument as PublicAnnualReportsQuery, PublicAnnualReportDocument as PublicAnnualReportQuery } from './gql/graphql';
