import { defineConfig } from 'vitest/config';
import swc from 'unplugin-swc';

// Unit tests beside the code, integration suites under test/ against a real PostgreSQL
// (embedded by default; TEST_DATABASE_URL names another server). e2e has its own config.
export default defineConfig({
  plugins: [
    swc.vite({
      jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2022' },
    }),
  ],
  // One graphql module for everyone: the CommonJS build that type-graphql also loads.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['packages/*/src/**/*.spec.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/e2e/**'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
  },
});
