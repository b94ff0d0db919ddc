import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the portal's queries. Every operation must live in a `graphql()`
// call or a `.graphql` file under src/ so that codegen sees it (the server will later
// accept only the operations its own clients were built with).
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: ['src/**/*.{ts,vue,graphql}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTimeISO: 'string' },
      },
    },
  },
};

export default config;
