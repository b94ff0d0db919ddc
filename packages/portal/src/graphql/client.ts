import { Client, cacheExchange, fetchExchange } from '@urql/core';

/**
 * The portal's GraphQL client. The portal reads public columns only, without signing in;
 * queries are sent as GET when they fit in a URL so that they can be cached on the way.
 * Write every operation in a `graphql()` call (from `../gql`) or a `.graphql` file under src/
 * and run `pnpm codegen` to get its types.
 */
export const client = new Client({
  url: '/graphql',
  exchanges: [cacheExchange, fetchExchange],
  preferGetMethod: 'within-url-limit',
  fetchOptions: {
    credentials: 'same-origin',
    // A GET request has no JSON content type, so the server's protection against cross-site
    // request forgery asks for this header instead (a page on another site cannot send it).
    headers: { 'apollo-require-preflight': 'true' },
  },
});
