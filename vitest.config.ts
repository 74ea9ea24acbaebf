import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    environment: 'node',
    // Tests that run the built CLI, worker or host must never meet a stale dist/.
    globalSetup: ['test/support/build-if-stale.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Real SQLite files and key generation: two cores, so two workers.
    maxWorkers: 2,
  },
});
