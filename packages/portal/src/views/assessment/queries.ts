// 政务公开工作考核结果: the published years with the units' results — typed documents of their own
// (assessment.graphql), which travel with this page and not in the main bundle.
export { PublicAssessmentsDocument as PublicAssessmentsQuery } from './gql/graphql';
