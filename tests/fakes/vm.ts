/**
 * Runs build/Code.js as Apps Script does: one plain script, its top-level functions becoming
 * globals, with only the Apps Script services in scope (no require, process, setTimeout, fetch …).
 *
 * One deliberate sharing: the context's `Date` is the test's `Date`, because in Apps Script the
 * Dates that services return and the script's own Dates are of one kind (`instanceof Date` holds);
 * across node:vm realms it would not. With `createFakes({ now })`, `new Date()` and `Date.now()`
 * in the bundle read that clock: the test's clock plus the simulated time of the executions.
 *
 * Each call of a top-level function from outside the bundle is one execution (a menu click, a
 * trigger, a google.script.run call): it starts the simulated execution clock afresh, with 30 s
 * for simple triggers (onOpen, onEdit…) and 6 minutes otherwise. When the clock ran out inside,
 * the call ends with "Exceeded maximum execution time" even if the script caught the error, as
 * the real runtime stops the script there.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import type { FakeEnv } from './index';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BUNDLE = path.join(ROOT, 'build/Code.js');

function clockDate(now: () => Date): DateConstructor {
  const Real = Date;
  function FakeDate(this: unknown, ...args: unknown[]): unknown {
    if (!new.target) return new Real(now().getTime()).toString();
    return args.length === 0 ? new Real(now().getTime()) : new (Real as unknown as new (...a: unknown[]) => Date)(...args);
  }
  FakeDate.prototype = Real.prototype;
  Object.assign(FakeDate, { now: () => now().getTime(), UTC: Real.UTC, parse: Real.parse });
  return FakeDate as unknown as DateConstructor;
}

/**
 * The second bundle (importer, documents), a project file pushed with Code.js and read only by
 * the executions that use it (src/gas/lazy.ts). loadBundle puts it among the project's HTML files
 * as `clasp push` does, unless the test already set (or set aside) that name.
 */
export const FEATURES = path.join(ROOT, 'build/features.html');
export const FEATURES_FILE = 'features';

export function loadBundle(env: FakeEnv, opts: { code?: string; withoutFeatures?: boolean } = {}): vm.Context & Record<string, unknown> {
  const code = opts.code ?? readFileSync(BUNDLE, 'utf8');
  if (!opts.withoutFeatures && !(FEATURES_FILE in env.htmlFiles)) env.htmlFiles[FEATURES_FILE] = readFileSync(FEATURES, 'utf8');
  const sandbox: Record<string, unknown> = { ...env.globals, Date: clockDate(env.now) };
  const before = new Set(Object.keys(sandbox));
  const context = vm.createContext(sandbox, { name: 'Apps Script (fake)' });
  vm.runInContext(code, context, { filename: 'Code.js' });
  let depth = 0;
  for (const name of Object.keys(context)) {
    const fn = (context as Record<string, unknown>)[name];
    if (before.has(name)) continue;
    if (typeof fn !== 'function' || name === 'Date') continue;
    (context as Record<string, unknown>)[name] = function execution(this: unknown, ...args: unknown[]): unknown {
      if (depth > 0) return (fn as (...a: unknown[]) => unknown).apply(this, args);
      env.execution.begin(name);
      depth++;
      try {
        const r = (fn as (...a: unknown[]) => unknown).apply(this, args);
        if (env.execution.timedOut()) throw new Error('Exceeded maximum execution time');
        return r;
      } finally {
        depth--;
      }
    };
  }
  return context as vm.Context & Record<string, unknown>;
}
