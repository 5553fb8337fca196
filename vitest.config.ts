import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    setupFiles: ['tests/setup-property.ts'],
    // A test should take under 10 s; the CLI tests still spawn the command and take longer on a busy
    // machine, so the limit stays loose until they run in-process. Hooks start browsers and servers.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
