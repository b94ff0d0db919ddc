import { defineConfig } from 'vitest/config';

// End-to-end: the real server (both SPAs built) driven by Debian's Chromium through playwright-core.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // expect.poll waits on a real server and a browser on a shared machine: its default of one second
    // is less than a heavy page may take to render after its data has come (an editable indicator
    // tree of a copied system was measured at five seconds), so a poll would fail on a busy machine.
    expect: { poll: { timeout: 15_000 } },
    pool: 'forks',
  },
});
