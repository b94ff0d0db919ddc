import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

const config = {
  enumsAsTypes: true,
  useTypeImports: true,
  skipTypename: false,
  scalars: { DateTimeISO: 'string' },
};

const client = { preset: 'client', presetConfig: { fragmentMasking: false }, config } as const;

// Every folder under views/ is a module. Its operations (views/<module>/*.graphql and graphql() calls in
// its files) get typed documents of their own in views/<module>/gql/, imported only by its pages, so that
// they travel with those pages' chunks and not in the bundle that signing in loads. The application's own
// operations (src/api/*.graphql and graphql() calls outside views/) are in src/gql/. Together the
// outputs see every operation of the SPA, each once. A module without an operation gets no output.
function hasOperations(dir: string): boolean {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).some(
    (entry) =>
      entry.isFile() &&
      !join(entry.parentPath, entry.name).includes('/gql/') &&
      (entry.name.endsWith('.graphql') ||
        (/\.(ts|vue)$/.test(entry.name) && readFileSync(join(entry.parentPath, entry.name), 'utf8').includes('graphql('))),
  );
}

const modules = readdirSync('src/views', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && hasOperations(join('src/views', entry.name)))
  .map((entry) => entry.name);

const codegen: CodegenConfig = {
  schema: '../server/schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      documents: ['src/**/*.{graphql,ts,vue}', '!src/views/**/*', '!src/**/gql/**/*'],
      ...client,
    },
    ...Object.fromEntries(
      modules.map((module) => [
        `src/views/${module}/gql/`,
        { documents: [`src/views/${module}/**/*.{graphql,ts,vue}`, `!src/views/${module}/gql/**/*`], ...client },
      ]),
    ),
  },
};

export default codegen;
