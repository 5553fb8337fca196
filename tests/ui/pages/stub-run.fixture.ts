/**
 * A test double of `google.script.run` for pages opened in headless Chromium. `stubRunScript()`
 * returns a script to inject before the page's own (playwright `page.addInitScript({ content })`);
 * it defines `window.google.script.run` with the real chaining API, answers each server function
 * from the configured responses (asynchronously, like Apps Script), and records every call in
 * `window.__calls` as `{ name, args }`.
 *
 * Like the real client it refuses Date arguments (Apps Script cannot pass them) and it reports a
 * call nobody configured with console.error, so a page calling an unexpected function fails the
 * "no console error" check.
 *
 * Responses can be changed while the page runs: `page.evaluate(() => window.__stub.respond('settingsSave', { value: … }))`.
 * A response marked `held` is not delivered until `window.__stub.release(name)`: a test that checks
 * what the page shows while the server works must not race a timer.
 * `boot` is the data the server injects into a page (see src/ui/client/i18n.ts, `window.__TIENDO__`).
 */
import type { PageBoot } from '../../../src/ui/client/i18n';

export type StubResponse = ({ value: unknown } | { error: string }) & { delayMs?: number; held?: boolean };

export interface StubOptions {
  responses?: Record<string, StubResponse>;
  boot?: PageBoot;
}

export interface StubCall {
  name: string;
  args: unknown[];
}

declare global {
  interface Window {
    __calls: StubCall[];
    __stub: { respond(name: string, response: StubResponse): void; release(name: string): void; closed: number };
  }
}

/** Runs inside the page. Kept self-contained: it is serialised with Function.prototype.toString. */
function installStub(config: { responses: Record<string, StubResponse>; boot: PageBoot | null }): void {
  const responses: Record<string, StubResponse> = { ...config.responses };
  const w = window as unknown as Window & { __TIENDO__?: PageBoot };
  w.__calls = [];
  const held: Record<string, Array<() => void>> = {};
  w.__stub = {
    respond: (name, r) => { responses[name] = r; },
    release: (name) => { for (const deliver of held[name]?.splice(0) ?? []) deliver(); },
    closed: 0,
  };
  if (config.boot) w.__TIENDO__ = config.boot;
  const hasDate = (v: unknown): boolean =>
    v instanceof Date || (typeof v === 'object' && v !== null && Object.values(v as object).some(hasDate));
  type Handler = ((v: unknown) => void) | null;
  const runner = (ok: Handler, fail: Handler): unknown =>
    new Proxy({}, {
      get(_t, prop) {
        if (prop === 'withSuccessHandler') return (f: Handler) => runner(f, fail);
        if (prop === 'withFailureHandler') return (f: Handler) => runner(ok, f);
        if (prop === 'withUserObject') return () => runner(ok, fail);
        if (typeof prop !== 'string' || prop === 'then') return undefined;
        return (...args: unknown[]) => {
          if (args.some(hasDate)) throw new TypeError(`Failed due to illegal value in property: ${prop}`);
          w.__calls.push({ name: prop, args: JSON.parse(JSON.stringify(args)) });
          const r = responses[prop];
          if (!r) console.error(`google.script.run stub: no response configured for ${prop}()`);
          const deliver = (): void => {
            if (!r) fail?.(new Error(`No response for ${prop}`));
            else if ('error' in r) fail?.(new Error(r.error));
            else ok?.(JSON.parse(JSON.stringify(r.value ?? null)));
          };
          if (r?.held) (held[prop] ??= []).push(deliver);
          else setTimeout(deliver, r?.delayMs ?? 10);
        };
      },
    });
  w.google = { script: { run: runner(null, null) as never, host: { close: () => { w.__stub.closed++; }, setHeight: () => undefined } } };
}

export function stubRunScript(options: StubOptions = {}): string {
  const config = { responses: options.responses ?? {}, boot: options.boot ?? null };
  // Loaded through tsx (npm run screenshots) the function's text calls esbuild's name-keeping
  // helper `__name`, which the page lacks: define it as a no-op.
  return `var __name = globalThis.__name || ((f) => f);(${installStub.toString()})(${JSON.stringify(config)});`;
}
