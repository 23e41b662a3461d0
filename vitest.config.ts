import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import LongestFirstSequencer from './test/support/sequencer.js';

// The AWS SDK warns about Node 20 on every client; the machines run Node 20 until they move to 22.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/support/no-scan.ts'],
    env: {
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      POWERTOOLS_LOG_LEVEL: 'SILENT',
      POWERTOOLS_METRICS_DISABLED: 'true',
    },
    // Two cores: two files at a time, each worker against its own DynamoDB Local (test/support/global-setup.ts).
    pool: 'forks',
    maxWorkers: 2,
    // A fresh clone (CI) has no durations of earlier runs: the longest files first all the same.
    sequence: { sequencer: LongestFirstSequencer },
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      // The API, the scripts and the infrastructure: Node, against DynamoDB Local.
      // Global setups are per project (the root's would run on every run, on top of the projects' own).
      {
        extends: true,
        test: {
          name: 'server',
          exclude: ['test/client/**', 'test/browser/**'],
          // One graphql-js, as under Node and in the bundles: Vite would give our files its ES build while Apollo
          // requires the CommonJS one, and a schema built by one is refused by the other (functions/graphql/schema.ts).
          alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
          globalSetup: ['test/support/global-setup.ts'],
          // A worker's files share its modules: the API's modules load once per worker instead of once per file
          // (about 100 s of a run's import time). Every file isolates its data with fresh ids or a table of its own.
          isolate: false,
        },
      },
      // The web app in Chromium against `npm start` (test/browser/): its global setup starts the platform,
      // so a run without browser tests does not pay for it.
      {
        test: {
          name: 'browser',
          // One file importing every browser test (test/browser/*.browser.ts), run in order against one platform:
          // the browser tests take one worker while the other runs server files.
          include: ['test/browser/web-app.test.ts'],
          globalSetup: ['test/support/global-setup.ts', 'test/browser/global-setup.ts'],
          env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
          pool: 'forks',
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      // The web app's components: a simulated browser, no database (test/client/).
      {
        plugins: [react()],
        test: {
          name: 'client',
          include: ['test/client/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['test/client/support/setup.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
