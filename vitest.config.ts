import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    setupFiles: ['tests/setup-property.ts'],
    // No test may take 10 s: the CLI runs in-process, the scale tests measure the code rather than
    // the fakes. Hooks start LibreOffice, Chromium and servers, and may take longer.
    testTimeout: 10_000,
    hookTimeout: 60_000,
  },
});
