import { defineConfig } from 'vitest/config';

/**
 * Three projects, so each only starts what it needs: pure unit tests (shared, CDK), API and
 * storage tests against DynamoDB Local, and browser tests that also need a web build.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Two cores: the JVM, Chromium and esbuild compete, so keep file-level parallelism modest.
    maxWorkers: 2,
    projects: [
      // Property tests run 1,000 generated cases each; on a busy 2-core host one can pass 30 s.
      { extends: true, test: { name: 'unit', include: ['tests/shared/**/*.test.ts', 'tests/infra/**/*.test.ts'], testTimeout: 120_000 } },
      { extends: true, test: { name: 'api', include: ['tests/functions/**/*.test.ts'], globalSetup: ['tests/setup/dynamo.ts'] } },
      {
        extends: true,
        test: { name: 'browser', include: ['tests/web/**/*.test.ts'], globalSetup: ['tests/setup/dynamo.ts', 'tests/setup/web-build.ts'] },
      },
    ],
  },
});
