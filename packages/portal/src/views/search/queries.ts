// 站内检索: the search's typed document (search.graphql), which travels with this page only.
export { PortalSearchDocument as PortalSearchQuery } from './gql/graphql';
