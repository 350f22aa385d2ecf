import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // DynamoDB Local and the web build are started once for the whole run and shared by every file.
    globalSetup: ['tests/setup/global.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Two cores: the JVM, Chromium and esbuild compete, so keep file-level parallelism modest.
    maxWorkers: 2,
  },
});
