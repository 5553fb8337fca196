import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    setupFiles: ['tests/setup-property.ts'],
    // A test over 10 s is a bug to fix, not a limit to raise; hooks start browsers and servers.
    testTimeout: 10_000,
    hookTimeout: 60_000,
  },
});
