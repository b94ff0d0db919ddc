import { defineConfig } from 'vitest/config';

// End-to-end: the real server (both SPAs built) driven by Debian's Chromium through playwright-core.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // what a page shows after a step may take more than a second on a busy machine: expect.poll waits for it
    expect: { poll: { timeout: 10_000 } },
    fileParallelism: false,
    pool: 'forks',
  },
});
