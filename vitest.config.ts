import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // The extractor handler reads its lexicon rows from a generated file: written anew from the
    // sources before every run, so a row just edited counts in the handler's tests too.
    globalSetup: ['test/global-setup.mjs'],
    env: {
      AWS_REGION: 'us-east-1',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      // The handlers' JSON log lines are for CloudWatch, not for test output; a test that reads them sets its own level.
      LOG_LEVEL: 'SILENT',
    },
  },
});
