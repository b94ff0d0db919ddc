import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the portal's queries. Every operation must live in a `graphql()`
// call or a `.graphql` file under src/ so that codegen sees it (the server will later
// accept only the operations its own clients were built with).
const config = {
  useTypeImports: true,
  enumsAsTypes: true,
  scalars: { DateTimeISO: 'string' },
};

const codegen: CodegenConfig = {
  schema: '../server/schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      documents: [
        'src/**/*.{ts,vue,graphql}',
        '!src/**/gql/**/*',
        '!src/views/interaction/published.graphql',
        '!src/views/requests/requests.graphql',
        '!src/views/annual-reports/annual-reports.graphql',
        '!src/views/assessment/assessment.graphql',
        '!src/views/search/search.graphql',
      ],
      preset: 'client',
      config,
    },
    // What 与民互动 publishes (statistics, case summaries): typed documents of their own, imported
    // only by those pages, so that they travel with them and not in the main bundle.
    'src/views/interaction/gql/': {
      documents: ['src/views/interaction/published.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config,
    },
    // 依申请公开: the application, its receipt and its status, typed documents of their own that travel
    // with those pages (fetched when first opened), not in the main bundle.
    'src/views/requests/gql/': {
      documents: ['src/views/requests/requests.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config,
    },
    // 政府信息公开工作年度报告: the list and a report's page, typed documents of their own (see above).
    'src/views/annual-reports/gql/': {
      documents: ['src/views/annual-reports/annual-reports.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config,
    },
    // 政务公开工作考核结果: the published results, typed documents of their own (see above).
    'src/views/assessment/gql/': {
      documents: ['src/views/assessment/assessment.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config,
    },
    // 站内检索: the search page's typed document of its own (see above).
    'src/views/search/gql/': {
      documents: ['src/views/search/search.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config,
    },
  },
};

export default codegen;
