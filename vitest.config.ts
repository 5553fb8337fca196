import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    setupFiles: ['tests/setup-property.ts'],
    // No test may take 10 s: the CLI runs in-process, the scale tests measure the code rather than
    // the fakes. Hooks start LibreOffice, Chromium and servers, and may take longer.
    testTimeout: 10_000,
    // One test file per core: the suite waits on the CPU, not on I/O, and the main process is idle
    // meanwhile (the default leaves a core unused, which halves a two-core machine).
    maxWorkers: availableParallelism(),
    hookTimeout: 60_000,
  },
});
