/**
 * The add-on's source called directly (not through the bundle) over fakes installed as the Apps
 * Script globals, one fresh set per test. The stack of an unexpected error goes to the execution
 * log (console.error), for developers only: it is caught here so tests can read what was logged.
 */
import { type MockInstance, afterEach, beforeEach, expect, vi } from 'vitest';
import { type FakeEnv, createFakes } from '../fakes/index';

type FakeOptions = Parameters<typeof createFakes>[0];

export interface Installed {
  /** Fresh fakes installed as globals until the test ends (or the next setup); `prepare` runs before they are installed. */
  setup(opts?: FakeOptions, prepare?: (env: FakeEnv) => void): FakeEnv;
  /** What the code under test logged with console.error. */
  logged(): MockInstance<(...a: unknown[]) => void>;
}

export function installedFakes(defaults: FakeOptions = {}): Installed {
  let undo: (() => void) | null = null;
  let logged: MockInstance<(...a: unknown[]) => void> | null = null;
  beforeEach(() => {
    logged = vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    undo?.();
    undo = null;
    logged?.mockRestore();
  });
  return {
    setup(opts = {}, prepare) {
      // A second set in the same test replaces the first.
      undo?.();
      const env = createFakes({ ...defaults, ...opts });
      prepare?.(env);
      undo = env.install();
      return env;
    },
    logged: () => logged as MockInstance<(...a: unknown[]) => void>,
  };
}

/** The one dialog or sidebar on screen (`env.ui.dialogs`, `env.ui.sidebars`): fails when none or several were opened. */
export function onlyOne<T>(shown: T[]): T {
  expect(shown).toHaveLength(1);
  return shown[0];
}
