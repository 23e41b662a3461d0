import { defineConfig } from 'vitest/config';

// The AWS SDK warns about Node 20 on every client; the machines run Node 20 until they move to 22.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/no-scan.ts'],
    env: {
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      POWERTOOLS_LOG_LEVEL: 'SILENT',
      POWERTOOLS_METRICS_DISABLED: 'true',
    },
    // Two cores: files in parallel, each against its own fresh ids in one shared DynamoDB Local.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
