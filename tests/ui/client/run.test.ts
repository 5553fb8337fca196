/**
 * The typed wrapper of google.script.run, driven through the same stub the browser tests inject
 * (evaluated here against a bare `window`), so the wrapper and the double agree on the API.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run, serverMessage } from '../../../src/ui/client/run';
import { stubRunScript, type StubOptions } from '../pages/stub-run.fixture';

type W = Window & typeof globalThis;
const g = globalThis as unknown as { window?: W };

function install(options: StubOptions): W {
  g.window = globalThis as unknown as W;
  new Function(stubRunScript(options))();
  return g.window;
}

afterEach(() => {
  delete (globalThis as { google?: unknown }).google;
  delete g.window;
});

describe('run()', () => {
  it('resolves with the server value and records the call with its arguments', async () => {
    const w = install({ responses: { settingsLoad: { value: { values: { reminderHour: 7 } } } } });
    const got = await run('settingsLoad');
    expect(got).toEqual({ values: { reminderHour: 7 } });
    expect(w.__calls).toEqual([{ name: 'settingsLoad', args: [] }]);
  });

  it('rejects with the server sentence, without the exception class prefix', async () => {
    install({ responses: { settingsLoad: { error: 'Exception: Hãy cấp quyền cho tiện ích.' } } });
    await expect(run('settingsLoad')).rejects.toThrow(/^Hãy cấp quyền cho tiện ích\.$/);
  });

  it('rejects when the page is opened outside Apps Script', async () => {
    g.window = {} as W;
    await expect(run('settingsLoad')).rejects.toThrow(/google\.script\.run/);
  });

  it('refuses Date arguments like Apps Script does', () => {
    const w = install({ responses: {} });
    const runner = w.google!.script!.run as unknown as Record<string, (...a: unknown[]) => void>;
    expect(() => runner.settingsSave({ when: new Date() })).toThrow(TypeError);
  });

  it('keeps only the message of an error object', () => {
    expect(serverMessage(new Error('Error: Sai giờ'))).toBe('Sai giờ');
    expect(serverMessage('plain')).toBe('plain');
  });
});

describe('pages', () => {
  it('reach the server only through run() (a direct google.script.run call escapes the type check)', () => {
    const dir = path.resolve(__dirname, '../../../src/ui/pages');
    const direct = readdirSync(dir).filter((f) => /script\.run/.test(readFileSync(path.join(dir, f), 'utf8')));
    expect(direct).toEqual([]);
  });
});

// Compile-time guarantees (checked by `npm run typecheck`): a renamed or private server
// function, or a wrong argument, does not build.
export function typeChecks(): void {
  // @ts-expect-error no such server function
  void run('noSuchServerFunction');
  // @ts-expect-error settingsSave takes the values to save
  void run('settingsSave');
}
